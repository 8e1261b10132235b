"""Write python3-dependencies.yml: the Flatpak's Python wheels, pinned by URL and sha256.

    python packaging/flatpak/pin_wheels.py --index-url URL   # needs the network

URL is the public Python package index's "simple" address (the one pip uses by default); it is
asked for rather than written here so the file names no host. The output is not committed: make
it just before a Flatpak build.

pip resolves pyproject.toml's dependencies (but PySide6, which the PySide BaseApp provides) for the
runtime's Python and for each architecture, without installing anything (`pip install --dry-run
--report`), and the report names each wheel's URL and hash. Trustbridge's build backend (hatchling)
is pinned the same way, as a build-only module.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
OUTPUT = HERE / "python3-dependencies.yml"
PYTHON = "3.13"  # the Python of the KDE runtime the manifest names (org.kde.Platform 6.10)
ARCHES = ("x86_64", "aarch64")
BUILD_ONLY = ("hatchling",)  # plus what it needs; used to build Trustbridge's wheel, then removed
FROM_BASEAPP = ("pyside6", "pyside6-essentials")
# Needed with the spell check (issue 14), whose change adds it to pyproject.toml; harmless after that.
ALSO = ("pyspellchecker",)

Wheel = tuple[str, str, str, str, str | None]  # name, version, url, sha256, architecture (None: any)


def requirements() -> list[str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = []
    for requirement in project["dependencies"]:
        name = re.split(r"[<>=!;\[ ]", requirement)[0].lower()
        if name not in FROM_BASEAPP:
            wanted.append(requirement.split(";")[0].strip())
    return [*wanted, *ALSO]


def resolve(packages: list[str], arch: str, index_url: str) -> list[Wheel]:
    platforms = [f"manylinux_2_{minor}_{arch}" for minor in (17, 28, 34)] + [f"manylinux2014_{arch}"]
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        argv = [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--quiet",
                "--only-binary=:all:", "--python-version", PYTHON, "--target", str(Path(folder) / "t"),
                "--index-url", index_url, "--report", str(report)]
        for platform in platforms:
            argv += ["--platform", platform]
        # The public index itself, not a local mirror or constraints from pip's configuration files.
        env = {**os.environ, "PIP_CONFIG_FILE": os.devnull}
        subprocess.run([*argv, *packages], check=True, env=env)
        installs = json.loads(report.read_text(encoding="utf-8"))["install"]
    wheels = []
    for item in installs:
        url = item["download_info"]["url"]
        name = url.rsplit("/", 1)[-1]
        sha256 = item["download_info"]["archive_info"]["hashes"]["sha256"]
        any_arch = name.endswith("-none-any.whl")
        metadata = item["metadata"]
        wheels.append((metadata["name"], metadata["version"], url, sha256, None if any_arch else arch))
    return wheels


def sources(wheels: list[Wheel], pad: str) -> str:
    lines = []
    for name, version, url, sha256, arch in sorted(set(wheels), key=lambda w: (w[0].lower(), w[4] or "")):
        lines.append(f"{pad}# {name} {version}" + (f" ({arch})" if arch else ""))
        lines += [f"{pad}- type: file", f"{pad}  url: {url}", f"{pad}  sha256: {sha256}"]
        if arch:
            lines.append(f"{pad}  only-arches: [{arch}]")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description="Pin the Flatpak's Python wheels by URL and sha256.")
    parser.add_argument("--index-url", required=True, help="the public package index's simple URL")
    index_url = parser.parse_args().index_url
    runtime = [wheel for arch in ARCHES for wheel in resolve(requirements(), arch, index_url)]
    build = resolve(list(BUILD_ONLY), ARCHES[0], index_url)
    runtime_names = {wheel[0].lower() for wheel in runtime}
    build = [wheel for wheel in build if wheel[0].lower() not in runtime_names]
    install = 'pip3 install --no-index --no-deps --find-links="file://${PWD}" --prefix=${FLATPAK_DEST} *.whl'
    OUTPUT.write_text(
        f"""# Trustbridge's Python dependencies for the Flatpak (the KDE runtime's Python {PYTHON};
# PySide6 comes from io.qt.PySide.BaseApp). Wheels from the package index, pinned by URL and sha256, installed
# offline. Binary wheels are given for {" and ".join(ARCHES)}. Made by packaging/flatpak/pin_wheels.py:
# run it again to update (packaging/README.md, "Flatpak").
name: python3-dependencies
buildsystem: simple
build-commands:
  - {install}
sources:
{sources(runtime, "  ")}
modules:
  # Only to build Trustbridge's own wheel (its build backend, hatchling); none of it is kept.
  - name: python3-build-backend
    buildsystem: simple
    build-commands:
      - {install}
    cleanup:
      - '*'
    sources:
{sources(build, "      ")}
""",
        encoding="utf-8",
    )
    print(f"wrote {OUTPUT.relative_to(REPO)}: {len(set(runtime))} wheels, {len(build)} to build with")
    return 0


if __name__ == "__main__":
    sys.exit(main())
