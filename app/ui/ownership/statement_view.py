"""The statement workshop's layout: five cards in a column, two columns where there is room.

The column is as tall as its cards: the stage page around it is the one thing that scrolls, so
the stage's header scrolls away with it (`bring_into_view` shows a part of it).

Only widgets and their arrangement live here; what they do is in statement_workshop, which builds
on this view and connects its controls.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.statement_starters import Starter
from app.i18n import translate
from app.ui.ownership.say_on_card import SayOnCard
from app.ui.ownership.starters_card import StartersCard
from app.ui.ownership.statement_words import EMPTY_EXPLANATION, PARTS
from app.ui.widgets.flow_layout import card
from app.ui.widgets.form_fields import SaveStatus, segment_button, wrapped_label
from app.ui.widgets.notice import InlineNotice
from app.ui.widgets.path_delegate import PathDelegate

_WIDE_CHARS = 95  # wider than this many average characters: two columns where it helps


def _card(heading: str) -> tuple[QFrame, QVBoxLayout, QLabel]:
    """A card with its heading, which may become the buddy of the card's main control."""
    frame, layout = card((20, 16, 20, 16))
    title = wrapped_label(heading, "cardHeading")
    layout.addWidget(title)
    return frame, layout, title


def _plain_editor(name: str, placeholder: str, min_lines: int) -> QPlainTextEdit:
    editor = QPlainTextEdit()
    editor.setObjectName("markdownEditor")  # the writing surfaces share one look
    editor.setAccessibleName(name)
    editor.setPlaceholderText(placeholder)
    editor.setTabChangesFocus(True)
    editor.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    editor.setMinimumHeight(editor.fontMetrics().lineSpacing() * min_lines + 28)
    editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return editor


