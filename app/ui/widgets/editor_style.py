"""How the person's writing looks: the editors' font and size and whether they offer a preview.

One choice for the whole app (Settings → Appearance). Every writing surface follows it: the
Markdown editor and the multi-line form fields call `follow(widget, apply)` once; `apply(style)`
runs then and again each time `set_style` changes the choice, for as long as the widget lives
(the follower is the widget's child, so Qt drops the connection with it). No timers, no polling.
The font goes on each surface as its own small stylesheet: the app's stylesheet names a size for
every widget, and a widget's own sheet is the one thing that wins over it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True, slots=True)
class EditorStyle:
    family: str = ""  # a font family; "" is the app's own
    size: int = 0  # points; 0 is the app's own
    preview: bool = True  # the Markdown editor offers its rendered preview (button and Ctrl+Shift+P)


class _Broadcast(QObject):
    changed = Signal(object)  # the new EditorStyle
    theme_switched = Signal()  # light/dark changed: colours worked out once (highlighting) are redone


_current: list[EditorStyle] = [EditorStyle()]
_broadcast: list[_Broadcast] = []


def _hub() -> _Broadcast:
    if not _broadcast:
        _broadcast.append(_Broadcast())
    return _broadcast[0]


def current() -> EditorStyle:
    return _current[0]


def set_style(style: EditorStyle) -> None:
    """Use `style` in every writing surface now open and in every one made later."""
    if style == _current[0]:
        return
    _current[0] = style
    _hub().changed.emit(style)


def theme_switched() -> None:
    """Tell the editors the app's colours changed (app/ui/widgets/theme.py applied another palette)."""
    _hub().theme_switched.emit()


class _Follower(QObject):
    """Lives as the followed widget's child: its slots end with the widget."""

    def __init__(self, widget: QWidget, apply: Callable[[EditorStyle], None],
                 recolour: Callable[[], None] | None) -> None:
        super().__init__(widget)
        self._apply = apply
        self._recolour = recolour
        hub = _hub()
        hub.changed.connect(self.restyle)
        hub.theme_switched.connect(self.recolour)

    def restyle(self, style: object) -> None:
        if isinstance(style, EditorStyle):
            self._apply(style)

    def recolour(self) -> None:
        if self._recolour is not None:
            self._recolour()


def follow(widget: QWidget, apply: Callable[[EditorStyle], None] | None = None,
           recolour: Callable[[], None] | None = None) -> None:
    """Keep `widget` in the chosen style: `apply` (by default: its font) now and at each change;
    `recolour` when the theme switches."""
    action = apply if apply is not None else (lambda style: use_font(widget, style))
    action(_current[0])
    _Follower(widget, action, recolour)


def font_sheet(style: EditorStyle) -> str:
    """The stylesheet that gives a writing surface the chosen font; "" for the app's own."""
    rules = []
    family = style.family.replace("\\", "").replace('"', "").strip()
    if family:
        rules.append(f'font-family: "{family}";')
    if style.size > 0:
        rules.append(f"font-size: {style.size}pt;")
    return " ".join(rules)


def use_font(widget: QWidget, style: EditorStyle) -> None:
    sheet = font_sheet(style)
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)
