"""Which sync client uploads a folder: every service by its names, markers and configuration, in
temporary folders under a temporary home; and hostile things where markers and configurations are
looked for (FIFOs, a 100 MB file, junk JSON and XML, a link loop, folders that can't be read)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from app.io.sync_folders import (
    BOX,
    DROPBOX,
    GOOGLE_DRIVE,
    ICLOUD,
    MEGA,
    NEXTCLOUD,
    ONEDRIVE,
    OWNCLOUD,
    PCLOUD,
    SEAFILE,
    SYNCTHING,
    SyncedFolder,
    read_small_file,
    synced_folder,
)

HUNDRED_MB = 100 * 1024 * 1024


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A home folder of the test's own (never the developer's: the clients' configurations)."""
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def folder(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def fifo(path: Path) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("needs os.mkfifo (POSIX) to make a FIFO")
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)
    return path


def sparse(path: Path, size: int) -> Path:
    """A file of `size` bytes that takes no room on disk."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as stream:
        stream.truncate(size)
    return path


def found(path: Path, home: Path) -> SyncedFolder | None:
    return synced_folder(path, home)


def test_an_ordinary_folder_is_not_synced(home: Path) -> None:
    journal = folder(home / ".local" / "share" / "Trustbridge")
    assert found(journal, home) is None
    assert found(home / "Documents" / "not-yet.md", home) is None


# -- Dropbox -------------------------------------------------------------------------------


def test_dropbox_by_its_name_and_its_marker_file(home: Path) -> None:
    root = folder(home / "Dropbox")
    write(root / ".dropbox", '{"tag": "dropbox"}')
    journal = folder(root / "Private" / "Trustbridge")
    assert found(journal, home) == SyncedFolder(DROPBOX, root)
    assert found(root / "export.json", home) == SyncedFolder(DROPBOX, root)  # not written yet


def test_a_team_dropbox_by_its_cache_folder(home: Path) -> None:
    root = folder(home / "Dropbox (Contoso)")
    folder(root / ".dropbox.cache")
    assert found(folder(root / "notes"), home) == SyncedFolder(DROPBOX, root)


def test_a_folder_called_dropbox_without_a_marker_is_not_taken_for_one(home: Path) -> None:
    assert found(folder(home / "Dropbox" / "old"), home) is None
    assert found(folder(home / "Dropbox backup" / "x"), home) is None


def test_dropbox_where_its_info_json_says(home: Path, tmp_path: Path) -> None:
    elsewhere = folder(tmp_path / "disk" / "Work files")
    write(home / ".dropbox" / "info.json", json.dumps({
        "personal": {"path": str(tmp_path / "nowhere"), "host": 1},
        "business": {"path": str(elsewhere), "is_team": True},
    }))
    assert found(folder(elsewhere / "journal"), home) == SyncedFolder(DROPBOX, elsewhere)


def test_dropbox_on_macos_file_provider(home: Path) -> None:
    root = folder(home / "Library" / "CloudStorage" / "Dropbox")
    assert found(folder(root / "j"), home) == SyncedFolder(DROPBOX, root)


# -- OneDrive, Google Drive, iCloud ----------------------------------------------------------


@pytest.mark.parametrize("name", ["OneDrive", "OneDrive - Contoso Ltd"])
def test_onedrive_by_its_names(home: Path, name: str) -> None:
    root = folder(home / name)
    assert found(folder(root / "Documents" / "Trustbridge"), home) == SyncedFolder(ONEDRIVE, root)


def test_onedrive_on_macos_and_the_linux_clients_sync_dir(home: Path, tmp_path: Path) -> None:
    mac = folder(home / "Library" / "CloudStorage" / "OneDrive-Personal")
    assert found(mac / "a.md", home) == SyncedFolder(ONEDRIVE, mac)
    linux = folder(tmp_path / "cloud")
    write(home / ".config" / "onedrive" / "config", f'# comment\nsync_dir = "{linux}"\n')
    assert found(linux / "a.md", home) == SyncedFolder(ONEDRIVE, linux)


def test_a_folder_merely_starting_with_onedrive_is_not_onedrive(home: Path) -> None:
    assert found(folder(home / "OneDrive - ") / "x", home) is None  # no organisation named
    assert found(folder(home / "OneDriveNotes") / "x", home) is None


@pytest.mark.parametrize("parts", [
    ("Google Drive",), ("My Drive",), ("Library", "CloudStorage", "GoogleDrive-me@example.com"),
])
def test_google_drive(home: Path, parts: tuple[str, ...]) -> None:
    root = folder(home.joinpath(*parts))
    assert found(folder(root / "Trustbridge"), home) == SyncedFolder(GOOGLE_DRIVE, root)


def test_google_drive_nearest_folder_is_my_drive(home: Path) -> None:
    account = home / "Library" / "CloudStorage" / "GoogleDrive-me@example.com"
    root = folder(account / "My Drive")
    assert found(root / "x.md", home) == SyncedFolder(GOOGLE_DRIVE, root)


@pytest.mark.parametrize("parts", [
    ("Library", "Mobile Documents", "com~apple~CloudDocs"), ("iCloudDrive",), ("iCloud Drive",),
    ("Library", "Mobile Documents", "iCloud~com~example~notes"),
])
def test_icloud_drive(home: Path, parts: tuple[str, ...]) -> None:
    root = folder(home.joinpath(*parts))
    assert found(folder(root / "Journal"), home) == SyncedFolder(ICLOUD, root)


# -- Nextcloud and ownCloud ------------------------------------------------------------------


@pytest.mark.parametrize("marker", [".sync_0123456789ab.db", "._sync_9f8e7d.db", ".owncloudsync.log"])
def test_nextcloud_by_its_sync_journal(home: Path, tmp_path: Path, marker: str) -> None:
    root = folder(tmp_path / "cloud files")
    write(root / marker, b"SQLite format 3\x00")
    assert found(folder(root / "a" / "b"), home) == SyncedFolder(NEXTCLOUD, root)


def test_nextcloud_and_owncloud_where_their_settings_say(home: Path, tmp_path: Path) -> None:
    nextcloud = folder(tmp_path / "nc")
    owncloud = folder(tmp_path / "oc files")
    write(home / ".config" / "Nextcloud" / "nextcloud.cfg", (
        "[General]\nclientVersion=3.12.0\n\n[Accounts]\n0\\version=1\n"
        f"0\\Folders\\1\\localPath={nextcloud}/\n0\\Folders\\1\\journalPath=.sync_abc.db\n"
        "0\\Folders\\2\\localPath=relative/ignored\n"
    ))
    write(home / ".config" / "ownCloud" / "owncloud.cfg",
          f'[Accounts]\n0\\FoldersWithPlaceholders\\3\\localPath="{owncloud}"\n')
    assert found(nextcloud / "j", home) == SyncedFolder(NEXTCLOUD, nextcloud)
    assert found(owncloud / "j", home) == SyncedFolder(OWNCLOUD, owncloud)


def test_the_default_nextcloud_folder_in_the_home(home: Path) -> None:
    assert found(folder(home / "Nextcloud" / "x"), home) == SyncedFolder(NEXTCLOUD, home / "Nextcloud")


# -- Syncthing -----------------------------------------------------------------------------


def test_syncthing_by_its_stfolder(home: Path, tmp_path: Path) -> None:
    root = folder(tmp_path / "Sync")
    folder(root / ".stfolder")
    assert found(folder(root / "journal"), home) == SyncedFolder(SYNCTHING, root)
    older = folder(tmp_path / "Older")
    write(older / ".stfolder", "")  # older Syncthing made it a file
    assert found(older, home) == SyncedFolder(SYNCTHING, older)


@pytest.mark.parametrize("place", [".config/syncthing/config.xml", ".local/state/syncthing/config.xml"])
def test_syncthing_where_its_configuration_says(home: Path, tmp_path: Path, place: str) -> None:
    shared = folder(tmp_path / "shared")
    folder(home / "Sync")
    write(home / place, (
        '<configuration version="37">\n'
        f'  <folder id="abcd-1234" label="Shared" path="{shared}" type="sendreceive"></folder>\n'
        '  <folder id="efgh" label="Default" path="~/Sync"/>\n'
        '  <device id="X"/>\n'
        '  <defaults><folder id="" path="~"/></defaults>\n'
        '</configuration>\n'
    ))
    assert found(shared / "journal", home) == SyncedFolder(SYNCTHING, shared)
    assert found(home / "Sync" / "j", home) == SyncedFolder(SYNCTHING, home / "Sync")
    assert found(folder(home / "Documents"), home) is None  # the defaults' "~" is no synced folder


def test_a_whole_home_synced_by_syncthing(home: Path) -> None:
    write(home / ".config" / "syncthing" / "config.xml",
          '<configuration><folder id="h" path="~"/></configuration>')
    data = folder(home / ".local" / "share" / "Trustbridge")
    assert found(data, home) == SyncedFolder(SYNCTHING, home)


# -- pCloud, MEGA, Box, Seafile --------------------------------------------------------------


@pytest.mark.parametrize(("parts", "service"), [
    (("pCloudDrive",), PCLOUD), (("pCloud Drive",), PCLOUD), (("MEGAsync",), MEGA), (("MEGA",), MEGA),
    (("Box",), BOX), (("Box Sync",), BOX), (("Library", "CloudStorage", "Box-Box"), BOX),
    (("Seafile",), SEAFILE), (("SeaDrive",), SEAFILE),
])
def test_the_others_by_their_usual_folders(home: Path, parts: tuple[str, ...], service: str) -> None:
    root = folder(home.joinpath(*parts))
    assert found(folder(root / "journal"), home) == SyncedFolder(service, root)


def test_box_mega_and_seafile_names_count_only_in_the_home(home: Path) -> None:
    for name in ("Box", "MEGA", "Seafile"):
        assert found(folder(home / "Documents" / name / "x"), home) is None


def test_mega_by_its_rubbish_folder(home: Path, tmp_path: Path) -> None:
    root = folder(tmp_path / "mine")
    folder(root / ".debris")
    assert found(root / "a.md", home) == SyncedFolder(MEGA, root)


def test_an_unknown_file_provider_on_macos_is_named_as_it_names_itself(home: Path) -> None:
    root = folder(home / "Library" / "CloudStorage" / "ProtonDrive-me@example.com")
    assert found(root / "x", home) == SyncedFolder("ProtonDrive", root)


# -- where several answers meet ----------------------------------------------------------------


def test_the_nearest_synced_folder_is_the_one_named(home: Path) -> None:
    dropbox = folder(home / "Dropbox")
    write(dropbox / ".dropbox", "{}")
    inner = folder(dropbox / "Phone")
    folder(inner / ".stfolder")
    assert found(inner / "x", home) == SyncedFolder(SYNCTHING, inner)
    assert found(dropbox / "x", home) == SyncedFolder(DROPBOX, dropbox)


def test_links_are_followed_and_the_path_as_written_counts_too(home: Path, tmp_path: Path) -> None:
    dropbox = folder(home / "Dropbox")
    write(dropbox / ".dropbox", "{}")
    real = folder(dropbox / "Journal")
    link = tmp_path / "journal-link"
    link.symlink_to(real, target_is_directory=True)
    assert found(link, home) == SyncedFolder(DROPBOX, dropbox)  # a link into Dropbox
    outside = folder(tmp_path / "local only")
    (dropbox / "Local").symlink_to(outside, target_is_directory=True)
    assert found(dropbox / "Local", home) == SyncedFolder(DROPBOX, dropbox)  # as written, in Dropbox


# -- hostile things --------------------------------------------------------------------------


def test_fifos_named_like_markers_are_never_markers_and_never_waited_on(home: Path, tmp_path: Path) -> None:
    dropbox = folder(home / "Dropbox")
    fifo(dropbox / ".dropbox")
    fifo(dropbox / ".dropbox.cache")
    elsewhere = folder(tmp_path / "elsewhere")
    fifo(elsewhere / ".stfolder")
    fifo(elsewhere / ".owncloudsync.log")
    fifo(elsewhere / ".sync_abc.db")
    fifo(elsewhere / ".debris")
    fifo(home / ".dropbox" / "info.json")
    fifo(home / ".config" / "syncthing" / "config.xml")
    fifo(home / ".config" / "Nextcloud" / "nextcloud.cfg")
    assert found(folder(dropbox / "j"), home) is None
    assert found(elsewhere / "j", home) is None
    target = fifo(elsewhere / "export.md")  # the path asked about is itself a FIFO
    assert found(target, home) is None


def test_a_hundred_megabyte_configuration_is_passed_over(home: Path, tmp_path: Path) -> None:
    for place in (".dropbox/info.json", ".config/Nextcloud/nextcloud.cfg", ".config/syncthing/config.xml",
                  ".config/onedrive/config"):
        sparse(home / place, HUNDRED_MB)
    assert read_small_file(home / ".dropbox" / "info.json", 1024) is None
    assert found(folder(tmp_path / "plain"), home) is None


def test_a_configuration_just_under_its_limit_is_read(tmp_path: Path) -> None:
    path = write(tmp_path / "c", b"x" * 1024)
    assert read_small_file(path, 1024) == b"x" * 1024
    assert read_small_file(path, 1023) is None
    assert read_small_file(folder(tmp_path / "a folder"), 1024) is None
    assert read_small_file(tmp_path / "missing", 1024) is None


@pytest.mark.parametrize("junk", [
    b"", b"\xff\xfe\x00junk", b"[" * 100_000 + b"]" * 100_000, b"1" * 5000, b'"just a string"',
    b"[1, 2, 3]", b'{"personal": "not an account"}', b'{"personal": {"path": 5}}',
    b'{"personal": {"path": "relative/Dropbox"}}', b'{"personal": {"path": "/a\\u0000b"}}',
    b'{"personal": {"path": ""}}', b"NaN", b'{"personal": {"path": ["/x"]}}',
])
def test_junk_in_dropbox_info_json(home: Path, tmp_path: Path, junk: bytes) -> None:
    write(home / ".dropbox" / "info.json", junk)
    assert found(folder(tmp_path / "plain"), home) is None


BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + b"".join(b' <!ENTITY lol%d "%s">\n' % (i, b"&lol%d;" % (i - 1) * 10 if i > 1 else b"&lol;" * 10)
               for i in range(1, 10))
    + b']>\n<configuration><folder path="&lol9;"/></configuration>\n'
)


@pytest.mark.parametrize("junk", [
    b"", b"not xml at all", b"<configuration><folder path=", b"\x00\x01\x02",
    BILLION_LAUGHS,
    b'<!DOCTYPE c [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b'<configuration><folder path="&x;"/></configuration>',
    b'<other><folder path="/tmp"/></other>', b"<configuration><folder/><folder path=''/></configuration>",
    b"<configuration>" + b"<a>" * 50_000 + b"</a>" * 50_000 + b"</configuration>",
])
def test_junk_in_syncthing_config(home: Path, tmp_path: Path, junk: bytes) -> None:
    write(home / ".config" / "syncthing" / "config.xml", junk)
    assert found(folder(tmp_path / "plain"), home) is None


@pytest.mark.parametrize("junk", [
    b"\xff\xfe\x00", b"=\n==\n\\localPath\n", b"0\\Folders\\1\\localPath=\n", b'0\\Folders\\1\\localPath="\n',
    b"0\\Folders\\1\\localPath=relative\n", b"0\\Folders\\1\\localPath=/a\x00b\n",
])
def test_junk_in_nextcloud_cfg(home: Path, tmp_path: Path, junk: bytes) -> None:
    write(home / ".config" / "Nextcloud" / "nextcloud.cfg", junk)
    assert found(folder(tmp_path / "plain"), home) is None


def test_a_link_loop_on_the_way(home: Path, tmp_path: Path) -> None:
    loops = folder(tmp_path / "loops")
    (loops / "a").symlink_to(loops / "b")
    (loops / "b").symlink_to(loops / "a")
    assert found(loops / "a" / "journal", home) is None
    (loops / "Dropbox").symlink_to(loops / "Dropbox")  # a link to itself, named like the folder
    assert found(loops / "Dropbox" / "x", home) is None
    write(home / ".config" / "syncthing" / "config.xml",
          f'<configuration><folder id="l" path="{loops / "a"}"/></configuration>')
    assert found(loops / "a" / "x", home) == SyncedFolder(SYNCTHING, loops / "a")  # as the client names it


def test_names_that_are_no_paths(home: Path) -> None:
    assert found(Path("/a\x00b"), home) is None
    assert synced_folder("/", home) is None


_AS_NOBODY = """
import os, sys
from pathlib import Path
from xml.etree import ElementTree  # everything loaded first: nobody may not read the interpreter's own files
from app.io.sync_folders import synced_folder
os.setgid(65534); os.setuid(65534)
result = synced_folder(Path(sys.argv[1]), Path(sys.argv[2]))
print(result.service if result else "none")
"""


def _service_seen_as_nobody(path: Path, home: Path) -> str:
    """What someone without root's privileges finds (root reads every folder whatever its mode)."""
    if os.geteuid() != 0:
        result = synced_folder(path, home)
        return result.service if result else "none"
    root_of_repo = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", _AS_NOBODY, str(path), str(home)],
                          capture_output=True, text=True, timeout=60, check=False,
                          env={**os.environ, "PYTHONPATH": str(root_of_repo)})
    if "PermissionError" in done.stderr and "setuid" in done.stderr:
        pytest.skip("this process may not become nobody")
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_folders_and_configurations_that_cant_be_read_are_passed_over() -> None:
    """A folder with no access at all on the way up (its markers unseen), and an unreadable
    configuration: each is passed over, and the rest still counts."""
    with tempfile.TemporaryDirectory() as name:  # pytest's own temp folders are closed to others
        top = Path(name)
        top.chmod(0o755)
        home = folder(top / "home")
        closed = folder(top / "closed")
        write(closed / ".sync_abc.db", b"")
        inner = folder(closed / "inner")
        config = write(home / ".config" / "syncthing" / "config.xml",
                       f'<configuration><folder path="{inner}"/></configuration>')
        try:
            assert _service_seen_as_nobody(inner / "x", home) == SYNCTHING  # all readable
            config.chmod(0)
            assert _service_seen_as_nobody(inner / "x", home) == NEXTCLOUD  # its marker still seen
            closed.chmod(0)
            assert _service_seen_as_nobody(inner / "x", home) == "none"
        finally:
            closed.chmod(0o755)
            config.chmod(0o644)


