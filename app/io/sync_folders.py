"""Whether a folder lies inside one that a sync client uploads: Dropbox, OneDrive, Google Drive,
iCloud Drive, Nextcloud or ownCloud, Syncthing, and (by their usual names) pCloud, MEGA, Box and
Seafile. The journal's folder and an export's target are asked about, so the app can say once,
plainly, that copies leave the computer.

Two ways of knowing, both cheap:
- the clients' own lists of the folders they sync, where a client keeps one under the home folder
  (Dropbox's `info.json`, Nextcloud's and ownCloud's `.cfg`, Syncthing's `config.xml`, the Linux
  OneDrive client's `config`), each read only when it is a small regular file;
- the well-known names and marker files of each folder on the way up from the path (a "Dropbox"
  folder holding `.dropbox`, a Syncthing folder's `.stfolder`, a Nextcloud folder's sync journal
  `.sync_….db`, everything in macOS's `~/Library/CloudStorage`, iCloud's `Mobile Documents`).

Nothing here scans a tree, follows a marker, opens anything but the clients' small configuration
files (without blocking: a FIFO by that name is never waited on), writes, or reaches the network.
Only the folders on the way up are looked at: `lstat` of a few names in each, and one listing
of each (at most MAX_LISTED names) for Nextcloud's journal, whose name holds a hash. A folder that
can't be read, a link loop, a mangled or huge configuration: each is passed over, never raised.
A path on a network mount that hangs can still stall a `stat`; the app asks from a thread of its
own, which locking and quitting never wait for. The folders the clients' configurations name are
compared by their text with the folders on the way up; only those on the way are ever touched.
"""

from __future__ import annotations

import json
import logging
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

MAX_DEPTH = 128  # folders looked at on the way up
MAX_LISTED = 10_000  # names looked at in one folder, for Nextcloud's sync journal
MAX_ROOTS = 1_000  # folders taken from one client's configuration
MAX_JSON_BYTES = 256 * 1024  # Dropbox's info.json is a few hundred bytes
MAX_CFG_BYTES = 1024 * 1024  # Nextcloud's, ownCloud's and OneDrive's are a few KB
MAX_XML_BYTES = 8 * 1024 * 1024  # Syncthing's grows with devices and folders; never near this

DROPBOX, ONEDRIVE, GOOGLE_DRIVE, ICLOUD = "Dropbox", "OneDrive", "Google Drive", "iCloud Drive"
NEXTCLOUD, OWNCLOUD, SYNCTHING = "Nextcloud", "ownCloud", "Syncthing"
PCLOUD, MEGA, BOX, SEAFILE = "pCloud", "MEGA", "Box", "Seafile"

# macOS's File Provider folders, ~/Library/CloudStorage/<Provider>-<account>: every one is synced.
_PROVIDERS = {"googledrive": GOOGLE_DRIVE, "onedrive": ONEDRIVE, "dropbox": DROPBOX, "box": BOX,
              "pcloud": PCLOUD, "nextcloud": NEXTCLOUD, "owncloud": OWNCLOUD, "mega": MEGA,
              "icloud": ICLOUD, "icloud drive": ICLOUD}
_NAMES = {"My Drive": GOOGLE_DRIVE, "Google Drive": GOOGLE_DRIVE, "GoogleDrive": GOOGLE_DRIVE,
          "com~apple~CloudDocs": ICLOUD, "iCloud Drive": ICLOUD, "iCloudDrive": ICLOUD,
          "OneDrive": ONEDRIVE, "pCloudDrive": PCLOUD, "pCloud Drive": PCLOUD, "MEGAsync": MEGA,
          "Box Sync": BOX, "SeaDrive": SEAFILE}
# Names that are a client's only when they are straight under the home folder (their default).
_HOME_NAMES = {"MEGA": MEGA, "Box": BOX, "Seafile": SEAFILE, "Nextcloud": NEXTCLOUD}
_DROPBOX_NAME = re.compile(r"Dropbox(?: \(.+\))?")
_NEXTCLOUD_JOURNAL = re.compile(r"\._?sync_[^/\\]*\.db")


@dataclass(frozen=True, slots=True)
class SyncedFolder:
    """The service that uploads a folder (a proper name, shown as is) and the synced folder."""

    service: str
    root: Path


