"""The small parts the stage tools build their forms from, so every form reads and behaves alike.

Dates travel between Qt and Python here; every field gets a name a screen reader can say (the
controls Qt builds inside a field too); labels wrap at any text size; Tab always moves on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QWidget,
)

from app.domain.limits import MAX_YEAR, MIN_YEAR
from app.domain.workbench import Goal
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.widgets import editor_style
from app.ui.widgets.flow_layout import WrapGrid

# -- dates -------------------------------------------------------------------------------------


DATE_FORMAT = QT_TRANSLATE_NOOP("FormFields", "ddd d MMM yyyy")  # a Qt date format, translated where used


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def make_date_edit(name: str, day: date) -> QDateEdit:
    """A date field with a calendar popup, readable from a screen reader and the keyboard."""
    edit = QDateEdit(qdate(day))
    edit.setDateRange(qdate(date(MIN_YEAR, 1, 1)), qdate(date(MAX_YEAR, 12, 31)))  # what imports keep
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(translate("FormFields", DATE_FORMAT))
    name_parts(edit, name)
    return edit

# -- names a screen reader says ----------------------------------------------------------------


_CALENDAR_PARTS = {
    "qt_calendar_prevmonth": QT_TRANSLATE_NOOP("FormFields", "Previous month"),
    "qt_calendar_nextmonth": QT_TRANSLATE_NOOP("FormFields", "Next month"),
    "qt_calendar_monthbutton": QT_TRANSLATE_NOOP("FormFields", "Choose the month"),
    "qt_calendar_yearbutton": QT_TRANSLATE_NOOP("FormFields", "Choose the year"),
    "qt_calendar_yearedit": QT_TRANSLATE_NOOP("FormFields", "Year"),
    "qt_tableview_cornerbutton": QT_TRANSLATE_NOOP("FormFields", "Corner"),
}


def name_parts(widget: QWidget, name: str) -> None:
    """Name a control and the controls Qt builds inside it, which a screen reader meets too."""
    widget.setAccessibleName(name)
    if isinstance(widget, QComboBox):
        widget.view().setAccessibleName(translate("FormFields", "{name}, choices").format(name=name))
    if isinstance(widget, QAbstractSpinBox):
        inner = widget.findChild(QLineEdit, "qt_spinbox_lineedit")
        if inner is not None:
            inner.setAccessibleName(name)
    if isinstance(widget, QDateEdit) and widget.calendarPopup():
        calendar = widget.calendarWidget()
        calendar.setAccessibleName(translate("FormFields", "{name}, calendar").format(name=name))
        for part in calendar.findChildren(QWidget):
            label = _CALENDAR_PARTS.get(part.objectName())
            if label is not None:
                name_parts(part, translate("FormFields", label))
            elif isinstance(part, QTableView):
                part.setAccessibleName(translate("FormFields", "{name}, days of the month").format(name=name))
                part.horizontalHeader().setAccessibleName(translate("FormFields", "Days of the week"))
                part.verticalHeader().setAccessibleName(translate("FormFields", "Weeks"))
            elif isinstance(part, QToolButton) and not part.accessibleName():
                part.setAccessibleName(part.toolTip() or translate("FormFields", "Calendar control"))

# -- text --------------------------------------------------------------------------------------


class TextBox(QPlainTextEdit):
    """A plain-text field a few lines tall at any text size; Tab moves on, as in the rest of a form."""

    def __init__(self, name: str, placeholder: str = "", lines: int = 4,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines
        self.setAccessibleName(name)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        editor_style.follow(self)  # the editors' font and size (Settings → Appearance)

    def _height_for(self, lines: int) -> int:
        margins = self.contentsMargins()
        document_margin = 2 * int(self.document().documentMargin())
        text_height: int = self.fontMetrics().lineSpacing() * lines
        return text_height + margins.top() + margins.bottom() + document_margin + 4

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height_for(self._lines))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height_for(min(self._lines, 2)))


def writing_box(name: str, placeholder: str, min_height: int = 96) -> QPlainTextEdit:
    """A writing surface with the look of the app's editors, for a few sentences of the person's own."""
    edit = QPlainTextEdit()
    edit.setObjectName("markdownEditor")
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(min_height)
    editor_style.follow(edit)  # the editors' font and size (Settings → Appearance)
    return edit


def raw_text(editor: QPlainTextEdit) -> str:
    """Exactly what was typed: toPlainText() would turn no-break spaces into plain ones."""
    return editor.document().toRawText().replace("\u2029", "\n")

# -- labels ------------------------------------------------------------------------------------


def field_label(text: str, buddy: QWidget) -> QLabel:
    """A wrapped label above its field; its mnemonic moves the focus there."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setBuddy(buddy)
    return label