def test_a_thousand_configured_folders_off_the_way_up_are_never_touched(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A configuration naming a thousand folders, some on a mount that would hang: only the one on
    the way up from the journal is resolved; the others are compared by their text alone."""
    import app.io.sync_folders as sync_folders

    hung = tmp_path / "net" / "hung"  # never made: any look at it would be a look at a hung mount
    shared = folder(tmp_path / "shared")
    folders = [hung / f"folder {n}" for n in range(997)] + [hung, tmp_path / "net", shared]
    lines = "".join(f'  <folder id="f{n}" path="{path}"/>\n' for n, path in enumerate(folders))
    write(home / ".config" / "syncthing" / "config.xml", f"<configuration>\n{lines}</configuration>\n")
    touched: list[str] = []
    real_realpath, real_lstat, real_stat = os.path.realpath, os.lstat, os.stat

    def realpath(path: object, *args: object, **kwargs: object) -> str:
        touched.append(os.fspath(path))  # type: ignore[arg-type]
        return real_realpath(path, *args, **kwargs)  # type: ignore[arg-type, call-overload, no-any-return]

    def lstat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        touched.append(os.fspath(path))  # type: ignore[arg-type]
        return real_lstat(path, *args, **kwargs)  # type: ignore[arg-type]

    def stat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        touched.append(os.fspath(path))  # type: ignore[arg-type]
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sync_folders.os.path, "realpath", realpath)
    monkeypatch.setattr(sync_folders.os, "lstat", lstat)
    monkeypatch.setattr(sync_folders.os, "stat", stat)
    journal = folder(shared / "journal")
    assert found(journal, home) == SyncedFolder(SYNCTHING, shared)
    assert touched  # the way up was looked at
    assert not [path for path in touched if Path(path).is_relative_to(tmp_path / "net")]
    assert found(folder(tmp_path / "elsewhere"), home) is None
    assert not [path for path in touched if Path(path).is_relative_to(tmp_path / "net")]
