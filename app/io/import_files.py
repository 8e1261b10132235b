"""Reading what an import is given, with limits: no endless input, no bomb, no way out of a folder.

A 1.5 MB zip once expanded to 1.5 GiB in memory, and `import /dev/zero` read forever. So every
file an importer reads is opened without blocking, must be a regular file, and is read only up
to a size cap; zip members are read in chunks and refused once they pass the cap or expand far
more than text does; and a file inside an imported folder must really be inside it (a link out
of the folder is refused, never followed).
"""

from __future__ import annotations

import errno
import io
import os
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from app.store.errors import InvalidImport

T = TypeVar("T")
# A file of a folder or zip that could not be read: its name there, and why (said as "it is empty").
SkippedFile = tuple[str, str]
SHOWN_SKIPPED = 3  # names said in a sentence; the rest are counted ("and 4 more")

MIB = 1024 * 1024
_CHUNK = MIB
# What a damaged member raises; RuntimeError: encrypted, NotImplementedError: an unknown method.
_ZIP_FAILURES = (
    OSError, zipfile.BadZipFile, zlib.error, ValueError, EOFError, RuntimeError, NotImplementedError
)


@dataclass(frozen=True, slots=True)
class ReadLimits:
    """How much one import may read; generous for any real journal, finite for a hostile one.

    The reference corpus (100,000 entries of 250 words) is about 190 MB of JSON.
    """

    max_file_bytes: int = 512 * MIB  # one text file, or all of a zip's JSON members together
    max_zip_members: int = 100_000  # a Day One zip holds its photos too
    max_zip_ratio: int = 200  # text deflates 3-20x; bombs 1000x
    ratio_floor_bytes: int = MIB  # small members may compress as well as they like


DEFAULT_LIMITS = ReadLimits()