class StatementView(QWidget):
    """The workshop's widgets, laid out: the parts, the draft beside its hints, versions, export."""

    def __init__(self, starters: Sequence[Starter] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statementWorkshop")
        self._wide: bool | None = None
        self._grid_columns: dict[int, int] = {}

        self.empty_box = QFrame()
        self.empty_box.setObjectName("banner")
        self.empty_label = wrapped_label(translate("StatementWords", EMPTY_EXPLANATION), "intro")
        empty_layout = QVBoxLayout(self.empty_box)
        empty_layout.setContentsMargins(16, 12, 16, 12)
        empty_layout.addWidget(self.empty_label)

        self._build_parts_card()
        self._build_draft_card()
        self._build_hints_card()
        self._build_versions_card()
        self._build_export_card()
        self.starters_card = StartersCard(starters)
        if not starters:
            self.starters_card.hide()  # never setVisible(True) before it has a parent: a window flashes
        self.say_on_card = SayOnCard()

        side = QWidget()  # beside the draft: where to start, and what to look at again
        side_column = QVBoxLayout(side)
        side_column.setContentsMargins(0, 0, 0, 0)
        side_column.setSpacing(16)
        side_column.addWidget(self.starters_card)
        side_column.addWidget(self.hints_card, 1)
        self._draft_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._draft_row.setSpacing(16)
        self._draft_row.addWidget(self.draft_card, 3)
        self._draft_row.addWidget(side, 2)

        column = QVBoxLayout(self)  # no scroll area of its own: the page scrolls
        column.setContentsMargins(0, 4, 0, 12)
        column.setSpacing(16)
        column.addWidget(self.empty_box)
        column.addWidget(self.parts_card)
        column.addLayout(self._draft_row, 1)
        column.addWidget(self.say_on_card)
        column.addWidget(self.versions_card)
        column.addWidget(self.export_card)
        self._arrange(self.width())

    # -- building --------------------------------------------------------------------------

    def _build_parts_card(self) -> None:
        self.parts_card, card_layout, heading = _card(translate("StatementView", "The four parts"))
        self.parts_toggle = segment_button(translate("StatementView", "Hide the parts"),
                                           translate("StatementView", "Hide the four parts"))
        self.parts_toggle.setChecked(True)
        self.parts_toggle.toggled.connect(self.set_parts_visible)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        card_layout.removeWidget(heading)
        header.addWidget(heading, 1)
        header.addWidget(self.parts_toggle, 0, Qt.AlignmentFlag.AlignTop)
        card_layout.insertLayout(0, header)
        self.parts_body = QWidget()
        layout = QVBoxLayout(self.parts_body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        card_layout.addWidget(self.parts_body)
        layout.addWidget(wrapped_label(translate("StatementView", "Write each part in your own words. They "
                                                                  "are notes to yourself: the draft below "
                                                                  "is what you will actually say."), "muted"))
        self.part_editors: dict[str, QPlainTextEdit] = {}
        self._part_boxes: list[QWidget] = []
        for field, label_words, help_words, placeholder_words in PARTS:
            label_text, help_text, placeholder = (translate("StatementWords", words)
                                                  for words in (label_words, help_words, placeholder_words))
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.setSpacing(4)
            label = wrapped_label(label_text, "cardHeading")
            editor = _plain_editor(label_text, placeholder, 3)
            editor.setMaximumHeight(editor.fontMetrics().lineSpacing() * 5 + 28)
            editor.setAccessibleDescription(help_text)
            label.setBuddy(editor)
            box_layout.addWidget(label)
            box_layout.addWidget(wrapped_label(help_text, "muted"))
            box_layout.addWidget(editor, 1)
            self.part_editors[field] = editor
            self._part_boxes.append(box)
        self._parts_grid = QGridLayout()
        self._parts_grid.setHorizontalSpacing(16)
        self._parts_grid.setVerticalSpacing(12)
        layout.addLayout(self._parts_grid)

        self.build_button = QPushButton(translate("StatementView", "Build the draft from the parts"))
        self.build_button.setAccessibleName(translate("StatementView", "Build the draft from the parts"))
        self.build_button.setToolTip(translate("StatementView",
                                               "Put the four parts together as your draft, ready to edit"))
        build_row = QHBoxLayout()
        build_row.addStretch(1)
        build_row.addWidget(self.build_button)
        layout.addLayout(build_row)
        self.parts_notice = InlineNotice(translate("StatementView", "Draft notice"))
        layout.addWidget(self.parts_notice)

    def set_parts_visible(self, visible: bool) -> None:
        """Fold the parts away once the draft has a life of its own; they stay saved."""
        if self.parts_toggle.isChecked() != visible:
            self.parts_toggle.setChecked(visible)  # comes back here through toggled
            return
        self.parts_body.setVisible(visible)
        self.parts_toggle.setText(translate("StatementView", "Hide the parts") if visible else translate(
            "StatementView", "Show the parts"))
        self.parts_toggle.setAccessibleName(translate(
            "StatementView", "Hide the four parts") if visible else translate("StatementView",
                                                                              "Show the four parts"))

    def _build_draft_card(self) -> None:
        self.draft_card, layout, heading = _card(translate("StatementView", "Your draft"))
        layout.addWidget(wrapped_label(translate(
            "StatementView", "Edit freely until it sounds like you. It is kept as you type."),
                                       "muted"))
        self.draft_edit = _plain_editor(
            translate("StatementView", "Your statement draft"),
            translate("StatementView", "Build it from the parts above, or write it here directly…"), 9)
        heading.setBuddy(self.draft_edit)
        layout.addWidget(self.draft_edit, 1)

        self.speaking_label = wrapped_label("", "muted")
        self.speaking_label.setAccessibleName(translate("StatementView", "Speaking time"))
        self.status_label = SaveStatus()
        facts = QHBoxLayout()
        facts.addWidget(self.speaking_label, 1)
        facts.addWidget(self.status_label)
        layout.addLayout(facts)

        self.save_version_button = QPushButton(translate("StatementView", "Save as version"))
        self.save_version_button.setObjectName("primary")
        self.save_version_button.setAccessibleName(translate("StatementView",
                                                             "Save the draft as a new version"))
        self.save_version_button.setToolTip(translate("StatementView",
                                                      "Keep this draft as a numbered version (Ctrl+S)"))
        self.rehearse_button = QPushButton(translate("StatementView", "Rehearse…"))
        self.rehearse_button.setAccessibleName(translate("StatementView",
                                                         "Rehearse the statement aloud, with a timer"))
        self.rehearse_button.setToolTip(translate("StatementView",
                                                  "Your draft in large text, with a timer (Ctrl+R)"))
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.rehearse_button)
        save_row.addWidget(self.save_version_button)
        layout.addLayout(save_row)
        self.draft_notice = InlineNotice(translate("StatementView", "Statement notice"))
        layout.addWidget(self.draft_notice)

    def _build_hints_card(self) -> None:
        self.hints_card, layout, heading = _card(translate("StatementView", "Gentle checks"))
        layout.addWidget(wrapped_label(translate("StatementView", "Things you may want to look at again. "
                                                                  "They are only suggestions: keep "
                                                                  "whatever is true for you. Choose one to "
                                                                  "find it in the draft."),
                                       "muted"))
        self.hints_list = QListWidget()
        self.hints_list.setAccessibleName(translate("StatementView", "Hints about your draft"))
        self.hints_list.setWordWrap(True)
        self.hints_list.setItemDelegate(PathDelegate(self.hints_list))
        self.hints_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.hints_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.hints_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.hints_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 10)
        heading.setBuddy(self.hints_list)
        self.hints_empty = wrapped_label("", "muted")
        layout.addWidget(self.hints_list, 100)
        layout.addWidget(self.hints_empty)
        layout.addStretch(1)

    def _build_export_card(self) -> None:
        self.export_card, layout, _heading = _card(translate("StatementView", "Use your statement"))
        self.export_source_label = wrapped_label("", "muted")
        layout.addWidget(self.export_source_label)
        self.copy_button = QPushButton(translate("StatementView", "Copy to the clipboard"))
        self.copy_button.setAccessibleName(translate("StatementView",
                                                     "Copy the final statement to the clipboard"))
        self.copy_button.setToolTip(translate(
            "StatementView", "Copies the version marked final, or the draft if none is final"))
        self.markdown_button = QPushButton(translate("StatementView", "Export as Markdown…"))
        self.markdown_button.setAccessibleName(translate("StatementView",
                                                         "Export the statement as a Markdown file"))
        self.pdf_button = QPushButton(translate("StatementView", "Export as PDF…"))
        self.pdf_button.setAccessibleName(translate("StatementView", "Export the statement as a PDF file"))
        self._export_buttons = (self.copy_button, self.markdown_button, self.pdf_button)
        self._export_button_grid = QGridLayout()
        self._export_button_grid.setHorizontalSpacing(8)
        self._export_button_grid.setVerticalSpacing(8)
        layout.addLayout(self._export_button_grid)
        self.export_notice = InlineNotice(translate("StatementView", "Export notice"))
        layout.addWidget(self.export_notice)

    def _build_versions_card(self) -> None:
        self.versions_card, layout, heading = _card(translate("StatementView", "Saved versions"))
        self.versions_empty = wrapped_label(
            translate("StatementView", "No versions yet. When the draft says what you mean, save it as a "
                                       "version; you can compare versions later, go back to one, and mark "
                                       "the one you will use as final."), "muted")
        layout.addWidget(self.versions_empty)
        self.versions_list = QListWidget()
        self.versions_list.setAccessibleName(translate("StatementView", "Saved versions, newest first"))
        self.versions_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.versions_list.setWordWrap(True)
        self.versions_list.setItemDelegate(PathDelegate(self.versions_list))
        self.versions_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.versions_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        heading.setBuddy(self.versions_list)
        layout.addWidget(self.versions_list)
        self.version_actions = QWidget()
        actions_layout = QVBoxLayout(self.version_actions)
        actions_layout.setContentsMargins(0, 0, 0, 0)
        actions_layout.setSpacing(8)
        actions_layout.addWidget(wrapped_label(translate("StatementView", "Select one version to compare "
                                                                          "it with your draft, or two to "
                                                                          "compare them with each other "
                                                                          "(Ctrl+click)."), "muted"))

        self.compare_button = QPushButton(translate("StatementView", "Compare…"))
        self.restore_button = QPushButton(translate("StatementView", "Restore into the draft"))
        self.restore_button.setAccessibleName(translate("StatementView",
                                                        "Restore the selected version into the draft"))
        self.final_button = QPushButton(translate("StatementView", "Mark as final"))
        self.delete_button = QPushButton(translate("StatementView", "Delete"))
        self.delete_button.setAccessibleName(translate("StatementView", "Delete the selected version"))
        self.delete_button.setToolTip(translate("StatementView",
                                                "Delete this version; you can undo it (Delete)"))
        self._version_buttons = (self.compare_button, self.restore_button, self.final_button,
                                 self.delete_button)
        self._version_button_grid = QGridLayout()
        self._version_button_grid.setHorizontalSpacing(8)
        self._version_button_grid.setVerticalSpacing(8)
        actions_layout.addLayout(self._version_button_grid)
        layout.addWidget(self.version_actions)
        self.versions_notice = InlineNotice(translate("StatementView", "Versions notice"))
        layout.addWidget(self.versions_notice)

    def fit_versions_list(self) -> None:
        """As tall as its versions, up to about four of them; the rest scroll."""
        rows = [self.versions_list.sizeHintForRow(row) for row in range(min(self.versions_list.count(), 4))]
        frame = 2 * self.versions_list.frameWidth() + 16  # border and the stylesheet's padding
        spacing = 2 * self.versions_list.spacing() * len(rows)
        tallest = max(rows, default=0)
        self.versions_list.setFixedHeight(max(sum(rows) + frame + spacing + tallest // 3,
                                              self.fontMetrics().lineSpacing() * 4))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def _arrange(self, width: int) -> None:
        """Two columns when there is room, one when the window is narrow or the text is large."""
        wide = width >= self.fontMetrics().averageCharWidth() * _WIDE_CHARS
        if wide != self._wide:
            self._wide = wide
            _regrid(self._parts_grid, self._part_boxes, 2 if wide else 1)
            for col in range(2):
                self._parts_grid.setColumnStretch(col, 1 if wide or col == 0 else 0)
            self._draft_row.setDirection(QBoxLayout.Direction.LeftToRight if wide
                                         else QBoxLayout.Direction.TopToBottom)
        room = width - 44  # the card's margins and border
        for grid, buttons in ((self._export_button_grid, self._export_buttons),
                              (self._version_button_grid, self._version_buttons)):
            widest = max(button.sizeHint().width() for button in buttons) + grid.horizontalSpacing()
            columns = max(1, min(len(buttons), room // max(widest, 1)))
            if columns == 3 and len(buttons) == 4:
                columns = 2  # two rows of two rather than three and one
            if self._grid_columns.get(id(grid)) != columns:
                self._grid_columns[id(grid)] = columns
                _regrid(grid, buttons, columns)
        self.fit_versions_list()


def _regrid(grid: QGridLayout, widgets: Sequence[QWidget], columns: int) -> None:
    """Lay the widgets out again in `columns` columns, row by row."""
    for widget in widgets:
        grid.removeWidget(widget)
    for index, widget in enumerate(widgets):
        grid.addWidget(widget, index // columns, index % columns)
