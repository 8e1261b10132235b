"""The headless command line: parsing, export/import round trips, and failures that change nothing.

A few tests run `python -m app` as a real process (end to end, with the environment variable and
exit status); the rest call `run(parse_args(...))` in-process, which is faster.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app import __version__
from app.cli import NOT_ENCRYPTED_WARNING, parse_args, run
from app.domain.records import EntryDraft, EntryKind
from app.domain.stages import Stage
from app.domain.workbench import Evidence, Goal, GoalStatus, Plan, PlanStatus
from app.paths import ENV_DATA_DIR
from app.store.journal import Journal

PROJECT_ROOT = Path(__file__).resolve().parents[2]
IS_ROOT = getattr(os, "geteuid", lambda: -1)() == 0

DRAFTS = (
    EntryDraft(
        uuid="aaaaaaaa-0000-4000-8000-000000000001",
        kind=EntryKind.REFLECTION,
        body="I own the missed review.\x00 🧭 \u200fשלום",
        stage=Stage.OWNERSHIP,
        prompt_key="ownership.what_happened",
        title="Owning it",
        tags=("work",),
    ),
    EntryDraft(uuid="aaaaaaaa-0000-4000-8000-000000000002", kind=EntryKind.EVENING, body="A calmer day."),
)


@pytest.fixture
def journal_dir(tmp_path: Path) -> Path:
    """A journal folder holding the two sample entries."""
    folder = tmp_path / "journal"
    journal = Journal.open(folder)
    try:
        for minute, draft in enumerate(DRAFTS):
            journal.save_entry(draft, when=datetime(2026, 3, 1, 9, minute, tzinfo=UTC))
    finally:
        journal.close()
    return folder


@pytest.fixture
def export_file(journal_dir: Path, tmp_path: Path) -> Path:
    path = tmp_path / "export.json"
    assert cli(["--data-dir", str(journal_dir), "export", "--out", str(path)]) == 0
    return path


@pytest.fixture
def unusable_dir(tmp_path: Path) -> Iterator[Path]:
    """A folder that can't be created: it would live under a regular file (refused even for root)."""
    blocker = tmp_path / "afile"
    blocker.write_text("not a folder")
    yield blocker / "sub"


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    if IS_ROOT:
        pytest.skip("root ignores folder permissions")
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    yield folder
    folder.chmod(0o700)


def cli(argv: list[str]) -> int:
    return run(parse_args(argv))


