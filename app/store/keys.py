"""The journal's data key, and the only forms in which it is ever kept on disk.

An encrypted journal is opened by a random 256-bit data key handed to SQLCipher as a raw key, so
the database never depends on how good or how often changed the passphrase is. That key is stored
only wrapped: sealed with AES-GCM under a key derived from the passphrase with Argon2id, and once
more under a key derived from a printed recovery code. Changing the passphrase re-seals 32 bytes
and never touches the database; a wrong passphrase fails the seal's tag before any file is opened.

The wraps live in `journal.key` beside the database: versioned JSON with base64 fields, written
atomically and readable only by its owner. It holds salts, nonces, ciphertexts and a one-way check
of the data key, never the key or a secret in any readable form.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from app.paths import KEY_FILE_NAME as KEY_FILE_NAME  # the one name, re-exported for the store
from app.paths import key_file_path as key_file_path
from app.store.errors import (
    InvalidKeyFile,
    JournalTooNew,
    StorageUnavailable,
    WrongPassphrase,
    WrongRecoveryCode,
)
from app.store.private_file import write_private_bytes

KEY_FILE_FORMAT = "trustbridge-journal-key"
KEY_FILE_VERSION = 1
FILE_MODE = 0o600

DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
TAG_BYTES = 16
SEALED_KEY_BYTES = DATA_KEY_BYTES + TAG_BYTES

# Floors from DESIGN.md. Ceilings: Trustbridge writes 64 MiB, 3 passes, 4 lanes (KdfParams());
# a key file may ask for up to four times that memory and eight passes, so a stronger default
# later still opens here, while a tampered file costs at most about 2 s and 256 MiB an attempt
# (its 4 GiB ceiling cost 23 s and 4.2 GB).
MIN_MEMORY_KIB = 64 * 1024
MAX_MEMORY_KIB = 256 * 1024
MIN_ITERATIONS = 3
MAX_ITERATIONS = 8
MIN_LANES = 1
MAX_LANES = 8

# The AAD names what a wrap is for, so a passphrase wrap can never pass as a recovery wrap.
PASSPHRASE_PURPOSE = b"trustbridge:passphrase:v1"
RECOVERY_PURPOSE = b"trustbridge:recovery:v1"
KEY_CHECK_LABEL = b"trustbridge:key-check:v1"

# Crockford base32: no I, L, O or U, so a handwritten code reads back the same.
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS = 6
RECOVERY_GROUP_LENGTH = 5
RECOVERY_LENGTH = RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH  # 30 symbols, 150 bits
_READ_ALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SEPARATORS = frozenset(" \t\r\n-_.\u2010\u2011\u2012\u2013\u2014\u2212\u00a0")

_MAX_KEY_FILE_BYTES = 64 * 1024
_DERIVING = threading.Lock()


class KdfOutOfRange(ValueError):
    """Argon2id settings Trustbridge never writes: weaker than its floor, or costlier than its ceiling."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id settings; refuses anything weaker than DESIGN.md allows (or absurdly large)."""

    memory_kib: int = MIN_MEMORY_KIB
    iterations: int = MIN_ITERATIONS
    lanes: int = 4

    def __post_init__(self) -> None:
        for name, value, low, high in (
            ("memory_kib", self.memory_kib, MIN_MEMORY_KIB, MAX_MEMORY_KIB),
            ("iterations", self.iterations, MIN_ITERATIONS, MAX_ITERATIONS),
            ("lanes", self.lanes, MIN_LANES, MAX_LANES),
        ):
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"Argon2id {name} must be a whole number, not {value!r}")
            if not low <= value <= high:
                raise KdfOutOfRange(
                    f"it asks for Argon2id {name}={value}, where Trustbridge uses {low} to {high}"
                )


