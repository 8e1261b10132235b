"""The reliability report: every figure measured now, by running the real thing, printed as one table.

Run as `python -m tests.reliability.report [--kills N] [--import-kills M] [--seed S]`
(`make reliability` runs 200 and 40). It measures, in throwaway folders:

- kills survived: the kill harness of test_kill_harness.py, typing and import, with its own judges;
- max text lost: the most typing (in seconds) any typing kill cost;
- wrong-passphrase file changes: an encrypted journal with entries and backups, then every wrong way
  in (the store's unlocks, Journal.open without or with a wrong key, every command of the command
  line with a wrong and with a missing passphrase); files changed, appeared or gone are counted;
- canary hits: a writer process types a canary phrase through the real editor into an encrypted
  journal; every file it could have touched (the data folder, and the private temporary, cache,
  config, data and runtime folders it was given) is searched for the phrase in UTF-8 and UTF-16-LE
  once while the journal is open (its -wal and -shm in use) and again after it closed normally and
  a keyed backup was made; a plain journal written the same way proves the search finds it;
- backups verified: more automatic backups than are kept, plain and encrypted, each checked as it
  is made, the rotation counted, and a restore that must give back exactly the backed-up entries;
- payloads neutralised: the injection corpus (tests/io/fixtures/injection_payloads.py) rendered with
  the app's renderer, each output searched for anything that could run or load;
- hostile inputs refused cleanly: every attack of tests/reliability/hostile_inputs.py (zip bombs,
  endless inputs, absurd numbers and dates, bad uuids, links out of a folder…) imported by the real
  command line into a copy of a journal: each must end in one line, a non-zero exit and no change.

The exit status is 1 when any figure misses its bar, so a script (or `make`) can rely on it.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import secrets
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from html.parser import HTMLParser
from pathlib import Path

from app.cli import ENV_NEW_PASSPHRASE, ENV_PASSPHRASE, ENV_RECOVERY_CODE, build_parser
from app.domain.records import EntryDraft, EntryKind
from app.paths import ENV_DATA_DIR, database_path
from app.store import encryption, keys
from app.store.backups import (
    AUTOMATIC,
    Connect,
    backups_dir,
    check,
    list_backups,
    make_backup,
    plain_connect,
    restore,
)
from app.store.errors import JournalLocked, StoreError, WrongPassphrase, WrongRecoveryCode
from app.store.journal import Journal
from app.store.preferences import load_preferences, save_preferences
from tests.io.fixtures.injection_payloads import ALL as ALL_PAYLOADS
from tests.reliability.test_kill_harness import (
    MAX_LOSS_S,
    SEED,
    ImportOutcome,
    TypingOutcome,
    build_import_setup,
    build_template,
    jrnl_text,
    most_lost_by_tool,
    run_import_kills,
    run_typing_kills,
    typing_survived,
)
from tests.reliability.tool_targets import TARGETS

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "the long way round the park"
WRONG_PASSPHRASES = ("", "not it", PASSPHRASE.upper(), PASSPHRASE + " ", PASSPHRASE[:-1])
NEW_PASSPHRASE = "a fresh one for the new month"
# What the brief for the report names; commands the parser does not have are reported, not tried.
WANTED_COMMANDS = (
    "list", "search", "export", "import", "backup", "backups", "restore", "check", "decrypt", "passwd",
)  # fmt: skip
BACKUPS_KEPT = 4
BACKUPS_MADE = 7
CANARY_ENCODINGS = ("utf-8", "utf-16-le")
WRITER_TIMEOUT_S = 120
# Elements that fetch, run or submit something; the renderer must never build one.
ACTIVE_TAGS = frozenset({
    "script", "iframe", "frame", "frameset", "object", "embed", "applet", "img", "image", "picture",
    "video", "audio", "source", "track", "link", "meta", "base", "style", "svg", "math", "form", "input",
    "button", "textarea", "select", "portal",
})  # fmt: skip
URL_ATTRIBUTES = frozenset({
    "href", "src", "action", "formaction", "data", "poster", "background", "xlink:href", "srcset", "cite",
    "longdesc", "lowsrc", "dynsrc", "ping",
})  # fmt: skip
LOADING_ATTRIBUTES = frozenset({"src", "srcset", "data", "poster", "background", "lowsrc", "dynsrc"})
BAD_SCHEMES = frozenset({"javascript", "data", "file", "vbscript"})
ROW_ORDER = (
    "kills survived (typing)", "kills survived (import)", "max text lost",
    *(f"  max lost: {target.what}" for target in TARGETS.values()), "wrong-passphrase file changes",
    "canary hits (encrypted)", "canary hits (plain control)", "backups verified (plain)",
    "backups verified (encrypted)", "payloads neutralised", "hostile inputs refused cleanly",
)  # fmt: skip
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
_URL_NOISE = re.compile("[\x00-\x20]")


@dataclass(frozen=True)
class Figure:
    """One row of the table: what was measured, the bar it must meet, and whether it did."""

    name: str
    value: str
    bar: str
    ok: bool
    problems: tuple[str, ...] = ()


def _env(**changes: str | None) -> dict[str, str]:
    """The environment for a child: offscreen, never the person's own data folder."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop(ENV_DATA_DIR, None)
    for name, value in changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def _files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def snapshot(*folders: Path) -> dict[str, str]:
    """Every file under the folders, by path, with a digest of its bytes."""
    return {
        str(path): hashlib.sha256(path.read_bytes()).hexdigest()
        for folder in folders for path in _files(folder)
    }


