"""What the Journal page tests of issue 12 share: the page on a real journal, entries written
straight through the store."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from pytestqt.qtbot import QtBot

from app.domain.records import Entry, EntryDraft, EntryKind
from app.domain.stages import Stage
from app.domain.workbench import Plan, PlanStatus
from app.store.journal import Journal
from app.ui.data.journal_events import ObservedJournal
from app.ui.journal.import_dialog import ImportDialog
from app.ui.journal.journal_page import JournalPage


def ownership_prompt() -> tuple[str, str]:
    """The first Ownership prompt of the shipped catalogue: (key, words)."""
    from app.catalogue import load_catalogue

    prompt = load_catalogue().guide(Stage.OWNERSHIP).prompts[0]
    return prompt.key, prompt.text


def add_answer(journal: Journal, body: str, minutes_ago: int = 5, tags: tuple[str, ...] = ()) -> Entry:
    """An answer to the first Ownership prompt, saved as the stage page saves it (title = question)."""
    key, question = ownership_prompt()
    draft = EntryDraft(str(uuid.uuid4()), EntryKind.REFLECTION, body, Stage.OWNERSHIP, key, question, tags)
    return journal.save_entry(draft, when=datetime.now(UTC) - timedelta(minutes=minutes_ago))


def add_free(journal: Journal, body: str, minutes_ago: int = 5, title: str = "",
             tags: tuple[str, ...] = ()) -> Entry:
    draft = EntryDraft(str(uuid.uuid4()), EntryKind.FREE, body, None, None, title, tags)
    return journal.save_entry(draft, when=datetime.now(UTC) - timedelta(minutes=minutes_ago))


def add_plan(journal: Journal, manager: str = "Dana Reyes") -> Plan:
    now = datetime.now(UTC)
    return journal.plans.save_plan(
        Plan(str(uuid.uuid4()), date.today() - timedelta(days=10), 60, manager, (), PlanStatus.ACTIVE,
             now, now)
    )


def make_page(qtbot: QtBot, observed: ObservedJournal) -> JournalPage:
    page = JournalPage(observed)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    return page


def open_row(page: JournalPage, row: int = 0) -> Entry:
    page.list_view.setCurrentIndex(page.model.index(row))
    entry = page.current_entry
    assert entry is not None
    return entry


IMPORT_WAIT_MS = 10_000


def run_import(qtbot: QtBot, dialog: ImportDialog) -> str:
    """Press Import and wait for what the dialog says when it is done."""
    with qtbot.waitSignal(dialog.import_finished, timeout=IMPORT_WAIT_MS) as blocker:
        dialog.import_button.click()
    text: str = blocker.args[0]
    return text
