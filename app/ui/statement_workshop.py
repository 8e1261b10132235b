"""The statement workshop: four parts, a draft built from them, gentle hints, versions and export.

Everything typed reaches the store's working draft within a second, with no Save button; "Save as
version" keeps a numbered snapshot the person can compare, restore, mark final or delete. Nothing
destructive asks through a modal box: replacing the draft asks inline, and every replace, restore
and delete can be undone from the bar that reports it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QResizeEvent, QShortcut, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.statement_checks import (
    CheckLists,
    Hint,
    check_statement,
    compose_statement,
)
from app.domain.text import first_line, speaking_seconds, word_count
from app.domain.workbench import StatementDraft, StatementParts, StatementVersion
from app.store.errors import StoreError
from app.ui.journal_events import ObservedJournal
from app.ui.path_delegate import PathDelegate
from app.ui.statement_compare import StatementCompareDialog
from app.ui.statement_export import (
    STATEMENT_TITLE,
    copy_to_clipboard,
    source_note,
    write_markdown,
    write_pdf,
)

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 700
RETRY_DELAY_MS = 5000
HINT_DELAY_MS = 300
CHECKED_CHARS = 20_000  # about 3,500 words: far past any statement, still checked in a blink
SHOWN_HINTS = 40
HINT_ROLE = Qt.ItemDataRole.UserRole + 1
VERSION_ROLE = Qt.ItemDataRole.UserRole + 2
_WIDE_CHARS = 95  # wider than this many average characters: two columns where it helps


HINT_LABELS = {
    "blame": "May sound like blame",
    "hedge": "May sound unsure",
    "absolute": "All or nothing",
    "length": "Length",
}

# (field of StatementParts, label, what belongs there, placeholder)
PARTS: tuple[tuple[str, str, str, str], ...] = (
    ("what_is_true", "What is true",
     "The facts as you see them, plainly, without judging anyone.",
     "What happened, as you would tell it to a fair friend…"),
    ("what_i_own", "What I own",
     "Your share of it, said without excuses.",
     "The part that was mine was…"),
    ("what_i_commit_to", "What I commit to",
     "What you will do from here, as concretely as you can.",
     "From now on I will…"),
    ("what_i_need", "What I need",
     "Support or clarity you would like to ask for.",
     "It would help me to have…"),
)

EMPTY_EXPLANATION = (
    "This is where your ownership statement takes shape. Start with the four parts below; a few "
    "honest sentences in each is plenty. When they feel right, build a draft from them and shape "
    "it until it sounds like you speaking. Save a version whenever you want to keep what you have, "
    "and mark the one you mean to use as final. Nothing here leaves your computer unless you copy "
    "or export it."
)


def speaking_time_text(seconds: int) -> str:
    """"about 55 seconds to say aloud", in whole words a person would use."""
    if seconds <= 0:
        return "Nothing to say aloud yet"
    if seconds < 60:
        return f"About {seconds} second{'s' if seconds != 1 else ''} to say aloud"
    minutes, rest = divmod(seconds, 60)
    minute_text = f"{minutes} minute{'s' if minutes != 1 else ''}"
    if rest == 0:
        return f"About {minute_text} to say aloud"
    return f"About {minute_text} {rest} second{'s' if rest != 1 else ''} to say aloud"


def _utf16_offset(text: str, index: int) -> int:
    """Qt counts positions in UTF-16 units; Python in code points. They differ after an emoji."""
    return len(text[:index].encode("utf-16-le")) // 2


class InlineNotice(QFrame):
    """A bar inside the workshop that reports, asks or offers Undo; never a modal box."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAccessibleName(name)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.accept_button = QPushButton("Undo")
        self.accept_button.setAccessibleName("Undo")
        self.accept_button.clicked.connect(self._accept)
        self.reject_button = QPushButton("Keep it as it is")
        self.reject_button.setAccessibleName("Keep it as it is")
        self.reject_button.clicked.connect(self._reject)
        self.close_button = QPushButton("Dismiss")
        self.close_button.setObjectName("linkButton")
        self.close_button.setAccessibleName(f"Dismiss: {name}")
        self.close_button.clicked.connect(self.dismiss)
        self._on_accept: Callable[[], None] | None = None
        self._on_reject: Callable[[], None] | None = None

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.close_button)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(12, 8, 8, 8)
        self._layout.setSpacing(8)
        self._layout.addWidget(self.label, 1)
        self._layout.addLayout(buttons)
        self.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def _arrange(self, width: int) -> None:
        """Buttons beside the words when there is room, under them when the window is narrow."""
        narrow = width < self.fontMetrics().averageCharWidth() * 80
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)

    def tell(self, text: str, error: bool = False) -> None:
        """News with nothing to decide."""
        self._show(text, "error" if error else "", None, "", None, "")

    def offer_undo(self, text: str, undo: Callable[[], None]) -> None:
        self._show(text, "", undo, "Undo", None, "")

    def ask(self, text: str, yes_text: str, yes: Callable[[], None], no_text: str) -> None:
        """A question answered inside the page; "no" simply closes the bar."""
        self._show(text, "", yes, yes_text, self.dismiss, no_text)

    def dismiss(self) -> None:
        self._on_accept = self._on_reject = None
        self.hide()

    def _show(self, text: str, state: str, accept: Callable[[], None] | None, accept_text: str,
              reject: Callable[[], None] | None, reject_text: str) -> None:
        self._on_accept, self._on_reject = accept, reject
        self.label.setText(text)
        self.setProperty("state", state)
        self.style().unpolish(self)
        self.style().polish(self)
        for button, action, caption in ((self.accept_button, accept, accept_text),
                                        (self.reject_button, reject, reject_text)):
            if action is not None:
                button.setText(caption)
                button.setAccessibleName(caption)
            button.setVisible(action is not None)
        self.close_button.setVisible(accept is None)
        parent = self.parentWidget()
        self._arrange(parent.contentsRect().width() if parent is not None else self.width())
        self.show()

    def _accept(self) -> None:
        action = self._on_accept
        self.dismiss()
        if action is not None:
            action()

    def _reject(self) -> None:
        action = self._on_reject
        self.dismiss()
        if action is not None:
            action()


