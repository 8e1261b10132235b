"""Render every page offscreen to PNG, with a little sample writing, for review and the README.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py OUT_DIR [--dark]
       [--size=1024x700] [--text=2] [--lang=de]
"""

from __future__ import annotations

import sys
import tempfile
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from app.store.journal import Journal
    from app.ui.shell.main_window import MainWindow


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "shots")
    dark = "--dark" in argv
    size = QSize(1180, 780)
    for arg in argv:
        if arg.startswith("--size="):
            w, h = arg.removeprefix("--size=").split("x")
            size = QSize(int(w), int(h))
    out.mkdir(parents=True, exist_ok=True)
    from app.catalogue import load_catalogue
    from app.domain.records import EntryDraft, EntryKind
    from app.domain.stages import Stage
    from app.store.journal import Journal
    from app.ui.data.journal_events import ObservedJournal
    from app.ui.shell.application import make_application
    from app.ui.shell.main_window import MainWindow
    from app.ui.stages.stage_page import StagePage
    from app.ui.widgets.theme import apply_theme

    app = make_application(argv[:1])
    for arg in argv:
        if arg.startswith("--text="):  # e.g. --text=2 for 200 % text size
            font = app.font()
            font.setPointSizeF(font.pointSizeF() * float(arg.removeprefix("--text=")))
            app.setFont(font)
        if arg.startswith("--lang="):  # e.g. --lang=de: the interface and the catalogues in German
            from app.ui.translation import install

            install(arg.removeprefix("--lang="))
    apply_theme(app, dark=dark)
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        journal = Journal.open(data_dir)
        catalogue = load_catalogue()
        guide = catalogue.guide(Stage.OWNERSHIP)
        samples = [
            "I heard that my status updates come too late and that two deadlines slipped.",
            "The deadlines did slip. I told myself the work was nearly done and **didn't say so early**.",
            "Keeping my manager in the loop *before* they have to ask.",
        ]
        for prompt, text in zip(guide.prompts, samples, strict=False):
            journal.save_entry(EntryDraft(str(uuid.uuid4()), EntryKind.REFLECTION, text, Stage.OWNERSHIP,
                                          prompt.key, prompt.text))
        journal.set_stage_position(Stage.OWNERSHIP, guide.prompts[3].key)
        evening = (
            "Long day. The 1:1 went better than I feared.\n\n"
            "- asked for clearer goals\n- wrote down what *good* looks like"
        )
        journal.save_entry(EntryDraft(str(uuid.uuid4()), EntryKind.FREE, evening))
        _sample_workbench(journal)
        window = MainWindow(data_dir)
        window.resize(size)
        window.attach(ObservedJournal(journal), catalogue)
        window.show()
        for key in window.page_keys:
            window.show_page(key)
            app.processEvents()
            suffix = "-dark" if dark else ""
            window.grab().save(str(out / f"{key}{suffix}.png"))
            page = window.page(key)
            if isinstance(page, StagePage) and page.tool is not None:
                page.show_view(1)
                app.processEvents()
                window.grab().save(str(out / f"{key}-tool{suffix}.png"))
                page.show_view(0)
        window.show_page("journal")
        journal_page = window.pages["journal"]
        journal_page.list_view.setCurrentIndex(journal_page.model.index(0))  # type: ignore[attr-defined]
        app.processEvents()
        window.grab().save(str(out / f"journal-selected{'-dark' if dark else ''}.png"))
        _dialogs(app, window, out, "-dark" if dark else "")
        window.close()
        journal.close()
        _privacy(app, data_dir, size, out, "-dark" if dark else "")
    return 0


def _privacy(app: QApplication, data_dir: Path, size: QSize, out: Path, suffix: str) -> None:
    """Settings and Backups, on a window opened the way the app opens it (through its session)."""
    import time

    from app.paths import database_path
    from app.store.backups import backups_dir, make_backup
    from app.ui.privacy.backups_dialog import open_backups
    from app.ui.privacy.settings_dialog import open_settings
    from app.ui.privacy.settings_layout import SECTIONS
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.session import JournalSession

    make_backup(database_path(data_dir), backups_dir(data_dir))
    window = MainWindow(data_dir)
    window.resize(size)
    session = JournalSession(window, data_dir)
    window.show()
    session.start()
    deadline = time.monotonic() + 20
    while not session.is_open and time.monotonic() < deadline:
        app.processEvents()
    settings = open_settings(session, window)
    settings.resize(720, 900)
    for section in SECTIONS:  # Privacy first, as the dialog opens; each other section beside it
        settings.show_section(section)
        app.processEvents()
        name = "settings" if section == "privacy" else f"settings-{section}"
        settings.grab().save(str(out / f"{name}{suffix}.png"))
    settings.close()
    backups = open_backups(session, window)
    backups.resize(760, 520)
    deadline = time.monotonic() + 10
    while (backups.busy or not backups.backups) and time.monotonic() < deadline:  # listed in a worker
        app.processEvents()
    app.processEvents()
    backups.grab().save(str(out / f"backups{suffix}.png"))
    backups.close()
    window.close()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()
    if session.journal is not None:
        session.journal.close()