def read_file(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> bytes:
    """All of a regular file, refused beyond `limits.max_file_bytes`; InvalidImport names the file."""
    try:
        return read_file_or_fail(path, limits)
    except OSError as error:
        raise InvalidImport(f"{path} could not be read ({error.strerror or error}).") from error


def read_file_or_fail(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> bytes:
    """Like read_file, but the machine's refusals (missing, no permission) stay OSError."""
    with _open_regular(path) as stream:
        data = stream.read(limits.max_file_bytes + 1)
    if len(data) > limits.max_file_bytes:
        raise InvalidImport(f"{path} is larger than {_size(limits.max_file_bytes)}, too large to import.")
    return data


def read_head(path: Path, size: int) -> bytes:
    """The first `size` bytes of a regular file, to recognise its format."""
    try:
        with _open_regular(path) as stream:
            return stream.read(size)
    except OSError as error:
        raise InvalidImport(f"{path} could not be read ({error.strerror or error}).") from error


def _open_regular(path: Path) -> io.BufferedReader:
    """Open without blocking (a FIFO with no writer would wait forever), then insist on a regular file."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    stream = os.fdopen(descriptor, "rb")  # buffered: read(n) gathers n bytes, however many calls
    try:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise InvalidImport(f"{path} is {_kind(mode)}, not a file Trustbridge can import.")
    except BaseException:
        stream.close()
        raise
    return stream


def check_regular(path: Path) -> None:
    """Refuse a device, FIFO or socket before anything tries to read it; folders and files pass."""
    try:
        mode = path.stat().st_mode
    except OSError as error:
        raise InvalidImport(f"{path} could not be read ({error.strerror or error}).") from error
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise InvalidImport(f"{path} is {_kind(mode)}, not a file Trustbridge can import.")


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "a special file"


def _size(count: int) -> str:
    return f"{count // MIB} MB" if count >= MIB else f"{count} bytes"


# -- folders ---------------------------------------------------------------------------------


def check_inside(path: Path, folder: Path) -> None:
    """Refuse a file that a link leads out of `folder`: an import reads only what the folder holds."""
    try:
        real = path.resolve(strict=True)
        root = folder.resolve(strict=True)
    except (OSError, RuntimeError) as error:  # RuntimeError: a link loop
        reason = getattr(error, "strerror", None) or error
        raise InvalidImport(f"{path} could not be read ({reason}).") from error
    if not real.is_relative_to(root):
        raise InvalidImport(
            f"{path} is a link to {real}, outside the folder being imported; "
            "Trustbridge does not follow links out of an imported folder."
        )


def is_regular(path: Path) -> bool:
    """Whether `path` (followed through links) is a regular file; never opens it, never raises."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def is_entry_file(path: Path) -> bool:
    """True for a regular file; anything else named as an entry file (a pipe, device, socket,
    folder, link loop or broken link) refuses the whole import, naming it.

    Skipping one once reported "Imported 0 entries (5 already present)" and hid what was wrong.
    Only stat is used, never open: a FIFO would wait for a writer forever.
    """
    try:
        mode = path.stat().st_mode
    except OSError as error:
        raise InvalidImport(f"{path} could not be read ({_link_problem(path, error)}).") from error
    if not stat.S_ISREG(mode):
        raise InvalidImport(f"{path} is {_kind(mode)}, not a file Trustbridge can import.")
    return True


def _link_problem(path: Path, error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "it is a link that loops back on itself"
    if error.errno == errno.ENOENT and path.is_symlink():
        return "it is a link to something that is not there"
    return error.strerror or str(error)


def read_folder_file(path: Path, folder: Path, limits: ReadLimits = DEFAULT_LIMITS) -> bytes:
    """A file inside an imported folder, refused if a link leads it outside."""
    check_inside(path, folder)
    return read_file(path, limits)


# -- zips ------------------------------------------------------------------------------------


def open_zip(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> zipfile.ZipFile:
    """An archive with no more than `limits.max_zip_members` members."""
    check_regular(path)
    if path.is_dir():
        raise InvalidImport(f"{path} is a folder, not a zip archive.")
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile, ValueError) as error:
        raise InvalidImport(f"{path} could not be opened as a zip archive ({error}).") from error
    count = len(archive.infolist())
    if count > limits.max_zip_members:
        archive.close()
        raise InvalidImport(
            f"{path} holds {count} files, more than the {limits.max_zip_members} a Day One export "
            "could reasonably hold."
        )
    return archive


def read_zip_member(
    archive: zipfile.ZipFile, name: str, source: str, budget: int, limits: ReadLimits = DEFAULT_LIMITS
) -> bytes:
    """One member, read in chunks: refused past `budget` bytes or past the ratio text can reach.

    Sizes are counted as they are read, not taken from the archive's (forgeable) headers.
    """
    info = archive.getinfo(name)
    ratio_cap = max(limits.ratio_floor_bytes, info.compress_size * limits.max_zip_ratio)
    data = bytearray()
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                data += chunk
                if len(data) > budget:
                    raise InvalidImport(
                        f"{source} expands to more than {_size(limits.max_file_bytes)}, too large to import."
                    )
                if len(data) > ratio_cap:
                    raise InvalidImport(
                        f"{source} expands more than {limits.max_zip_ratio} times its packed size, "
                        "which no journal does (it looks like a zip bomb)."
                    )
    except _ZIP_FAILURES as error:
        raise InvalidImport(f"{source} could not be read from the zip archive ({error}).") from error
    return bytes(data)


# -- a folder or zip read file by file ----------------------------------------------------------

# What a parser can raise on hostile input that no check foresaw (as in app.io.importers).
_UNFORESEEN = (ValueError, OverflowError, RecursionError, UnicodeError)
# How a reason reads after its file's name is taken off: "is empty" becomes "it is empty".
_NEEDS_SUBJECT = ("is ", "could ", "holds ", "has ", "repeats ", "expands ", "was ")


def read_each(
    items: Iterable[tuple[str, str, Callable[[], list[T]]]],
    skipped: list[SkippedFile] | None,
    where: str,
) -> list[T]:
    """What every file of a folder or zip holds: `items` are (name to show, name its errors use, reader).

    Strict when `skipped` is None: the first file that fails refuses the whole import, as before.
    Otherwise a file that fails is noted in `skipped` as (name, why) and the rest are read; if
    not one file could be read, the import is refused, naming them. An error of the machine
    (OSError) is a reason like any other here: the file is skipped, the import goes on.
    """
    found: list[T] = []
    failed: list[SkippedFile] = []
    read_any = False
    for name, source, read in items:
        if skipped is None:
            found.extend(read())
            continue
        try:
            found.extend(read())
        except InvalidImport as error:
            failed.append((name, skip_reason(str(error), source)))
        except OSError as error:
            failed.append((name, f"it could not be read ({error.strerror or error})"))
        except _UNFORESEEN as error:
            said = " ".join(str(error).split()) or type(error).__name__
            failed.append((name, f"it holds something Trustbridge can't read ({said})"))
        else:
            read_any = True
    if skipped is not None:
        if failed and not read_any:
            raise InvalidImport(f"{where} holds nothing Trustbridge could read: {skipped_list(failed)}.")
        skipped.extend(failed)
    return found


def skip_reason(message: str, source: str) -> str:
    """An InvalidImport's message said without the file's name it starts with, and without its full stop."""
    reason = message.removeprefix(source).lstrip(",: ").strip()
    reason = reason.removesuffix(".") if not reason.endswith("..") else reason
    if reason.startswith(_NEEDS_SUBJECT):
        reason = f"it {reason}"
    return reason or "it could not be read"


def skipped_list(skipped: list[SkippedFile] | tuple[SkippedFile, ...]) -> str:
    """'a.doentry (it is empty), b.doentry (line 2: …) and 4 more': the first few, then a count."""
    shown = [f"{name} ({reason})" for name, reason in skipped[:SHOWN_SKIPPED]]
    rest = len(skipped) - len(shown)
    if rest or not shown:
        return f"{', '.join(shown)} and {rest:,} more"
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} and {shown[-1]}"


def refuse_empty(data: bytes, source: str) -> bytes:
    """A file of nothing but white space is no one's journal: say so, rather than how it fails to parse."""
    if not data.strip():
        raise InvalidImport(f"{source} is empty.")
    return data
