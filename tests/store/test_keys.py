"""The data key and its wraps: real Argon2id, real AES-GCM, real key files in temporary folders."""

from __future__ import annotations

import base64
import json
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from app.store import keys
from app.store.errors import InvalidKeyFile, JournalTooNew, WrongPassphrase, WrongRecoveryCode
from app.store.keys import KdfParams, KeyFile

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="module")
def created() -> tuple[KeyFile, bytes, str]:
    """One real key file for the read-only checks: Argon2id is slow on purpose."""
    return keys.create(PASSPHRASE)


@pytest.fixture
def derive_count(monkeypatch: pytest.MonkeyPatch) -> Callable[[], int]:
    """Count Argon2id derivations while still running the real one."""
    calls: list[int] = []
    real = keys.derive_wrapping_key

    def counting(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
        calls.append(1)
        return real(secret, salt, params)

    monkeypatch.setattr(keys, "derive_wrapping_key", counting)
    return lambda: len(calls)


def encodings(secret: bytes) -> list[bytes]:
    """Every everyday way a secret could leak into a text file."""
    forms = [
        secret,
        secret.hex().encode(),
        secret.hex().upper().encode(),
        base64.b64encode(secret),
        base64.urlsafe_b64encode(secret),
        base64.b64encode(secret).rstrip(b"="),
        base64.b32encode(secret),
    ]
    return [form for form in forms if form]


def test_round_trip_through_the_key_file(tmp_path: Path, created: tuple[KeyFile, bytes, str]) -> None:
    keyfile, data_key, _code = created
    path = keys.key_file_path(tmp_path)
    keys.write_key_file(path, keyfile)

    loaded = keys.read_key_file(path)

    assert loaded == keyfile
    assert len(data_key) == 32
    assert keys.unlock(loaded, PASSPHRASE) == data_key
    assert path.name == "journal.key"
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["version"] == 1
    assert document["passphrase"]["memory_kib"] >= 64 * 1024
    assert document["passphrase"]["iterations"] >= 3


def test_two_journals_never_share_a_key_or_a_salt() -> None:
    first, first_key, first_code = keys.create(PASSPHRASE)
    second, second_key, second_code = keys.create(PASSPHRASE)

    assert first_key != second_key
    assert first_code != second_code
    assert first.passphrase.salt != second.passphrase.salt
    assert first.recovery is not None
    assert first.recovery.salt != first.passphrase.salt
    assert first.recovery.nonce != first.passphrase.nonce


def test_wrong_passphrase_raises_and_leaves_the_key_file_untouched(
    tmp_path: Path, created: tuple[KeyFile, bytes, str]
) -> None:
    keyfile, _data_key, _code = created
    path = keys.key_file_path(tmp_path)
    keys.write_key_file(path, keyfile)
    before = path.read_bytes()
    before_stat = path.stat()

    with pytest.raises(WrongPassphrase):
        keys.unlock(keys.read_key_file(path), PASSPHRASE + " ")
    with pytest.raises(WrongPassphrase):
        keys.unlock(keys.read_key_file(path), "")

    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == before_stat.st_mtime_ns
    assert sorted(entry.name for entry in tmp_path.iterdir()) == ["journal.key"]


def test_passphrase_is_compared_after_unicode_normalisation() -> None:
    composed = "caf\u00e9 au lait"
    keyfile, data_key, _code = keys.create(composed)

    assert keys.unlock(keyfile, "cafe\u0301 au lait") == data_key


@pytest.mark.parametrize(
    "changes",
    [
        {"memory_kib": 64 * 1024 - 1},
        {"memory_kib": 19 * 1024},
        {"iterations": 2},
        {"iterations": 1},
        {"lanes": 0},
        {"memory_kib": 8 * 1024 * 1024},
        {"iterations": 10_000},
        {"iterations": 3.0},
        {"lanes": True},
    ],
)
def test_weaker_or_absurd_kdf_parameters_are_refused(changes: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="Argon2id"):
        KdfParams(**changes)  # type: ignore[arg-type]


def test_the_default_parameters_meet_the_design_floor() -> None:
    params = KdfParams()

    assert params.memory_kib >= 64 * 1024
    assert params.iterations >= 3
    assert params.lanes == 4
    assert KdfParams(memory_kib=128 * 1024, iterations=4, lanes=4).memory_kib == 128 * 1024


def test_a_key_file_with_weakened_parameters_is_refused(
    tmp_path: Path, created: tuple[KeyFile, bytes, str]
) -> None:
    keyfile, _data_key, _code = created
    document = json.loads(keys.key_file_bytes(keyfile))
    document["passphrase"]["iterations"] = 1
    path = tmp_path / "journal.key"
    path.write_text(json.dumps(document), encoding="utf-8")

    with pytest.raises(InvalidKeyFile, match="iterations"):
        keys.read_key_file(path)


def test_recovery_code_round_trip_however_it_is_typed(created: tuple[KeyFile, bytes, str]) -> None:
    keyfile, data_key, code = created
    groups = code.split("-")
    assert len(groups) == 6
    assert all(len(group) == 5 for group in groups)
    assert set(code.replace("-", "")) <= set(keys.RECOVERY_ALPHABET)

    assert keys.unlock_with_recovery(keyfile, code) == data_key
    assert keys.unlock_with_recovery(keyfile, "  " + " ".join(groups).lower() + "\n") == data_key
    assert keys.unlock_with_recovery(keyfile, "".join(groups)) == data_key


def test_recovery_code_accepts_look_alike_letters() -> None:
    symbols = "0123456789ABCDEFGHJKMNPQRSTVWX"

    assert keys.normalise_recovery_code("o1234-56789-abcde-fghjk-mnpqr-stvwx") == symbols
    assert keys.normalise_recovery_code("0i234 56789 ABCDE FGHJK MNPQR STVWX") == symbols
    assert keys.normalise_recovery_code("0l234\u201356789ABCDEFGHJKMNPQRSTVWX") == symbols
    assert keys.normalise_recovery_code("U1234-56789-ABCDE-FGHJK-MNPQR-STVWX") is None
    assert keys.normalise_recovery_code("01234-56789") is None


def test_a_wrong_or_malformed_recovery_code_is_refused(created: tuple[KeyFile, bytes, str]) -> None:
    keyfile, _data_key, code = created
    other = keys.generate_recovery_code()
    assert other != code

    with pytest.raises(WrongRecoveryCode, match="does not open"):
        keys.unlock_with_recovery(keyfile, other)
    with pytest.raises(WrongRecoveryCode, match="30 letters and digits"):
        keys.unlock_with_recovery(keyfile, "not a code")


def test_the_passphrase_does_not_open_the_recovery_wrap(created: tuple[KeyFile, bytes, str]) -> None:
    """The AAD binds each wrap to its purpose: swapping them must fail the tag."""
    keyfile, _data_key, code = created
    assert keyfile.recovery is not None
    swapped = KeyFile(keyfile.version, keyfile.key_check, keyfile.recovery, keyfile.passphrase)

    with pytest.raises(WrongRecoveryCode):
        keys.unlock_with_recovery(swapped, code)


def test_rewrap_keeps_the_data_key_with_one_derivation(
    created: tuple[KeyFile, bytes, str], derive_count: Callable[[], int]
) -> None:
    keyfile, data_key, code = created

    changed = keys.rewrap(keyfile, data_key, "a brand new passphrase")

    assert derive_count() <= 2
    assert changed.passphrase.salt != keyfile.passphrase.salt
    assert changed.recovery == keyfile.recovery
    assert keys.unlock(changed, "a brand new passphrase") == data_key
    assert keys.unlock_with_recovery(changed, code) == data_key
    with pytest.raises(WrongPassphrase):
        keys.unlock(changed, PASSPHRASE)


def test_rewrap_refuses_a_data_key_from_another_journal(created: tuple[KeyFile, bytes, str]) -> None:
    keyfile, _data_key, _code = created

    with pytest.raises(ValueError, match="does not belong"):
        keys.rewrap(keyfile, os.urandom(32), "another passphrase")
    with pytest.raises(ValueError, match="cannot be empty"):
        keys.rewrap(keyfile, created[1], "")


def test_new_recovery_code_replaces_the_old_one(
    created: tuple[KeyFile, bytes, str], derive_count: Callable[[], int]
) -> None:
    keyfile, data_key, old_code = created

    changed, new_code = keys.new_recovery(keyfile, data_key)

    assert derive_count() == 1
    assert new_code != old_code
    assert changed.passphrase == keyfile.passphrase
    assert keys.unlock_with_recovery(changed, new_code) == data_key
    with pytest.raises(WrongRecoveryCode):
        keys.unlock_with_recovery(changed, old_code)


def test_a_journal_without_a_recovery_wrap_says_so(
    tmp_path: Path, created: tuple[KeyFile, bytes, str]
) -> None:
    keyfile, data_key, _code = created
    bare = KeyFile(keyfile.version, keyfile.key_check, keyfile.passphrase, None)
    path = tmp_path / "journal.key"
    keys.write_key_file(path, bare)

    loaded = keys.read_key_file(path)

    assert not loaded.has_recovery
    with pytest.raises(WrongRecoveryCode, match="no recovery code"):
        keys.unlock_with_recovery(loaded, keys.generate_recovery_code())
    restored, code = keys.new_recovery(loaded, data_key)
    assert keys.unlock_with_recovery(restored, code) == data_key


def _damage_truncate(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _damage_flip_ciphertext(data: bytes) -> bytes:
    document = json.loads(data)
    sealed = bytearray(base64.b64decode(document["passphrase"]["ciphertext"]))
    sealed[0] ^= 0x01
    document["passphrase"]["ciphertext"] = base64.b64encode(bytes(sealed)).decode()
    return json.dumps(document).encode()


def _damage_short_salt(data: bytes) -> bytes:
    document = json.loads(data)
    document["passphrase"]["salt"] = base64.b64encode(b"short").decode()
    return json.dumps(document).encode()


def _damage_drop_field(data: bytes) -> bytes:
    document = json.loads(data)
    del document["passphrase"]["nonce"]
    return json.dumps(document).encode()


def _damage_not_base64(data: bytes) -> bytes:
    document = json.loads(data)
    document["key_check"] = "!!! not base64 !!!"
    return json.dumps(document).encode()


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (_damage_truncate, "not readable JSON"),
        (lambda _data: b"\xff\xfe\x00garbage", "not readable JSON"),
        (lambda _data: b"", "not readable JSON"),
        (lambda _data: b'{"hello": "world"}', "not a Trustbridge key file"),
        (lambda _data: b"[1, 2, 3]", "not a Trustbridge key file"),
        (_damage_short_salt, "5 bytes where 16 belong"),
        (_damage_drop_field, "'nonce' is missing"),
        (_damage_not_base64, "not valid base64"),
        (lambda _data: b" " * (65 * 1024), "far too large"),
    ],
)
def test_a_damaged_key_file_is_reported_plainly(
    tmp_path: Path,
    created: tuple[KeyFile, bytes, str],
    damage: Callable[[bytes], bytes],
    message: str,
) -> None:
    keyfile, _data_key, _code = created
    path = tmp_path / "journal.key"
    path.write_bytes(damage(keys.key_file_bytes(keyfile)))

    with pytest.raises(InvalidKeyFile, match=message):
        keys.read_key_file(path)


