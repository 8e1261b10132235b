"""Building a page or dialog only builds it: its wiring (each constructor's `_wire`) must not make a
handler run while the widgets take their first values, so nothing is written or announced, and each
control does its job once the page is built."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.domain.changes import Change
from app.domain.prompts import Catalogue
from app.domain.stages import Stage
from app.ui.data.journal_events import ObservedJournal
from app.ui.journal.export_dialog import ExportDialog
from app.ui.journal.import_dialog import ImportDialog
from app.ui.journal.journal_page import JournalPage
from app.ui.privacy.passphrase_form import PassphraseForm
from app.ui.privacy.unlock_page import UnlockPage
from app.ui.search.search_page import SearchPage
from app.ui.stages.stage_page import StagePage
from app.ui.today.today_page import TodayPage
from app.ui.writing.editor import MarkdownEditor

Builder = Callable[[ObservedJournal, Catalogue, Path], QWidget]

BUILDERS: dict[str, Builder] = {
    "today": lambda j, c, _d: TodayPage(j, c),
    "stage": lambda j, c, _d: StagePage(j, c.guide(Stage.OWNERSHIP)),
    "stage with a tool": lambda j, c, _d: StagePage(j, c.guide(Stage.EXPECTATIONS), tool=QWidget(),
                                                         tool_title="Plan"),
    "export": lambda j, _c, _d: ExportDialog(j, "markdown"),
    "import": lambda j, _c, _d: ImportDialog(j),
    "journal": lambda j, _c, _d: JournalPage(j),
    "search": lambda j, _c, _d: SearchPage(j),
    "unlock": lambda _j, _c, d: UnlockPage(d),
    "passphrase form": lambda _j, _c, _d: PassphraseForm(name="Form", action="Go", ask_current=True,
                                                         ask_new=True),
    "editor": lambda _j, _c, _d: MarkdownEditor("Editor"),
}


@pytest.mark.parametrize("name", list(BUILDERS))
def test_building_writes_and_announces_nothing(
    qtbot: QtBot, observed: ObservedJournal, catalogue: Catalogue, data_dir: Path, name: str
) -> None:
    heard: list[Change] = []
    problems: list[str] = []
    observed.changes.connect(heard.append)
    observed.problem.connect(problems.append)
    widget = BUILDERS[name](observed, catalogue, data_dir)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.wait(1)
    assert heard == []
    assert problems == []
    assert observed.read(lambda j: j.stage_position(Stage.OWNERSHIP), None) is None


def test_export_range_days_follow_the_choice(qtbot: QtBot, observed: ObservedJournal) -> None:
    dialog = ExportDialog(observed, "html")
    qtbot.addWidget(dialog)
    assert dialog.all_button.isChecked()
    assert not dialog.since_edit.isEnabled() and not dialog.until_edit.isEnabled()
    dialog.range_button.click()
    assert dialog.since_edit.isEnabled() and dialog.until_edit.isEnabled()
    dialog.all_button.click()
    assert not dialog.since_edit.isEnabled()


def test_search_date_turns_on_with_its_box(qtbot: QtBot, observed: ObservedJournal) -> None:
    page = SearchPage(observed)
    qtbot.addWidget(page)
    assert not page.since_edit.isEnabled() and not page.until_edit.isEnabled()
    page.since_check.click()
    assert page.since_edit.isEnabled() and not page.until_edit.isEnabled()
    assert page.filters().since is not None


def test_unlock_show_button_reveals_only_when_pressed(qtbot: QtBot, data_dir: Path) -> None:
    page = UnlockPage(data_dir)
    qtbot.addWidget(page)
    page.toggle_recovery()
    assert page.show_button.text() == "Show"
    page.show_button.click()
    assert page.show_button.text() == "Hide"
    assert page.show_button.accessibleName() == "Hide the recovery code"