def changed_files(before: dict[str, str], after: dict[str, str]) -> list[str]:
    """Files whose bytes changed, and files that appeared or went."""
    return sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))


def _add_entries(journal: Journal, texts: Iterable[str], start: datetime) -> None:
    for n, text in enumerate(texts):
        draft = EntryDraft(str(uuid.uuid4()), EntryKind.FREE, text)
        journal.save_entry(draft, when=start + timedelta(days=n))


def _entries(journal: Journal) -> list[tuple[str, str]]:
    """Every live entry as (uuid, body), in a stable order."""
    return sorted((summary.uuid, journal.get_entry(summary.uuid).body)
                  for summary in journal.list_entries(limit=100_000))


# -- kills ----------------------------------------------------------------------------------


@dataclass
class KillRun:
    typing: list[TypingOutcome]
    imports: list[ImportOutcome]
    import_entries: tuple[int, int] = (0, 0)  # the journal's entries before and after a whole import

    def figures(self) -> list[Figure]:
        survived = [o for o in self.typing if typing_survived(o)]
        typing_problems = tuple(
            f"typing kill {o.index} at {o.delay:.2f} s: {'; '.join(o.problems) or f'{o.lost_s:.2f} s lost'}"
            for o in self.typing if not typing_survived(o)
        )
        import_problems = tuple(
            f"import kill {o.index} at {o.delay:.2f} s: {'; '.join(o.problems)}"
            for o in self.imports if o.problems
        )
        before, after = self.import_entries
        whole = sum(o.count == after for o in self.imports)
        none = sum(o.count == before for o in self.imports)
        finished = sum(o.finished for o in self.imports)
        lost = max((o.lost_s for o in self.typing), default=0.0)
        return [
            Figure(
                "kills survived (typing)",
                f"{len(survived)} of {len(self.typing)}" if self.typing else "not run",
                "all", len(survived) == len(self.typing), typing_problems,
            ),
            Figure(
                "kills survived (import)",
                (f"{len(self.imports) - len(import_problems)} of {len(self.imports)} "
                 f"({whole} whole, {none} none; {finished} finished first)") if self.imports else "not run",
                "all", not import_problems, import_problems,
            ),
            Figure(
                "max text lost",
                f"{lost:.2f} s over {len(self.typing)} kills" if self.typing else "not run",
                f"<= {MAX_LOSS_S:g} s", lost <= MAX_LOSS_S,
            ),
            *self._lost_by_tool(),
        ]

    def _lost_by_tool(self) -> list[Figure]:
        most = most_lost_by_tool(self.typing)
        rows: list[Figure] = []
        for name, target in TARGETS.items():
            kills = sum(o.tool == name for o in self.typing)
            rows.append(Figure(
                f"  max lost: {target.what}",
                f"{most[name]:.2f} s over {kills} kills" if name in most else "not run",
                f"<= {MAX_LOSS_S:g} s", most.get(name, 0.0) <= MAX_LOSS_S,
            ))
        return rows


