"""`trustbridge import` against hostile input: one calm error line, a non-zero exit, the journal unchanged.

Every input of tests/reliability/hostile_inputs.py runs in-process (fast); the endless ones and the
zip bomb also run as a real `python -m app` process, where a hang or a traceback would show.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.cli import parse_args, run
from tests.reliability.hostile_inputs import (
    HOSTILE_INPUTS,
    HostileInput,
    journal_contents,
    seed_journal,
    try_import,
)

BY_NAME = {hostile.name: hostile for hostile in HOSTILE_INPUTS}
END_TO_END = ("Day One zip bomb", "FIFO (auto)", "FIFO read as jrnl", "/dev/zero read as jrnl")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One seeded journal, copied for each test: seeding is the slow part."""
    folder = tmp_path_factory.mktemp("template") / "journal"
    seed_journal(folder)
    return folder


def fresh_journal(template: Path, tmp_path: Path) -> Path:
    data_dir = tmp_path / "journal"
    shutil.copytree(template, data_dir)
    return data_dir


@pytest.mark.parametrize("name", sorted(BY_NAME))
def test_each_hostile_import_is_refused_in_one_line(
    name: str, template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = BY_NAME[name]
    data_dir = fresh_journal(template, tmp_path)
    before = journal_contents(data_dir)
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    path = hostile.build(inputs)

    argv = ["--data-dir", str(data_dir), "import", str(path), "--format", hostile.format]
    assert run(parse_args(argv)) != 0

    output = capsys.readouterr()
    lines = output.err.splitlines()
    assert output.out == "" and len(lines) == 1, output.err
    assert lines[0].startswith("trustbridge: error: can't import ")
    assert lines[0].endswith("Nothing was imported.")
    assert journal_contents(data_dir) == before


@pytest.mark.slow
@pytest.mark.parametrize("name", END_TO_END)
def test_endless_and_exploding_inputs_are_refused_by_the_real_process(
    name: str, template: Path, tmp_path: Path
) -> None:
    hostile: HostileInput = BY_NAME[name]
    data_dir = fresh_journal(template, tmp_path)
    before = journal_contents(data_dir)
    inputs = tmp_path / "inputs"
    inputs.mkdir()

    assert try_import(hostile, hostile.build(inputs), data_dir) is None
    assert journal_contents(data_dir) == before
