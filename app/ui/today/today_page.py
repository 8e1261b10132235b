"""Today: the evening entry with its prompt, free writing, and where the person is in the journey.

Until a plan is set up, the four stages lead the page, so where the person is stays in view
without scrolling; once there is a plan, the dashboard leads and the stages follow the writing.
Above both is a column of notices (`add_notice`) for what asks for attention today.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import PLAN_RECORDS, Area, Change
from app.domain.prompts import Catalogue, Prompt
from app.domain.records import Entry, EntryKind
from app.domain.stages import Stage
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.data.journal_events import ObservedJournal
from app.ui.stages.progress_words import progress_text, prompt_count
from app.ui.today.dashboard import Dashboard
from app.ui.today.on_this_day import OnThisDay
from app.ui.translation import locale_date
from app.ui.widgets.page_layout import Page
from app.ui.widgets.tile import Tile
from app.ui.writing.autosave import DraftTarget
from app.ui.writing.writing_card import WritingCard

if TYPE_CHECKING:
    from app.store.first_read import FirstPage


def greeting(now: datetime) -> str:
    if now.hour < 5 or now.hour >= 18:
        return translate("TodayPage", "Good evening")
    if now.hour < 12:
        return translate("TodayPage", "Good morning")
    return translate("TodayPage", "Good afternoon")


def current_stage(answered: dict[Stage, set[str]], totals: dict[Stage, int], last: Stage | None) -> Stage:
    """Where the person is: the stage they last worked in, else the first one not finished."""
    if last is not None and len(answered[last]) < totals[last]:
        return last
    for stage in Stage:
        if len(answered[stage]) < totals[stage]:
            return stage
    return last or Stage.CHECKINS


def _order_tab(page: QWidget, leading: list[QWidget], following: list[QWidget]) -> None:
    """Tab follows the eye: the leading block first, then the page's other stops in the order of
    its widget tree (the order on screen), then the following block.

    The stops come from findChildren, not from walking nextInFocusChain: PySide would make each
    widget that walk returns a child of the one asked, and the menu bar's actions would lose
    their wrappers when this page is taken down."""
    grouped = [*leading, *following]
    window = page.window()
    others = [
        widget for widget in page.findChildren(QWidget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not any(group is widget or group.isAncestorOf(widget) for group in grouped)
    ]
    stops = [widget for widget in [*leading, *others, *following] if widget.window() is window]
    for first, second in pairwise(stops):  # a block not placed yet is ordered once it is
        QWidget.setTabOrder(first, second)


class StageCard(Tile):
    """A stage at a glance: its name, what it gives you, and how far you are."""

    def __init__(self, stage: Stage, summary: str, total: int, parent: QWidget | None = None) -> None:
        super().__init__(f"{stage.number}. {stage.label}", parent, with_bar=True)
        self.stage = stage
        self.summary = summary
        # Until the answers are read (at start-up, a moment after the page shows): the stage's size,
        # with the bar's room kept, so nothing below moves when it appears.
        if self.bar is not None:
            policy = self.bar.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            self.bar.setSizePolicy(policy)
        self.set_content(prompt_count(total), summary)
        self.setToolTip(translate("TodayPage", "Open {stage}").format(stage=stage.label))

    def set_progress(self, answered: int, total: int, current: bool) -> None:
        progress = progress_text(answered, total)
        here = translate("TodayPage", "{progress}  ·  you are here").format(progress=progress)
        self.set_content(here if current else progress, self.summary,
                         progress=(answered, total), highlight=current)
        self.setAccessibleName(f"{self.stage.label}: {progress}")
        self.setAccessibleDescription(self.summary + (translate("TodayPage",
                                                                " You are here.") if current else ""))
        self.setToolTip(translate("TodayPage", "Open {stage}").format(stage=self.stage.label))


ANOTHER_TIP = QT_TRANSLATE_NOOP("TodayPage", "Show a different prompt for tonight")
KEPT_TIP = QT_TRANSLATE_NOOP("TodayPage", "What you wrote stays with this prompt. To write about something "
                             "else tonight, use Free writing.")


class TodayPage(Page):
    """Signals: page_requested(str key) — a tile or stage card leads to that page;
    tool_requested(str key) — a dashboard tile leads to that stage's own tool;
    entry_requested(str uuid) — an "On this day" line asks to open that entry.
    """

    page_requested = Signal(str)
    tool_requested = Signal(str)
    entry_requested = Signal(str)

    def __init__(
        self, journal: ObservedJournal, catalogue: Catalogue, parent: QWidget | None = None, *,
        fill_later: bool = False, first: FirstPage | None = None,
    ) -> None:
        """`fill_later` (the window's first page at start-up): the writing card is bound to
        today's entry at once, so the person can type as soon as the page shows; the stages'
        progress, the dashboard's tiles, the notices and "On this day" are read on the next turns
        of the event loop once the journal is open (`filled` tells when). Otherwise everything is
        read here. `first`: tonight's entry and whether there is a plan, read before the journal
        opened (app/store/first_read.py), so this page needs nothing from it to take typing."""
        super().__init__(translate("TodayPage", "Today"), "", parent)
        self._journal = journal
        self._catalogue = catalogue
        self._offset = 0
        self._day = journal.clock.today()
        self._mode = EntryKind.EVENING
        self._unfilled: list[Callable[[], None]] = []
        self._first = first if first is not None and first.day == self._day else None

        self._build(read=not fill_later)
        self._wire()
        self._show_day()
        self._place_journey()
        self._bind_editor()
        fills: list[Callable[[], None]] = [
            self._refresh_journey, self.dashboard.refresh, lambda: self.on_this_day.refresh(self._day),
        ]
        if not fill_later:
            for fill in fills:
                fill()
            return
        self.on_this_day.hide()
        # The notices' modules load here too, off the way to the first keystroke.
        notices = (lambda: self._build_notices(read=False), lambda: self.statement_date.refresh(),
                   lambda: self.milestone_offer.refresh(), lambda: self.confirmations.refresh())
        self._unfilled = [*notices, *fills]
        if journal.is_open:
            QTimer.singleShot(0, self, self._fill_next)  # not after the page is gone
        else:  # reading now would wait for the open, and the person could not type meanwhile
            journal.opened.connect(self._fill_next, Qt.ConnectionType.SingleShotConnection)

    @property
    def filled(self) -> bool:
        """Whether everything on the page has been read (see fill_later)."""
        return not self._unfilled

    def _fill_next(self) -> None:
        """One part per turn of the event loop: a key pressed meanwhile waits for one part only.
        A part read after a change was announced reads the journal as it is now, so none is stale."""
        if not self._unfilled:
            return
        self._unfilled.pop(0)()
        if self._unfilled:
            QTimer.singleShot(0, self, self._fill_next)  # not after the page is gone

    # -- layout ----------------------------------------------------------------------------

    def _build(self, *, read: bool) -> None:
        self.notices = QVBoxLayout()  # empty, it takes no room (see add_notice)
        self._notices: list[QWidget] = []
        self.notices.setContentsMargins(0, 0, 0, 0)
        self.notices.setSpacing(10)
        self.journey_box = QWidget()
        journey_column = QVBoxLayout(self.journey_box)
        journey_column.setContentsMargins(0, 0, 0, 0)
        journey_column.setSpacing(10)
        self.journey_heading = QLabel(translate("TodayPage", "Your four stages"))
        self.journey_heading.setObjectName("cardHeading")
        journey_column.addWidget(self.journey_heading)
        self.stage_cards: dict[Stage, StageCard] = {}
        journey = QGridLayout()
        journey_column.addLayout(journey)
        journey.setHorizontalSpacing(12)
        journey.setVerticalSpacing(12)
        for stage in Stage:
            guide = self._catalogue.guide(stage)
            card = StageCard(stage, guide.summary, len(guide.prompts))
            self.stage_cards[stage] = card
            journey.addWidget(card, (stage.number - 1) // 2, (stage.number - 1) % 2)
        journey.setColumnStretch(0, 1)
        journey.setColumnStretch(1, 1)
        self.dashboard = Dashboard(self._journal)

        self.evening_button = QPushButton(translate("TodayPage", "Tonight's prompt"))
        self.free_button = QPushButton(translate("TodayPage", "Free writing"))
        for button, name in ((self.evening_button, translate("TodayPage", "Write to tonight's prompt")),
                             (self.free_button, translate("TodayPage", "Free writing"))):
            button.setObjectName("segment")
            button.setCheckable(True)
            button.setAccessibleName(name)
        self.evening_button.setChecked(True)
        self._modes = QButtonGroup(self)
        self._modes.addButton(self.evening_button)
        self._modes.addButton(self.free_button)
        modes = QHBoxLayout()
        modes.setSpacing(8)
        modes.addWidget(self.evening_button)
        modes.addWidget(self.free_button)
        modes.addStretch(1)

        self.card = WritingCard(self._journal, translate("TodayPage", "Tonight's entry"),
                                translate("TodayPage", "A few honest lines are enough…"))
        self.autosaver = self.card.autosaver
        self.another_button = QPushButton(translate("TodayPage", "Another prompt"))
        self.another_button.setObjectName("linkButton")
        self.another_button.setAccessibleName(translate("TodayPage", "Show another prompt"))
        self.another_button.setToolTip(translate("TodayPage", ANOTHER_TIP))
        self.card.header.addWidget(self.another_button)
        self.mood_button = QPushButton(translate("TodayPage", "How are you feeling?"))
        self.mood_button.setObjectName("linkButton")
        self.mood_button.setAccessibleName(translate("TodayPage", "Check in on how you are feeling"))
        self.mood_button.setToolTip(translate(
            "TodayPage", "A one-minute mood check-in: name what you feel, and how strongly"))
        self.card.header.addWidget(self.mood_button)
        self.card.editor.setMinimumHeight(220)
        self.on_this_day = OnThisDay(self._journal)

        self.lead = QVBoxLayout()  # the stages or the dashboard, whichever leads (_place_journey)
        self.tail = QVBoxLayout()  # the other one, after the writing
        for column in (self.lead, self.tail):
            column.setContentsMargins(0, 0, 0, 0)
        self.body.addLayout(self.notices)
        if read:
            self._build_notices(read=True)
        self.body.addLayout(self.lead)
        self.body.addSpacing(8)
        self.body.addLayout(modes)
        self.body.addWidget(self.card, 1)
        self.body.addSpacing(10)
        self.body.addWidget(self.on_this_day)
        self.body.addLayout(self.tail)

    def _build_notices(self, *, read: bool) -> None:
        """What asks for attention today: the day to say the statement, a checkpoint review, and
        anyone who has not confirmed the plan (`read=False`: each reads when the page fills)."""
        from app.ui.today.confirmations_notice import ConfirmationsNotice
        from app.ui.today.milestone_offer import MilestoneOffer
        from app.ui.today.statement_date import StatementDateTile

        self.statement_date = StatementDateTile(self._journal, read=read)
        self.statement_date.open_workshop.connect(lambda: self.tool_requested.emit(Stage.OWNERSHIP.value))
        self.milestone_offer = MilestoneOffer(self._journal, read=read)
        self.confirmations = ConfirmationsNotice(self._journal, read=read)
        self.confirmations.open_plan.connect(lambda: self.tool_requested.emit(Stage.EXPECTATIONS.value))
        for notice in (self.statement_date, self.milestone_offer, self.confirmations):
            self.add_notice(notice)

    def add_notice(self, notice: QWidget) -> None:
        """Put something that asks for attention today (the day to say the statement, a milestone
        review) at the top of the page, above the stages and the dashboard, in the order added.
        A notice hides itself when it has nothing to say; the column then takes no room. Tab
        reaches the notices first."""
        self.notices.addWidget(notice)
        self._notices.append(notice)
        self._order_focus()

    def _place_journey(self) -> None:
        """Without a plan, the four stages lead, in view without scrolling, and the dashboard
        follows the writing; with one, the dashboard leads and the stages come last."""
        if self._first is not None and not self._journal.is_open:
            has_plan = self._first.has_plan
        else:
            has_plan = bool(self._journal.read(lambda j: j.plans.current_plan() is not None, True))
        first, last = (self.dashboard, self.journey_box) if has_plan else (self.journey_box, self.dashboard)
        if self.lead.indexOf(first) == 0:
            return
        for widget in (first, last):
            for layout in (self.lead, self.tail):
                layout.removeWidget(widget)
        self.lead.addWidget(first)
        self.tail.addWidget(last)
        self.journey_heading.setText(translate("TodayPage", "Your four stages") if has_plan
                                     else translate("TodayPage", "Where you are in the four stages"))
        self._order_focus()

    def _order_focus(self) -> None:
        """Tab goes as the page reads: notices, the leading block, the writing, the other block."""
        tiles = self.dashboard.tiles
        cards: list[QWidget] = list(self.stage_cards.values())
        leading, following = (tiles, cards) if self.lead.indexOf(self.dashboard) == 0 else (cards, tiles)
        _order_tab(self, [*self._notices, *leading], following)

    def _wire(self) -> None:
        for stage, card in self.stage_cards.items():
            card.clicked.connect(lambda _=False, s=stage: self.page_requested.emit(s.value))
        self.dashboard.page_requested.connect(self.page_requested)
        self.dashboard.tool_requested.connect(self.tool_requested)
        self.evening_button.clicked.connect(lambda: self.set_mode(EntryKind.EVENING))
        self.free_button.clicked.connect(lambda: self.set_mode(EntryKind.FREE))
        self.another_button.clicked.connect(self.next_prompt)
        self.card.editor.text_edited.connect(self._offer_another)
        self.autosaver.state_changed.connect(self._offer_another)
        self.mood_button.clicked.connect(self.check_in_mood)
        self.on_this_day.entry_requested.connect(self.entry_requested)
        # Last: the dashboard and the card's autosaver hear a change before the page does.
        self._journal.changes.connect(self._on_change)

    @property
    def mode(self) -> EntryKind:
        return self._mode

    def flush(self) -> bool:
        return self.autosaver.flush()

    def focus_first(self) -> None:
        self.card.editor.focus_editor()

    def refresh(self) -> None:
        """When shown: the greeting follows the hour, and after midnight the page moves on to the
        new day. Everything else follows changes as they are announced (`_on_change`)."""
        if not self._show_day() or not self.autosaver.flush():
            return  # the same day; or unsaved text stays on screen while saving is retried
        if self.filled:  # else the parts still to fill read the new day themselves
            self.statement_date.redraw()
            self.milestone_offer.refresh()
            self.dashboard.refresh()
            self.on_this_day.refresh(self._day)
        self._bind_editor()

    def _show_day(self) -> bool:
        """Greet for the hour and date the page; True if the day changed since it was last shown."""
        now = self._journal.clock.now().astimezone()
        today = self._journal.clock.today()
        moved = today != self._day
        if moved:
            self._day, self._offset = today, 0
        self.title_label.setText(greeting(now))
        self.kicker_label.setText(locale_date(today, translate("TodayPage", "dddd, d MMMM yyyy")))
        self.kicker_label.show()
        return moved

    def set_mode(self, mode: EntryKind) -> None:
        if mode == self._mode:
            return
        if not self.autosaver.flush():
            (self.evening_button if self._mode == EntryKind.EVENING else self.free_button).setChecked(True)
            return
        self._mode = mode
        (self.evening_button if mode == EntryKind.EVENING else self.free_button).setChecked(True)
        self._bind_editor()
        self.card.editor.focus_editor()

    def _written(self) -> bool:
        return bool(self.card.editor.text().strip())

    def next_prompt(self) -> None:
        """Offer a different evening prompt, until something is written: words written for a
        prompt stay filed under it (the button says so)."""
        if self._mode != EntryKind.EVENING or self._written():
            return
        self._offset += 1
        prompt = self._catalogue.prompt_of_the_day(self._day, self._offset)
        self._show_evening_prompt(prompt)
        self.autosaver.retarget(self._evening_target(prompt))

    def _offer_another(self, *_args: object) -> None:
        """"Another prompt" while nothing is written for this one; afterwards it says why not."""
        written = self._written()
        self.another_button.setEnabled(not written)
        tip = translate("TodayPage", KEPT_TIP if written else ANOTHER_TIP)
        self.another_button.setToolTip(tip)
        self.another_button.setAccessibleDescription(tip)

    def _evening_target(self, prompt: Prompt) -> DraftTarget:
        return DraftTarget(EntryKind.EVENING, None, prompt.key, prompt.text)

    def _bind_editor(self) -> None:
        first, self._first = self._first, None  # read once: after that, the journal says
        if first is not None and self._mode == EntryKind.EVENING and not self._journal.is_open:
            entry = first.entry
        else:
            entry = self._journal.read(lambda j: j.entry_for_day(self._mode, self._day), None)
        if self._mode == EntryKind.EVENING:
            prompt = self._prompt_for(entry)
            self._show_evening_prompt(prompt)
            self.autosaver.bind(self._evening_target(prompt), entry)
        else:
            self.card.set_prompt(
                translate("TodayPage", "Free writing"),
                translate("TodayPage", "Whatever is on your mind tonight."),
                translate("TodayPage", "No prompt, no structure. Write it down so it stops circling."),
            )
            self.another_button.hide()
            self.autosaver.bind(DraftTarget(EntryKind.FREE), entry)

    def _prompt_for(self, entry: Entry | None) -> Prompt:
        if entry is not None and entry.prompt_key:
            known = self._catalogue.evening_prompt(entry.prompt_key)
            if known is not None:
                return known
        return self._catalogue.prompt_of_the_day(self._day, self._offset)

    def _show_evening_prompt(self, prompt: Prompt) -> None:
        self.card.set_prompt(translate("TodayPage", "Tonight's prompt"), prompt.text)
        self.another_button.show()
        self._offer_another()

    def _refresh_journey(self) -> None:
        empty: dict[Stage, set[str]] = {stage: set() for stage in Stage}
        answered = self._journal.read(lambda j: j.answered_prompts(), empty)
        totals = {stage: len(self._catalogue.guide(stage).prompts) for stage in Stage}
        valid = {
            stage: answered[stage] & {p.key for p in self._catalogue.guide(stage).prompts}
            for stage in Stage
        }
        here = current_stage(valid, totals, self._journal.read(lambda j: j.last_stage(), None))
        for stage, card in self.stage_cards.items():
            card.set_progress(len(valid[stage]), totals[stage], current=stage == here)

    def check_in_mood(self) -> None:
        """The mood check-in, from the evening entry; it lands on the Feelings chart too."""
        from app.ui.feelings.mood_check import MoodCheckDialog
        from app.workbench_catalogue import load_emotions

        # The form is kept as a draft while it is made; Save stores the check-in and ends the draft
        # in one act (a failed save keeps the dialog open). The dashboard, the calendar and the
        # Feelings chart hear of it as a change.
        MoodCheckDialog.check_in(self, self._journal, load_emotions(), origin=self)

    def _on_change(self, change: Change) -> None:
        """Entries saved, deleted or imported elsewhere: the journey's progress, "On this day",
        and the entry for today (written on another page) follow. The tiles follow by themselves."""
        if change.wholesale or change.touches(PLAN_RECORDS):
            self._place_journey()
        if change.made_by(self.autosaver):
            return  # Today's own evening and free entries: no stage answers, not on earlier days
        if change.wholesale or change.touches(Area.ENTRY, Area.STAGE):
            self._refresh_journey()
        if change.wholesale or change.touches(Area.ENTRY):
            self.on_this_day.refresh(self._day)
            if self.autosaver.entry_uuid is None and not self.autosaver.pending:
                self._bind_editor()  # today's entry may have been started on another page