def measure_kills(typing_kills: int, import_kills: int, work: Path, *, seed: int = SEED) -> KillRun:
    """The kill harness at the given strength, on a fresh template journal under `work`."""
    template = build_template(work / "template" / "journal")
    typing: list[TypingOutcome] = []
    if typing_kills:
        (work / "typing").mkdir()
        typing = run_typing_kills(typing_kills, template, work / "typing", seed=seed)
    imports: list[ImportOutcome] = []
    counts = (0, 0)
    if import_kills:
        (work / "import").mkdir()
        (work / "import-kills").mkdir()
        setup = build_import_setup(work / "import", template)
        imports = run_import_kills(import_kills, setup, work / "import-kills", seed=seed)
        counts = (setup.before, setup.after)
    return KillRun(typing, imports, counts)


# -- wrong passphrases ----------------------------------------------------------------------


@dataclass(frozen=True)
class Attempt:
    """One wrong way in: whether it was refused, what it said, and what it changed on disk."""

    name: str
    refused: bool
    said: str
    changed: tuple[str, ...]


@dataclass
class WrongPassphraseRun:
    attempts: list[Attempt] = field(default_factory=list)
    commands_tried: set[str] = field(default_factory=set)
    commands_missing: tuple[str, ...] = ()
    whole_run_changes: tuple[str, ...] = ()  # the folder before the first attempt against after the last

    @property
    def changes(self) -> int:
        return sum(len(attempt.changed) for attempt in self.attempts) + len(self.whole_run_changes)

    def figures(self) -> list[Figure]:
        not_refused = [a for a in self.attempts if not a.refused]
        problems = [f"{a.name}: changed {', '.join(a.changed)}" for a in self.attempts if a.changed]
        problems += [f"{a.name}: was not refused ({a.said})" for a in not_refused]
        if self.whole_run_changes:
            problems.append(f"over the whole run: {', '.join(self.whole_run_changes)}")
        missing = "".join(f"; `{name}` is not a command" for name in self.commands_missing)
        value = (f"{self.changes} files ({len(self.attempts)} attempts, "
                 f"{len(self.attempts) - len(not_refused)} refused{missing})")
        return [Figure("wrong-passphrase file changes", value, "0, all refused",
                       self.changes == 0 and not not_refused, tuple(problems))]


def _cli_cases(outside: Path, backup: Path) -> dict[str, list[str]]:
    """Arguments for every command of the command line, each doing real work if it were let in."""
    return {
        "list": ["list"],
        "search": ["search", "walk"],
        "export": ["export", "--out", str(outside / "export.json")],
        "import": ["import", str(outside / "to-import.txt")],
        "backup": ["backup"],
        "backups": ["backups"],
        "restore": ["restore", str(backup)],
        "check": ["check"],
        "decrypt": ["decrypt", "--yes"],
        "passwd": ["passwd"],
        "encrypt": ["encrypt"],
        "settings": ["settings"],
    }


def cli_commands() -> set[str]:
    """The subcommands the command line has today."""
    for action in build_parser()._actions:
        choices = getattr(action, "choices", None)
        if isinstance(choices, dict):
            return set(choices)
    return set()


