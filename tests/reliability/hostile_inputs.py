"""Hostile imports, built small at run time, and a judge that runs each through the real `import`.

Each input is something an attack run once used against the importers: a zip bomb, endless
special files, numbers and dates Python or SQLite can't hold, nesting that blows the stack,
lone surrogates, uuids our own export would refuse, links out of an imported folder. "Refused
cleanly" means: `python -m app --data-dir DIR import PATH` exits non-zero within the time limit,
prints exactly one `trustbridge: error:` line and nothing else, and the journal afterwards holds
exactly what it held before.

`run_hostile_imports(workdir)` is what the reliability report calls; the CLI tests use
`HOSTILE_INPUTS` directly, in-process.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.domain.records import EntryDraft, EntryKind
from app.store.journal import Journal

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_S = 120  # per import: a hang (an endless read) counts as a failure, not a stuck report
SEED_UUID = "5eed0000-0000-4000-8000-000000000001"
MOMENT = "2026-03-01T09:00:00+00:00"
TOO_MANY_DIGITS = "9" * 5000  # Python reads no integer of more than 4,300 digits
DEEP = 100_000  # far past Python's recursion limit


@dataclass(frozen=True)
class HostileInput:
    """One attack: `build(folder)` writes it under `folder` and returns the path to import."""

    name: str
    build: Callable[[Path], Path]
    format: str = "auto"


# -- builders --------------------------------------------------------------------------------


def _entry(**changes: object) -> dict[str, object]:
    entry: dict[str, object] = {
        "uuid": "0badbad0-0000-4000-8000-000000000001", "kind": "free", "stage": None, "prompt": None,
        "title": "hostile", "body": "text", "tags": [], "created_at": MOMENT, "updated_at": MOMENT,
    }  # fmt: skip
    entry.update(changes)
    return entry


def _plan(**changes: object) -> dict[str, object]:
    plan: dict[str, object] = {
        "uuid": "0badbad0-0000-4000-8000-0000000000p1", "start": "2026-03-01", "length_days": 90,
        "manager": "Sam", "stakeholders": [], "status": "active", "created_at": MOMENT, "updated_at": MOMENT,
    }  # fmt: skip
    plan.update(changes)
    return plan


def _trustbridge(folder: Path, name: str, **sections: object) -> Path:
    document = {"format": "trustbridge", "version": 1, "exported_at": MOMENT, "entries": [], **sections}
    path = folder / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _raw(name: str, text: str) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        path = folder / name
        path.write_text(text, encoding="utf-8")
        return path

    return build


def _json(name: str, **sections: object) -> Callable[[Path], Path]:
    return lambda folder: _trustbridge(folder, name, **sections)


def _dayone_json(text_value: str, created: str = "2020-01-01T00:00:00Z") -> str:
    return f'{{"entries": [{{"uuid": "ABC", "creationDate": "{created}", "text": {text_value}}}]}}'


def zip_bomb(folder: Path) -> Path:
    """A Day One zip whose Journal.json expands about a thousand times (4 MiB from a few KB)."""
    path = folder / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", '{"entries": [' + " " * (4 * 1024 * 1024) + "]}")
    return path


def fifo(folder: Path) -> Path:
    path = folder / "journal.txt"
    os.mkfifo(path)
    return path


def endless_device(folder: Path) -> Path:
    """A link to /dev/zero under a journal's name: reading it never ends."""
    path = folder / "zero.txt"
    path.symlink_to("/dev/zero")
    return path


def _markdown_folder(folder: Path, uuid: str = '"0badbad0-0000-4000-8000-000000000002"',
                     created: str = f'"{MOMENT}"', name: str = "md") -> Path:
    root = folder / name
    month = root / "2026" / "03"
    month.mkdir(parents=True)
    (month / "2026-03-01-0900-hostile.md").write_text(
        f'---\nuuid: {uuid}\nkind: "free"\nstage: null\nprompt: null\ntitle: "t"\ntags: []\n'
        f'created: {created}\nupdated: "{MOMENT}"\n---\nbody',
        encoding="utf-8",
    )
    return root


def _markdown_link_out(folder: Path) -> Path:
    """A Markdown folder whose only entry file is a link to a file outside the folder."""
    outside = _markdown_folder(folder, name="elsewhere")
    root = folder / "md-link"
    (root / "2026" / "03").mkdir(parents=True)
    target = next(outside.rglob("*.md"))
    (root / "2026" / "03" / target.name).symlink_to(target)
    return root


def _jrnl_link_out(folder: Path) -> Path:
    secret = folder / "secret.txt"
    secret.write_text("[2026-03-01 09:00] Someone else's file.\n", encoding="utf-8")
    root = folder / "jrnl-link"
    (root / "2026" / "03").mkdir(parents=True)
    (root / "2026" / "03" / "01.txt").symlink_to(secret)
    return root


