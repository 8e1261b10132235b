"""The built wheel, installed non-editable, starts the app with its own resources and migrations.

A source checkout hides packaging mistakes: `resources/` and the Alembic files are right there
next to the code. These tests build the wheel, install it into a bare folder and run it from a
directory that is not the repository, so only what the wheel ships can be found.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

import app
from app.paths import DATABASE_NAME

REPO = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT = 240  # seconds; isolation may fetch hatchling from the index
RUN_TIMEOUT = 60

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]


@dataclass(frozen=True)
class Installed:
    """A wheel built from this checkout and unpacked by pip into `site` (nothing else on the path)."""

    wheel: Path
    site: Path
    root: Path


def _run(
    argv: list[str], *, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        argv, cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8", timeout=BUILD_TIMEOUT
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """Build once per module (isolated, as a user's `pip install` would) and install with --target."""
    root = tmp_path_factory.mktemp("wheel")
    dist = root / "dist"
    built = _run([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(REPO)], cwd=REPO)
    assert built.returncode == 0, f"build failed:\n{built.stdout[-3000:]}\n{built.stderr[-3000:]}"
    wheels = sorted(dist.glob("trustbridge-*.whl"))
    assert len(wheels) == 1, wheels
    site = root / "site"
    pip = _run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-index",
            "--disable-pip-version-check",
            "--target",
            str(site),
            str(wheels[0]),
        ],
        cwd=root,
    )
    assert pip.returncode == 0, f"pip install failed:\n{pip.stdout[-3000:]}\n{pip.stderr[-3000:]}"
    return Installed(wheel=wheels[0], site=site, root=root)


def _wheel_env(installed: Installed, **extra: str) -> dict[str, str]:
    """The test's environment, but importing `app` only from the wheel's install folder."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("TRUSTBRIDGE_")}
    env.update(PYTHONPATH=str(installed.site), QT_QPA_PLATFORM="offscreen", **extra)
    return env


def test_wheel_ships_resources_and_migrations(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
    shipped_resources = {
        "app/resources/" + path.relative_to(REPO / "resources").as_posix()
        for path in (REPO / "resources").rglob("*")
        if path.is_file()
    }
    prompts = {name for name in shipped_resources if name.startswith("app/resources/prompts/")}
    assert prompts, "the checkout has no prompts to ship"
    assert all(name.endswith(".toml") for name in prompts)
    expected = shipped_resources | {
        "app/resources/styles/app.qss",
        "app/resources/icons/trustbridge.svg",
        "app/store/migrations/env.py",
        "app/store/migrations/script.py.mako",
        "app/store/migrations/versions/0001_initial.py",
    }
    assert expected - names == set()
    # .desktop files launch `trustbridge-gui`; the wheel must declare it.
    entry_points = next(name for name in names if name.endswith(".dist-info/entry_points.txt"))
    with zipfile.ZipFile(installed.wheel) as wheel:
        declared = wheel.read(entry_points).decode()
    assert "trustbridge-gui = app.__main__:main" in declared
    assert "trustbridge = app.__main__:main" in declared


def test_installed_wheel_starts_and_opens_a_journal(installed: Installed) -> None:
    site = installed.site.resolve()
    data = installed.root / "data"
    script = (
        "import app, sys; "
        f"assert app.__file__.startswith({str(site)!r}), app.__file__; "
        "from app.resources import resources_dir; print(resources_dir(), flush=True); "
        "from app.__main__ import main; sys.exit(main([]))"
    )
    env = _wheel_env(installed, TRUSTBRIDGE_STARTUP_PROBE="1", TRUSTBRIDGE_DATA_DIR=str(data))
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=installed.root,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=RUN_TIMEOUT,
    )
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout}\n{result.stderr[-3000:]}"
    lines = result.stdout.splitlines()
    assert Path(lines[0]).resolve() == site / "app" / "resources", lines
    assert any(line.startswith("ready ") for line in lines), lines
    assert (data / DATABASE_NAME).is_file()


def test_installed_wheel_reports_its_version(installed: Installed) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", "--version"],
        cwd=installed.root,
        env=_wheel_env(installed),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=RUN_TIMEOUT,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"trustbridge {app.__version__}"
    assert installed.wheel.name.startswith(f"trustbridge-{app.__version__}-")
