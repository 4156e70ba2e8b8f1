"""The package's import graph: pure modules know nothing of spaCy or the pipeline, and no module
imports itself back through others at import time."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "dialogue_extract"

# modules usable without spaCy: names, people, resolution, dates, countries, sectors, organisations,
# results and the data layer
PURE = ["folding", "located", "roles", "names", "people", "resolve", "gc_pause", "dates", "countries", "sectors", "organizations", "results",
        "data", "corpus"]


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path, *, top_level_only: bool) -> set[str]:
    """Modules ``path`` imports (absolute names), at module level only or anywhere in it."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    me = _module_name(path)
    package = me if path.name == "__init__.py" else me.rpartition(".")[0]
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    out: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.If) and top_level_only:  # "if TYPE_CHECKING:" blocks import nothing
            continue
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            out.add(mod)
            for a in node.names:  # "from . import names" imports a module
                if (PACKAGE.parent / (mod.replace(".", "/") + "/" + a.name + ".py")).is_file():
                    out.add(f"{mod}.{a.name}")
    return out


def _pure_files(name: str) -> list[Path]:
    p = PACKAGE / name
    return sorted(p.rglob("*.py")) if p.is_dir() else [PACKAGE / f"{name}.py"]


@pytest.mark.parametrize("name", PURE)
def test_pure_module_never_imports_spacy_or_the_pipeline(name):
    for path in _pure_files(name):
        bad = {m for m in _imports(path, top_level_only=False)
               if m.split(".")[0] == "spacy" or m.startswith("dialogue_extract.pipeline")
               or m.startswith("dialogue_extract.extractor")}
        assert not bad, f"{path.name} imports {sorted(bad)}"


@pytest.mark.parametrize("name", PURE)
def test_pure_module_imports_without_loading_spacy(name):
    code = (f"import sys, dialogue_extract.{name}; "
            "bad = [m for m in sys.modules if m == 'spacy' or m.startswith('dialogue_extract.pipeline')]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_no_import_cycle_at_import_time():
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        me = _module_name(path)
        graph[me] = {m for m in _imports(path, top_level_only=True) if m.startswith("dialogue_extract")}
    # a package's __init__ importing its own submodules is not a cycle
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(m: str) -> None:
        state[m] = 1
        stack.append(m)
        for n in sorted(graph.get(m, ())):
            if n not in graph or n == m or m.startswith(n + ".") or n.startswith(m + "."):
                continue
            if state.get(n) == 1:
                cycle = stack[stack.index(n):] + [n]
                if not any(a.startswith(b + ".") or b.startswith(a + ".") for a, b in zip(cycle, cycle[1:])):
                    raise AssertionError("import cycle: " + " -> ".join(cycle))
            elif n not in state:
                visit(n)
        stack.pop()
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m)


def test_the_pipeline_declares_a_clean_chain():
    import dialogue_extract as de

    nlp = de.load()
    analysis = nlp.analyze_pipes()
    assert all(not problems for problems in analysis["problems"].values()), analysis["problems"]
    meta = {name: nlp.get_pipe_meta(name) for name in nlp.pipe_names}
    assert meta["countries"].retokenizes
    assert "span._.de_title_info" in meta["persons"].requires
    assert "doc._.de_officials" in meta["officials"].assigns


def test_the_pipeline_builds_no_public_results():
    """Components leave spans and typed info; the public pydantic results are built once, by the
    extractor."""
    for path in sorted((PACKAGE / "pipeline").rglob("*.py")):
        bad = {m for m in _imports(path, top_level_only=False) if m == "dialogue_extract.results"}
        assert not bad, f"{path.name} imports the public results"


def test_the_result_models_import_none_of_their_views():
    """results.py is imported by its views (notebook, tables), never the reverse: each view
    registers itself."""
    imported = _imports(PACKAGE / "results.py", top_level_only=False)
    assert not {m for m in imported if m.startswith("dialogue_extract.") and m != "dialogue_extract.results"}, imported
    from dialogue_extract import results

    assert {"html", "tables"} <= set(results._VIEWS)