def _dayone_link_out(folder: Path) -> Path:
    secret = folder / "secret.doentry"
    secret.write_bytes(
        b'<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict>'
        b"<key>Creation Date</key><date>2026-03-01T09:00:00Z</date>"
        b"<key>Entry Text</key><string>not yours</string><key>UUID</key><string>ABC</string></dict></plist>"
    )
    root = folder / "Journal.dayone"
    (root / "entries").mkdir(parents=True)
    (root / "entries" / "ABC.doentry").symlink_to(secret)
    return root


def _doentry_year_one(folder: Path) -> Path:
    path = folder / "old.doentry"
    path.write_bytes(
        b'<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict>'
        b"<key>Creation Date</key><date>0001-01-01T00:00:00Z</date>"
        b"<key>Entry Text</key><string>old</string></dict></plist>"
    )
    return path


_GOAL = {
    "uuid": "0badbad0-0000-4000-8000-0000000000g1", "plan_uuid": "0badbad0-0000-4000-8000-0000000000p1",
    "title": "g", "success": "", "measure": "", "milestones": [], "status": "on_track", "notes": "",
    "position": 2**70, "created_at": MOMENT, "updated_at": MOMENT,
}  # fmt: skip

_CHECKPOINT = {"plan_uuid": "0badbad0-0000-4000-8000-0000000000p1", "mark": "30", "due_on": "2026-03-31"}

HOSTILE_INPUTS: tuple[HostileInput, ...] = (
    HostileInput("Day One zip bomb", zip_bomb),
    HostileInput("FIFO (auto)", fifo),
    HostileInput("FIFO read as jrnl", fifo, "jrnl"),
    HostileInput("/dev/zero read as jrnl", endless_device, "jrnl"),
    HostileInput("/dev/zero read as JSON", endless_device, "trustbridge"),
    HostileInput("/dev/zero read as Day One", endless_device, "dayone"),
    HostileInput("JSON integer of 5,000 digits", _raw(
        "digits.json", f'{{"format": "trustbridge", "version": 1, "entries": [], "x": {TOO_MANY_DIGITS}}}')),
    HostileInput("Day One integer of 5,000 digits", _raw(
        "digits-dayone.json", _dayone_json(TOO_MANY_DIGITS))),
    HostileInput("JSON integer beyond SQLite", _json("sqlite.json", plans=[_plan()], goals=[_GOAL])),
    HostileInput("JSON plan of 10^18 days", _json("plan-length.json", plans=[_plan(length_days=10**18)])),
    HostileInput("JSON plan starting 9999-12-31", _json(
        "plan-start.json", plans=[_plan(start="9999-12-31")])),
    HostileInput("JSON stakeholder confirmed in year 1", _json("confirmed.json", plans=[_plan(
        stakeholders=["Sam", {"name": "Priya", "expectations": "", "confirmed_on": "0001-01-01"}])])),
    HostileInput("JSON milestone success with a lone surrogate", _json(
        "milestone.json", plans=[_plan()],
        goals=[{**_GOAL, "position": 0,
                "milestones": ["2026-03-31", {"due_on": "2026-04-30", "success": "\ud800"}]}])),
    HostileInput("JSON milestone status unknown", _json("milestone-status.json", plans=[_plan()], goals=[
        {**_GOAL, "position": 0, "milestones": [{"due_on": "2026-04-30", "status": "late"}]}])),
    HostileInput("JSON checkpoint due 9999-12-31", _json(
        "checkpoint-day.json", plans=[_plan()], plan_milestones=[{**_CHECKPOINT, "due_on": "9999-12-31"}])),
    HostileInput("JSON checkpoint mark 45", _json("checkpoint-mark.json", plans=[_plan()], plan_milestones=[
        {**_CHECKPOINT, "mark": "45"}])),
    HostileInput("JSON checkpoint reviewed in year 1 with an offset", _json(
        "checkpoint-review.json", plans=[_plan()],
        plan_milestones=[{**_CHECKPOINT, "reviewed_at": "0001-01-01T00:00:00+05:00"}])),
    HostileInput("JSON checkpoint of a plan not in the file", _json(
        "checkpoint-plan.json", plan_milestones=[_CHECKPOINT])),
    HostileInput("JSON plan ended 9999-12-31", _json(
        "plan-ended.json", plans=[_plan(outcome="left", ended_on="9999-12-31")])),
    HostileInput("JSON closing reflection with a lone surrogate", _json(
        "closing.json", plans=[_plan(closing_reflection="\ud800")])),
    HostileInput("JSON statement said in year 1", _json("said.json", statement={
        "draft": {"parts": {}, "text": "I own it.", "said_on": "0001-01-01"}, "versions": []})),
    HostileInput("JSON leaving plan day 9999-12-31", _json(
        "leaving.json", leaving_plan={"finish": "hand over", "leave_on": "9999-12-31"})),
    HostileInput("JSON waiting answer for an unknown field", _json(
        "waiting.json", waiting_answers=[{"field": "plan.checkpoint_45", "text": "x"}])),
    HostileInput("JSON year 1 with an offset", _json(
        "year-one.json", entries=[_entry(created_at="0001-01-01T00:00:00+05:00")])),
    HostileInput("JSON 9999-12-31 west of UTC", _json(
        "year-9999.json", entries=[_entry(updated_at="9999-12-31T23:59:59-05:00")])),
    HostileInput("JSON nested 100,000 deep", _raw(
        "deep.json", '{"format": "trustbridge", "version": 1, "entries": ' + "[" * DEEP + "]" * DEEP + "}")),
    HostileInput("JSON lone surrogate in a tag", _raw(
        "surrogate.json", json.dumps({"format": "trustbridge", "version": 1, "entries": [
            _entry(tags=["\ud800"])]}))),
    HostileInput("Day One nested 100,000 deep", _raw(
        "deep-dayone.json", _dayone_json("[" * DEEP + "]" * DEEP))),
    HostileInput("Day One lone surrogate", _raw("surrogate-dayone.json", _dayone_json('"a \\ud800 b"'))),
    HostileInput("Day One year 1 with an offset", _raw(
        "year-one-dayone.json", _dayone_json('"old"', "0001-01-01T00:00:00+01:00"))),
    HostileInput("Day One Classic year 1", _doentry_year_one),
    HostileInput("jrnl [0001-01-01 00:00]", _raw("year-one.txt", "[0001-01-01 00:00] Long ago.\n")),
    HostileInput("jrnl [9999-12-31 23:59]", _raw("year-9999.txt", "[9999-12-31 23:59] Far ahead.\n")),
    HostileInput("Markdown folder, uuid too long", lambda folder: _markdown_folder(
        folder, '"' + "x" * 37 + '"')),
    HostileInput("Markdown folder, padded uuid", lambda folder: _markdown_folder(folder, '" padded "')),
    HostileInput("Markdown folder, year 1 with an offset", lambda folder: _markdown_folder(
        folder, created='"0001-01-01T00:00:00+05:00"')),
    HostileInput("Markdown folder, nested front matter", lambda folder: _markdown_folder(
        folder, uuid="[" * DEEP + "]" * DEEP)),
    HostileInput("Markdown folder, link out of the folder", _markdown_link_out),
    HostileInput("jrnl folder, link out of the folder", _jrnl_link_out),
    HostileInput("Day One folder, link out of the folder", _dayone_link_out),
)


