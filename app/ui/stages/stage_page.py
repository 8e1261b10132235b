"""A stage of the journey: its introduction, progress, and the guided prompts one at a time."""

from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtCore import Qt, Signal
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
from app.domain.prompt_links import ToolField, linked_prompts
from app.domain.prompts import StageGuide
from app.domain.records import Entry, EntryKind
from app.domain.stage_intros import expectations_intro
from app.domain.stages import Stage
from app.domain.text import first_line
from app.domain.workbench import StayOrGo
from app.i18n import translate
from app.ui.data.journal_events import ObservedJournal
from app.ui.stages.linked_answer import LinkedAnswer
from app.ui.stages.progress_words import progress_text
from app.ui.widgets.fitted_list import FittedList
from app.ui.widgets.flow_layout import WrappingRow
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


class StagePage(Page):
    """One stage: introduction, progress, one prompt at a time, and the path of answers.

    Signals: go_to_stage(Stage | None) — the person asked for the next stage (None: back to
    Today, after the last one).
    """

    go_to_stage = Signal(object)

    def __init__(self, journal: ObservedJournal, guide: StageGuide, parent: QWidget | None = None,
                 tool: QWidget | None = None, tool_title: str = "") -> None:
        stage = guide.stage
        super().__init__(stage.label, translate("StagePage", "Stage {number} of {count}")
                         .format(number=stage.number, count=len(Stage)), parent)
        self.stage = stage
        self.guide = guide
        self._journal = journal
        self._answers: dict[str, Entry] = {}
        self._linked: dict[str, ToolField] = linked_prompts(stage)
        self._linked_texts: dict[str, str] = {}
        self._index = 0
        self._tool_title = tool_title

        self.tool = tool
        self._tool_api = cast(StageTool, tool)  # every stage tool offers refresh() and flush()
        self._build(tool_title)
        self._wire()
        self._load_answers()
        self._update_intro()
        self.go_to(self.guide.index_of(self._position()), remember=False)

    # -- layout ----------------------------------------------------------------------------

    def _build(self, tool_title: str) -> None:
        stage, guide = self.stage, self.guide
        self.intro_label = intro = QLabel(guide.introduction)
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, len(guide.prompts))
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setAccessibleName(translate("StagePage",
                                                      "{stage} progress").format(stage=stage.label))
        self.progress_label = QLabel()
        self.progress_label.setObjectName("muted")
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addSpacing(12)
        progress_row.addWidget(self.progress_label)

        placeholder = translate("StagePage", "Write as much or as little as is true for you…")
        self.card = WritingCard(self._journal, translate("StagePage", "Your answer"), placeholder)
        self.autosaver = self.card.autosaver
        # A linked prompt's answer is its tool's field, typed in the same editor.
        self.linked = LinkedAnswer(self._journal, self.card.editor, self)
        self.linked.state_changed.connect(self.card.show_state)
        self.linked.failed.connect(self.card.show_failure)
        # Where a linked answer is kept, and the way there, beside "Prompt 3 of 8".
        self.link_button = QPushButton()
        self.link_button.setObjectName("linkButton")
        self.link_button.setAccessibleName(translate("StagePage", "Open the tool that keeps this answer"))
        self.card.header.addWidget(self.link_button)
        self.link_button.hide()

        self.previous_button = QPushButton(translate("StagePage", "← Previous"))
        self.previous_button.setAccessibleName(translate("StagePage", "Previous prompt"))
        self.previous_button.setToolTip(translate("StagePage", "Previous prompt (Alt+Left)"))
        self.skip_button = QPushButton(translate("StagePage", "Skip for now"))
        self.skip_button.setAccessibleName(translate("StagePage", "Skip this prompt for now"))
        self.skip_button.setToolTip(translate("StagePage", "Come back to it later (Alt+Right)"))
        self.next_button = QPushButton(translate("StagePage", "Next →"))
        self.next_button.setObjectName("primary")
        self.next_button.setAccessibleName(translate("StagePage", "Next prompt"))
        self.next_button.setToolTip(translate("StagePage", "Next prompt (Alt+Right)"))
        # At the last prompt: the stage's tool, and the next stage.
        open_tool = translate("StagePage", "Open {tool_lower}").format(tool=tool_title,
                                                                       tool_lower=tool_title.lower())
        self.end_tool_button = QPushButton(open_tool if tool_title else "")
        self.end_tool_button.setAccessibleName(translate("StagePage", "Open {tool}").format(tool=tool_title))
        self.next_stage_button = QPushButton(self._next_stage_text())
        self.next_stage_button.setObjectName("primary")
        self.next_stage_button.setAccessibleName(self._next_stage_text().rstrip(" →"))
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addStretch(1)
        nav.addWidget(self.skip_button)
        nav.addWidget(self.next_button)
        nav.addWidget(self.end_tool_button)
        nav.addWidget(self.next_stage_button)
        self._nav_keys = self._shortcuts("Alt+Left", "Alt+Right")

        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self.card, 1)
        left.addLayout(nav)

        path_heading = QLabel(translate("StagePage", "Your path"))
        path_heading.setObjectName("cardHeading")
        self.path_list = FittedList()
        path_name = translate("StagePage", "{stage} prompts and your answers").format(stage=stage.label)
        self.path_list.setAccessibleName(path_name)
        self.path_list.setItemDelegate(PathDelegate(self.path_list))
        self.path_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.path_list.setSpacing(2)
        path_heading.setBuddy(self.path_list)
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(path_heading)
        right.addWidget(self.path_list)  # as tall as the prompts: the page is the one scroll
        right.addStretch(1)
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
        self.prompts_button = QPushButton(translate("StagePage", "Guided prompts"))
        self.tool_button = QPushButton(tool_title)
        group = QButtonGroup(self)
        guided = translate("StagePage", "{stage}: guided prompts").format(stage=self.stage.label)
        for button, name in ((self.prompts_button, guided),
                             (self.tool_button, f"{self.stage.label}: {tool_title}")):
            button.setObjectName("segment")
            button.setCheckable(True)
            button.setAccessibleName(name)
            button.setToolTip(translate("StagePage", "{name} (Ctrl+PgUp / Ctrl+PgDown)").format(name=name))
            group.addButton(button)
        self.prompts_button.setChecked(True)
        self._view_keys = self._shortcuts("Ctrl+PgUp", "Ctrl+PgDown")
        # A tool's next step: the next stage of the journey.
        self.tool_next_button = QPushButton(self._next_stage_text())
        self.tool_next_button.setAccessibleName(self._next_stage_text().rstrip(" →"))
        self.tool_next_button.hide()
        row = QHBoxLayout()  # the two views wrap at large text; the way on stays at the right
        row.setSpacing(8)
        row.addWidget(WrappingRow([self.prompts_button, self.tool_button]), 1)
        row.addWidget(self.tool_next_button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _next_stage(self) -> Stage | None:
        stages = list(Stage)
        position = stages.index(self.stage)
        return stages[position + 1] if position + 1 < len(stages) else None

    def _next_stage_text(self) -> str:
        following = self._next_stage()
        if following is None:
            return translate("StagePage", "Back to Today →")
        return translate("StagePage", "Next stage: {stage} →").format(stage=following.label)

    def _ask_next_stage(self) -> None:
        if self.flush():
            self.go_to_stage.emit(self._next_stage())

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
        self.linked.saved.connect(self._on_linked_saved)
        self.next_stage_button.clicked.connect(self._ask_next_stage)
        if self.tool is not None:
            self.tool_next_button.clicked.connect(self._ask_next_stage)
            self.link_button.clicked.connect(lambda: self.show_view(1))
            self.end_tool_button.clicked.connect(lambda: self.show_view(1))
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
        saved = self._tool_api.flush() if current is self.tool else self._flush_card()
        if not saved:
            return  # the unsaved text stays on screen, where the person can see why
        self.views.set_current_index(index)
        (self.tool_button if index else self.prompts_button).setChecked(True)
        self.tool_next_button.setVisible(bool(index))
        if index:
            self._tool_api.refresh()

    # -- state -----------------------------------------------------------------------------

    @property
    def current_index(self) -> int:
        return self._index

    def answer_text(self, key: str) -> str:
        """The words answering a prompt: its entry, or the tool field a linked prompt writes."""
        if key in self._linked:
            return self._linked_texts.get(key, "")
        entry = self._answers.get(key)
        return entry.body if entry else ""

    def answered_count(self) -> int:
        return sum(1 for p in self.guide.prompts if self.answer_text(p.key).strip())

    def refresh(self) -> None:
        """When shown. The prompts, the path and the progress follow changes as they are announced
        (`_on_change`); the stage's tool is asked to refresh while it is the view on screen."""
        if self.tool is not None and self.views.current_widget() is self.tool:
            self._tool_api.refresh()

    def _position(self) -> str | None:
        return self._journal.read(lambda j: j.stage_position(self.stage), None)

    def _load_answers(self, *, entries: bool = True) -> None:
        """Read the answers again: the entries and the linked ones, or (a tool's change) only the
        linked ones."""
        if entries:
            answers: list[Entry] = self._journal.read(lambda j: j.stage_answers(self.stage), [])
            self._answers = {
                e.prompt_key: e for e in answers if e.prompt_key and e.prompt_key not in self._linked
            }
        if self._linked:
            now = self._journal.clock.now()
            fields = list(self._linked.values())
            texts = self._journal.read(lambda j: j.prompt_fields.texts(fields, now=now), None)
            if texts is not None:  # not read: the answers shown stay as they were
                self._linked_texts = {key: texts[field] for key, field in self._linked.items()}
        self._rebuild_path()
        self._update_progress()

    def _flush_card(self) -> bool:
        saved = self.autosaver.flush()
        return self.linked.flush() and saved

    def flush(self) -> bool:
        saved = self._flush_card()
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
        if not self._bind_card(prompt.key, prompt.text):
            self.path_list.setCurrentRow(self._index)
            return  # the current answer could not be saved: stay with it
        self._index = index
        self.card.set_prompt(translate("StagePage", "Prompt {number} of {count}")
                             .format(number=index + 1,
                                     count=len(self.guide.prompts)), prompt.text, prompt.hint)
        if remember:  # where to come back to; if it can't be stored, the status line says so
            self._journal.act(Area.STAGE, lambda j: j.set_stage_position(self.stage, prompt.key), origin=self)
        self.path_list.setCurrentRow(index)
        self._update_nav()

    def _bind_card(self, key: str, text: str) -> bool:
        """Point the editor at the prompt's answer: an entry, or a tool's field."""
        field = self._linked.get(key)
        if field is None:
            target = DraftTarget(EntryKind.REFLECTION, self.stage, key, text)
            bound = self.linked.bind(None) and self.autosaver.bind(target, self._answers.get(key))
        else:
            loaded = self.linked.load(field)  # read first: nothing is let go of if it can't be
            bound = loaded is not None and self.autosaver.release() and self.linked.bind(field, loaded)
        if bound:
            self._show_link(field)
        return bound

    def _show_link(self, field: ToolField | None) -> None:
        self.link_button.setVisible(field is not None)
        if field is None:
            return
        where = translate("StagePage",
                          "Your answer is kept in {where}. Change it here or there: it is one text.")
        where = where.format(where=field.where)
        self.link_button.setText(translate("StagePage", "Kept in {tool} →").format(tool=field.tool_name))
        self.link_button.setEnabled(self.tool is not None)
        self.link_button.setToolTip(where)
        self.link_button.setAccessibleName(translate("StagePage",
                                                     "Kept in {tool}: open it").format(tool=field.tool_name))
        self.link_button.setAccessibleDescription(where)

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

    def _update_intro(self) -> None:
        """Expectations speaks to the stay-or-go decision: the plan still matters on the way out."""
        if self.stage is not Stage.EXPECTATIONS:
            return
        sittings: list[StayOrGo] = self._journal.read(lambda j: j.feelings.decisions(), [])
        decision = sittings[0].decision if sittings else None
        self.intro_label.setText(expectations_intro(decision, self.guide.introduction))

    def _on_linked_saved(self, field: ToolField, text: str) -> None:
        key = next(k for k, f in self._linked.items() if f is field)
        self._linked_texts[key] = text
        self._after_change()

    def _on_change(self, change: Change) -> None:
        """An answer of this stage edited, deleted or brought back on another page (the Journal,
        a tool a linked prompt writes), or an import: the path and the progress follow."""
        if change.made_by(self.autosaver) or change.made_by(self) or change.made_by(self.linked):
            return
        if self.stage is Stage.EXPECTATIONS and (change.wholesale or change.touches(Area.DECISION)):
            self._update_intro()
        linked_areas = {field.area for field in self._linked.values()}
        if not change.wholesale and not change.touches(Area.ENTRY, Area.DRAFT, *linked_areas):
            return
        self._load_answers(entries=change.wholesale or change.touches(Area.ENTRY))
        if change.wholesale and not self.autosaver.pending and not self.linked.pending:
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
        answered = bool(self.answer_text(self.guide.prompts[self._index].key).strip())
        self.previous_button.setEnabled(self._index > 0)
        self.skip_button.setVisible(not answered and not last)
        self.next_button.setVisible(answered and not last)
        self.end_tool_button.setVisible(last and self.tool is not None)
        self.next_stage_button.setVisible(last)

    def _rebuild_path(self) -> None:
        self.path_list.clear()
        for index in range(len(self.guide.prompts)):
            self.path_list.addItem(QListWidgetItem())
            self._update_path_item(index)

    def _update_path_item(self, index: int) -> None:
        prompt = self.guide.prompts[index]
        item = self.path_list.item(index)
        answer = self.answer_text(prompt.key)
        answered = bool(answer.strip())
        mark = "✓" if answered else "○"
        text = f"{mark}  {index + 1}. {prompt.text}"
        if answered:
            text += f"\n“{first_line(answer, 56)}”"
        item.setText(text)
        state = translate("StagePage", "answered") if answered else translate("StagePage", "not answered yet")
        item.setData(Qt.ItemDataRole.AccessibleTextRole, translate("StagePage",
                                                                   "Prompt {number}, {state}: {text}")
                     .format(number=index + 1, state=state, text=prompt.text))
        item.setToolTip(answer[:400] if answered else translate("StagePage", "Not answered yet"))
        self.path_list.fit()