@dataclass(frozen=True)
class KeyWrap:
    """The data key sealed under one secret: everything needed to open it except the secret."""

    params: KdfParams
    salt: bytes
    nonce: bytes
    ciphertext: bytes = field(repr=False)

    def __post_init__(self) -> None:
        for name, value, size in (
            ("salt", self.salt, SALT_BYTES),
            ("nonce", self.nonce, NONCE_BYTES),
            ("ciphertext", self.ciphertext, SEALED_KEY_BYTES),
        ):
            if not isinstance(value, bytes) or len(value) != size:
                raise ValueError(f"a key wrap's {name} must be {size} bytes")


@dataclass(frozen=True)
class KeyFile:
    """What `journal.key` holds: the passphrase wrap, the optional recovery wrap, a key check."""

    version: int
    key_check: bytes = field(repr=False)
    passphrase: KeyWrap
    recovery: KeyWrap | None = None

    @property
    def has_recovery(self) -> bool:
        return self.recovery is not None


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def sqlcipher_key(data_key: bytes) -> str:
    """The raw-key form SQLCipher takes (`x'<64 hex>'`): no passphrase ever reaches the database."""
    _require_data_key(data_key)
    return f"x'{data_key.hex()}'"


def derive_wrapping_key(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    """The deliberately slow step: Argon2id from a secret to the 256-bit key that seals the data key.

    One derivation at a time in the process: two at once with several lanes can hang in
    OpenSSL's thread pool (seen with cryptography 50), and a hung worker would hold the journal.
    """
    with _DERIVING:
        return _derive(secret, salt, params)


def _derive(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=DATA_KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret)


def create(passphrase: str, params: KdfParams | None = None) -> tuple[KeyFile, bytes, str]:
    """A fresh data key, wrapped by the passphrase and by a new recovery code (shown once)."""
    chosen = params or KdfParams()
    data_key = new_data_key()
    code = generate_recovery_code()
    keyfile = KeyFile(
        version=KEY_FILE_VERSION,
        key_check=_key_check(data_key),
        passphrase=_seal(data_key, _passphrase_bytes(passphrase), PASSPHRASE_PURPOSE, chosen),
        recovery=_seal(data_key, _recovery_bytes(code), RECOVERY_PURPOSE, chosen),
    )
    return keyfile, data_key, code


def unlock(keyfile: KeyFile, passphrase: str) -> bytes:
    """The data key, or WrongPassphrase; reads and writes no file."""
    data_key = _open(keyfile.passphrase, _passphrase_or_empty(passphrase), PASSPHRASE_PURPOSE)
    if data_key is None:
        raise WrongPassphrase("That passphrase does not open this journal.")
    _confirm(keyfile, data_key)
    return data_key


def unlock_with_recovery(keyfile: KeyFile, code: str) -> bytes:
    """The data key from a typed-back recovery code (case, spaces and dashes do not matter)."""
    if keyfile.recovery is None:
        raise WrongRecoveryCode("This journal has no recovery code.")
    normalised = normalise_recovery_code(code)
    if normalised is None:
        raise WrongRecoveryCode(
            f"A recovery code has {RECOVERY_LENGTH} letters and digits; this one does not look like one."
        )
    data_key = _open(keyfile.recovery, normalised.encode("ascii"), RECOVERY_PURPOSE)
    if data_key is None:
        raise WrongRecoveryCode("That recovery code does not open this journal.")
    _confirm(keyfile, data_key)
    return data_key


def rewrap(keyfile: KeyFile, data_key: bytes, new_passphrase: str) -> KeyFile:
    """The same data key under a new passphrase: one derivation, no database work."""
    _require_matching(keyfile, data_key)
    params = keyfile.passphrase.params
    sealed = _seal(data_key, _passphrase_bytes(new_passphrase), PASSPHRASE_PURPOSE, params)
    return KeyFile(keyfile.version, keyfile.key_check, sealed, keyfile.recovery)


def new_recovery(keyfile: KeyFile, data_key: bytes) -> tuple[KeyFile, str]:
    """Replace the recovery code (the old one stops working once the result is written)."""
    _require_matching(keyfile, data_key)
    code = generate_recovery_code()
    params = keyfile.recovery.params if keyfile.recovery is not None else keyfile.passphrase.params
    sealed = _seal(data_key, _recovery_bytes(code), RECOVERY_PURPOSE, params)
    return KeyFile(keyfile.version, keyfile.key_check, keyfile.passphrase, sealed), code


def generate_recovery_code() -> str:
    """Six groups of five Crockford base32 symbols, e.g. `7K2QM-...`: 150 random bits."""
    symbols = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_LENGTH))
    return format_recovery_code(symbols)