def synced_folder(path: str | os.PathLike[str], home: Path) -> SyncedFolder | None:
    """The synced folder `path` lies in (the nearest, when one is inside another), or None.

    `home` is where the clients' configurations are looked for (the person's home folder; a test's
    own). `path` need not exist: an export's target is asked about before it is written.
    """
    chains = _chains(path)
    if not chains:
        return None
    home_folder = _resolved(home) or home
    listed = _listed_roots(home, {_key(folder) for chain in chains for folder in chain})
    for chain in chains:
        for folder in chain:
            service = listed.get(_key(folder)) or _recognise(folder, home_folder)
            if service is not None:
                return SyncedFolder(service, folder)
    return None


# -- the way up ------------------------------------------------------------------------------


def _chains(path: str | os.PathLike[str]) -> list[list[Path]]:
    """The folders from `path` up to the root: links resolved first, then as written."""
    try:
        written = Path(os.path.normpath(Path(path).absolute()))
    except (OSError, ValueError):  # a NUL in the name, a current folder that is gone
        return []
    chains: list[list[Path]] = []
    real = _resolved(written)
    for start in (real, written):
        if start is None:
            continue
        chain = [start, *start.parents][:MAX_DEPTH]
        if chain not in chains:
            chains.append(chain)
    return chains


def _key(path: Path) -> str:
    """A folder's name as compared: written out whole, in the case this system tells apart."""
    return os.path.normcase(str(path))


def _resolved(path: str | os.PathLike[str]) -> Path | None:
    """Links followed as far as they go (a loop stops where it loops); None when unusable."""
    try:
        return Path(os.path.realpath(path))
    except (OSError, ValueError, RuntimeError):  # RuntimeError: a loop, on some Pythons
        return None


def _recognise(folder: Path, home: Path) -> str | None:
    """The service whose synced folder this is, by its name, where it is and what is in it."""
    name, parent = folder.name, folder.parent
    if not name:
        return None
    if parent.name == "CloudStorage" and parent.parent.name == "Library":
        provider = name.split("-", 1)[0]
        return _PROVIDERS.get(provider.lower(), provider or None)
    if parent.name == "Mobile Documents" and parent.parent.name == "Library":
        return ICLOUD  # every app's iCloud folder, com~apple~CloudDocs (iCloud Drive) among them
    if name in _NAMES:
        return _NAMES[name]
    if name.startswith("OneDrive - ") and len(name) > len("OneDrive - "):  # "OneDrive - Contoso"
        return ONEDRIVE
    if parent == home and name in _HOME_NAMES:
        return _HOME_NAMES[name]
    if _DROPBOX_NAME.fullmatch(name) and (_is(folder / ".dropbox", stat.S_ISREG)
                                          or _is(folder / ".dropbox.cache", stat.S_ISDIR)):
        return DROPBOX
    if _is(folder / ".stfolder", stat.S_ISDIR) or _is(folder / ".stfolder", stat.S_ISREG):
        return SYNCTHING
    if _is(folder / ".owncloudsync.log", stat.S_ISREG) or _has_nextcloud_journal(folder):
        return NEXTCLOUD
    if _is(folder / ".debris", stat.S_ISDIR):  # MEGA's local rubbish bin, in each synced folder
        return MEGA
    return None


def _is(path: Path, kind: Callable[[int], bool]) -> bool:
    """Whether `path` is there, itself (a link is not followed), of the kind (S_ISREG, S_ISDIR)."""
    try:
        mode = os.lstat(path).st_mode
    except (OSError, ValueError):
        return False
    return kind(mode)


def _has_nextcloud_journal(folder: Path) -> bool:
    """A `.sync_<hash>.db` (older: `._sync_<hash>.db`) file, which Nextcloud and ownCloud keep in
    the folder they sync. One listing, stopped after MAX_LISTED names."""
    try:
        with os.scandir(folder) as entries:
            for count, entry in enumerate(entries):
                if count >= MAX_LISTED:
                    return False
                if _NEXTCLOUD_JOURNAL.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
                    return True
    except (OSError, ValueError):
        return False
    return False


# -- the clients' own lists ------------------------------------------------------------------


def _listed_roots(home: Path, near: set[str]) -> dict[str, str]:
    """The folders a client's configuration names that are on the way up from the path asked about
    (`near`: their `_key`s, as written and resolved), by `_key`, as named and with links resolved.

    A configuration may name a thousand folders, some on a network mount that hangs: each is first
    compared by its text only, and just the ones on the way up are ever resolved (which touches the
    disk). A configured folder that is a link to one on the way up, by another name, is passed over.
    """
    found: dict[str, str] = {}
    sources = (
        (DROPBOX, _DROPBOX_INFO, MAX_JSON_BYTES, _dropbox_paths),
        (NEXTCLOUD, _NEXTCLOUD_CFG, MAX_CFG_BYTES, _cfg_paths),
        (OWNCLOUD, _OWNCLOUD_CFG, MAX_CFG_BYTES, _cfg_paths),
        (SYNCTHING, _SYNCTHING_XML, MAX_XML_BYTES, _syncthing_paths),
        (ONEDRIVE, _ONEDRIVE_CONFIG, MAX_CFG_BYTES, _onedrive_paths),
    )
    for service, places, limit, parse in sources:
        for place in places:
            data = read_small_file(home / place, limit)
            if data is None:
                continue
            try:
                paths = list(parse(data))[:MAX_ROOTS]
            except (ValueError, RecursionError, TypeError, AttributeError):
                log.warning("%s's configuration could not be read; passed over", service)
                continue
            for text in paths:
                for root in _root_forms(text, home, near):
                    found.setdefault(_key(root), service)
    return found