def _encrypted_journal(data_dir: Path) -> str:
    """An encrypted journal with entries, settings, an old (converted) and a new backup; the recovery code."""
    journal = Journal.open(data_dir)
    try:
        _add_entries(journal, (f"Day {n}: a long walk and a calmer talk." for n in range(6)),
                     datetime(2026, 3, 1, 9, tzinfo=UTC))
    finally:
        journal.close()
    save_preferences(data_dir, load_preferences(data_dir))
    make_backup(database_path(data_dir), backups_dir(data_dir))
    code = encryption.encrypt_journal(data_dir, PASSPHRASE)
    key = encryption.unlock(data_dir, PASSPHRASE)
    make_backup(database_path(data_dir), backups_dir(data_dir), connect=encryption.keyed_connect(key))
    return code


def measure_wrong_passphrases(work: Path) -> WrongPassphraseRun:
    """Every wrong way into an encrypted journal; counts files changed by any of them."""
    data_dir = work / "journal"
    outside = work / "outside"
    outside.mkdir(parents=True)
    code = _encrypted_journal(data_dir)
    (outside / "to-import.txt").write_text(jrnl_text(3), encoding="utf-8")
    backup = sorted(backups_dir(data_dir).glob("journal-*.sqlite3"))[-1]
    run = WrongPassphraseRun()
    first = snapshot(data_dir, outside)

    def attempt(name: str, action: Callable[[], object], expected: tuple[type[Exception], ...]) -> None:
        before = snapshot(data_dir, outside)
        try:
            action()
        except expected as error:
            refused, said = True, str(error)
        except Exception as error:  # refused, but not in the way it should be: still counts as let in
            refused, said = False, f"{type(error).__name__}: {error}"
        else:
            refused, said = False, "it opened"
        changed = tuple(changed_files(before, snapshot(data_dir, outside)))
        run.attempts.append(Attempt(name, refused, said, changed))

    def open_and_close(key: bytes | None) -> None:
        Journal.open(data_dir, key).close()

    for wrong in WRONG_PASSPHRASES:
        attempt(f"encryption.unlock({wrong!r})", partial(encryption.unlock, data_dir, wrong),
                (WrongPassphrase,))
    for label, wrong_code in (("a well-formed wrong code", keys.generate_recovery_code()),
                              ("a malformed code", "1234-5678"), ("the passphrase", PASSPHRASE)):
        attempt(f"unlock_with_recovery({label})",
                partial(encryption.unlock_with_recovery, data_dir, wrong_code), (WrongRecoveryCode,))
    attempt("Journal.open without a key", lambda: open_and_close(None), (JournalLocked,))
    attempt("Journal.open with a wrong key", lambda: open_and_close(keys.new_data_key()), (StoreError,))

    have = cli_commands()
    cases = _cli_cases(outside, backup)
    run.commands_missing = tuple(name for name in WANTED_COMMANDS if name not in have)
    for how, passphrase in (("wrong", "not the passphrase"), ("missing", None)):
        for name in sorted(have):
            argv = cases.get(name, [name])
            env = _env(**{ENV_PASSPHRASE: passphrase, ENV_NEW_PASSPHRASE: NEW_PASSPHRASE,
                          ENV_RECOVERY_CODE: keys.generate_recovery_code()})
            if name == "passwd" and how == "missing":  # a forgotten passphrase: the wrong code instead
                argv = ["passwd", "--recovery-code"]
            run.commands_tried.add(name)
            # `settings` only shows the settings: it never needs the passphrase, so it is let through.
            expected_refusal = name != "settings"
            before = snapshot(data_dir, outside)
            result = subprocess.run(
                [sys.executable, "-m", "app", "--data-dir", str(data_dir), *argv],
                capture_output=True, text=True, cwd=ROOT, env=env, stdin=subprocess.DEVNULL, timeout=120,
                check=False,
            )
            said = (result.stderr.strip() or result.stdout.strip()).splitlines()
            refused = result.returncode != 0 if expected_refusal else result.returncode == 0
            run.attempts.append(Attempt(
                f"trustbridge {' '.join(argv)} ({how} passphrase)", refused,
                said[-1] if said else f"exit status {result.returncode}",
                tuple(changed_files(before, snapshot(data_dir, outside))),
            ))
    run.whole_run_changes = tuple(changed_files(first, snapshot(data_dir, outside)))
    # Sanity: the right passphrase and the code still open it, so "refused" meant the secret was wrong.
    key = encryption.unlock(data_dir, PASSPHRASE)
    if encryption.unlock_with_recovery(data_dir, code) != key:
        raise RuntimeError("the recovery code no longer opens the journal")
    return run