def test_a_tampered_ciphertext_reads_but_does_not_unlock(
    tmp_path: Path, created: tuple[KeyFile, bytes, str]
) -> None:
    keyfile, _data_key, _code = created
    path = tmp_path / "journal.key"
    path.write_bytes(_damage_flip_ciphertext(keys.key_file_bytes(keyfile)))

    with pytest.raises(WrongPassphrase):
        keys.unlock(keys.read_key_file(path), PASSPHRASE)


def test_a_missing_key_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(InvalidKeyFile, match="missing"):
        keys.read_key_file(tmp_path / "journal.key")


def test_a_key_file_from_a_newer_version_is_refused(
    tmp_path: Path, created: tuple[KeyFile, bytes, str]
) -> None:
    keyfile, _data_key, _code = created
    document = json.loads(keys.key_file_bytes(keyfile))
    document["version"] = 2
    path = tmp_path / "journal.key"
    path.write_text(json.dumps(document), encoding="utf-8")

    with pytest.raises(JournalTooNew):
        keys.read_key_file(path)


def test_the_key_file_holds_no_secret_in_any_encoding(
    tmp_path: Path, created: tuple[KeyFile, bytes, str]
) -> None:
    keyfile, data_key, code = created
    path = keys.key_file_path(tmp_path)
    keys.write_key_file(path, keyfile)
    raw = path.read_bytes()
    normalised_code = code.replace("-", "").encode()

    secrets_and_forms = [
        *encodings(data_key),
        *encodings(PASSPHRASE.encode()),
        PASSPHRASE.encode("utf-16-le"),
        *encodings(normalised_code),
        code.encode(),
    ]
    for form in secrets_and_forms:
        assert form not in raw, form
        assert form.lower() not in raw.lower(), form
    # Even an 8-byte slice of the data key in hex would be a leak.
    hex_key = data_key.hex()
    for start in range(0, len(hex_key) - 16, 8):
        assert hex_key[start : start + 16].encode() not in raw.lower()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_the_key_file_is_private_and_replaced_atomically(
    tmp_path: Path, created: tuple[KeyFile, bytes, str]
) -> None:
    keyfile, data_key, _code = created
    path = keys.key_file_path(tmp_path)
    path.write_text("an older, world-readable file", encoding="utf-8")
    path.chmod(0o644)

    keys.write_key_file(path, keyfile)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600

    changed = keys.rewrap(keyfile, data_key, "another passphrase")
    keys.write_key_file(path, changed)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert keys.read_key_file(path) == changed
    assert sorted(entry.name for entry in tmp_path.iterdir()) == ["journal.key"]