def wrapped_label(text: str, object_name: str = "") -> QLabel:
    """A label that wraps at any width; the object name ("muted", "cardHeading", …) styles it."""
    label = QLabel(text)
    label.setWordWrap(True)
    if object_name:
        label.setObjectName(object_name)
    return label


def goal_title(goal: Goal) -> str:
    return goal.title.strip() or translate("FormFields", "Untitled goal")

# -- buttons and keys --------------------------------------------------------------------------


def push_button(text: str, name: str, tip: str = "") -> QPushButton:
    """A button with the name a screen reader says, and a tooltip when the label needs one."""
    button = QPushButton(text)
    button.setAccessibleName(name)
    if tip:
        button.setToolTip(tip)
    return button


def segment_button(text: str, name: str) -> QPushButton:
    """One pill of a segmented choice (a section, a length, a rating): checkable, and named."""
    button = QPushButton(text)
    button.setObjectName("segment")
    button.setCheckable(True)
    button.setAccessibleName(name)
    return button


def segment_group(parent: QWidget, options: Sequence[tuple[str, str, str]]
                  ) -> tuple[QButtonGroup, WrapGrid, dict[str, QPushButton]]:
    """Exclusive segment buttons, (key, text, accessible name) each, in a grid that re-flows."""
    group = QButtonGroup(parent)
    group.setExclusive(True)
    grid = WrapGrid(spacing=8, max_columns=len(options))
    buttons: dict[str, QPushButton] = {}
    for key, text, name in options:
        button = segment_button(text, name)
        group.addButton(button)
        grid.add(button)
        buttons[key] = button
    return group, grid, buttons


def shortcut(parent: QWidget, keys: QKeySequence | QKeySequence.StandardKey | str,
             slot: Callable[[], object],
             context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut) -> QShortcut:
    """A key that works while the focus is in `parent` (or, with WidgetShortcut, on it alone)."""
    made = QShortcut(QKeySequence(keys), parent)
    made.setContext(context)
    made.activated.connect(slot)
    return made

# -- save status -------------------------------------------------------------------------------


def restyle(widget: QWidget, **properties: str) -> None:
    """Set style properties (`state`, `current`…) and make the stylesheet look at them again:
    Qt only re-reads property selectors when a widget is polished."""
    for name, value in properties.items():
        widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


_SAVER_WORDS = {"editing": QT_TRANSLATE_NOOP("SaveStatus", "Saving…"),
                "saved": QT_TRANSLATE_NOOP("SaveStatus", "Saved")}


class SaveStatus(QLabel):
    """"Saving…", "Saved", or what went wrong, in a small label beside what it reports on.

    Its `state` ("editing", "saved", "error", or "" before anything happened) picks the colour.
    """

    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveStatus")
        self.setAccessibleName(name or translate("SaveStatus", "Save status"))
        self.setWordWrap(True)

    @property
    def state(self) -> str:
        return str(self.property("state") or "")

    def show_state(self, state: str, text: str) -> None:
        self.setText(text)
        restyle(self, state=state)

    def follow(self, state: str) -> None:
        """A Saver's state_changed: "Saving…" while typing, "Saved" once written. A failure is
        not shown here: the one who reports it gives its reason."""
        if state in _SAVER_WORDS:
            self.show_state(state, translate("SaveStatus", _SAVER_WORDS[state]))

    def say(self, text: str, error: bool = False) -> None:
        """A finished outcome: saved (or simply news), or an error."""
        self.show_state("error" if error else "saved", text)

    def clear(self) -> None:
        """Nothing to report: no text, and no colour left over from an earlier error."""
        self.show_state("", "")


def announce(widget: QWidget, text: str) -> None:
    """Say a result to screen readers as it appears (an alert), not only when they next look."""
    from PySide6.QtGui import QAccessible, QAccessibleEvent

    widget.setAccessibleDescription(text)
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))


def name_clear_button(edit: QLineEdit, name: str) -> None:
    """The clear button Qt puts inside a line edit is a button a screen reader meets too."""
    for button in edit.findChildren(QToolButton):
        button.setAccessibleName(name)