# -- the judge -------------------------------------------------------------------------------


def seed_journal(data_dir: Path) -> None:
    """A journal holding one entry, so "unchanged" has something to compare."""
    journal = Journal.open(data_dir)
    try:
        draft = EntryDraft(uuid=SEED_UUID, kind=EntryKind.FREE, body="Before the attack.")
        journal.save_entry(draft, when=datetime(2026, 3, 1, 9, tzinfo=UTC))
    finally:
        journal.close()


def journal_contents(data_dir: Path) -> tuple[object, ...]:
    """What a person could see: every entry and every plan, compared before and after."""
    journal = Journal.open(data_dir)
    try:
        return (tuple(journal.iter_entries()), tuple(journal.plans.plans()))
    finally:
        journal.close()


def judge(returncode: int | None, stdout: str, stderr: str) -> str | None:
    """Why an import's outcome is not a clean refusal, or None when it is."""
    if returncode is None:
        return f"did not finish within {TIMEOUT_S} s"
    if returncode == 0:
        return "was accepted"
    lines = stderr.splitlines()
    if stdout or len(lines) != 1 or not lines[0].startswith("trustbridge: error: "):
        return f"exit {returncode} without one clean error line: {(stderr or stdout)[-300:]!r}"
    return None


def run_hostile_imports(workdir: Path | None = None) -> tuple[int, int, list[str]]:
    """Run every hostile input through `python -m app import`: (tried, refused cleanly, failures).

    Each one gets a fresh copy of a seeded journal; a failure names the input and what went wrong.
    """
    with tempfile.TemporaryDirectory(dir=workdir) as scratch:
        base = Path(scratch)
        template = base / "template"
        seed_journal(template)
        expected = journal_contents(template)
        failures: list[str] = []
        for number, hostile in enumerate(HOSTILE_INPUTS):
            folder = base / f"input-{number}"
            folder.mkdir()
            data_dir = base / f"journal-{number}"
            shutil.copytree(template, data_dir)
            problem = try_import(hostile, hostile.build(folder), data_dir)
            if problem is None and journal_contents(data_dir) != expected:
                problem = "changed the journal"
            if problem is not None:
                failures.append(f"{hostile.name}: {problem}")
        tried = len(HOSTILE_INPUTS)
        return tried, tried - len(failures), failures


def try_import(hostile: HostileInput, path: Path, data_dir: Path) -> str | None:
    command = [sys.executable, "-m", "app", "--data-dir", str(data_dir), "import", str(path)]
    if hostile.format != "auto":
        command += ["--format", hostile.format]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("TRUSTBRIDGE_DATA_DIR", None)
    try:
        done = subprocess.run(  # our own interpreter and module
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired:
        return judge(None, "", "")
    return judge(done.returncode, done.stdout, done.stderr)