def test_sqlcipher_key_is_the_raw_hex_form(created: tuple[KeyFile, bytes, str]) -> None:
    _keyfile, data_key, _code = created

    assert keys.sqlcipher_key(data_key) == f"x'{data_key.hex()}'"
    assert len(keys.sqlcipher_key(data_key)) == 67
    with pytest.raises(ValueError):
        keys.sqlcipher_key(b"too short")


def test_the_data_key_opens_a_real_sqlcipher_database_with_fts5(
    tmp_path: Path, created: tuple[KeyFile, bytes, str]
) -> None:
    """The unwrapped key is exactly what SQLCipher needs, and nothing readable reaches the disk."""
    sqlcipher3 = pytest.importorskip("sqlcipher3")
    keyfile, _data_key, _code = created
    data_key = keys.unlock(keyfile, PASSPHRASE)
    path = tmp_path / "journal.sqlite3"

    connection = sqlcipher3.connect(str(path))
    try:
        connection.execute(f'PRAGMA key = "{keys.sqlcipher_key(data_key)}"')
        connection.execute("CREATE VIRTUAL TABLE notes USING fts5(body)")
        connection.execute("INSERT INTO notes(body) VALUES ('a quiet canary phrase')")
        connection.commit()
        hits = connection.execute("SELECT count(*) FROM notes WHERE notes MATCH 'canary'").fetchone()
    finally:
        connection.close()

    assert hits == (1,)
    raw = path.read_bytes()
    assert b"canary" not in raw
    assert not raw.startswith(b"SQLite format 3")

    reopened = sqlcipher3.connect(str(path))
    try:
        reopened.execute(f'PRAGMA key = "{keys.sqlcipher_key(keys.unlock(keyfile, PASSPHRASE))}"')
        assert reopened.execute("SELECT body FROM notes").fetchall() == [("a quiet canary phrase",)]
    finally:
        reopened.close()


