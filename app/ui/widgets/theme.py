"""Light and dark palettes, applied as one stylesheet from resources/: the system's choice, or the
one the person made in Settings (use_theme), switched at once in every open window."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.resources import read_text, resource_path
from app.ui.widgets import editor_style


@dataclass(frozen=True)
class Palette:
    window: str
    sidebar: str
    surface: str
    text: str
    text_soft: str
    muted: str
    border: str
    border_strong: str
    hover: str
    accent: str
    accent_hover: str
    accent_soft: str
    accent_text: str
    on_accent: str
    focus: str
    track: str
    banner: str
    danger: str
    danger_soft: str


LIGHT = Palette(
    window="#f6f4f0",
    sidebar="#efece6",
    surface="#ffffff",
    text="#24272b",
    text_soft="#3d4248",
    muted="#6a6f76",
    border="#e2ddd5",
    border_strong="#cbc5bb",
    hover="#e8e4dd",
    accent="#3b6e8f",
    accent_hover="#325f7b",
    accent_soft="#dce8f0",
    accent_text="#24506c",
    on_accent="#ffffff",
    focus="#5b8fb3",
    track="#e6e1d9",
    banner="#fbf6e9",
    danger="#a23b2e",
    danger_soft="#f8e5e1",
)

DARK = Palette(
    window="#1d1f22",
    sidebar="#212428",
    surface="#272a2f",
    text="#e7e5e1",
    text_soft="#cfccc6",
    muted="#9da2a8",
    border="#363a40",
    border_strong="#4a4f56",
    hover="#30343a",
    accent="#7fb1d1",
    accent_hover="#94c0dc",
    accent_soft="#2f4656",
    accent_text="#a9cde4",
    on_accent="#102330",
    focus="#8fc0e0",
    track="#363a40",
    banner="#33302a",
    danger="#e08a7d",
    danger_soft="#4a2c28",
)

_PLACEHOLDER = re.compile(r"@(\w+)@")


def platform_prefers_dark() -> bool:
    """Light or dark, read from the application palette before ours replaces it.

    The platform palette follows the system's choice; asking QStyleHints.colorScheme() instead
    would build PySide's whole Qt enum namespace (~15 ms) on the start-up path.
    """
    palette = QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def stylesheet(palette: Palette, base_pt: float) -> str:
    values: dict[str, str] = dict(asdict(palette))
    sizes = {
        "base_pt": base_pt,
        "small_pt": base_pt - 1,
        "intro_pt": base_pt + 1,
        "editor_pt": base_pt + 1.5,
        "prompt_pt": base_pt + 4,
        "title_pt": base_pt + 11,
        "brand_pt": base_pt + 4,
    }
    values.update({name: f"{size:g}" for name, size in sizes.items()})
    values["icons"] = resource_path("icons").as_posix()  # QSS url() wants forward slashes
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], read_text("styles", "app.qss"))


def _qt_palette(palette: Palette) -> QPalette:
    qt = QPalette()
    roles = {
        QPalette.ColorRole.Window: palette.window,
        QPalette.ColorRole.WindowText: palette.text,
        QPalette.ColorRole.Base: palette.surface,
        QPalette.ColorRole.AlternateBase: palette.window,
        QPalette.ColorRole.Text: palette.text,
        QPalette.ColorRole.Button: palette.surface,
        QPalette.ColorRole.ButtonText: palette.text,
        QPalette.ColorRole.Highlight: palette.accent_soft,
        QPalette.ColorRole.HighlightedText: palette.text,
        QPalette.ColorRole.Link: palette.accent_text,
        QPalette.ColorRole.PlaceholderText: palette.muted,
        QPalette.ColorRole.ToolTipBase: palette.surface,
        QPalette.ColorRole.ToolTipText: palette.text,
    }
    for role, color in roles.items():
        qt.setColor(role, QColor(color))
    return qt


_active: list[Palette] = [LIGHT]
THEME_CHOICES = ("system", "light", "dark")  # as app.store.preferences.THEMES keeps them
_choice: list[str] = ["system"]  # what the person chose; "system" follows the computer
_system_dark: list[bool | None] = [None]  # the computer's own choice, read before our palette hides it


def current_palette() -> Palette:
    return _active[0]


def current_choice() -> str:
    return _choice[0]


def apply_theme(app: QApplication, dark: bool | None = None) -> Palette:
    """Style the whole app; `dark=None` follows the platform's palette."""
    if dark is None:
        dark = platform_prefers_dark()
        _system_dark[0] = dark
    palette = DARK if dark else LIGHT
    switched = palette is not _active[0]
    _active[0] = palette
    font = QFont(app.font())
    base_pt = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    base_pt = max(base_pt, 10.5)
    app.setPalette(_qt_palette(palette))
    app.setStyleSheet(stylesheet(palette, base_pt))
    if switched:
        editor_style.theme_switched()  # colours the editors worked out once (highlighting) are redone
    return palette


def use_theme(app: QApplication, choice: str) -> Palette:
    """Light, dark, or the system's ("system", or anything unknown), applied to every open window
    at once; a choice already in use changes nothing (the whole app is not re-styled for it)."""
    choice = choice if choice in THEME_CHOICES else "system"
    if _system_dark[0] is None:  # first time: the platform's palette is still the app's
        _system_dark[0] = platform_prefers_dark()
    dark = {"light": False, "dark": True}.get(choice, _system_dark[0])
    wanted = DARK if dark else LIGHT
    if choice == _choice[0] and wanted is _active[0] and app.styleSheet():
        return wanted
    _choice[0] = choice
    return apply_theme(app, dark=dark)


def follow_system(app: QApplication) -> None:
    """Re-style when the system switches between light and dark while the app runs (unless the
    person chose light or dark in Settings: then the switch is only remembered)."""

    def changed(scheme: object) -> None:
        _system_dark[0] = getattr(scheme, "name", "") == "Dark"
        if _choice[0] == "system":
            apply_theme(app, dark=_system_dark[0])

    QGuiApplication.styleHints().colorSchemeChanged.connect(changed)
