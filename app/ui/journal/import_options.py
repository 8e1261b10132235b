"""The import dialog's choices for a jrnl journal: its time format and tag symbols, as jrnl's settings.

Prefilled from the person's jrnl configuration when it names the journal (saying so), checked as
they are typed, with a quick look at what they read: how many entries, and the first one's date
(a day and a month the wrong way round shows at once). Nothing here reads more than the first
64 KB of one file, so it answers at every keystroke.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.io.import_files import is_regular, read_head
from app.io.jrnl_config import lookup
from app.io.jrnl_format import first_entries, folder_journal_files
from app.io.jrnl_options import (
    DEFAULT_TAG_SYMBOLS,
    JrnlOptions,
    jrnl_options,
    tag_symbols_problem,
    time_format_problem,
)
from app.store.errors import InvalidImport
from app.ui.widgets.form_fields import restyle, wrapped_label

LOOK_BYTES = 64 * 1024


class JrnlOptionsPanel(QWidget):
    """Time format and tag symbols for a jrnl journal. `changed` when either is edited."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        heading = wrapped_label("How jrnl wrote this journal", "cardHeading")
        self.time_format_edit = QLineEdit()
        self.time_format_edit.setAccessibleName("Time format")
        self.time_format_edit.setAccessibleDescription(
            "jrnl's timeformat setting, for example %d.%m.%Y %H:%M. Leave it empty for jrnl's usual formats."
        )
        self.time_format_edit.setPlaceholderText("jrnl's usual, like 2024-05-31 09:30")
        self.tag_symbols_edit = QLineEdit(DEFAULT_TAG_SYMBOLS)
        self.tag_symbols_edit.setAccessibleName("Tag symbols")
        self.tag_symbols_edit.setAccessibleDescription(
            "The characters a tag starts with, jrnl's tagsymbols setting, for example #@."
        )
        self.tag_symbols_edit.setMaxLength(32)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # label above field when narrow
        form.addRow(_label("&Time format", self.time_format_edit), self.time_format_edit)
        form.addRow(_label("Ta&g symbols", self.tag_symbols_edit), self.tag_symbols_edit)

        self.settings_label = wrapped_label("", "muted")
        self.settings_label.setAccessibleName("jrnl's settings")
        self.settings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.settings_label.hide()
        self.check_label = wrapped_label("")
        self.check_label.setAccessibleName("What these settings read")
        self.check_label.setTextFormat(Qt.TextFormat.PlainText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.settings_label)
        layout.addWidget(self.check_label)
        self.time_format_edit.textChanged.connect(self._edited)
        self.tag_symbols_edit.textChanged.connect(self._edited)

    def prefill(self, path: Path) -> None:
        """Start from jrnl's own settings for the journal at `path` when its configuration names it."""
        self._path = path
        found = lookup(path)
        settings = found.settings
        self.time_format_edit.blockSignals(True)
        self.tag_symbols_edit.blockSignals(True)
        self.time_format_edit.setText(settings.time_format if settings else "")
        self.tag_symbols_edit.setText(settings.tag_symbols if settings else DEFAULT_TAG_SYMBOLS)
        self.time_format_edit.blockSignals(False)
        self.tag_symbols_edit.blockSignals(False)
        said = settings.told() if settings else found.ignored
        self.settings_label.setText(said or "")
        self.settings_label.setVisible(bool(said))
        self._check()

    def options(self) -> JrnlOptions | None:
        """The options typed, or None while one of them can't be used (the panel says why)."""
        try:
            return jrnl_options(self._time_format(), self.tag_symbols_edit.text())
        except InvalidImport:
            return None

    def dating(self) -> JrnlOptions:
        """The time format typed, if it can be used, to recognise the journal by its first date."""
        time_format = self._time_format()
        usable = time_format is not None and time_format_problem(time_format) is None
        return JrnlOptions(time_format if usable else None)

    def _time_format(self) -> str | None:
        text = self.time_format_edit.text()
        return text if text.strip() else None

    def _edited(self) -> None:
        self._check()
        self.changed.emit()

    def _check(self) -> None:
        time_format = self._time_format()
        problem = (time_format_problem(time_format) if time_format else None) or tag_symbols_problem(
            self.tag_symbols_edit.text()
        )
        options = self.options()
        text = problem or (self._look(options) if options is not None else "")
        self.check_label.setText(text)
        # saveStatus in its error state: the theme's one style for words that say what is wrong.
        self.check_label.setObjectName("saveStatus" if problem else "muted")
        restyle(self.check_label, state="error" if problem else "")

    def _look(self, options: JrnlOptions) -> str:
        path = self._first_file()
        if path is None:
            return ""
        try:
            head = read_head(path, LOOK_BYTES)
        except InvalidImport:
            return ""
        count, first = first_entries(head.decode("utf-8", errors="replace"), options)
        if first is None:
            return "No entry starts with a date in this time format."
        more = "at least " if len(head) == LOOK_BYTES else ""
        noun = "entry" if count == 1 else "entries"
        where = " in its first day file" if self._path is not None and self._path.is_dir() else ""
        return (
            f"Reads {more}{count:,} {noun}{where}; the first is dated "
            f"{first.day} {first:%B %Y} at {first:%H:%M}."
        )

    def _first_file(self) -> Path | None:
        path = self._path
        if path is None:
            return None
        if path.is_dir():
            return next((day for day in folder_journal_files(path) if is_regular(day)), None)
        return path if is_regular(path) else None


def _label(text: str, buddy: QWidget) -> QLabel:
    """A field's label on one line (a wrapped one is squeezed in a form); its mnemonic focuses the field."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
