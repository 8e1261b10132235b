"""`trustbridge search`: text and JSON results, order, filters, and failures that create nothing."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.cli import parse_args, run
from app.domain.records import EntryDraft, EntryKind
from app.domain.stages import Stage
from app.paths import database_path
from app.store.journal import Journal
from tests.extreme_journal import build_extreme_journal, local_zone


def cli(argv: list[str]) -> int:
    return run(parse_args(argv))


@pytest.fixture
def journal_dir(tmp_path: Path) -> Path:
    """A journal with a reflection about a review, and an evening entry that mentions one."""
    folder = tmp_path / "journal"
    journal = Journal.open(folder)
    try:
        journal.save_entry(
            EntryDraft(uuid="aaaaaaaa-0000-4000-8000-000000000001", kind=EntryKind.REFLECTION,
                       body="The review went badly.\nI own the review and what led to it.",
                       stage=Stage.OWNERSHIP, prompt_key="ownership.what_happened", title="Owning the review",
                       tags=("work",)),
            when=datetime(2026, 3, 1, 12, 0, tzinfo=UTC),
        )
        journal.save_entry(
            EntryDraft(uuid="aaaaaaaa-0000-4000-8000-000000000002", kind=EntryKind.EVENING,
                       body="A calmer day after the review."),
            when=datetime(2026, 3, 5, 12, 0, tzinfo=UTC),
        )
    finally:
        journal.close()
    return folder


def test_search_parses_its_options() -> None:
    args = parse_args(["search", "review", "--limit", "5", "--json", "--newest", "--stage", "feelings",
                       "--kind", "free", "--kind", "evening", "--tag", "work", "--since", "2026-03-01"])
    assert (args.command, args.query, args.limit) == ("search", "review", 5)
    assert (args.json, args.newest) == (True, True)
    assert (args.stage, args.kind, args.tag, str(args.since), args.until) == (
        ["feelings"], ["free", "evening"], "work", "2026-03-01", None
    )


@pytest.mark.parametrize(
    "argv",
    [["search"], ["search", "x", "--limit", "0"], ["search", "x", "--limit", "many"],
     ["search", "x", "--since", "March"], ["search", "x", "--stage", "lost"]],
)
def test_bad_options_are_usage_errors(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        parse_args(argv)
    assert exit_info.value.code == 2
    assert "usage: trustbridge" in capsys.readouterr().err


def test_text_results_best_first_with_bracketed_hits(
    journal_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["--data-dir", str(journal_dir), "search", "review"]) == 0
    output = capsys.readouterr()
    assert output.err == ""
    lines = output.out.splitlines()
    def day(month_day: int) -> str:  # results show the local day the entry was written
        return f"{datetime(2026, 3, month_day, 12, 0, tzinfo=UTC).astimezone():%Y-%m-%d}"

    assert lines[0] == f"{day(1)}  Ownership  Owning the review"
    assert lines[1].startswith("    ") and "[review]" in lines[1]
    assert "\x02" not in output.out and "\x03" not in output.out
    assert lines[3].startswith(f"{day(5)}  Evening  ")  # untitled: the snippet stands in
    assert "[review]" in lines[4]


def test_newest_first(journal_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["--data-dir", str(journal_dir), "search", "review", "--newest", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert [hit["uuid"][-1] for hit in hits] == ["2", "1"]


def test_json_results(journal_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["--data-dir", str(journal_dir), "search", "led", "--json"]) == 0
    [hit] = json.loads(capsys.readouterr().out)
    assert hit["uuid"] == "aaaaaaaa-0000-4000-8000-000000000001"
    assert hit["created_at"] == "2026-03-01T12:00:00+00:00"
    assert (hit["kind"], hit["stage"], hit["title"]) == ("reflection", "ownership", "Owning the review")
    assert "what **led** to it" in hit["snippet"]


def test_limit_and_filters(journal_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--data-dir", str(journal_dir), "search", "review", "--json"]
    assert cli([*base, "--limit", "1"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1
    for extra, expected in (
        (["--kind", "evening"], ["2"]),
        (["--stage", "ownership"], ["1"]),
        (["--tag", "work"], ["1"]),
        (["--since", "2026-03-03"], ["2"]),
        (["--until", "2026-03-03"], ["1"]),
    ):
        assert cli([*base, *extra]) == 0
        assert [hit["uuid"][-1] for hit in json.loads(capsys.readouterr().out)] == expected, extra


@pytest.mark.parametrize("query", ["nothing-like-this", '"', "(", "zebra OR"])
def test_no_results_is_not_an_error(
    journal_dir: Path, capsys: pytest.CaptureFixture[str], query: str
) -> None:
    assert cli(["--data-dir", str(journal_dir), "search", query]) == 0
    assert capsys.readouterr().out == "Nothing matches.\n"
    assert cli(["--data-dir", str(journal_dir), "search", query, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_a_missing_journal_is_an_error_and_nothing_is_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere"
    assert cli(["--data-dir", str(missing), "search", "review"]) == 1
    output = capsys.readouterr()
    assert output.out == ""
    assert output.err.startswith("trustbridge: error: there is no journal in")
    assert not missing.exists()
    assert not database_path(missing).exists()


def test_an_empty_day_range_is_an_error(journal_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--data-dir", str(journal_dir), "search", "review",
            "--since", "2026-03-05", "--until", "2026-03-01"]
    assert cli(argv) == 1
    assert "--since is after --until" in capsys.readouterr().err


def test_mood_filter_keeps_the_days_whose_last_check_in_matches(
    journal_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Entry 1 was written on a low day (its later check-in says 2), entry 2 on a good one."""
    from app.domain.workbench import MoodCheck

    journal = Journal.open(journal_dir)
    try:
        for uuid, at, mood in (
            ("m1", datetime(2026, 3, 1, 9, 0, tzinfo=UTC), 4),
            ("m2", datetime(2026, 3, 1, 15, 0, tzinfo=UTC), 2),  # the day's last: a low day
            ("m3", datetime(2026, 3, 5, 13, 0, tzinfo=UTC), 5),
        ):
            journal.feelings.save_mood_check(MoodCheck(uuid=f"bbbbbbbb-0000-4000-8000-00000000000{uuid[-1]}",
                                                       at=at, mood=mood))
    finally:
        journal.close()
    base = ["--data-dir", str(journal_dir), "search", "review", "--json"]
    for extra, expected in (
        (["--mood", "low"], ["1"]),
        (["--mood", "good"], ["2"]),
        (["--mood", "2"], ["1"]),
        (["--mood", "4"], []),  # the morning's 4 was not the day's last word
        (["--mood", "middling"], []),
        (["--mood", "low", "--mood", "good"], ["1", "2"]),
    ):
        assert cli([*base, *extra]) == 0
        assert sorted(hit["uuid"][-1] for hit in json.loads(capsys.readouterr().out)) == expected, extra


