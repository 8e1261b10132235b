"""Starting Trustbridge when the person logs in: an XDG autostart entry, only when they ask.

On Linux (and other desktops that follow freedesktop.org), a `.desktop` file in
`$XDG_CONFIG_HOME/autostart/` (`~/.config/autostart/` by default) starts a program at login. We
write `io.github.trustbridge.Trustbridge.desktop` (the id packaging/ uses) there when "Start at
login" is turned on, and remove it when it is turned off. Its command starts the app the way this
one was started (the built binary, or this Python with `-m app` from the folder `app` was loaded
from) on this journal's folder.

The file is ours when it carries our mark (`X-Trustbridge-Autostart=true`): one the person made
by hand under that name is never removed. Written whole or not at all (private_file). Windows
and macOS have other ways (a registry key, a login item) that are not done yet: `SUPPORTED` says
whether this computer has the freedesktop way. Inside a Flatpak it hasn't: the entry would be
written into the sandbox's own config folder, which the desktop never reads (the portal's
Background request would be the way; not done yet), so Settings offers no "Start at login" there.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from app.store.private_file import write_private_bytes

APP_ID = "io.github.trustbridge.Trustbridge"  # packaging/: the desktop file's and the icon's name
FILE_NAME = f"{APP_ID}.desktop"
MARK = "X-Trustbridge-Autostart=true"
FLATPAK_INFO = Path("/.flatpak-info")  # there in every Flatpak sandbox, and nowhere else


def supported(platform: str | None = None, flatpak_info: Path = FLATPAK_INFO) -> bool:
    """Whether an entry written here starts the app at login: a freedesktop system, outside a Flatpak."""
    platform = sys.platform if platform is None else platform
    return platform.startswith(("linux", "freebsd", "openbsd", "netbsd")) and not flatpak_info.exists()


SUPPORTED = supported()

# Characters that make an Exec argument need quotes (the Desktop Entry Specification, "Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = set('"`$\\')


def autostart_folder(environ: Mapping[str, str] | None = None) -> Path:
    """`$XDG_CONFIG_HOME/autostart`, or `~/.config/autostart` when it is unset or not absolute."""
    env = os.environ if environ is None else environ
    config = env.get("XDG_CONFIG_HOME", "")
    base = Path(config) if config and Path(config).is_absolute() else Path.home() / ".config"
    return base / "autostart"


def autostart_path(environ: Mapping[str, str] | None = None) -> Path:
    return autostart_folder(environ) / FILE_NAME


def login_command(data_dir: Path | None, *, frozen: bool | None = None,
                  executable: str | None = None) -> list[str]:
    """How this app was started: the built binary, or this Python running `-m app`; then the journal."""
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    program = str(Path(executable or sys.executable).absolute())
    command = [program] if frozen else [program, "-m", "app"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir.absolute())]
    return command


def source_folder() -> Path:
    """The folder `app` was loaded from: the working directory a source checkout needs for `-m app`."""
    return Path(__file__).resolve().parent.parent.parent


def exec_line(command: Sequence[str]) -> str:
    """The Exec value for a command: each argument quoted where the specification asks, `%`
    doubled, then escaped as a desktop-file string. A control character can't be carried."""
    return _string(" ".join(_argument(part) for part in command))


def _argument(part: str) -> str:
    if not part or any(ord(character) < 0x20 or character == "\x7f" for character in part):
        raise ValueError("an argument that is empty or holds a control character can't start at login")
    if not any(character in _RESERVED for character in part):
        return part.replace("%", "%%")
    quoted = "".join(f"\\{c}" if c in _ESCAPED_IN_QUOTES else c for c in part)
    return f'"{quoted}"'.replace("%", "%%")


def _string(value: str) -> str:
    return value.replace("\\", "\\\\")


def entry_text(command: Sequence[str], working_folder: Path | None = None) -> str:
    """The autostart entry's whole text."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.0",  # nothing newer is used; older validators know no other
        "Name=Trustbridge",
        "Comment=Opens your Trustbridge journal when you log in",
        f"Exec={exec_line(command)}",
        f"TryExec={_string(command[0])}",
        f"Icon={APP_ID}",  # the name the packages install the icon under
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        MARK,
    ]
    if working_folder is not None:
        lines.insert(6, f"Path={_string(str(working_folder))}")
    return "\n".join(lines) + "\n"


def is_ours(path: Path) -> bool:
    """Whether the file there is an entry we wrote (a regular file with our mark)."""
    try:
        if not path.is_file() or path.is_symlink() or path.stat().st_size > 64 * 1024:
            return False
        return MARK in path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return False


def starts_at_login(environ: Mapping[str, str] | None = None) -> bool:
    """Whether our entry is there."""
    return is_ours(autostart_path(environ))


def set_start_at_login(on: bool, data_dir: Path | None, *, environ: Mapping[str, str] | None = None,
                       frozen: bool | None = None, executable: str | None = None) -> Path | None:
    """Write our entry (on) or remove it (off; only ours). Returns the entry's path when written.
    OSError when the folder or file can't be written; ValueError for a command that can't be written."""
    path = autostart_path(environ)
    if not on:
        if is_ours(path):
            path.unlink()
        return None
    is_frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    command = login_command(data_dir, frozen=is_frozen, executable=executable)
    text = entry_text(command, None if is_frozen else source_folder())
    if path.exists() and not is_ours(path):
        raise FileExistsError(f"{path} is not ours to replace")
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    write_private_bytes(path, text.encode("utf-8"))
    return path
