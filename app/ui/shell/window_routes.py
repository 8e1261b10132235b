"""Where a request made on one page leads in the window: the next stage of the journey, or the
tool where a search hit's words were written.

Kept apart from the window's own layout; the window hands each page it builds to `wire_page`.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Protocol

from app.domain.search import TOOL_STAGES, SourceKind
from app.domain.stages import Stage
from app.ui.shell.sidebar import TODAY

if TYPE_CHECKING:
    from app.store.journal import Journal
    from app.ui.data.journal_events import ObservedJournal
    from app.ui.widgets.page_layout import Page


class Window(Protocol):
    """What the routes ask of the main window."""

    journal: ObservedJournal | None

    def page(self, key: str) -> Page: ...
    def go_to(self, key: str) -> None: ...
    def open_tool(self, key: str) -> None: ...
    def open_entry(self, uuid: str) -> None: ...

# The section of a stage's tool that shows each kind of record.
_PLAN_SECTIONS = {
    SourceKind.GOAL: "goals", SourceKind.GOAL_MILESTONE: "goals", SourceKind.PLAN: "details",
    SourceKind.STAKEHOLDER: "details", SourceKind.PLAN_MILESTONE: "checkpoints",
    SourceKind.EVIDENCE: "evidence",
}
_FEELINGS_SECTIONS = {
    SourceKind.MOOD: "checkin", SourceKind.FORGIVENESS: "forgiveness", SourceKind.DECISION: "stay",
    SourceKind.LEAVING_PLAN: "stay",
}


def wire_page(window: Window, page: Page) -> None:
    """A page's requests to the window. Each kind of page is looked for only once its module has
    loaded (a page can't be of a class not loaded yet), so wiring Today loads no stage or search page."""
    if "app.ui.today.today_page" in sys.modules:
        from app.ui.today.today_page import TodayPage

        if isinstance(page, TodayPage):
            page.page_requested.connect(window.go_to)
            page.tool_requested.connect(window.open_tool)
            page.entry_requested.connect(window.open_entry)
            return
    if "app.ui.stages.stage_page" in sys.modules:
        from app.ui.stages.stage_page import StagePage

        if isinstance(page, StagePage):
            page.go_to_stage.connect(lambda stage: go_to_stage(window, stage))
            return
    if "app.ui.search.search_page" in sys.modules:
        from app.ui.search.search_page import SearchPage

        if isinstance(page, SearchPage):
            page.open_source.connect(lambda kind, uuid, field: open_source(window, kind, uuid, field))


def go_to_stage(window: Window, stage: Stage | None) -> None:
    """The next stage opens on its guided prompts, where the person left them; after the last
    stage, Today."""
    from app.ui.stages.stage_page import StagePage

    if stage is None:
        window.go_to(TODAY)
        return
    page = window.page(stage.value)
    if isinstance(page, StagePage):
        page.show_view(0)
    window.go_to(stage.value)


def open_source(window: Window, kind: str, uuid: str, field: str) -> bool:
    """Open the tool where a search hit was written, on its record. False if it can't be shown."""
    try:
        source = SourceKind(kind)
    except ValueError:
        return False
    stage = TOOL_STAGES.get(source)
    if stage is None or window.journal is None:
        return False
    window.open_tool(stage.value)
    tool = getattr(window.page(stage.value), "tool", None)
    if tool is None:
        return False
    journal = window.journal
    if stage is Stage.EXPECTATIONS:
        tool.show_section(_PLAN_SECTIONS[source])
        if source in (SourceKind.GOAL, SourceKind.GOAL_MILESTONE):
            tool.goals_section.select_goal(uuid)
        return True
    if stage is Stage.FEELINGS:
        tool.show_section(_FEELINGS_SECTIONS[source])
        if source is SourceKind.MOOD:
            tool.checkin.select(uuid)
        elif source is SourceKind.LEAVING_PLAN:
            tool.show_leaving_plan()
        return True
    if stage is Stage.CHECKINS:
        meeting = journal.read(lambda j: _meeting_of(j, source, uuid), None)
        return bool(meeting) and bool(tool.show_checkin(meeting))
    return True  # the statement workshop shows its draft and versions together


def _meeting_of(journal: Journal, source: SourceKind, uuid: str) -> str | None:
    """The check-in a check-in, a piece of feedback or an action belongs to."""
    if source is SourceKind.CHECKIN:
        return uuid
    if source is SourceKind.FEEDBACK:
        return next((f.checkin_uuid for f in journal.checkins.feedback() if f.uuid == uuid), None)
    action = journal.checkins.action(uuid)
    return action.checkin_uuid if action is not None else None