# -- canary ---------------------------------------------------------------------------------


@dataclass
class CanaryRun:
    encrypted_hits: list[str]
    encrypted_scanned: int  # files read, counted once per search (open, then closed)
    control_hits: list[str]
    control_scanned: int
    open_files: list[str] = field(default_factory=list)  # the encrypted journal's folder while open
    problems: list[str] = field(default_factory=list)  # the writing itself went wrong somewhere

    def figures(self) -> list[Figure]:
        return [
            Figure(
                "canary hits (encrypted)",
                f"{len(self.encrypted_hits)} ({self.encrypted_scanned} file reads, open and closed; "
                "UTF-8, UTF-16-LE)",
                "0", not self.encrypted_hits and not self.problems,
                tuple(self.encrypted_hits) + tuple(self.problems),
            ),
            Figure(
                "canary hits (plain control)",
                f"{len(self.control_hits)} ({self.control_scanned} file reads)",
                "> 0 (the scan works)", bool(self.control_hits),
            ),
        ]


def scan(folders: Sequence[Path], phrase: str) -> tuple[list[str], int]:
    """Where the phrase's bytes occur (file and encoding), and how many files were read."""
    needles = [(name, phrase.encode(name)) for name in CANARY_ENCODINGS]
    hits: list[str] = []
    count = 0
    for folder in folders:
        for path in _files(folder):
            count += 1
            data = path.read_bytes()
            hits.extend(f"{path} ({name})" for name, needle in needles if needle in data)
    return hits, count


@dataclass
class _Written:
    hits: list[str]
    scanned: int
    open_files: list[str]
    problems: list[str]


def _write_canary(root: Path, phrase: str, needle: str, passphrase: str | None) -> _Written:
    """Type the phrase into a journal under `root` (encrypted when `passphrase` is given) through a
    writer process; search every file it could have written while it is open, then after it closed
    and a backup was made."""
    data_dir = root / "data"
    private = root / "private"
    folders = {name: private / name for name in ("tmp", "cache", "config", "share", "runtime", "home")}
    for folder in folders.values():
        folder.mkdir(parents=True, mode=0o700)
    Journal.open(data_dir).close()
    key: bytes | None = None
    connect: Connect = plain_connect
    if passphrase is not None:
        encryption.encrypt_journal(data_dir, passphrase)
        key = encryption.unlock(data_dir, passphrase)
        connect = encryption.keyed_connect(key)
    argv = [sys.executable, "-m", "tests.reliability.typing_writer", str(data_dir), "0", "--text", phrase,
            "--interval-ms", "5", "--close-when-done", "--hold", "--log"]
    env = _env(TMPDIR=str(folders["tmp"]), XDG_CACHE_HOME=str(folders["cache"]),
               XDG_CONFIG_HOME=str(folders["config"]), XDG_DATA_HOME=str(folders["share"]),
               XDG_RUNTIME_DIR=str(folders["runtime"]), HOME=str(folders["home"]))
    if passphrase is not None:
        argv += ["--passphrase-env", "TRUSTBRIDGE_REPORT_PASSPHRASE"]
        env["TRUSTBRIDGE_REPORT_PASSPHRASE"] = passphrase
    written = _Written([], 0, [], [])
    errors = root / "writer.stderr"  # outside the folders searched: Qt may echo its arguments there
    with errors.open("w") as stderr:
        writer = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr,
                                  text=True, cwd=ROOT, env=env)
    assert writer.stdin is not None and writer.stdout is not None
    lines: list[str] = []
    watchdog = threading.Timer(WRITER_TIMEOUT_S, writer.kill)  # a writer that hangs must not hang the report
    watchdog.start()
    try:
        for line in writer.stdout:  # the writer prints a line per key, then "saved", then holds
            lines.append(line)
            if line.startswith("saved "):
                break
        if lines and lines[-1].startswith("saved "):
            written.open_files = [str(p.relative_to(data_dir)) for p in _files(data_dir)]
            hits, count = scan([data_dir, private], needle)
            written.hits += [f"while open: {hit}" for hit in hits]
            written.scanned += count
        else:
            written.problems.append("the writer never saved what it typed")
        with suppress(BrokenPipeError):  # a writer that already died has nothing to be told
            writer.stdin.write("close\n")
            writer.stdin.close()
        lines += writer.stdout.readlines()
        status = writer.wait(timeout=WRITER_TIMEOUT_S)
    finally:
        watchdog.cancel()
        if writer.poll() is None:
            writer.kill()
            writer.wait()
        writer.stdout.close()
        with suppress(BrokenPipeError):
            writer.stdin.close()
    if status != 0:
        written.problems.append(f"the writer exited {status}: {errors.read_text()[-300:]!r}")
    ready = [line.split() for line in lines if line.startswith("ready ")]
    make_backup(database_path(data_dir), backups_dir(data_dir), connect=connect)
    if ready:
        journal = Journal.open(data_dir, key)
        try:
            body = journal.get_entry(ready[0][1]).body
        except StoreError:
            body = ""
        finally:
            journal.close()
        if body != phrase:
            written.problems.append(f"the journal holds {body!r}, not the typed phrase")
    else:
        written.problems.append("the writer never got ready")
    hits, count = scan([data_dir, private], needle)
    written.hits += [f"after closing: {hit}" for hit in hits]
    written.scanned += count
    return written


