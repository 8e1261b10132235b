"""The login entry: written where XDG says, with a command that starts this app on this journal,
removed when turned off, and never one the person made by hand."""

from __future__ import annotations

import configparser
from pathlib import Path

import pytest

from app.io import autostart


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder


def read_entry(path: Path) -> dict[str, str]:
    parser = configparser.RawConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(path.read_text(encoding="utf-8"))
    return dict(parser["Desktop Entry"])


def unescape_exec(value: str) -> list[str]:
    """The Exec value as the Desktop Entry Specification reads it: the string's escapes, then the
    arguments (split at spaces; inside double quotes a backslash escapes " ` $ and itself), then %%."""
    text = value.replace("\\\\", "\\")
    arguments: list[str] = []
    current: list[str] = []
    quoted = False
    characters = iter(text)
    for character in characters:
        if quoted and character == "\\":
            current.append(next(characters))
        elif character == '"':
            quoted = not quoted
        elif character == " " and not quoted:
            arguments.append("".join(current))
            current = []
        else:
            current.append(character)
    assert not quoted
    arguments.append("".join(current))
    return [argument.replace("%%", "%") for argument in arguments]


def test_turned_on_it_writes_an_entry_that_starts_this_python_on_this_journal(config_home: Path,
                                                                             data_dir: Path) -> None:
    path = autostart.set_start_at_login(True, data_dir, frozen=False, executable="/usr/bin/python3")
    assert path == config_home / "autostart" / autostart.FILE_NAME
    entry = read_entry(path)
    assert entry["Type"] == "Application" and entry["Name"] == "Trustbridge"
    assert unescape_exec(entry["Exec"]) == ["/usr/bin/python3", "-m", "app", "--data-dir", str(data_dir)]
    assert Path(entry["Path"]) == autostart.source_folder()
    assert (Path(entry["Path"]) / "app" / "__main__.py").is_file()  # `-m app` finds it from there
    assert autostart.starts_at_login()
    assert path.stat().st_mode & 0o077 == 0


def test_turned_off_it_removes_the_entry(config_home: Path, data_dir: Path) -> None:
    path = autostart.set_start_at_login(True, data_dir)
    assert path is not None and path.exists()
    assert autostart.set_start_at_login(False, data_dir) is None
    assert not path.exists() and not autostart.starts_at_login()
    autostart.set_start_at_login(False, data_dir)  # already off: nothing to do, no error


def test_a_built_app_starts_its_own_binary(config_home: Path, tmp_path: Path) -> None:
    binary = tmp_path / "bundle" / "trustbridge"
    path = autostart.set_start_at_login(True, None, frozen=True, executable=str(binary))
    assert path is not None
    entry = read_entry(path)
    assert unescape_exec(entry["Exec"]) == [str(binary)]
    assert "Path" not in entry
    assert entry["TryExec"] == str(binary)


def test_spaces_quotes_dollars_and_percent_in_paths_survive(config_home: Path, tmp_path: Path) -> None:
    odd = tmp_path / 'My "Journal" $HOME 100% \\ done'
    path = autostart.set_start_at_login(True, odd, frozen=True, executable="/opt/Trust Bridge/trustbridge")
    assert path is not None
    expected = ["/opt/Trust Bridge/trustbridge", "--data-dir", str(odd)]
    assert unescape_exec(read_entry(path)["Exec"]) == expected


def test_a_path_with_a_line_break_is_refused_before_anything_is_written(config_home: Path,
                                                                       tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        autostart.set_start_at_login(True, tmp_path / "two\nlines")
    assert not (config_home / "autostart" / autostart.FILE_NAME).exists()


def test_an_entry_the_person_made_is_neither_replaced_nor_removed(config_home: Path, data_dir: Path) -> None:
    path = config_home / "autostart" / autostart.FILE_NAME
    path.parent.mkdir(parents=True)
    path.write_text("[Desktop Entry]\nType=Application\nName=Mine\nExec=trustbridge-gui\n", encoding="utf-8")
    autostart.set_start_at_login(False, data_dir)
    assert path.exists()
    with pytest.raises(FileExistsError):
        autostart.set_start_at_login(True, data_dir)
    assert "Name=Mine" in path.read_text(encoding="utf-8")


def test_without_xdg_config_home_it_is_under_dot_config(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    assert autostart.autostart_path() == Path.home() / ".config" / "autostart" / autostart.FILE_NAME
    assert autostart.autostart_path({"XDG_CONFIG_HOME": "relative/dir"}) == (
        Path.home() / ".config" / "autostart" / autostart.FILE_NAME)  # the spec ignores a relative one


def test_the_entry_is_valid_where_desktop_file_validate_is_installed(config_home: Path,
                                                                    tmp_path: Path) -> None:
    import shutil
    import subprocess

    validate = shutil.which("desktop-file-validate")
    if validate is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    path = autostart.set_start_at_login(True, tmp_path / "a journal $here")
    assert path is not None
    done = subprocess.run([validate, str(path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_entry_names_the_icon_the_packages_install(config_home: Path, data_dir: Path) -> None:
    path = autostart.set_start_at_login(True, data_dir, frozen=False, executable="/usr/bin/python3")
    assert path is not None
    icon = read_entry(path)["Icon"]
    packaging = autostart.source_folder() / "packaging"
    launcher = read_entry(packaging / f"{autostart.APP_ID}.desktop")
    assert icon == launcher["Icon"] == "io.github.trustbridge.Trustbridge"
    installed = {found.stem for found in (packaging / "icons" / "hicolor").glob("*/apps/*")}
    assert installed == {icon}


def test_start_at_login_is_offered_on_freedesktop_systems_but_not_inside_a_flatpak(tmp_path: Path) -> None:
    flatpak_info = tmp_path / ".flatpak-info"
    assert autostart.supported("linux", flatpak_info)
    assert autostart.supported("freebsd14", flatpak_info)
    assert not autostart.supported("win32", flatpak_info) and not autostart.supported("darwin", flatpak_info)
    flatpak_info.write_text("[Application]\nname=io.github.trustbridge.Trustbridge\n", encoding="utf-8")
    assert not autostart.supported("linux", flatpak_info)  # the entry would stay inside the sandbox
