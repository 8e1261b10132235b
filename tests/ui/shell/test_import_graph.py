"""The shell and the privacy dialogs import each other in one direction only.

The import graph is read from the source: every import that runs (at the top or inside a
function), not those under `if TYPE_CHECKING:`. The session emits signals and knows the window
as a protocol; the dialogs are handed the session as PrivacyControls.
"""

from __future__ import annotations

import ast
from pathlib import Path

import app

APP_ROOT = Path(app.__file__).parent
FOLDERS = ("ui/shell", "ui/privacy")


def _module_name(path: Path) -> str:
    parts = ["app", *path.relative_to(APP_ROOT).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def imported_names(path: Path, *, with_type_checking: bool = False) -> set[str]:
    """Every dotted name a module imports (a `from a import b` gives both a and a.b)."""
    names: set[str] = set()
    package = _module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]

    def visit(nodes: list[ast.stmt] | list[ast.AST]) -> None:
        for node in nodes:
            if isinstance(node, ast.If) and _is_type_checking(node) and not with_type_checking:
                visit(node.orelse)
                continue
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parent = package[: len(package) - (node.level - 1)]
                    base = ".".join([*parent, *([base] if base else [])])
                names.add(base)
                names.update(f"{base}.{alias.name}" for alias in node.names)
            visit(list(ast.iter_child_nodes(node)))

    visit(list(ast.parse(path.read_text(encoding="utf-8")).body))
    return names


def import_graph(*, with_type_checking: bool = False) -> dict[str, set[str]]:
    """Module → the modules of the shell and privacy folders it imports."""
    paths = {_module_name(p): p for folder in FOLDERS for p in (APP_ROOT / folder).glob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        targets: set[str] = set()
        for imported in imported_names(path, with_type_checking=with_type_checking):
            while imported and imported not in paths:
                imported = imported.rpartition(".")[0]
            if imported and imported != name and not imported.endswith(("shell", "privacy")):
                targets.add(imported)
        graph[name] = targets
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each cycle found by a depth-first walk, as the path that closes it."""
    found: list[list[str]] = []
    state: dict[str, str] = {}

    def walk(node: str, path: list[str]) -> None:
        state[node] = "open"
        for target in sorted(graph.get(node, ())):
            if state.get(target) == "open":
                found.append([*path[path.index(target):], target])
            elif target not in state:
                walk(target, [*path, target])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            walk(node, [node])
    return found


def test_the_walk_finds_a_cycle_when_there_is_one() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_graph_sees_imports_inside_functions_and_skips_type_checking_only_ones() -> None:
    graph = import_graph()
    assert "app.ui.privacy.unlock_page" in graph["app.ui.shell.session_core"]  # imported inside a method
    assert "app.ui.privacy.controls" not in graph["app.ui.shell.main_window"]  # for the type checker only
    assert "app.ui.privacy.controls" in import_graph(with_type_checking=True)["app.ui.shell.main_window"]


def test_no_import_cycle_among_the_shell_and_privacy_modules() -> None:
    assert cycles(import_graph()) == []


def test_no_cycle_even_counting_the_type_checkers_imports() -> None:
    assert cycles(import_graph(with_type_checking=True)) == []


def test_the_session_imports_neither_the_window_nor_the_application() -> None:
    graph = import_graph(with_type_checking=True)
    session_modules = [name for name in graph if name.startswith("app.ui.shell.session")]
    assert len(session_modules) >= 6  # the session is split by responsibility
    for name in session_modules:
        assert not graph[name] & {"app.ui.shell.main_window", "app.ui.shell.application"}, name


def test_the_privacy_dialogs_do_not_import_the_shell() -> None:
    graph = import_graph(with_type_checking=True)
    for name, targets in graph.items():
        if name.startswith("app.ui.privacy."):
            assert not {t for t in targets if t.startswith("app.ui.shell.")}, name


def test_no_module_of_the_shell_or_privacy_is_over_500_lines() -> None:
    for folder in FOLDERS:
        for path in (APP_ROOT / folder).glob("*.py"):
            assert len(path.read_text(encoding="utf-8").splitlines()) <= 500, path.name
