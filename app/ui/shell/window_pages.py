"""Building the window's pages: Today, each stage with its own tool, the Journal and Search.

The pages load with the journal, off the start-up path: every import here happens on first use,
and only the page's own (Today never loads the Journal page's modules).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.stages import Stage
from app.ui.shell.sidebar import JOURNAL, SEARCH, TODAY

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.domain.prompts import Catalogue
    from app.store.first_read import FirstPage
    from app.ui.data.journal_events import ObservedJournal
    from app.ui.widgets.page_layout import Page


def build_page(
    key: str, journal: ObservedJournal, catalogue: Catalogue, parent: QWidget, *, fill_later: bool = False,
    first: FirstPage | None = None,
) -> Page:
    """The page for a sidebar key, made inside `parent` (the window's stack), so nothing in a page
    can ever flash up as a window of its own. `fill_later`: Today (the first page at start-up)
    takes typing first and reads its tiles, notices and "On this day" right after; `first` is
    tonight's entry read before the journal opened (only Today uses it)."""
    if key == TODAY:
        from app.ui.today.reminder_offer import add_reminder_offer
        from app.ui.today.sync_watch import watch_sync
        from app.ui.today.today_page import TodayPage

        today = TodayPage(journal, catalogue, parent, fill_later=fill_later, first=first)
        watch_sync(today, journal, parent.window())  # says once if the journal's folder is synced
        add_reminder_offer(today, journal, getattr(parent.window(), "session", None))  # the window's settings
        return today
    if key == JOURNAL:
        from app.ui.journal.journal_page import JournalPage

        return JournalPage(journal, parent)
    if key == SEARCH:
        from app.ui.search.search_page import SearchPage

        return SearchPage(journal, parent)
    from app.ui.stages.stage_page import StagePage

    stage = Stage(key)
    tool, title = build_tool(stage, journal)
    return StagePage(journal, catalogue.guide(stage), parent, tool, title)


def build_tool(stage: Stage, journal: ObservedJournal) -> tuple[QWidget, str]:
    """Each stage's own tool, shown beside its guided prompts, and its title."""
    from app import workbench_catalogue

    if stage is Stage.OWNERSHIP:
        from app.ui.ownership.statement_workshop import StatementWorkshop

        return StatementWorkshop(journal, workbench_catalogue.load_check_lists()), "Statement workshop"
    if stage is Stage.FEELINGS:
        from app.ui.feelings.feelings_tool import FeelingsTool

        return FeelingsTool(journal, workbench_catalogue.load_emotions()), "Check-in and decision"
    if stage is Stage.EXPECTATIONS:
        from app.ui.plan.plan_tool import PlanTool

        return PlanTool(journal), "Your plan"
    from app.ui.checkins.checkins_tool import CheckInsTool

    return CheckInsTool(journal, workbench_catalogue.load_questions()), "Meetings"