def format_recovery_code(symbols: str) -> str:
    """Group a normalised code for reading aloud or writing down."""
    step = RECOVERY_GROUP_LENGTH
    return "-".join(symbols[start : start + step] for start in range(0, len(symbols), step))


def normalise_recovery_code(typed: str) -> str | None:
    """The code's 30 symbols as typed back (any case, spaces, dashes, O for 0, I/L for 1), or None."""
    kept = "".join(char for char in unicodedata.normalize("NFKC", typed) if char not in _SEPARATORS)
    symbols = kept.upper().translate(_READ_ALIKES)
    if len(symbols) != RECOVERY_LENGTH or any(char not in RECOVERY_ALPHABET for char in symbols):
        return None
    return symbols


def read_key_file(path: Path) -> KeyFile:
    """Parse `journal.key`; InvalidKeyFile says plainly what is wrong with a damaged one."""
    try:
        with path.open("rb") as stream:
            data = stream.read(_MAX_KEY_FILE_BYTES + 1)
    except FileNotFoundError as error:
        raise InvalidKeyFile(f"The journal's key file is missing ({path}).") from error
    except OSError as error:
        raise StorageUnavailable(f"The journal's key file could not be read: {error.strerror}") from error
    return parse_key_file(data, str(path))


def write_key_file(path: Path, keyfile: KeyFile) -> None:
    """Write `journal.key` whole or not at all, readable only by its owner."""
    try:
        write_private_bytes(path, key_file_bytes(keyfile))
    except OSError as error:
        raise StorageUnavailable(f"The journal's key file could not be written: {error.strerror}") from error


def key_file_bytes(keyfile: KeyFile) -> bytes:
    """The exact bytes `write_key_file` puts on disk."""
    document = {
        "format": KEY_FILE_FORMAT,
        "version": keyfile.version,
        "key_check": _b64(keyfile.key_check),
        "passphrase": _wrap_document(keyfile.passphrase),
        "recovery": None if keyfile.recovery is None else _wrap_document(keyfile.recovery),
    }
    return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("ascii")


def parse_key_file(data: bytes, source: str = "the key file") -> KeyFile:
    """A KeyFile from its bytes; refuses anything malformed, weakened or from a newer version."""
    if len(data) > _MAX_KEY_FILE_BYTES:
        raise InvalidKeyFile(f"{source} is far too large to be a Trustbridge key file.")
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise InvalidKeyFile(f"{source} is damaged: it is not readable JSON.") from error
    if not isinstance(document, dict) or document.get("format") != KEY_FILE_FORMAT:
        raise InvalidKeyFile(f"{source} is not a Trustbridge key file.")
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise InvalidKeyFile(f"{source} is damaged: its version is missing.")
    if version > KEY_FILE_VERSION:
        raise JournalTooNew(f"{source} was written by a newer Trustbridge (key file version {version}).")
    try:
        recovery = document.get("recovery")
        return KeyFile(
            version=version,
            key_check=_unb64(document["key_check"], DATA_KEY_BYTES),
            passphrase=_parse_wrap(document["passphrase"]),
            recovery=None if recovery is None else _parse_wrap(recovery),
        )
    except KdfOutOfRange as error:
        raise InvalidKeyFile(
            f"{source} is not a key file Trustbridge wrote: {error}. It was not used; nothing was changed."
        ) from error
    except (KeyError, TypeError, ValueError) as error:
        raise InvalidKeyFile(f"{source} is damaged: {_field_problem(error)}") from error