def test_an_unknown_mood_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        parse_args(["search", "x", "--mood", "sad"])
    assert exit_info.value.code == 2


@pytest.mark.parametrize("zone", ["Asia/Tokyo", "America/New_York"])
def test_search_shows_entries_at_the_ends_of_the_calendar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], zone: str
) -> None:
    """Year-1 and year-9999 entries used to crash the text output east and west of Greenwich."""
    folder = tmp_path / "extreme"
    build_extreme_journal(folder)
    with local_zone(zone):
        assert cli(["--data-dir", str(folder), "search", "written", "--since", "0001-01-01",
                    "--until", "9999-12-31"]) == 0
        out = capsys.readouterr().out
        assert cli(["--data-dir", str(folder), "search", "written", "--json", "--newest"]) == 0
        records = json.loads(capsys.readouterr().out)
    assert "0001-01-01" in out and "9999-12-31" in out and "2026-03-02" in out
    assert [record["created_at"][:4] for record in records] == ["9999", "2026", "0001"]


@pytest.mark.parametrize("argv", [["search", "x", "--tag", "\udcff"], ["search", "caf\udce9"]])
def test_an_argument_that_is_not_utf8_is_named_in_one_line(
    journal_dir: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    """A terminal in another encoding passes bytes Python keeps as lone surrogates (here 0xFF, 0xE9)."""
    assert cli(["--data-dir", str(journal_dir), *argv]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not UTF-8 text" in err, err