def measure_canary(work: Path) -> CanaryRun:
    """The canary typed into an encrypted journal (must not be found) and a plain one (must be)."""
    needle = f"marigold-{secrets.token_hex(6)}-canary"  # new each run: no file can hold it by chance
    phrase = f"Note to self: {needle}"
    encrypted = _write_canary(work / "encrypted", phrase, needle, PASSPHRASE)
    control = _write_canary(work / "plain", phrase, needle, None)
    problems = encrypted.problems + [f"plain control: {p}" for p in control.problems]
    return CanaryRun(encrypted.hits, encrypted.scanned, control.hits, control.scanned, encrypted.open_files,
                     problems)


# -- backups --------------------------------------------------------------------------------


@dataclass
class BackupRun:
    mode: str
    made: int = 0
    verified: int = 0
    rotated: int = 0
    kept: int = 0
    restored: bool = False
    problems: list[str] = field(default_factory=list)

    def figures(self) -> list[Figure]:
        expected_rotated = self.made - BACKUPS_KEPT
        ok = (self.verified == self.made == BACKUPS_MADE and self.rotated == expected_rotated
              and self.kept == BACKUPS_KEPT and self.restored and not self.problems)
        value = (f"{self.verified} of {self.made} made, {self.rotated} rotated, {self.kept} kept; "
                 f"restore {'round trip equal' if self.restored else 'FAILED'}")
        return [Figure(f"backups verified ({self.mode})", value,
                       f"all, {expected_rotated} rotated, restore equal", ok, tuple(self.problems))]


