"""The Linux package metadata: the desktop file, the AppStream metainfo, the Flatpak manifest.

The two validators run where they are installed (`apt install desktop-file-utils appstream`) and are
skipped with that reason where not; the rest reads the files themselves: one id everywhere, the
screenshots and release notes matching the repository, the Flatpak manifest naming what exists.
"""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

import app

REPO = Path(__file__).resolve().parents[2]
APP_ID = "io.github.trustbridge.Trustbridge"
PACKAGING = REPO / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
FLATPAK = PACKAGING / "flatpak" / f"{APP_ID}.yml"
INSTALL_HINT = "not installed (Debian/Ubuntu: apt install desktop-file-utils appstream)"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is {INSTALL_HINT}")
    return found


def _validate(argv: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, encoding="utf-8", timeout=60, check=False)


def test_desktop_file_is_valid() -> None:
    result = _validate([_tool("desktop-file-validate"), str(DESKTOP)])
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # not even a hint


def test_metainfo_is_valid() -> None:
    result = _validate([_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "W:" not in result.stdout and "E:" not in result.stdout, result.stdout


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_starts_the_installed_app_with_our_icon() -> None:
    entry = _desktop_entry()
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["gui-scripts"]
    assert entry["Exec"].split()[0] in scripts
    assert entry["TryExec"] in scripts
    assert entry["Icon"] == APP_ID
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        assert (PACKAGING / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (PACKAGING / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def test_metainfo_names_the_same_app() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("name") == app.APP_NAME == _desktop_entry()["Name"]
    license_ = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["license"]
    assert root.findtext("project_license") == license_
    binaries = {element.text for element in root.iterfind("provides/binary")}
    assert binaries == {"trustbridge", "trustbridge-gui"}
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type") == "oars-1.1"


def test_metainfo_screenshots_are_files_in_this_repository() -> None:
    root = ET.parse(METAINFO).getroot()
    images = list(root.iterfind("screenshots/screenshot/image"))
    assert len(images) >= 3
    prefix = "https://raw.githubusercontent.com/trustbridge/trustbridge/main/"
    for image in images:
        url = image.text or ""
        assert url.startswith(prefix), url
        path = REPO / url.removeprefix(prefix)
        assert path.is_file(), f"{url} names no file in the repository"
        width, height = _png_size(path)
        assert (image.get("width"), image.get("height")) == (str(width), str(height)), url
    assert all(shot.findtext("caption") for shot in root.iterfind("screenshots/screenshot"))


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    return int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")


def test_metainfo_release_notes_reach_this_version() -> None:
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "no <release> in the metainfo"
    assert releases[0].get("version") == app.__version__, "the newest <release> is not this version"
    for release in releases:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", release.get("date") or ""), release.attrib
        assert release.find("description") is not None, release.attrib


def test_flatpak_manifest_is_complete_on_paper() -> None:
    """flatpak-builder is not run here (it downloads the runtimes): the manifest is read instead."""
    manifest = yaml.safe_load(FLATPAK.read_text(encoding="utf-8"))
    assert manifest["id"] == APP_ID
    assert (manifest["runtime"], manifest["sdk"], manifest["base"]) == (
        "org.kde.Platform", "org.kde.Sdk", "io.qt.PySide.BaseApp"
    )
    assert manifest["runtime-version"] == manifest["base-version"]
    assert "--share=network" not in manifest["finish-args"]  # Trustbridge never uses a network
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert manifest["command"] in project["gui-scripts"]

    included = [module for module in manifest["modules"] if isinstance(module, str)]
    assert included == ["python3-dependencies.yml"]
    app_module = next(module for module in manifest["modules"] if isinstance(module, dict))
    (source,) = app_module["sources"]
    assert (FLATPAK.parent / source["path"]).resolve() == REPO
    for command in app_module["build-commands"]:
        for named in re.findall(r"packaging/\S+", command.replace("${FLATPAK_ID}", APP_ID)):
            assert (REPO / named.rstrip("/")).exists(), named


def test_flatpak_wheels_cover_every_dependency() -> None:
    """The pinned wheels are made by pin_wheels.py just before a build (it needs the network)."""
    pinned = FLATPAK.parent / "python3-dependencies.yml"
    if not pinned.exists():
        pytest.skip("packaging/flatpak/pin_wheels.py makes python3-dependencies.yml before a Flatpak build")
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    dependencies = yaml.safe_load(pinned.read_text(encoding="utf-8"))
    wheels = [source["url"].rsplit("/", 1)[-1] for source in dependencies["sources"]]
    assert all(re.fullmatch(r"[0-9a-f]{64}", source["sha256"]) for source in dependencies["sources"])
    shipped = {_normalise(wheel.split("-")[0]) for wheel in wheels}
    needed = {_normalise(re.split(r"[<>=!;\[ ]", requirement)[0]) for requirement in project["dependencies"]}
    assert needed - {"pyside6-essentials"} <= shipped, "a dependency is missing from the Flatpak"
    for source in dependencies["sources"]:  # a compiled wheel for each architecture Flathub builds
        wheel = source["url"].rsplit("/", 1)[-1]
        if not wheel.endswith("-none-any.whl"):
            arch = source["only-arches"][0]
            assert arch in wheel, wheel



def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()
