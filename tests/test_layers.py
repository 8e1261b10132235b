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


# -- no import circles, no long files -------------------------------------------------------


def _modules(root: Path = REPO_ROOT) -> dict[str, Path]:
    """Every module under app/ (migrations aside: Alembic loads them by path), by dotted name."""
    app = root / "app"
    return {
        _module_name(path, root): path
        for path in sorted(app.rglob("*.py"))
        if "migrations" not in path.relative_to(app).parts
    }


def import_graph(root: Path = REPO_ROOT) -> dict[str, set[str]]:
    """Which app modules each app module imports when it runs (inside functions too).

    `from a.b import c` reaches the module a.b.c if there is one, else a.b. Importing a module
    runs its packages' __init__ first, so those count too, except the importer's own packages
    (already running when it is imported).
    """
    modules = _modules(root)

    def reached(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        own_packages = {module.rpartition(".")[0]} | {
            ".".join(module.split(".")[:end]) for end in range(1, module.count(".") + 1)
        }
        targets: set[str] = set()
        for name in runtime_imports(path, root):
            target = reached(name)
            if target is None:
                continue
            parts = target.split(".")
            targets.update(".".join(parts[:end]) for end in range(1, len(parts) + 1))
        graph[module] = {t for t in targets if t in modules and t != module and t not in own_packages}
    return graph


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One circle per group of modules that import each other, as `a -> b -> ... -> a`, sorted.

    Tarjan's strongly connected components, iteratively (no recursion limit on a deep chain);
    within each group the shortest circle through its first module is named.
    """
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return sorted(_shortest_circle(graph, group) for group in groups)


def _shortest_circle(graph: dict[str, set[str]], group: list[str]) -> list[str]:
    """The shortest path from the group's first module back to itself, inside the group."""
    first, members = group[0], set(group)
    came_from: dict[str, str] = {}
    frontier = [first]
    while frontier:
        following: list[str] = []
        for node in frontier:
            for child in sorted(graph[node] & members):
                if child == first:
                    path = [node]
                    while path[-1] != first:
                        path.append(came_from[path[-1]])
                    return [first, *reversed(path[:-1]), first]
                if child not in came_from:
                    came_from[child] = node
                    following.append(child)
        frontier = following
    raise AssertionError(f"{first} is in a group with no circle")  # pragma: no cover


def test_no_import_circles_in_app() -> None:
    graph = import_graph()
    assert {"app.store.opening", "app.store.unit"} <= graph["app.store.journal"]  # it sees real imports
    circles = [" -> ".join(circle) for circle in import_cycles(graph)]
    assert circles == [], "import circles in app/:\n" + "\n".join(circles)


def test_the_circle_finder_itself(tmp_path: Path) -> None:
    files = {
        "app/__init__.py": "",
        "app/a.py": "from app import b\n",
        "app/b.py": "def late():\n    from app.c import thing\n",
        "app/c.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import app.d\nimport app.a\n",
        "app/d.py": "import app.c\n",  # d -> c is one way: c imports d only for the type checker
        "app/pkg/__init__.py": "from app.pkg import inner\n",  # a package importing its own module
        "app/pkg/inner.py": "from app.pkg.other import x\n",
        "app/pkg/other.py": "import app.e\n",
        "app/pkg/leaf.py": "",
        "app/e.py": "import app.pkg.leaf\n",  # which runs app/pkg/__init__ first, and that imports inner
        "app/store/migrations/versions/one.py": "import app.a\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    graph = import_graph(tmp_path)
    assert "app.store.migrations.versions.one" not in graph
    assert graph["app.c"] == {"app.a"}
    assert import_cycles(graph) == [
        ["app.a", "app.b", "app.c", "app.a"],
        ["app.e", "app.pkg", "app.pkg.inner", "app.pkg.other", "app.e"],
    ]
    assert import_cycles({"x": {"y"}, "y": set()}) == []


MAX_LINES = 500


def test_no_file_in_app_is_over_500_lines() -> None:
    long_files = [
        f"{path.relative_to(REPO_ROOT)}: {lines} lines"
        for path in _modules().values()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    ]
    assert long_files == []