def app_process(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m app ARGV` as the person would, with a clean environment."""
    environment = {k: v for k, v in os.environ.items() if k != ENV_DATA_DIR}
    environment.update(env or {})
    environment["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [sys.executable, "-m", "app", *argv],
        cwd=PROJECT_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=30,
        check=False,
    )


def entry_fields(folder: Path) -> list[tuple[object, ...]]:
    journal = Journal.open(folder)
    try:
        return [
            (e.uuid, e.kind, e.stage, e.prompt_key, e.title, e.body, e.tags, e.created_at, e.updated_at)
            for e in journal.iter_entries()
        ]
    finally:
        journal.close()


# -- parsing -------------------------------------------------------------------------------


def test_no_command_means_open_the_app() -> None:
    args = parse_args([])
    assert args.command is None
    assert args.data_dir is None


def test_global_data_dir_goes_before_the_command() -> None:
    args = parse_args(["--data-dir", "/tmp/j", "export"])
    assert (args.command, args.data_dir, args.format, args.out) == ("export", "/tmp/j", "json", None)


def test_import_defaults_to_detecting_the_format() -> None:
    args = parse_args(["import", "backup.json"])
    assert (args.command, args.path, args.format, args.data_dir) == ("import", "backup.json", "auto", None)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        parse_args(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == f"trustbridge {__version__}\n"


@pytest.mark.parametrize(
    "argv",
    [["export", "--format", "docx"], ["import"], ["import", "x", "--format", "rednotebook"], ["frobnicate"]],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        parse_args(argv)
    assert exit_info.value.code == 2
    assert "usage: trustbridge" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [["search", "x", "--limit", "0"], ["search", "x", "--since", "10000-01-01"],
     ["search", "x", "--mood", "9"], ["export", "--format", "\x1b[2Jdocx"], ["frobnicate"]],
)
def test_an_argument_mistake_is_one_line_with_its_text_escaped(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        parse_args(argv)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("trustbridge") and ": error: argument " in err, err
    assert "\x1b" not in err


def test_run_needs_a_command() -> None:
    with pytest.raises(ValueError, match="no headless command"):
        run(parse_args([]))


# -- export and import in-process ----------------------------------------------------------


def test_export_json_to_stdout(journal_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["--data-dir", str(journal_dir), "export"]) == 0
    output = capsys.readouterr()
    doc = json.loads(output.out)
    assert [e["uuid"] for e in doc["entries"]] == [d.uuid for d in DRAFTS]
    assert output.err == f"{NOT_ENCRYPTED_WARNING}\n"  # the only thing said besides the export


def test_export_beside_the_app_leaves_its_undo_alone(
    journal_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.store.journal import Journal

    app_journal = Journal.open(journal_dir)
    try:
        app_journal.delete_entry(DRAFTS[0].uuid)
        assert cli(["--data-dir", str(journal_dir), "export"]) == 0
        assert app_journal.restore_entry(DRAFTS[0].uuid).body == DRAFTS[0].body
    finally:
        app_journal.close()
    capsys.readouterr()


def test_export_markdown_to_a_file(
    journal_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "journal.md"
    assert cli(["--data-dir", str(journal_dir), "export", "--format", "markdown", "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Trustbridge journal\n")
    assert "Owning it" in text and "A calmer day." in text
    output = capsys.readouterr()
    assert output.out == ""
    assert "Exported a readable copy of the journal (2 entries," in output.err


def test_export_replaces_an_existing_file_and_leaves_no_temporary(journal_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "export.json"
    out.parent.mkdir()
    out.write_text("old", encoding="utf-8")
    assert cli(["--data-dir", str(journal_dir), "export", "--out", str(out)]) == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))["entries"]) == 2
    assert list(out.parent.iterdir()) == [out]


def test_import_reports_added_and_already_present(
    export_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "target"
    assert cli(["--data-dir", str(target), "import", str(export_file)]) == 0
    assert capsys.readouterr().out == "Imported 2 entries.\n"
    assert cli(["--data-dir", str(target), "import", str(export_file), "--format", "trustbridge"]) == 0
    assert capsys.readouterr().out == "Imported 0 entries (2 already present).\n"


def test_round_trip_in_process(journal_dir: Path, export_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "target"
    assert cli(["--data-dir", str(target), "import", str(export_file)]) == 0
    assert entry_fields(target) == entry_fields(journal_dir)


def test_the_environment_variable_picks_the_folder(
    journal_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(ENV_DATA_DIR, str(journal_dir))
    assert cli(["export"]) == 0
    assert len(json.loads(capsys.readouterr().out)["entries"]) == 2


def test_the_option_wins_over_the_environment_variable(
    journal_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "elsewhere"))
    assert cli(["--data-dir", str(journal_dir), "export"]) == 0
    assert len(json.loads(capsys.readouterr().out)["entries"]) == 2
    assert not (tmp_path / "elsewhere").exists()


PLAN_UUID = "bbbbbbbb-0000-4000-8000-000000000001"


def add_a_plan(folder: Path) -> None:
    """A plan with two goals, and a piece of evidence that points to one of them."""
    when = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
    journal = Journal.open(folder)
    try:
        plan = Plan(PLAN_UUID, date(2026, 3, 2), 60, "Dana", (), PlanStatus.ACTIVE, when, when)
        journal.plans.save_plan(plan)
        for position, title in enumerate(("Reports on time", "Code reviews")):
            status = GoalStatus.ON_TRACK
            goal = Goal(f"goal-{position}", PLAN_UUID, title, "", "", (), status, "", position, when, when)
            journal.plans.save_goal(goal)
        journal.plans.save_evidence(Evidence("win", "goal-1", date(2026, 3, 4), "Reviewed fast.", None, when))
    finally:
        journal.close()


def test_import_names_what_it_added_from_the_stage_tools(
    journal_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_a_plan(journal_dir)
    path = tmp_path / "export.json"
    assert cli(["--data-dir", str(journal_dir), "export", "--out", str(path)]) == 0
    target = tmp_path / "target"
    capsys.readouterr()

    assert cli(["--data-dir", str(target), "import", str(path)]) == 0
    assert capsys.readouterr().out == "Imported 2 entries, 1 plan, 2 goals and 1 piece of evidence.\n"
    assert cli(["--data-dir", str(target), "import", str(path)]) == 0
    assert capsys.readouterr().out == "Imported 0 entries (6 already present).\n"

    journal = Journal.open(target)
    try:
        assert [goal.title for goal in journal.plans.goals(PLAN_UUID)] == ["Reports on time", "Code reviews"]
        assert journal.plans.evidence()[0].goal_uuid == "goal-1"
    finally:
        journal.close()


def test_markdown_export_includes_the_plan(
    journal_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_a_plan(journal_dir)
    out = tmp_path / "journal.md"
    assert cli(["--data-dir", str(journal_dir), "export", "--format", "markdown", "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "\n## Plan\n" in text and "**2. Code reviews** · On track" in text
    assert "Exported a readable copy of the journal (2 entries," in capsys.readouterr().err


# -- failures change nothing ---------------------------------------------------------------


def error_line(capsys: pytest.CaptureFixture[str]) -> str:
    output = capsys.readouterr()
    assert output.out == ""
    lines = output.err.splitlines()
    assert len(lines) == 1, output.err
    assert lines[0].startswith("trustbridge: error: ")
    return lines[0]


def test_importing_a_missing_file_fails_before_touching_the_journal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "target"
    assert cli(["--data-dir", str(target), "import", str(tmp_path / "missing.json")]) == 1
    line = error_line(capsys)
    assert "can't read" in line and "missing.json: No such file or directory" in line
    assert not target.exists()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("not json at all", "is not a Trustbridge export: The file is not valid JSON"),
        ('{"format": "dayone", "entries": []}', "is not a Trustbridge export"),
        (
            '{"format": "trustbridge", "version": 1, "entries": [{"uuid": "x"}]}',
            'can\'t import .*: Entry 1 of 1 \\(x\\) is missing "kind". Nothing was imported.',
        ),
    ],
)
def test_importing_an_invalid_file_changes_nothing(
    content: str, expected: str, journal_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = entry_fields(journal_dir)
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")

    assert cli(["--data-dir", str(journal_dir), "import", str(path)]) == 1

    assert re.search(expected, error_line(capsys))
    assert entry_fields(journal_dir) == before


def test_a_file_with_a_broken_reference_changes_nothing(
    journal_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_a_plan(journal_dir)
    path = tmp_path / "export.json"
    assert cli(["--data-dir", str(journal_dir), "export", "--out", str(path)]) == 0
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["evidence"][0]["goal_uuid"] = "goal-gone"
    path.write_text(json.dumps(doc), encoding="utf-8")
    target = tmp_path / "target"
    capsys.readouterr()

    assert cli(["--data-dir", str(target), "import", str(path)]) == 1

    line = error_line(capsys)
    assert 'Evidence 1 of 1 in "evidence" (win) points to a goal that is not in the file' in line
    assert line.endswith("Nothing was imported.")
    assert not target.exists()  # the file is checked before the journal is even opened


def test_a_jrnl_journal_is_recognised_and_imported_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "journal.txt"
    path.write_text("[2026-03-01 09:00] A jrnl entry. With @work in it.\n", encoding="utf-8")
    data = tmp_path / "d"
    assert cli(["--data-dir", str(data), "import", str(path)]) == 0
    assert cli(["--data-dir", str(data), "import", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Imported 1 entry")
    assert "already present" in out[1]


def test_a_file_in_no_known_format_is_named_and_nothing_is_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Just some notes, not a journal.\n", encoding="utf-8")
    assert cli(["--data-dir", str(tmp_path / "d"), "import", str(path)]) == 1
    assert "is not a format Trustbridge can import" in error_line(capsys)
    assert not (tmp_path / "d").exists()


def test_an_unusable_data_dir_is_a_clear_error(
    export_file: Path, unusable_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["--data-dir", str(unusable_dir), "import", str(export_file)]) == 1
    assert f"can't create its folder {unusable_dir}" in error_line(capsys)


def test_a_read_only_data_dir_is_a_clear_error(
    export_file: Path, read_only_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["--data-dir", str(read_only_dir), "import", str(export_file)]) == 1
    assert "can't open the journal" in error_line(capsys)
    assert list(read_only_dir.iterdir()) == []


def test_exporting_without_a_journal_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "never-used"
    assert cli(["--data-dir", str(folder), "export"]) == 1
    assert "there is no journal in" in error_line(capsys)
    assert not folder.exists()


def test_a_failed_export_into_a_missing_folder_leaves_nothing(
    journal_dir: Path, unusable_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = unusable_dir / "export.json"
    assert cli(["--data-dir", str(journal_dir), "export", "--out", str(out)]) == 1
    assert f"can't write {out}" in error_line(capsys)
    assert not unusable_dir.exists()


def test_a_failed_export_at_the_last_step_removes_its_temporary_file(
    journal_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The target is a folder: the whole export is written, then the final rename fails.
    out = tmp_path / "out" / "export.json"
    out.mkdir(parents=True)
    (out / "keep.txt").write_text("mine", encoding="utf-8")

    assert cli(["--data-dir", str(journal_dir), "export", "--out", str(out)]) == 1

    assert f"can't write {out}" in error_line(capsys)
    assert list(out.parent.iterdir()) == [out]
    assert [p.name for p in out.iterdir()] == ["keep.txt"]


def test_a_failed_export_into_a_read_only_folder_leaves_nothing(
    journal_dir: Path, read_only_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = read_only_dir / "export.json"
    assert cli(["--data-dir", str(journal_dir), "export", "--out", str(out)]) == 1
    assert "Permission denied" in error_line(capsys)
    assert list(read_only_dir.iterdir()) == []


# -- end to end, as real processes ---------------------------------------------------------


@pytest.mark.slow
def test_version_process() -> None:
    result = app_process("--version")
    assert (result.returncode, result.stdout, result.stderr) == (0, f"trustbridge {__version__}\n", "")


@pytest.mark.slow
def test_round_trip_process(journal_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "backup.json"
    exported = app_process("--data-dir", str(journal_dir), "export", "--format", "json", "--out", str(path))
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout == ""

    target = tmp_path / "target"
    first = app_process("--data-dir", str(target), "import", str(path))
    second = app_process("--data-dir", str(target), "import", str(path))

    assert (first.returncode, first.stdout) == (0, "Imported 2 entries.\n"), first.stderr
    assert (second.returncode, second.stdout) == (0, "Imported 0 entries (2 already present).\n")
    assert entry_fields(target) == entry_fields(journal_dir)


@pytest.mark.slow
def test_environment_variable_process(journal_dir: Path) -> None:
    result = app_process("export", env={ENV_DATA_DIR: str(journal_dir)})
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["entries"][0]["body"] == DRAFTS[0].body  # NUL, emoji and RTL intact through a pipe


@pytest.mark.slow
def test_errors_process(tmp_path: Path, unusable_dir: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    cases = {
        "missing file": ("--data-dir", str(tmp_path / "d"), "import", str(tmp_path / "missing.json")),
        "invalid JSON": ("--data-dir", str(tmp_path / "d"), "import", str(bad)),
        "unusable data dir": ("--data-dir", str(unusable_dir), "import", str(bad.with_name("x.json"))),
    }
    empty = '{"format": "trustbridge", "version": 1, "entries": []}'
    (tmp_path / "x.json").write_text(empty, encoding="utf-8")
    for name, argv in cases.items():
        result = app_process(*argv)
        assert result.returncode == 1, name
        assert result.stdout == "", name
        assert result.stderr.startswith("trustbridge: error: "), (name, result.stderr)
        assert result.stderr.count("\n") == 1, (name, result.stderr)
    assert not (tmp_path / "d").exists()


@pytest.mark.slow
def test_headless_commands_never_import_qt(journal_dir: Path, tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from app.cli import parse_args, run\n"
        f"status = run(parse_args(['--data-dir', {str(journal_dir)!r}, 'export', '--format', 'markdown',"
        f" '--out', {str(tmp_path / 'j.md')!r}]))\n"
        "assert status == 0, status\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'app.ui')))\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr


def test_a_day_one_export_is_recognised_and_imported_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = Path(__file__).resolve().parents[1] / "io" / "fixtures" / "dayone" / "Journal.json"
    data = tmp_path / "d"
    assert cli(["--data-dir", str(data), "import", str(export)]) == 0
    assert cli(["--data-dir", str(data), "import", str(export), "--format", "dayone"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Imported 2 entries")
    assert out[1] == "Imported 0 entries (2 already present)."


# -- whatever goes wrong, one line at the edge -----------------------------------------------


def _digits_error() -> ValueError:
    try:
        int("9" * 5_000)
    except ValueError as error:
        return error
    raise AssertionError("Python converted a 5,000-digit number")


def _recursion_error() -> RecursionError:
    try:
        json.loads("[" * 100_000 + "]" * 100_000)
    except RecursionError as error:
        return error
    raise AssertionError("json read 100,000 levels of nesting")


@pytest.mark.parametrize(("error", "expected"), [
    (_recursion_error(), "search stopped: something is nested too deeply to read. Nothing was changed"),
    (OverflowError("date value out of range"), "search stopped: a date or a number is beyond what"),
    (_digits_error(), "search stopped: a number has too many digits to read. Nothing was changed"),
    (UnicodeEncodeError("ascii", "é", 0, 1, "ordinal not in range(128)"), "character encoding"),
    (UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), "some text is not readable"),
    (ValueError("private words from an entry"), "a value is not one Trustbridge can use"),
    (KeyError("private words from an entry"), "something unexpected went wrong (KeyError)"),
    (MemoryError(), "there is not enough memory free"),
], ids=lambda value: type(value).__name__ if isinstance(value, BaseException) else "")
def test_any_python_error_is_one_line_and_the_traceback_goes_to_the_log(
    journal_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    error: Exception, expected: str, _root_logging: None,
) -> None:
    """The command's own work raises something no handler foresaw: one line names the kind of
    trouble (never the error's text, which may quote the journal), exit status 1, and the log
    file in the data folder holds the traceback."""
    import app.cli.lookup
    import app.cli.transfer
    import app.cli.upkeep

    def fails(_args: object) -> int:
        raise error

    monkeypatch.setattr(app.cli.lookup, "_search", fails)
    assert cli(["--data-dir", str(journal_dir), "search", "review"]) == 1
    line = error_line(capsys)
    assert expected in line and "private words" not in line and "Traceback" not in line
    log = journal_dir / "logs" / "trustbridge.log"
    assert f"the details are in {log}" in line
    logged = log.read_text(encoding="utf-8")
    assert f"search stopped with {type(error).__name__}" in logged and "in fails" in logged
    assert "private words" not in logged


def test_a_command_that_changes_the_journal_points_to_check_when_it_stops(
    journal_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    _root_logging: None,
) -> None:
    import app.cli.lookup
    import app.cli.transfer
    import app.cli.upkeep

    def fails(_args: object) -> int:
        raise OverflowError("Python int too large to convert to SQLite INTEGER")

    monkeypatch.setattr(app.cli.upkeep, "_restore", fails)
    assert cli(["--data-dir", str(journal_dir), "restore", "nowhere.sqlite3"]) == 1
    line = error_line(capsys)
    assert "restore stopped:" in line and "`trustbridge check` tells whether the journal is sound" in line


def test_an_error_before_any_journal_folder_exists_creates_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.cli.lookup
    import app.cli.transfer
    import app.cli.upkeep

    def fails(_args: object) -> int:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(app.cli.transfer, "_export", fails)
    missing = tmp_path / "nowhere"
    assert cli(["--data-dir", str(missing), "export"]) == 1
    line = error_line(capsys)
    assert "export stopped: something is nested too deeply to read. Nothing was changed." in line
    assert not missing.exists()


def test_a_limit_beyond_sqlites_integers_still_searches(
    journal_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["--data-dir", str(journal_dir), "search", "review", "--limit", "9" * 30]) == 0
    assert "Owning it" in capsys.readouterr().out