def measure_backups(work: Path, *, encrypted: bool) -> BackupRun:
    """More automatic backups than are kept, each checked as it is made; then a restore round trip."""
    run = BackupRun("encrypted" if encrypted else "plain")
    data_dir = work / run.mode
    journal_path = database_path(data_dir)
    folder = backups_dir(data_dir)
    journal = Journal.open(data_dir)
    try:
        _add_entries(journal, (f"Before backups, note {n}." for n in range(3)),
                     datetime(2026, 2, 1, tzinfo=UTC))
    finally:
        journal.close()
    key: bytes | None = None
    connect: Connect = plain_connect
    if encrypted:
        encryption.encrypt_journal(data_dir, PASSPHRASE)
        key = encryption.unlock(data_dir, PASSPHRASE)
        connect = encryption.keyed_connect(key)
    start = datetime(2026, 3, 1, 20, tzinfo=UTC)
    newest: tuple[Path, list[tuple[str, str]]] | None = None
    for n in range(BACKUPS_MADE):
        journal = Journal.open(data_dir, key)
        try:
            _add_entries(journal, [f"Evening {n}: what went well."], start + timedelta(days=n))
            expected = _entries(journal)
        finally:
            journal.close()
        info = make_backup(journal_path, folder, keep=BACKUPS_KEPT, now=start + timedelta(days=n),
                           connect=connect)
        run.made += 1
        report = check(info.path, connect)
        plain_file = info.path.read_bytes()[:16] == b"SQLite format 3\x00"
        if not report.ok:
            run.problems.append(f"backup {n} did not check out: {'; '.join(report.problems)}")
        elif report.entries != len(expected) or info.entries != len(expected):
            run.problems.append(f"backup {n} holds {report.entries} entries, not {len(expected)}")
        elif encrypted and plain_file:
            run.problems.append(f"backup {n} of an encrypted journal is a plain file")
        else:
            run.verified += 1
        newest = (info.path, expected)
    automatic = [info for info in list_backups(folder, connect) if info.reason == AUTOMATIC]
    run.kept = len(automatic)
    run.rotated = run.made - run.kept
    if newest is None:
        return run
    newest_path, expected = newest
    if not automatic or automatic[0].path != newest_path:
        run.problems.append("the newest backup is not among those kept")
    journal = Journal.open(data_dir, key)
    try:  # change the journal after the backup, so the restore has something to undo
        journal.delete_entry(expected[0][0])
        _add_entries(journal, ["Written after the last backup."], start + timedelta(days=30))
    finally:
        journal.close()
    outcome = restore(newest_path, journal_path, backups_dir=folder, connect=connect)
    journal = Journal.open(data_dir, key)
    try:
        after = _entries(journal)
    finally:
        journal.close()
    run.restored = after == expected and outcome.safety_backup is not None
    if after != expected:
        run.problems.append(f"the restore gave back {len(after)} entries, not the {len(expected)} backed up")
    return run


# -- payloads -------------------------------------------------------------------------------


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, attrs))


def active_content(fragment: str) -> list[str]:
    """What in a rendered fragment could run or load something; empty when it is inert."""
    problems: list[str] = []
    if "<script" in fragment.lower():
        problems.append("<script")
    parser = _Elements()
    parser.feed(fragment)
    parser.close()
    for tag, attrs in parser.found:
        if tag in ACTIVE_TAGS:
            problems.append(f"a <{tag}> element")
        for name, raw in attrs:
            if name.startswith("on"):
                problems.append(f"an {name}= handler on <{tag}>")
            if name not in URL_ATTRIBUTES or raw is None:
                continue
            value = _URL_NOISE.sub("", raw)
            scheme = _SCHEME.match(value)
            if scheme and scheme.group(1).lower() in BAD_SCHEMES:
                problems.append(f"a {scheme.group(1).lower()}: {name} on <{tag}>")
            elif name in LOADING_ATTRIBUTES and value:
                problems.append(f"a {name} on <{tag}> that would be fetched ({raw[:40]})")
    return problems


@dataclass
class PayloadRun:
    total: int
    failures: list[tuple[str, list[str]]]

    def figures(self) -> list[Figure]:
        neutralised = self.total - len(self.failures)
        return [Figure("payloads neutralised", f"{neutralised} of {self.total}", "all",
                       not self.failures and self.total > 0,
                       tuple(f"{payload!r}: {'; '.join(found)}" for payload, found in self.failures))]


@dataclass
class HostileRun:
    tried: int
    refused: int
    failures: list[str]

    def figures(self) -> list[Figure]:
        return [Figure("hostile inputs refused cleanly", f"{self.refused} of {self.tried}", "all",
                       self.tried > 0 and self.refused == self.tried, tuple(self.failures))]