def _card(heading: str) -> tuple[QFrame, QVBoxLayout, QLabel]:
    card = QFrame()
    card.setObjectName("card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(20, 16, 20, 16)
    layout.setSpacing(10)
    title = QLabel(heading)
    title.setObjectName("cardHeading")
    title.setWordWrap(True)
    layout.addWidget(title)
    return card, layout, title


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label


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


def _raw_text(editor: QPlainTextEdit) -> str:
    """Exactly what was typed: toPlainText() would turn no-break spaces into plain ones."""
    return editor.document().toRawText().replace("\u2029", "\n")


class StatementWorkshop(QWidget):
    """Compose, check, version and export the ownership statement.

    Signals: saved(StatementDraft) after the working draft reached the store; failed(str) when it
    could not; versions_changed() after a version was saved, restored, marked, deleted or undone.
    """

    saved = Signal(object)
    failed = Signal(str)
    versions_changed = Signal()

    def __init__(self, journal: ObservedJournal, checks: CheckLists, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statementWorkshop")
        self._journal = journal
        self._checks = checks
        self._versions: list[StatementVersion] = []
        self._draft = StatementDraft(parts=StatementParts(), text="")
        self._dirty = False
        self._loading = False
        self._announcing = False
        self._wide: bool | None = None
        self._grid_columns: dict[int, int] = {}

        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)
        self._retry_timer = QTimer(self, singleShot=True, interval=RETRY_DELAY_MS)
        self._retry_timer.timeout.connect(self.flush)
        self._hint_timer = QTimer(self, singleShot=True, interval=HINT_DELAY_MS)
        self._hint_timer.timeout.connect(self.update_hints)

        self.empty_box = QFrame()
        self.empty_box.setObjectName("banner")
        self.empty_label = QLabel(EMPTY_EXPLANATION)
        self.empty_label.setObjectName("intro")
        self.empty_label.setWordWrap(True)
        empty_layout = QVBoxLayout(self.empty_box)
        empty_layout.setContentsMargins(16, 12, 16, 12)
        empty_layout.addWidget(self.empty_label)

        self._build_parts_card()
        self._build_draft_card()
        self._build_hints_card()
        self._build_versions_card()
        self._build_export_card()

        self._draft_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._draft_row.setSpacing(16)
        self._draft_row.addWidget(self.draft_card, 3)
        self._draft_row.addWidget(self.hints_card, 2)

        content = QWidget()
        content.setObjectName("pageBody")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 4, 6, 12)
        column.setSpacing(16)
        column.addWidget(self.empty_box)
        column.addWidget(self.parts_card)
        column.addLayout(self._draft_row, 1)
        column.addWidget(self.versions_card)
        column.addWidget(self.export_card)

        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("pageScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

        save_version = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_version.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_version.activated.connect(self.save_version)

        journal.workbench_changed.connect(self._on_workbench_changed)
        self._arrange(self.width())
        self.refresh()
        self.set_parts_visible(not self.draft_text().strip())  # a written draft comes first

    # -- building --------------------------------------------------------------------------

    def _build_parts_card(self) -> None:
        self.parts_card, card_layout, heading = _card("The four parts")
        self.parts_toggle = QPushButton("Hide the parts")
        self.parts_toggle.setObjectName("segment")
        self.parts_toggle.setCheckable(True)
        self.parts_toggle.setChecked(True)
        self.parts_toggle.setAccessibleName("Hide the four parts")
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
        layout.addWidget(_muted("Write each part in your own words. They are notes to yourself: "
                                "the draft below is what you will actually say."))
        self.part_editors: dict[str, QPlainTextEdit] = {}
        self._part_boxes: list[QWidget] = []
        for field, label_text, help_text, placeholder in PARTS:
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.setSpacing(4)
            label = QLabel(label_text)
            label.setObjectName("cardHeading")
            label.setWordWrap(True)
            editor = _plain_editor(label_text, placeholder, 3)
            editor.setMaximumHeight(editor.fontMetrics().lineSpacing() * 5 + 28)
            editor.setAccessibleDescription(help_text)
            editor.textChanged.connect(self._on_edited)
            label.setBuddy(editor)
            box_layout.addWidget(label)
            box_layout.addWidget(_muted(help_text))
            box_layout.addWidget(editor, 1)
            self.part_editors[field] = editor
            self._part_boxes.append(box)
        self._parts_grid = QGridLayout()
        self._parts_grid.setHorizontalSpacing(16)
        self._parts_grid.setVerticalSpacing(12)
        layout.addLayout(self._parts_grid)

        self.build_button = QPushButton("Build the draft from the parts")
        self.build_button.setAccessibleName("Build the draft from the parts")
        self.build_button.setToolTip("Put the four parts together as your draft, ready to edit")
        self.build_button.clicked.connect(self.build_draft)
        build_row = QHBoxLayout()
        build_row.addStretch(1)
        build_row.addWidget(self.build_button)
        layout.addLayout(build_row)
        self.parts_notice = InlineNotice("Draft notice")
        layout.addWidget(self.parts_notice)

    def set_parts_visible(self, visible: bool) -> None:
        """Fold the parts away once the draft has a life of its own; they stay saved."""
        if self.parts_toggle.isChecked() != visible:
            self.parts_toggle.setChecked(visible)  # comes back here through toggled
            return
        self.parts_body.setVisible(visible)
        self.parts_toggle.setText("Hide the parts" if visible else "Show the parts")
        self.parts_toggle.setAccessibleName("Hide the four parts" if visible else "Show the four parts")

    def _build_draft_card(self) -> None:
        self.draft_card, layout, heading = _card("Your draft")
        layout.addWidget(_muted("Edit freely until it sounds like you. It is kept as you type."))
        self.draft_edit = _plain_editor("Your statement draft", "Build it from the parts above, or "
                                        "write it here directly…", 9)
        self.draft_edit.textChanged.connect(self._on_edited)
        self.draft_edit.textChanged.connect(self._hint_timer.start)
        heading.setBuddy(self.draft_edit)
        layout.addWidget(self.draft_edit, 1)

        self.speaking_label = QLabel()
        self.speaking_label.setObjectName("muted")
        self.speaking_label.setWordWrap(True)
        self.speaking_label.setAccessibleName("Speaking time")
        self.status_label = QLabel()
        self.status_label.setObjectName("saveStatus")
        self.status_label.setAccessibleName("Save status")
        self.status_label.setWordWrap(True)
        facts = QHBoxLayout()
        facts.addWidget(self.speaking_label, 1)
        facts.addWidget(self.status_label)
        layout.addLayout(facts)

        self.save_version_button = QPushButton("Save as version")
        self.save_version_button.setObjectName("primary")
        self.save_version_button.setAccessibleName("Save the draft as a new version")
        self.save_version_button.setToolTip("Keep this draft as a numbered version (Ctrl+S)")
        self.save_version_button.clicked.connect(self.save_version)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_version_button)
        layout.addLayout(save_row)
        self.draft_notice = InlineNotice("Statement notice")
        layout.addWidget(self.draft_notice)

    def _build_hints_card(self) -> None:
        self.hints_card, layout, heading = _card("Gentle checks")
        layout.addWidget(_muted("Things you may want to look at again. They are only suggestions: "
                                "keep whatever is true for you. Choose one to find it in the draft."))
        self.hints_list = QListWidget()
        self.hints_list.setAccessibleName("Hints about your draft")
        self.hints_list.setWordWrap(True)
        self.hints_list.setItemDelegate(PathDelegate(self.hints_list))
        self.hints_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.hints_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.hints_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.hints_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 10)
        self.hints_list.itemClicked.connect(self._on_hint_chosen)
        self.hints_list.itemActivated.connect(self._on_hint_chosen)
        heading.setBuddy(self.hints_list)
        self.hints_empty = _muted("")
        layout.addWidget(self.hints_list, 100)
        layout.addWidget(self.hints_empty)
        layout.addStretch(1)

    def _build_export_card(self) -> None:
        self.export_card, layout, _heading = _card("Use your statement")
        self.export_source_label = _muted("")
        layout.addWidget(self.export_source_label)
        self.copy_button = QPushButton("Copy to the clipboard")
        self.copy_button.setAccessibleName("Copy the final statement to the clipboard")
        self.copy_button.setToolTip("Copies the version marked final, or the draft if none is final")
        self.copy_button.clicked.connect(self.copy_statement)
        self.markdown_button = QPushButton("Export as Markdown…")
        self.markdown_button.setAccessibleName("Export the statement as a Markdown file")
        self.markdown_button.clicked.connect(lambda: self._export_with_dialog("md"))
        self.pdf_button = QPushButton("Export as PDF…")
        self.pdf_button.setAccessibleName("Export the statement as a PDF file")
        self.pdf_button.clicked.connect(lambda: self._export_with_dialog("pdf"))
        self._export_buttons = (self.copy_button, self.markdown_button, self.pdf_button)
        self._export_button_grid = QGridLayout()
        self._export_button_grid.setHorizontalSpacing(8)
        self._export_button_grid.setVerticalSpacing(8)
        layout.addLayout(self._export_button_grid)
        self.export_notice = InlineNotice("Export notice")
        layout.addWidget(self.export_notice)

    def _build_versions_card(self) -> None:
        self.versions_card, layout, heading = _card("Saved versions")
        self.versions_empty = _muted(
            "No versions yet. When the draft says what you mean, save it as a version; you can "
            "compare versions later, go back to one, and mark the one you will use as final.")
        layout.addWidget(self.versions_empty)
        self.versions_list = QListWidget()
        self.versions_list.setAccessibleName("Saved versions, newest first")
        self.versions_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.versions_list.setWordWrap(True)
        self.versions_list.setItemDelegate(PathDelegate(self.versions_list))
        self.versions_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.versions_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.versions_list.itemSelectionChanged.connect(self._update_version_buttons)
        heading.setBuddy(self.versions_list)
        layout.addWidget(self.versions_list)
        self.version_actions = QWidget()
        actions_layout = QVBoxLayout(self.version_actions)
        actions_layout.setContentsMargins(0, 0, 0, 0)
        actions_layout.setSpacing(8)
        actions_layout.addWidget(_muted("Select one version to compare it with your draft, or two to "
                                        "compare them with each other (Ctrl+click)."))

        self.compare_button = QPushButton("Compare…")
        self.compare_button.clicked.connect(self.compare_selected)
        self.restore_button = QPushButton("Restore into the draft")
        self.restore_button.setAccessibleName("Restore the selected version into the draft")
        self.restore_button.clicked.connect(self.restore_selected)
        self.final_button = QPushButton("Mark as final")
        self.final_button.clicked.connect(self.toggle_final)
        self.delete_button = QPushButton("Delete")
        self.delete_button.setAccessibleName("Delete the selected version")
        self.delete_button.setToolTip("Delete this version; you can undo it (Delete)")
        self.delete_button.clicked.connect(self.delete_selected)
        self._version_buttons = (self.compare_button, self.restore_button, self.final_button,
                                 self.delete_button)
        self._version_button_grid = QGridLayout()
        self._version_button_grid.setHorizontalSpacing(8)
        self._version_button_grid.setVerticalSpacing(8)
        actions_layout.addLayout(self._version_button_grid)
        layout.addWidget(self.version_actions)
        self.versions_notice = InlineNotice("Versions notice")
        layout.addWidget(self.versions_notice)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.versions_list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)

    # -- the public face -------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the draft and the versions again, after saving anything typed here first."""
        if not self.flush():
            return  # unsaved text stays on screen; the status says why and keeps retrying
        try:
            draft = self._journal.statements.draft()
            versions = self._journal.statements.versions()
        except StoreError as error:
            log.warning("could not read the statement: %s", type(error).__name__)
            self.draft_notice.tell(f"Your statement could not be read just now: {error}", error=True)
            return
        self._load_draft(draft)
        self._show_versions(versions)

    def flush(self) -> bool:
        """Save the parts and the draft now if they changed; False only when saving failed."""
        self._save_timer.stop()
        if not self._dirty:
            return True
        try:
            draft = self._journal.statements.save_draft(self.parts(), self.draft_text())
        except StoreError as error:
            log.warning("statement autosave failed: %s", type(error).__name__)
            self._retry_timer.start()
            self._set_status("error", f"Not saved yet: {error} Your text is safe in this window; "
                                      "Trustbridge keeps trying.")
            self.failed.emit(str(error))
            return False
        self._retry_timer.stop()
        self._dirty = False
        self._draft = draft
        self._set_status("saved", "Saved")
        self._update_empty_state()
        self._announce()
        self.saved.emit(draft)
        return True

    def focus_first(self) -> None:
        """The first empty part, or the draft once the parts are written."""
        for editor in self.part_editors.values():
            if not _raw_text(editor).strip():
                editor.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.draft_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def parts(self) -> StatementParts:
        return StatementParts(**{field: _raw_text(editor) for field, editor in self.part_editors.items()})

    def draft_text(self) -> str:
        return _raw_text(self.draft_edit)

    @property
    def versions(self) -> list[StatementVersion]:
        return list(self._versions)

    # -- composing -------------------------------------------------------------------------

    def build_draft(self) -> None:
        """Put the parts together as the draft; a draft with words in it is replaced only on a yes."""
        composed = compose_statement(self.parts())
        if not composed.strip():
            self.parts_notice.tell("Write at least one of the parts first: the draft is built from them.")
            return
        current = self.draft_text()
        if not current.strip():
            self._replace_draft_text(composed)
            self.parts_notice.dismiss()
            return
        if current == composed:
            self.parts_notice.tell("Your draft already matches the parts.")
            return
        self.parts_notice.ask(
            "Your draft already has words in it. Replace them with a fresh draft built from the parts?",
            "Replace the draft", lambda: self._rebuild_confirmed(composed), "Keep my draft")
        self.parts_notice.accept_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _rebuild_confirmed(self, composed: str) -> None:
        previous = self.draft_text()
        self._replace_draft_text(composed)
        self.parts_notice.offer_undo("Your draft was rebuilt from the parts.",
                                     lambda: self._replace_draft_text(previous))

    def _replace_draft_text(self, text: str) -> None:
        """Through the editor's cursor, so Ctrl+Z in the draft can also take it back."""
        cursor = QTextCursor(self.draft_edit.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.flush()

    # -- versions --------------------------------------------------------------------------

    def save_version(self) -> StatementVersion | None:
        """Keep the draft as it is now as the next numbered version."""
        text = self.draft_text()
        if not text.strip():
            self.draft_notice.tell("There is nothing in the draft to keep yet. Write or build it first.")
            return None
        if not self.flush():
            return None
        parts = self.parts()
        latest = self._versions[0] if self._versions else None
        if latest is not None and latest.text == text and latest.parts == parts:
            self.draft_notice.tell(f"Nothing has changed since version {latest.number}, so no new "
                                   "version was made.")
            return latest
        try:
            version = self._journal.statements.save_version(parts, text)
        except StoreError as error:
            self.draft_notice.tell(f"The version could not be saved: {error}", error=True)
            return None
        self._after_versions_change(select_uuid=version.uuid)
        self.draft_notice.tell(f"Saved as version {version.number}.")
        return version

    def selected_versions(self) -> list[StatementVersion]:
        """The selected versions, oldest first."""
        chosen = [item.data(VERSION_ROLE) for item in self.versions_list.selectedItems()]
        return sorted((v for v in chosen if isinstance(v, StatementVersion)), key=lambda v: v.number)

    def select_versions(self, *numbers: int) -> None:
        """Select versions by number (what a person does with Ctrl+click)."""
        self.versions_list.clearSelection()
        for row in range(self.versions_list.count()):
            item = self.versions_list.item(row)
            version = item.data(VERSION_ROLE)
            if isinstance(version, StatementVersion) and version.number in numbers:
                item.setSelected(True)

    def compare_selected(self) -> StatementCompareDialog | None:
        """One version against the draft, or two versions against each other."""
        chosen = self.selected_versions()
        if len(chosen) == 1:
            old = chosen[0]
            return StatementCompareDialog.show_for(self, self._version_title(old), old.text,
                                                   "Your current draft", self.draft_text())
        if len(chosen) == 2:
            old, new = chosen
            return StatementCompareDialog.show_for(self, self._version_title(old), old.text,
                                                   self._version_title(new), new.text)
        self.versions_notice.tell("Select one version to compare with your draft, or two to compare "
                                  "with each other.")
        return None

    def restore_selected(self) -> None:
        chosen = self.selected_versions()
        if len(chosen) != 1 or not self.flush():
            return
        version = chosen[0]
        before = (self.parts(), self.draft_text())
        try:
            draft = self._journal.statements.restore_version(version.uuid)
        except StoreError as error:
            self.versions_notice.tell(f"Version {version.number} could not be restored: {error}", error=True)
            return
        self._load_draft(draft)
        self._announce()
        self.versions_changed.emit()
        self.versions_notice.offer_undo(f"Version {version.number} is back in your draft.",
                                        lambda: self._put_back_draft(*before))

    def _put_back_draft(self, parts: StatementParts, text: str) -> None:
        try:
            draft = self._journal.statements.save_draft(parts, text)
        except StoreError as error:
            self.versions_notice.tell(f"Your earlier draft could not be put back: {error}", error=True)
            return
        self._load_draft(draft)
        self._announce()
        self.versions_notice.tell("Your earlier draft is back.")

    def toggle_final(self) -> None:
        """Mark the selected version as the final one, or unmark it if it already is."""
        chosen = self.selected_versions()
        if len(chosen) != 1:
            return
        version = chosen[0]
        try:
            self._journal.statements.mark_final(None if version.is_final else version.uuid)
        except StoreError as error:
            self.versions_notice.tell(f"That could not be changed: {error}", error=True)
            return
        self._after_versions_change(select_uuid=version.uuid)
        self.versions_notice.tell(
            f"Version {version.number} is no longer final." if version.is_final else
            f"Version {version.number} is now your final statement. Copy and export use it.")

    def delete_selected(self) -> None:
        chosen = self.selected_versions()
        if len(chosen) != 1:
            return
        version = chosen[0]
        try:
            self._journal.statements.delete_version(version.uuid)
        except StoreError as error:
            self.versions_notice.tell(f"Version {version.number} could not be deleted: {error}", error=True)
            return
        self._after_versions_change()
        self.versions_notice.offer_undo(f"Version {version.number} deleted.",
                                        lambda: self._undo_delete(version))
        self.versions_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _undo_delete(self, version: StatementVersion) -> None:
        keep = version
        if version.is_final and any(v.is_final for v in self._versions):
            keep = replace(version, is_final=False)  # a final chosen since then stays final
        try:
            self._journal.statements.put_version(keep)
        except StoreError as error:
            self.versions_notice.tell(f"Version {version.number} could not be brought back: {error}",
                                      error=True)
            return
        self._after_versions_change(select_uuid=version.uuid)
        self.versions_notice.tell(f"Version {version.number} is back.")

    def _after_versions_change(self, select_uuid: str | None = None) -> None:
        try:
            versions = self._journal.statements.versions()
        except StoreError as error:
            self.versions_notice.tell(f"The versions could not be read: {error}", error=True)
            return
        self._show_versions(versions, select_uuid)
        self._announce()
        self.versions_changed.emit()

    # -- export ----------------------------------------------------------------------------

    def export_source(self) -> StatementVersion | StatementDraft:
        """The final version when there is one, else the draft as it is now."""
        final = next((v for v in self._versions if v.is_final), None)
        if final is not None:
            return final
        return StatementDraft(parts=self.parts(), text=self.draft_text(), updated_at=self._draft.updated_at)

    def copy_statement(self) -> None:
        source = self.export_source()
        if not source.text.strip():
            self.export_notice.tell("There is nothing to copy yet.")
            return
        copy_to_clipboard(source.text)
        if isinstance(source, StatementVersion):
            self.export_notice.tell(f"Copied your final statement (version {source.number}).")
        else:
            self.export_notice.tell("No version is marked final yet, so your current draft was copied.")

    def export_markdown_to(self, path: Path) -> bool:
        return self._export(path, lambda source: write_markdown(path, source))

    def export_pdf_to(self, path: Path) -> bool:
        return self._export(path, lambda source: write_pdf(path, STATEMENT_TITLE, source.text,
                                                           source_note(source)))

    def _export(self, path: Path, write: Callable[[StatementVersion | StatementDraft], None]) -> bool:
        source = self.export_source()
        if not source.text.strip():
            self.export_notice.tell("There is nothing to export yet.")
            return False
        try:
            write(source)
        except OSError as error:
            log.warning("statement export failed: %s", type(error).__name__)
            self.export_notice.tell(f"The file could not be written: {error.strerror or error}", error=True)
            return False
        which = (f"your final statement (version {source.number})" if isinstance(source, StatementVersion)
                 else "your current draft, as no version is marked final yet")
        self.export_notice.tell(f"Exported {which} to {path}.")
        return True

    def _export_with_dialog(self, suffix: str) -> None:
        """Ask where to put the file; the writing itself is export_markdown_to / export_pdf_to."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        default = str(Path(folder or Path.home()) / f"ownership-statement.{suffix}")
        kind = "Markdown (*.md)" if suffix == "md" else "PDF (*.pdf)"
        chosen, _filter = QFileDialog.getSaveFileName(self, "Export your statement", default, kind)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{suffix}":
            path = path.with_name(path.name + f".{suffix}")
        if suffix == "md":
            self.export_markdown_to(path)
        else:
            self.export_pdf_to(path)

    # -- hints -----------------------------------------------------------------------------

    def update_hints(self) -> None:
        """Run the gentle checks on the draft now (normally a moment after typing stops)."""
        self._hint_timer.stop()
        self._update_speaking_time()
        text = self.draft_text()
        too_long = len(text) > CHECKED_CHARS  # a statement is a minute long; a pasted essay is not
        hints = check_statement(text, self._checks) if text.strip() and not too_long else []
        self.hints_list.clear()
        for hint in hints[:SHOWN_HINTS]:
            item = QListWidgetItem(self._hint_text(hint))
            item.setData(HINT_ROLE, hint)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self._hint_text(hint).replace("\n", ": "))
            item.setToolTip("Choose it to find it in your draft")
            self.hints_list.addItem(item)
        if not text.strip():
            note = "Hints about your draft will appear here as you write."
        elif too_long:
            note = ("This draft is much longer than a statement usually is, so the checks are resting. "
                    "They come back once it is shorter.")
        elif not hints:
            note = "Nothing to point out. Reading it aloud once is still a good test."
        elif len(hints) > SHOWN_HINTS:
            note = f"The first {SHOWN_HINTS} of {len(hints)} are shown."
        else:
            note = ""
        self.hints_empty.setText(note)
        self.hints_empty.setVisible(bool(note))
        self.hints_list.setVisible(bool(hints))

    def hints(self) -> list[Hint]:
        return [self.hints_list.item(row).data(HINT_ROLE) for row in range(self.hints_list.count())]

    @staticmethod
    def _hint_text(hint: Hint) -> str:
        label = HINT_LABELS.get(hint.kind, hint.kind.capitalize())
        phrase = f" “{hint.phrase}”" if hint.phrase else ""
        return f"{label}{phrase}\n{hint.message}"

    def _on_hint_chosen(self, item: QListWidgetItem) -> None:
        hint = item.data(HINT_ROLE)
        if hint is not None:
            self.select_hint(hint)

    def select_hint(self, hint: Hint) -> None:
        """Select the hint's phrase in the draft and put the cursor there."""
        text = self.draft_text()
        start, end = hint.start, hint.end
        if end <= start or text[start:end].casefold() != hint.phrase.casefold():
            return  # the draft changed since the check; the next check will list it again
        cursor = self.draft_edit.textCursor()
        cursor.setPosition(_utf16_offset(text, start))
        cursor.setPosition(_utf16_offset(text, end), QTextCursor.MoveMode.KeepAnchor)
        self.draft_edit.setTextCursor(cursor)
        self.draft_edit.ensureCursorVisible()
        self.scroll_area.ensureWidgetVisible(self.draft_edit)
        self.draft_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- reactions and drawing -------------------------------------------------------------

    def _on_edited(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._set_status("editing", "Saving…")
        self._save_timer.start()
        if self.empty_box.isVisibleTo(self):
            self._update_empty_state()

    def _on_workbench_changed(self, area: str) -> None:
        """Another part of the app changed the statement (an import, say): show what is stored."""
        if area == "statement" and not self._announcing:
            self.refresh()

    def _announce(self) -> None:
        self._announcing = True
        try:
            self._journal.changed("statement")
        finally:
            self._announcing = False

    def _load_draft(self, draft: StatementDraft) -> None:
        self._loading = True
        try:
            for field, editor in self.part_editors.items():
                value = getattr(draft.parts, field)
                if _raw_text(editor) != value:
                    editor.setPlainText(value)
            if self.draft_text() != draft.text:
                self.draft_edit.setPlainText(draft.text)
        finally:
            self._loading = False
        self._draft = draft
        self._dirty = False
        self._set_status("saved" if draft.updated_at else "empty", "Saved" if draft.updated_at else "")
        self.update_hints()
        self._update_empty_state()

    def _show_versions(self, versions: list[StatementVersion], select_uuid: str | None = None) -> None:
        self._versions = versions
        self.versions_list.clear()
        for version in versions:
            item = QListWidgetItem(self._version_text(version))
            item.setData(VERSION_ROLE, version)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self._version_text(version).replace("\n", ", "))
            item.setToolTip(version.text[:600])
            self.versions_list.addItem(item)
            if version.uuid == select_uuid:
                self.versions_list.setCurrentItem(item)
        self.versions_list.setVisible(bool(versions))
        self.versions_empty.setVisible(not versions)
        self.version_actions.setVisible(bool(versions))
        self._fit_versions_list()
        final = next((v for v in versions if v.is_final), None)
        self.export_source_label.setText(
            f"Copying and exporting use your final statement, version {final.number}." if final else
            "No version is marked final yet, so copying and exporting use your current draft. "
            "Mark a saved version as final to use that one instead.")
        self._update_version_buttons()
        self._update_empty_state()

    @staticmethod
    def _version_title(version: StatementVersion) -> str:
        return f"Version {version.number}" + (" (final)" if version.is_final else "")

    @staticmethod
    def _version_text(version: StatementVersion) -> str:
        when = version.created_at.astimezone()
        final = "  ★ Final" if version.is_final else ""
        line = first_line(version.text, 80) or "(empty)"
        return f"Version {version.number}{final}\n{when:%a %d %b %Y, %H:%M}\n“{line}”"

    def _fit_versions_list(self) -> None:
        """As tall as its versions, up to about four of them; the rest scroll."""
        rows = [self.versions_list.sizeHintForRow(row) for row in range(min(self.versions_list.count(), 4))]
        frame = 2 * self.versions_list.frameWidth() + 16  # border and the stylesheet's padding
        spacing = 2 * self.versions_list.spacing() * len(rows)
        tallest = max(rows, default=0)
        self.versions_list.setFixedHeight(max(sum(rows) + frame + spacing + tallest // 3,
                                              self.fontMetrics().lineSpacing() * 4))

    def _update_version_buttons(self) -> None:
        chosen = self.selected_versions()
        one = len(chosen) == 1
        self.compare_button.setEnabled(len(chosen) in (1, 2))
        if len(chosen) == 2:
            self.compare_button.setAccessibleName(
                f"Compare version {chosen[0].number} with version {chosen[1].number}")
        else:
            self.compare_button.setAccessibleName("Compare the selected version with your draft")
        self.restore_button.setEnabled(one)
        self.delete_button.setEnabled(one)
        self.final_button.setEnabled(one)
        unmark = one and chosen[0].is_final
        self.final_button.setText("Unmark final" if unmark else "Mark as final")
        self.final_button.setAccessibleName(
            "Unmark the selected version as final" if unmark else "Mark the selected version as final")

    def _update_speaking_time(self) -> None:
        text = self.draft_text()
        words = word_count(text)
        seconds = speaking_seconds(text, self._checks.words_per_minute)
        if words == 0:
            self.speaking_label.setText("Nothing to say aloud yet")
        else:
            words_text = "1 word" if words == 1 else f"{words:,} words"
            self.speaking_label.setText(f"{speaking_time_text(seconds)} · {words_text}")
        self.speaking_label.setAccessibleDescription(self.speaking_label.text())

    def _update_empty_state(self) -> None:
        written = any(_raw_text(e).strip() for e in self.part_editors.values()) or bool(
            self.draft_text().strip())
        self.empty_box.setVisible(not written and not self._versions)

    def _set_status(self, state: str, text: str) -> None:
        self.status_label.setProperty("state", state)
        self.status_label.setText(text)
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)

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
        room = width - 64  # the card's margins and the scroll bar
        for grid, buttons in ((self._export_button_grid, self._export_buttons),
                              (self._version_button_grid, self._version_buttons)):
            widest = max(button.sizeHint().width() for button in buttons) + grid.horizontalSpacing()
            columns = max(1, min(len(buttons), room // max(widest, 1)))
            if columns == 3 and len(buttons) == 4:
                columns = 2  # two rows of two rather than three and one
            if self._grid_columns.get(id(grid)) != columns:
                self._grid_columns[id(grid)] = columns
                _regrid(grid, buttons, columns)
        self._fit_versions_list()


def _regrid(grid: QGridLayout, widgets: Sequence[QWidget], columns: int) -> None:
    """Lay the widgets out again in `columns` columns, row by row."""
    for widget in widgets:
        grid.removeWidget(widget)
    for index, widget in enumerate(widgets):
        grid.addWidget(widget, index // columns, index % columns)