def _dialogs(app: QApplication, window: MainWindow, out: Path, suffix: str) -> None:
    """The check-in brief (once its material is gathered), the export and import dialogs."""
    import time

    window.open_brief()
    brief = window.open_dialogs[-1]
    deadline = time.monotonic() + 10
    while getattr(brief, "material", None) is None and time.monotonic() < deadline:
        app.processEvents()
    brief.resize(1000, 680)  # its size on a real screen; the offscreen "screen" is only 800x600
    app.processEvents()
    brief.grab().save(str(out / f"brief{suffix}.png"))
    brief.close()
    dialogs = (("export-pdf", lambda: window.open_export("pdf")), ("import", window.open_import))
    for name, open_dialog in dialogs:
        open_dialog()
        dialog = window.open_dialogs[-1]
        app.processEvents()
        dialog.grab().save(str(out / f"{name}{suffix}.png"))
        dialog.close()


def _sample_workbench(store: Journal) -> None:
    """A plan a few weeks in, a check-in coming up, some mood check-ins and a statement draft."""
    from datetime import UTC, date, datetime, timedelta

    from app.domain.plan_math import default_goal_milestones
    from app.domain.records import EntryDraft, EntryKind
    from app.domain.workbench import (
        Action,
        CheckIn,
        EmotionRating,
        Evidence,
        Goal,
        GoalStatus,
        MoodCheck,
        Plan,
        PlanStatus,
        Stakeholder,
        StatementParts,
    )

    def new() -> str:
        return str(uuid.uuid4())

    now = datetime.now(UTC)
    start = date.today() - timedelta(days=18)
    plan = store.plans.save_plan(
        Plan(new(), start, 90, "Dana Reyes", (Stakeholder("HR partner"),), PlanStatus.ACTIVE, now, now)
    )
    goals = []
    for position, (title, status) in enumerate(
        (("Weekly status update every Friday", GoalStatus.ON_TRACK),
         ("Estimates within 20 % of actuals", GoalStatus.AT_RISK),
         ("Lead the Q3 migration review", GoalStatus.NOT_STARTED))
    ):
        goals.append(store.plans.save_goal(
            Goal(new(), plan.uuid, title, "Dana sees it without asking", "Dates in the shared log",
                 default_goal_milestones(start, 90), status, "", position, now, now)
        ))
    store.plans.save_evidence(
        Evidence(new(), goals[0].uuid, date.today() - timedelta(days=2), "Sent the update before noon",
                 None, now)
    )
    held = store.checkins.save_checkin(
        CheckIn(new(), now - timedelta(days=6), "", "Dana liked the new update format.", 4, True, "",
                now, now)
    )
    store.checkins.save_checkin(
        CheckIn(new(), now + timedelta(days=1, hours=2), "", "", None, False, "", now, now)
    )
    store.checkins.save_action(
        Action(new(), "Share the estimate checklist", goals[1].uuid, date.today() + timedelta(days=3),
               held.uuid, None, now)
    )
    for days, mood, feelings in ((12, 2, (("Anxious", 4), ("Embarrassed", 3))),
                                 (8, 3, (("Anxious", 3), ("Determined", 3))),
                                 (3, 3, (("Hopeful", 3), ("Tired", 2))),
                                 (1, 4, (("Relieved", 3), ("Hopeful", 4)))):
        store.feelings.save_mood_check(
            MoodCheck(new(), now - timedelta(days=days), mood,
                      tuple(EmotionRating(name, level) for name, level in feelings), "")
        )
    two_weeks_ago = datetime.combine(date.today() - timedelta(days=14), datetime.min.time().replace(hour=21))
    store.save_entry(
        EntryDraft(new(), EntryKind.EVENING, "Hard day. I kept replaying the meeting, then wrote it down."),
        when=two_weeks_ago.astimezone(UTC),
    )
    parts = StatementParts(
        "Two deadlines slipped and my updates came late.",
        "I didn't say early when I was behind.",
        "A short written update every Friday, and flagging risks the day I see them.",
        "A quick check each Monday on priorities.",
    )
    store.statements.save_draft(
        parts,
        "I know two deadlines slipped and my updates came late. That part is mine: I didn't say early "
        "when I was behind. From now on you'll get a short written update every Friday, and I'll flag "
        "a risk the day I see it. It would help me to check priorities with you each Monday.",
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv))