_DROPBOX_INFO = (".dropbox/info.json", "AppData/Roaming/Dropbox/info.json", "AppData/Local/Dropbox/info.json")
_NEXTCLOUD_CFG = (".config/Nextcloud/nextcloud.cfg", "Library/Preferences/Nextcloud/nextcloud.cfg",
                  "AppData/Roaming/Nextcloud/nextcloud.cfg")
_OWNCLOUD_CFG = (".config/ownCloud/owncloud.cfg", "Library/Preferences/ownCloud/owncloud.cfg",
                 "AppData/Roaming/ownCloud/owncloud.cfg")
_SYNCTHING_XML = (".local/state/syncthing/config.xml", ".config/syncthing/config.xml",
                  "Library/Application Support/Syncthing/config.xml", "AppData/Local/Syncthing/config.xml")
_ONEDRIVE_CONFIG = (".config/onedrive/config",)


def _root_forms(text: str, home: Path, near: set[str]) -> Iterator[Path]:
    """A folder named in a configuration, if it is `near`: `~` is the home folder; only absolute
    paths count. Only a folder whose text is on the way up is resolved."""
    text = text.strip()
    if not text or "\x00" in text:
        return
    if text == "~" or text.startswith(("~/", "~\\")):
        text = str(home / text[2:]) if len(text) > 1 else str(home)
    written = Path(os.path.normpath(text))
    if not written.is_absolute() or _key(written) not in near:
        return
    yield written
    real = _resolved(written)
    if real is not None and real != written:
        yield real


def _dropbox_paths(data: bytes) -> Iterable[str]:
    """{"personal": {"path": "/home/me/Dropbox", …}, "business": {"path": …}}"""
    document = json.loads(data)
    if not isinstance(document, dict):
        return []
    accounts = [value for value in document.values() if isinstance(value, dict)]
    return [account["path"] for account in accounts if isinstance(account.get("path"), str)]


def _cfg_paths(data: bytes) -> Iterable[str]:
    """Qt's INI: `0\\Folders\\1\\localPath=/home/me/Nextcloud/` (also FoldersWithPlaceholders…)."""
    paths = []
    for line in data.decode("utf-8", errors="replace").splitlines():
        key, equals, value = line.partition("=")
        if not equals or not key.strip().replace("/", "\\").endswith("\\localPath"):
            continue
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1].replace("\\\\", "\\")
        paths.append(value)
    return paths


def _onedrive_paths(data: bytes) -> Iterable[str]:
    """The Linux client's `sync_dir = "~/OneDrive"`."""
    paths = []
    for line in data.decode("utf-8", errors="replace").splitlines():
        key, equals, value = line.partition("=")
        if equals and key.strip() == "sync_dir":
            paths.append(value.strip().strip('"'))
    return paths


def _syncthing_paths(data: bytes) -> Iterable[str]:
    """<configuration><folder id=… path="/home/me/Sync"/>…; <defaults>' folder is no folder."""
    from xml.etree import ElementTree

    upper = data.upper()
    if b"<!DOCTYPE" in upper or b"<!ENTITY" in upper:  # Syncthing writes neither: no entities at all
        raise ValueError("a document type in Syncthing's configuration")
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise ValueError("not XML") from error
    if root.tag != "configuration":
        return []
    return [path for folder in root.findall("folder") if isinstance(path := folder.get("path"), str)]


def read_small_file(path: Path, limit: int) -> bytes | None:
    """A regular file's bytes, or None when it is missing, something else (a FIFO is never waited
    on, a device never read), unreadable or over `limit` bytes."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        descriptor = os.open(path, flags)
    except (OSError, ValueError):
        return None
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            return None
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(descriptor, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            log.warning("%s is too large to be a sync client's configuration; passed over", path.name)
            return None
        return b"".join(chunks)
    except OSError:
        return None
    finally:
        os.close(descriptor)
