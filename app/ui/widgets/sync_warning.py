"""Before a file is written where a sync client uploads (Dropbox, OneDrive, …: app/io/sync_folders.py):
the line that says so, and the question "Save here anyway?" with Save / Choose another place.

Used right after a file chooser returns and before anything is written: the export dialog (which
also shows the line), the brief, the ownership statement. The look touches the disk (the folders on
the way up), so it runs on a thread of its own and is waited for at most LOOK_SECONDS: a folder on
a network mount that hangs never holds the window longer, and then nothing is said (the thread is a
daemon: nothing, not even quitting, ever waits for it).
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ParamSpec

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.ui.widgets import messages

if TYPE_CHECKING:
    from app.io.sync_folders import SyncedFolder

log = logging.getLogger(__name__)
P = ParamSpec("P")

LOOK_SECONDS = 2.0  # the longest a save waits to hear whether its folder is synced


def synced_folder_of(path: Path, wait_seconds: float = LOOK_SECONDS) -> SyncedFolder | None:
    """The synced folder that the file `path` would be written in, or None (not synced, or no
    answer within `wait_seconds`)."""
    folder, home = path.parent, Path.home()
    answer: list[SyncedFolder | None] = []
    done = threading.Event()

    def look() -> None:
        from app.io.sync_folders import synced_folder

        try:
            answer.append(synced_folder(folder, home))
        except Exception:  # a kindness, never a reason to fail a save
            log.warning("could not tell whether a folder is synced", exc_info=True)
        finally:
            done.set()

    threading.Thread(target=look, name="trustbridge-sync-look", daemon=True).start()
    if not done.wait(wait_seconds):
        log.info("no word within %s s on whether the folder is synced; nothing said", wait_seconds)
        return None
    return answer[0] if answer else None


def sync_line(synced: SyncedFolder) -> str:
    """The plain line for a file about to be saved in `synced`."""
    return QCoreApplication.translate(
        "SyncWarning", "This folder is synced by {service}: the file will be uploaded to your {service} "
                       "account and isn't encrypted.").format(service=synced.service)


def sync_line_for(path: Path) -> str:
    """The line for saving at `path`, or "" where its folder is not synced (or didn't say in time)."""
    synced = synced_folder_of(path)
    return sync_line(synced) if synced is not None else ""


def confirm_synced_target(parent: QWidget | None, path: Path, synced: SyncedFolder | None = None) -> bool:
    """True to go on and save at `path`: its folder is not synced, or the person chose Save. False:
    "Choose another place" (the default, so Enter never uploads by accident). `synced`: already
    known (the export dialog looked as the place was chosen)."""
    if synced is None:
        synced = synced_folder_of(path)
    if synced is None:
        return True
    title = QCoreApplication.translate("SyncWarning", "Save in a synced folder?")
    question = QCoreApplication.translate("SyncWarning", "Save here anyway?")
    return messages.confirm(parent, title, sync_line(synced), question,
                            QCoreApplication.translate("SyncWarning", "Save"),
                            QCoreApplication.translate("SyncWarning", "Choose another place"))


def asking_about_sync(choose: Callable[P, Path | None]) -> Callable[P, Path | None]:
    """A file chooser (its first argument the window it belongs to) that asks before a place in a
    synced folder: the place once the person says Save; "Choose another place" opens it again."""

    @functools.wraps(choose)
    def chooser(*args: P.args, **kwargs: P.kwargs) -> Path | None:
        parent = args[0] if args and isinstance(args[0], QWidget) else None
        while True:
            path = choose(*args, **kwargs)
            if path is None or confirm_synced_target(parent, path):
                return path

    return chooser