# -- issue 10, defect 10c: a key file may ask only for what Trustbridge itself writes, with margin ----


@pytest.mark.parametrize(
    ("wrap", "field", "value"),
    [
        ("passphrase", "memory_kib", 4 * 1024 * 1024),  # the old ceiling: 23 s and 4.2 GB an attempt
        ("recovery", "memory_kib", 256 * 1024 + 1),
        ("passphrase", "iterations", 9),
        ("recovery", "lanes", 9),
    ],
)
def test_a_key_file_asking_for_more_than_trustbridge_writes_is_refused_unused(
    tmp_path: Path, created: tuple[KeyFile, bytes, str], derive_count: Callable[[], int],
    wrap: str, field: str, value: int,
) -> None:
    keyfile, _data_key, _code = created
    document = json.loads(keys.key_file_bytes(keyfile))
    document[wrap][field] = value
    path = tmp_path / "journal.key"
    path.write_text(json.dumps(document), encoding="utf-8")

    with pytest.raises(InvalidKeyFile, match="not a key file Trustbridge wrote") as caught:
        keys.read_key_file(path)
    assert f"{field}={value}" in str(caught.value) and "nothing was changed" in str(caught.value)
    assert derive_count() == 0  # refused before any derivation, so it costs nothing


def test_the_ceiling_leaves_room_above_what_trustbridge_writes(
    tmp_path: Path, created: tuple[KeyFile, bytes, str]
) -> None:
    written = KdfParams()
    assert 4 * written.memory_kib <= keys.MAX_MEMORY_KIB and 2 * written.iterations <= keys.MAX_ITERATIONS
    assert keys.MAX_MEMORY_KIB <= 256 * 1024 and written.lanes <= keys.MAX_LANES
    keyfile, _data_key, _code = created
    document = json.loads(keys.key_file_bytes(keyfile))
    document["passphrase"].update(memory_kib=keys.MAX_MEMORY_KIB, iterations=keys.MAX_ITERATIONS)
    path = tmp_path / "journal.key"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert keys.read_key_file(path).passphrase.params.memory_kib == keys.MAX_MEMORY_KIB
