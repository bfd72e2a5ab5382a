"""The import graph of ``src/newsbrief`` has no cycles.

Every module is parsed with :mod:`ast` (nothing is imported), relative imports
are resolved against the module's package, and imports inside functions count
too: a deferred import still ties the two modules together.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = "newsbrief"
ROOT = Path(__file__).resolve().parent.parent / "src" / PACKAGE


def module_names(root: Path = ROOT, package: str = PACKAGE) -> dict[str, Path]:
    """Dotted module name -> file, for every ``.py`` file under ``root``."""
    out = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join([package, *parts])] = path
    return out


def imported_modules(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The modules of ``modules`` that ``name`` imports anywhere in its file.

    ``from a import b`` counts as importing ``a.b`` when that is a module,
    else ``a``. Importing ``a.b.c`` also runs ``a/__init__`` and
    ``a/b/__init__``, so enclosing packages count, except the module's own
    ancestors: they are already running when it runs, unless it imports one of
    them by name (``from . import app``), which needs that package's code.
    """
    is_package = path.name == "__init__.py"
    package = name if is_package else name.rpartition(".")[0]
    targets: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")
                base_parts = base_parts[: len(base_parts) - (node.level - 1)]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                targets.add(sub if sub in modules else base)
    found = set()
    ancestors = {".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 1)}
    for target in targets:
        parts = target.split(".")
        for i in range(1, len(parts) + 1):
            prefix = ".".join(parts[:i])
            # enclosing packages run before the module that names them; only an
            # explicit import of one of the module's own ancestors is an edge
            implicit_ancestor = prefix in ancestors and i < len(parts)
            if prefix in modules and prefix != name and not implicit_ancestor:
                found.add(prefix)
    return found


def import_graph(root: Path = ROOT, package: str = PACKAGE) -> dict[str, set[str]]:
    modules = module_names(root, package)
    return {name: imported_modules(name, path, modules) for name, path in modules.items()}


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle ``[a, b, ..., a]`` per strongly connected component of
    ``graph`` that has one; empty when the graph is acyclic."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    components: list[set[str]] = []

    def strongconnect(node: str) -> None:  # Tarjan
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                strongconnect(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                component.add(member)
                if member == node:
                    break
            if len(component) > 1 or node in graph.get(node, ()):
                components.append(component)

    for node in sorted(graph):
        if node not in index:
            strongconnect(node)
    return [_cycle_through(min(c), graph, c) for c in sorted(components, key=min)]


def _cycle_through(start: str, graph: dict[str, set[str]], component: set[str]) -> list[str]:
    """A shortest path from ``start`` back to itself inside ``component``."""
    previous = {start: start}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for nxt in sorted(graph[node] & component):
                if nxt == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(previous[path[-1]])
                    return [start, *reversed(path[:-1]), start] if node != start else [start, start]
                if nxt not in previous:
                    previous[nxt] = node
                    following.append(nxt)
        frontier = following
    raise AssertionError(f"{start} is in a cycle with no path back to itself")


def test_find_cycles_reports_each_cycle_and_accepts_a_dag():
    graph = {"a": {"b"}, "b": {"c", "d"}, "c": {"a"}, "d": {"e"}, "e": {"d"}, "f": {"f"}, "g": {"a"}}
    assert find_cycles(graph) == [["a", "b", "c", "a"], ["d", "e", "d"], ["f", "f"]]
    assert find_cycles({"a": {"b", "c"}, "b": {"c"}, "c": set()}) == []


def test_import_graph_resolves_relative_and_deferred_imports(tmp_path):
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "top.py").write_text("def f():\n    from .sub import leaf\n")
    (pkg / "sub" / "__init__.py").write_text("from ..top import f\n")
    (pkg / "sub" / "leaf.py").write_text("from .. import top\n")
    (pkg / "sub" / "twig.py").write_text("from . import NAME\nfrom .leaf import x\n")
    graph = import_graph(pkg, "pkg")
    assert graph["pkg.top"] == {"pkg.sub", "pkg.sub.leaf"}
    assert graph["pkg.sub"] == {"pkg.top"}
    assert graph["pkg.sub.leaf"] == {"pkg.top"}
    assert graph["pkg.sub.twig"] == {"pkg.sub", "pkg.sub.leaf"}
    assert find_cycles(graph) == [["pkg.sub", "pkg.top", "pkg.sub"]]


def test_newsbrief_has_no_import_cycle():
    graph = import_graph()
    assert len(graph) > 40 and all(m.startswith(PACKAGE) for m in graph)
    cycles = find_cycles(graph)
    assert not cycles, "import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)