def measure_hostile_inputs(work: Path) -> HostileRun:
    """Every hostile input through the real `import` command, each into its own copy of a journal."""
    from tests.reliability.hostile_inputs import run_hostile_imports

    return HostileRun(*run_hostile_imports(work))


def measure_payloads(payloads: Sequence[str] = ALL_PAYLOADS) -> PayloadRun:
    """Render every payload with the app's renderer and keep the ones whose output is not inert."""
    from app.io.markdown_render import render_markdown

    failures = [(payload, found) for payload in payloads
                if (found := active_content(render_markdown(payload)))]
    return PayloadRun(len(payloads), failures)


# -- the table ------------------------------------------------------------------------------


def format_table(figures: Sequence[Figure], elapsed_s: float | None = None) -> str:
    """The figures as one aligned table, then a verdict and what missed its bar."""
    headings = ("figure", "measured", "bar", "result")
    rows = [(f.name, f.value, f.bar, "pass" if f.ok else "FAIL") for f in figures]
    widths = [max(len(row[i]) for row in [headings, *rows]) for i in range(len(headings))]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)).rstrip()

    title = "Trustbridge reliability report"
    if elapsed_s is not None:
        title += f" (measured just now, in {elapsed_s:.0f} s)"
    lines = [title, line(headings), line(["-" * width for width in widths])]
    lines += [line(row) for row in rows]
    failed = [f for f in figures if not f.ok]
    lines.append("")
    lines.append("Every bar is met." if not failed else f"{len(failed)} of {len(figures)} bars missed:")
    for figure in failed:
        lines.append(f"  {figure.name}:")
        lines += [f"    {problem}" for problem in figure.problems[:10]]
        if len(figure.problems) > 10:
            lines.append(f"    … and {len(figure.problems) - 10} more")
    return "\n".join(lines)


def measure_all(typing_kills: int, import_kills: int, work: Path, *, seed: int = SEED,
                progress: Callable[[str], None] | None = None) -> list[Figure]:
    """Every figure of the report, measured in folders under `work`."""
    say = progress or (lambda _message: None)
    figures: list[Figure] = []
    steps: list[tuple[str, Callable[[Path], list[Figure]]]] = [
        ("payloads", lambda _w: measure_payloads().figures()),
        ("hostile inputs", lambda w: measure_hostile_inputs(w).figures()),
        ("backups", lambda w: measure_backups(w, encrypted=False).figures()
         + measure_backups(w, encrypted=True).figures()),
        ("wrong passphrases", lambda w: measure_wrong_passphrases(w).figures()),
        ("canary", lambda w: measure_canary(w).figures()),
        (f"kills ({typing_kills} typing, {import_kills} import)",
         lambda w: measure_kills(typing_kills, import_kills, w, seed=seed).figures()),
    ]
    for index, (label, step) in enumerate(steps):
        say(f"measuring {label}…")
        folder = work / f"step-{index}"
        folder.mkdir()
        figures += step(folder)
    figures.sort(key=lambda f: ROW_ORDER.index(f.name) if f.name in ROW_ORDER else len(ROW_ORDER))
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.reliability.report",
                                     description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--kills", type=int, default=int(os.environ.get("TRUSTBRIDGE_KILLS", "30")),
                        metavar="N", help="typing kills (default: $TRUSTBRIDGE_KILLS or 30)")
    parser.add_argument("--import-kills", type=int, metavar="M",
                        default=int(os.environ.get("TRUSTBRIDGE_IMPORT_KILLS", "6")),
                        help="import kills (default: $TRUSTBRIDGE_IMPORT_KILLS or 6)")
    parser.add_argument("--seed", type=int, default=SEED, help="changes the kill moments")
    args = parser.parse_args(argv)
    if args.kills < 0 or args.import_kills < 0:
        parser.error("the kill counts cannot be negative")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="trustbridge-reliability-") as name:
        figures = measure_all(args.kills, args.import_kills, Path(name), seed=args.seed,
                              progress=lambda message: print(message, file=sys.stderr, flush=True))
    print(format_table(figures, time.monotonic() - started))
    return 0 if all(f.ok for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
