"""Dependencies point one way: ui -> store/io -> domain. Checked statically and in a fresh interpreter."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
APP = REPO_ROOT / "app"

# (files, forbidden top-level packages or modules)
RULES: list[tuple[str, tuple[str, ...]]] = [
    ("ui/**/*.py", ("sqlalchemy", "alembic")),
    ("domain/**/*.py", ("PySide6", "sqlalchemy", "alembic", "app.store", "app.ui", "app.io")),
    ("store/**/*.py", ("PySide6", "app.ui")),
    ("io/**/*.py", ("PySide6", "app.ui")),
    ("cli/**/*.py", ("PySide6",)),
]


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    if isinstance(test, ast.Name):
        return test.id == "TYPE_CHECKING"
    if isinstance(test, ast.Attribute):
        return test.attr == "TYPE_CHECKING"
    return False


def _walk_runtime(node: ast.AST) -> Iterator[ast.AST]:
    """Every node except the bodies of `if TYPE_CHECKING:` blocks (their `else` still runs)."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _is_type_checking(child.test):
            for other in child.orelse:
                yield other
                yield from _walk_runtime(other)
            continue
        yield child
        yield from _walk_runtime(child)


def runtime_imports(path: Path, root: Path = REPO_ROOT) -> set[str]:
    """Fully qualified names of everything a module imports when it runs."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    module = _module_name(path, root)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names: set[str] = set()
    for node in _walk_runtime(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")
                base_parts = base_parts[: len(base_parts) - (node.level - 1)]
                base = ".".join(base_parts)
                source = f"{base}.{node.module}" if node.module else base
            else:
                source = node.module or ""
            names.add(source)
            names.update(f"{source}.{alias.name}" for alias in node.names)  # `from app import ui`
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id)
            in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            names.add(node.args[0].value)
    return names


def _forbidden(name: str, rules: tuple[str, ...]) -> bool:
    return any(name == banned or name.startswith(banned + ".") for banned in rules)


def _files(pattern: str) -> list[Path]:
    return sorted(APP.glob(pattern))


@pytest.mark.parametrize(("pattern", "banned"), RULES, ids=[rule[0] for rule in RULES])
def test_layer_rules(pattern: str, banned: tuple[str, ...]) -> None:
    files = _files(pattern)
    assert files, f"no files match app/{pattern}"
    problems = [
        f"{path.relative_to(REPO_ROOT)} imports {name}"
        for path in files
        for name in sorted(runtime_imports(path))
        if _forbidden(name, banned)
    ]
    assert problems == []


def test_the_globs_reach_every_file() -> None:
    for folder in ("domain", "store", "io", "ui"):
        listed = {p for p in (APP / folder).rglob("*.py")}
        assert listed == set(_files(f"{folder}/**/*.py"))
    assert (APP / "store" / "migrations" / "env.py") in set(_files("store/**/*.py"))
    # and the checker sees real imports in them
    assert "sqlalchemy" in runtime_imports(APP / "store" / "engine.py")
    assert "app.domain.stages.Stage" in runtime_imports(APP / "domain" / "prompts.py")


def _check(source: str, module: str, banned: tuple[str, ...], tmp_path: Path) -> set[str]:
    folder = tmp_path.joinpath(*module.split(".")[:-1])
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{module.split('.')[-1]}.py"
    path.write_text(source, encoding="utf-8")
    names = runtime_imports(path, root=tmp_path)
    return {name for name in names if _forbidden(name, banned)}


def test_the_checker_itself(tmp_path: Path) -> None:
    banned = ("sqlalchemy", "app.store", "PySide6")
    source = (
        "from __future__ import annotations\n"
        "import typing\n"
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    import sqlalchemy\n"
        "if typing.TYPE_CHECKING:\n"
        "    from PySide6 import QtCore\n"
        "else:\n"
        "    import sqlalchemy.orm\n"
        "def late():\n"
        "    from ..store import journal\n"
        "    from app import store\n"
        "    import importlib\n"
        "    importlib.import_module('PySide6.QtWidgets')\n"
    )
    found = _check(source, "app.ui.widget", banned, tmp_path)
    assert found == {
        "sqlalchemy.orm",
        "app.store",
        "app.store.journal",
        "PySide6.QtWidgets",
    }
    assert _check("import sqlalchemy_utils\nimport PySide6x\n", "app.ui.other", banned, tmp_path) == set()


@pytest.mark.slow
def test_headless_modules_do_not_load_qt() -> None:
    code = (
        "import sys; import app.cli, app.domain.prompts, app.store.journal; "
        "print('PySide6' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, timeout=50, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