def _seal(data_key: bytes, secret: bytes, purpose: bytes, params: KdfParams) -> KeyWrap:
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    wrapping_key = derive_wrapping_key(secret, salt, params)
    ciphertext = AESGCM(wrapping_key).encrypt(nonce, data_key, purpose)
    return KeyWrap(params=params, salt=salt, nonce=nonce, ciphertext=ciphertext)


def _open(wrap: KeyWrap, secret: bytes, purpose: bytes) -> bytes | None:
    wrapping_key = derive_wrapping_key(secret, wrap.salt, wrap.params)
    try:
        return AESGCM(wrapping_key).decrypt(wrap.nonce, wrap.ciphertext, purpose)
    except InvalidTag:
        return None


def _key_check(data_key: bytes) -> bytes:
    """A one-way tag of the data key, so a rewrap cannot seal the wrong key by mistake."""
    return hmac.new(data_key, KEY_CHECK_LABEL, hashlib.sha256).digest()


def key_matches(keyfile: KeyFile, data_key: bytes) -> bool:
    """Whether `data_key` is this journal's key (by its one-way check; nothing is decrypted)."""
    return len(data_key) == DATA_KEY_BYTES and hmac.compare_digest(_key_check(data_key), keyfile.key_check)


def _confirm(keyfile: KeyFile, data_key: bytes) -> None:
    if not hmac.compare_digest(_key_check(data_key), keyfile.key_check):
        raise InvalidKeyFile("The key file is damaged: its wraps do not belong to the same journal.")


def _require_matching(keyfile: KeyFile, data_key: bytes) -> None:
    _require_data_key(data_key)
    if not hmac.compare_digest(_key_check(data_key), keyfile.key_check):
        raise ValueError("this data key does not belong to this key file")


def _require_data_key(data_key: bytes) -> None:
    if not isinstance(data_key, bytes) or len(data_key) != DATA_KEY_BYTES:
        raise ValueError(f"a data key is {DATA_KEY_BYTES} bytes")


def _passphrase_or_empty(passphrase: str) -> bytes:
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _passphrase_bytes(passphrase: str) -> bytes:
    """NFC, so the same passphrase typed through different keyboards gives the same bytes."""
    if not passphrase:
        raise ValueError("a passphrase cannot be empty")
    return _passphrase_or_empty(passphrase)


def _recovery_bytes(code: str) -> bytes:
    normalised = normalise_recovery_code(code)
    if normalised is None:
        raise ValueError("not a recovery code")
    return normalised.encode("ascii")


def _wrap_document(wrap: KeyWrap) -> dict[str, Any]:
    return {
        "kdf": "argon2id",
        "memory_kib": wrap.params.memory_kib,
        "iterations": wrap.params.iterations,
        "lanes": wrap.params.lanes,
        "salt": _b64(wrap.salt),
        "nonce": _b64(wrap.nonce),
        "ciphertext": _b64(wrap.ciphertext),
    }


def _parse_wrap(document: object) -> KeyWrap:
    if not isinstance(document, dict):
        raise TypeError("a key wrap is not an object")
    if document.get("kdf") != "argon2id":
        raise ValueError(f"unknown key derivation {document.get('kdf')!r}")
    params = KdfParams(
        memory_kib=document["memory_kib"], iterations=document["iterations"], lanes=document["lanes"]
    )
    return KeyWrap(
        params=params,
        salt=_unb64(document["salt"], SALT_BYTES),
        nonce=_unb64(document["nonce"], NONCE_BYTES),
        ciphertext=_unb64(document["ciphertext"], SEALED_KEY_BYTES),
    )


def _b64(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


def _unb64(value: object, size: int) -> bytes:
    if not isinstance(value, str):
        raise TypeError("a field that should be base64 text is not text")
    try:
        decoded = base64.b64decode(value.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error) as error:
        raise ValueError("a field is not valid base64") from error
    if len(decoded) != size:
        raise ValueError(f"a field holds {len(decoded)} bytes where {size} belong")
    return decoded


def _field_problem(error: Exception) -> str:
    if isinstance(error, KeyError):
        return f"the field {error.args[0]!r} is missing."
    return f"{error}."
