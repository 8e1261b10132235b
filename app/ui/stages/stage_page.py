"""A stage of the journey: its introduction, progress, and the guided prompts one at a time."""

from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import Area, Change
from app.domain.prompts import StageGuide
from app.domain.records import Entry, EntryKind
from app.domain.stages import Stage
from app.domain.text import first_line
from app.ui.data.journal_events import ObservedJournal
from app.ui.widgets.one_at_a_time import OneAtATime
from app.ui.widgets.page_layout import Page
from app.ui.widgets.path_delegate import PathDelegate
from app.ui.writing.autosave import DraftTarget
from app.ui.writing.writing_card import WritingCard


class StageTool(Protocol):
    """What a stage's own tool offers its page (a QWidget with these two methods)."""

    def refresh(self) -> None: ...
    def flush(self) -> bool: ...

_PATH_MIN_WIDTH = 220
_PATH_MAX_WIDTH = 320


def progress_text(answered: int, total: int) -> str:
    return f"{answered} of {total} answered"


class StagePage(Page):
    """One stage: introduction, progress, one prompt at a time, and the path of answers."""

    def __init__(self, journal: ObservedJournal, guide: StageGuide, parent: QWidget | None = None,
                 tool: QWidget | None = None, tool_title: str = "") -> None:
        stage = guide.stage
        super().__init__(stage.label, f"Stage {stage.number} of {len(Stage)}", parent)
        self.stage = stage
        self.guide = guide
        self._journal = journal
        self._answers: dict[str, Entry] = {}
        self._index = 0

        self.tool = tool
        self._tool_api = cast(StageTool, tool)  # every stage tool offers refresh() and flush()
        self._build(tool_title)
        self._wire()
        self._load_answers()
        self.go_to(self.guide.index_of(self._position()), remember=False)

    # -- layout ----------------------------------------------------------------------------

    def _build(self, tool_title: str) -> None:
        stage, guide = self.stage, self.guide
        intro = QLabel(guide.introduction)
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, len(guide.prompts))
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setAccessibleName(f"{stage.label} progress")
        self.progress_label = QLabel()
        self.progress_label.setObjectName("muted")
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addSpacing(12)
        progress_row.addWidget(self.progress_label)

        placeholder = "Write as much or as little as is true for you…"
        self.card = WritingCard(self._journal, "Your answer", placeholder)
        self.autosaver = self.card.autosaver

        self.previous_button = QPushButton("← Previous")
        self.previous_button.setAccessibleName("Previous prompt")
        self.previous_button.setToolTip("Previous prompt (Alt+Left)")
        self.skip_button = QPushButton("Skip for now")
        self.skip_button.setAccessibleName("Skip this prompt for now")
        self.skip_button.setToolTip("Come back to it later (Alt+Right)")
        self.next_button = QPushButton("Next →")
        self.next_button.setObjectName("primary")
        self.next_button.setAccessibleName("Next prompt")
        self.next_button.setToolTip("Next prompt (Alt+Right)")
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addStretch(1)
        nav.addWidget(self.skip_button)
        nav.addWidget(self.next_button)
        self._nav_keys = self._shortcuts("Alt+Left", "Alt+Right")

        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self.card, 1)
        left.addLayout(nav)

        path_heading = QLabel("Your path")
        path_heading.setObjectName("cardHeading")
        self.path_list = QListWidget()
        self.path_list.setAccessibleName(f"{stage.label} prompts and your answers")
        self.path_list.setItemDelegate(PathDelegate(self.path_list))
        self.path_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.path_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.path_list.setSpacing(2)
        path_heading.setBuddy(self.path_list)
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(path_heading)
        right.addWidget(self.path_list, 1)
        path_box = QWidget()
        path_box.setLayout(right)
        path_box.setMinimumWidth(_PATH_MIN_WIDTH)
        path_box.setMaximumWidth(_PATH_MAX_WIDTH)
        right.setContentsMargins(0, 0, 0, 0)

        columns = QHBoxLayout()
        columns.setSpacing(20)
        columns.addLayout(left, 3)
        columns.addWidget(path_box, 2)
        prompts_view = QWidget()
        prompts_view.setLayout(columns)
        columns.setContentsMargins(0, 0, 0, 0)

        self.body.addWidget(intro)
        self.body.addLayout(progress_row)
        self.body.addSpacing(6)
        self.views = OneAtATime()
        self.views.add(prompts_view)
        if self.tool is not None:
            self.body.addLayout(self._view_switch(tool_title))
            self.views.add(self.tool)
        self.body.addWidget(self.views, 1)

    def _view_switch(self, tool_title: str) -> QHBoxLayout:
        """Two views of a stage: the guided prompts, and the stage's own tool."""
        self.prompts_button = QPushButton("Guided prompts")
        self.tool_button = QPushButton(tool_title)
        group = QButtonGroup(self)
        for button, name in ((self.prompts_button, f"{self.stage.label}: guided prompts"),
                             (self.tool_button, f"{self.stage.label}: {tool_title}")):
            button.setObjectName("segment")
            button.setCheckable(True)
            button.setAccessibleName(name)
            button.setToolTip(f"{name} (Ctrl+PgUp / Ctrl+PgDown)")
            group.addButton(button)
        self.prompts_button.setChecked(True)
        self._view_keys = self._shortcuts("Ctrl+PgUp", "Ctrl+PgDown")
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.prompts_button)
        row.addWidget(self.tool_button)
        row.addStretch(1)
        return row

    def _shortcuts(self, *keys: str) -> list[QShortcut]:
        """Keys that work while the focus is anywhere on this page."""
        made = []
        for key in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.append(shortcut)
        return made

    def _wire(self) -> None:
        self.autosaver.saved.connect(self._on_saved)
        self.autosaver.removed.connect(self._on_removed)
        self.previous_button.clicked.connect(self.go_previous)
        self.skip_button.clicked.connect(self.go_next)
        self.next_button.clicked.connect(self.go_next)
        previous_key, next_key = self._nav_keys
        previous_key.activated.connect(self.go_previous)
        next_key.activated.connect(self.go_next)
        self.path_list.itemActivated.connect(self._on_path_activated)
        self.path_list.itemClicked.connect(self._on_path_activated)
        if self.tool is not None:
            for index, (button, key) in enumerate(zip((self.prompts_button, self.tool_button),
                                                      self._view_keys, strict=True)):
                button.clicked.connect(lambda _=False, i=index: self.show_view(i))
                key.activated.connect(lambda i=index: self.show_view(i))
        # After the card's autosaver and the tool: a change reaches them before the page.
        self._journal.changes.connect(self._on_change)

    def show_view(self, index: int) -> None:
        """0 for the guided prompts, 1 for the tool; pending text is saved before switching."""
        if self.tool is None or index == self.views.current_index():
            return
        current = self.views.current_widget()
        saved = self._tool_api.flush() if current is self.tool else self.autosaver.flush()
        if not saved:
            return  # the unsaved text stays on screen, where the person can see why
        self.views.set_current_index(index)
        (self.tool_button if index else self.prompts_button).setChecked(True)
        if index:
            self._tool_api.refresh()

    # -- state -----------------------------------------------------------------------------

    @property
    def current_index(self) -> int:
        return self._index

    def answered_count(self) -> int:
        keys = {p.key for p in self.guide.prompts}
        return sum(1 for key in self._answers if key in keys)

    def refresh(self) -> None:
        """When shown. The prompts, the path and the progress follow changes as they are announced
        (`_on_change`); the stage's tool is asked to refresh while it is the view on screen."""
        if self.tool is not None and self.views.current_widget() is self.tool:
            self._tool_api.refresh()

    def _position(self) -> str | None:
        return self._journal.read(lambda j: j.stage_position(self.stage), None)

    def _load_answers(self) -> None:
        answers: list[Entry] = self._journal.read(lambda j: j.stage_answers(self.stage), [])
        self._answers = {e.prompt_key: e for e in answers if e.prompt_key}
        self._rebuild_path()
        self._update_progress()

    def flush(self) -> bool:
        saved = self.autosaver.flush()
        return (self._tool_api.flush() if self.tool is not None else True) and saved

    def focus_first(self) -> None:
        if self.tool is not None and self.views.current_widget() is self.tool:
            focus = getattr(self.tool, "focus_first", None)
            if callable(focus):
                focus()
            else:
                self.tool.setFocus()
                self.tool.focusNextChild()
        else:
            self.card.editor.focus_editor()

    def go_to(self, index: int, remember: bool = True) -> None:
        index = max(0, min(index, len(self.guide.prompts) - 1))
        prompt = self.guide.prompts[index]
        target = DraftTarget(EntryKind.REFLECTION, self.stage, prompt.key, prompt.text)
        if not self.autosaver.bind(target, self._answers.get(prompt.key)):
            self.path_list.setCurrentRow(self._index)
            return  # the current answer could not be saved: stay with it
        self._index = index
        self.card.set_prompt(f"Prompt {index + 1} of {len(self.guide.prompts)}", prompt.text, prompt.hint)
        if remember:  # where to come back to; if it can't be stored, the status line says so
            self._journal.act(Area.STAGE, lambda j: j.set_stage_position(self.stage, prompt.key), origin=self)
        self.path_list.setCurrentRow(index)
        self._update_nav()

    def go_next(self) -> None:
        if self._index < len(self.guide.prompts) - 1:
            self.go_to(self._index + 1)
            self.card.editor.focus_editor()

    def go_previous(self) -> None:
        if self._index > 0:
            self.go_to(self._index - 1)
            self.card.editor.focus_editor()

    # -- reactions -------------------------------------------------------------------------

    def _on_saved(self, entry: Entry) -> None:
        if entry.prompt_key:
            self._answers[entry.prompt_key] = entry
        self._after_change()

    def _on_removed(self, _uuid: str) -> None:
        self._answers.pop(self.guide.prompts[self._index].key, None)
        self._after_change()

    def _on_change(self, change: Change) -> None:
        """An answer of this stage edited, deleted or brought back on another page (the Journal),
        or an import: the path and the progress follow."""
        if change.made_by(self.autosaver) or change.made_by(self):
            return
        if not change.wholesale and not change.touches(Area.ENTRY):
            return
        self._load_answers()
        if change.wholesale and not self.autosaver.pending:
            self.go_to(self.guide.index_of(self._position()), remember=False)
        else:
            self.path_list.setCurrentRow(self._index)
            self._update_nav()

    def _after_change(self) -> None:
        self._update_progress()
        self._update_path_item(self._index)
        self._update_nav()

    def _on_path_activated(self, item: QListWidgetItem) -> None:
        row = self.path_list.row(item)
        if row != self._index:
            self.go_to(row)

    # -- drawing ---------------------------------------------------------------------------

    def _update_progress(self) -> None:
        answered = self.answered_count()
        self.progress_bar.setValue(answered)
        text = progress_text(answered, len(self.guide.prompts))
        self.progress_label.setText(text)
        self.progress_bar.setAccessibleDescription(text)

    def _update_nav(self) -> None:
        last = self._index == len(self.guide.prompts) - 1
        answered = self.guide.prompts[self._index].key in self._answers
        self.previous_button.setEnabled(self._index > 0)
        self.skip_button.setVisible(not answered and not last)
        self.next_button.setVisible(answered or last)
        self.next_button.setEnabled(not last)
        self.next_button.setText("Last prompt" if last else "Next →")

    def _rebuild_path(self) -> None:
        self.path_list.clear()
        for index in range(len(self.guide.prompts)):
            self.path_list.addItem(QListWidgetItem())
            self._update_path_item(index)

    def _update_path_item(self, index: int) -> None:
        prompt = self.guide.prompts[index]
        item = self.path_list.item(index)
        answer = self._answers.get(prompt.key)
        mark = "✓" if answer else "○"
        text = f"{mark}  {index + 1}. {prompt.text}"
        if answer:
            text += f"\n“{first_line(answer.body, 56)}”"
        item.setText(text)
        state = "answered" if answer else "not answered yet"
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"Prompt {index + 1}, {state}: {prompt.text}")
        item.setToolTip(answer.body[:400] if answer else "Not answered yet")
