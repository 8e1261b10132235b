"""The shortcuts overview (F1, Ctrl+/): every key Trustbridge has, in calm groups, to read.

What is listed comes from shortcut_table.py (and, through it, from the sidebar, the menu items
and the curtain themselves); keys are shown the way this platform writes them (NativeText).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from app.ui.shell.shortcut_table import APP, CONTEXT, GO_TO, GROUPS, MENU_ROWS, MOVING, PAGE_ROWS, sequence
from app.ui.widgets.theme import current_palette


@dataclass(frozen=True, slots=True)
class ShownRow:
    """One line of the overview: its keys (any of them) and what they do, translated."""

    keys: tuple[QKeySequence, ...]
    text: str


def _translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def menu_text(action: QAction) -> str:
    """A menu item's words without its mnemonic, the keys after a tab, or a closing ellipsis."""
    return action.text().split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def overview_groups(places: Iterable[tuple[str, str]], actions: Mapping[str, QAction]
                    ) -> list[tuple[str, list[ShownRow]]]:
    """The overview's groups, in order, each with its rows; empty groups left out.

    `places`: the sidebar's (keys, name) for each place; `actions`: the menu items by key (those
    without a key on this platform are passed over, as Quit where the platform has none).
    """
    rows: dict[str, list[ShownRow]] = {group: [] for group in GROUPS}
    for keys, name in places:
        rows[MOVING].append(ShownRow((QKeySequence(keys),), _translated(GO_TO).format(place=name)))
    for key, action in actions.items():
        shortcuts = tuple(s for s in action.shortcuts() if not s.isEmpty())
        if not shortcuts:
            continue
        group, text = MENU_ROWS.get(key, (APP, ""))
        rows[group].append(ShownRow(shortcuts, _translated(text) if text else menu_text(action)))
    for row in PAGE_ROWS:
        sequences = tuple(s for s in (sequence(key) for key in row.keys) if not s.isEmpty())
        rows[row.group].append(ShownRow(sequences, _translated(row.text)))
    return [(_translated(group), shown) for group, shown in rows.items() if shown]


def native(keys: QKeySequence) -> str:
    return keys.toString(QKeySequence.SequenceFormat.NativeText)


class ShortcutsOverview(QDialog):
    """A window to read (not modal: the keys can be tried while it is open); Esc closes it."""

    def __init__(self, groups: list[tuple[str, list[ShownRow]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups = groups
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        intro = QLabel(self.tr("Every key Trustbridge knows. A key for a page or a tool works while it is "
                               "in view."))
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        self.browser = QTextBrowser()
        self.browser.setObjectName("reader")
        self.browser.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.browser.setAccessibleDescription(self.tr("Each key and what it does, in groups"))
        self.browser.setOpenLinks(False)
        self._page = self._html()
        self.browser.setHtml(self._page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(intro)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        chars = self.fontMetrics().averageCharWidth()
        lines = self.fontMetrics().lineSpacing()
        self.resize(max(720, chars * 96), max(580, lines * 34))
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def changeEvent(self, event: QEvent) -> None:
        """The colours are written into the HTML: a theme switch while the window is open (Settings,
        or the system's light/dark) writes it again in the new theme's."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange) and hasattr(self, "_page"):
            page = self._html()
            if page != self._page:  # one switch sends several events: written once, the place kept
                bar = self.browser.verticalScrollBar()
                place = bar.value()
                self._page = page
                self.browser.setHtml(page)
                bar.setValue(place)

    def texts(self) -> list[str]:
        """Each row as it reads: "Ctrl+K: Find any page…" (for tests and screen readers alike)."""
        return [f"{' / '.join(native(k) for k in row.keys)}: {row.text}"
                for _title, rows in self.groups for row in rows]

    def _html(self) -> str:
        colours = current_palette()
        chip = (f"background-color:{colours.accent_soft}; color:{colours.accent_text}; "
                "font-weight:600; white-space:pre;")
        parts = ['<table cellspacing="0" cellpadding="4" width="100%">']  # one table: the columns line up
        for number, (title, rows) in enumerate(self.groups):
            space = 4 if number == 0 else 16
            parts.append(f'<tr><td colspan="2" style="padding-top:{space}px;">'
                         f'<span style="font-size:large; font-weight:600; color:{colours.text};">'
                         f"{html.escape(title)}</span></td></tr>")
            for row in rows:
                keys = "&nbsp;&nbsp;".join(f'<span style="{chip}">&nbsp;{html.escape(native(k))}&nbsp;</span>'
                                           for k in row.keys)
                parts.append(f'<tr><td width="34%" style="white-space:nowrap;">{keys}</td>'
                             f'<td style="color:{colours.text_soft};">{html.escape(row.text)}</td></tr>')
        parts.append("</table>")
        return "".join(parts)
