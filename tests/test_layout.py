"""The engine's shape, read from the source with ``ast``: who may import whom, and how big a piece may grow.

* ``checks`` never imports Streamlit or ``editor_app`` (the engine is usable from any Python program);
* a family (``checks/<family>/``) imports the core and, where it must, another family's public face
  (``checks.<family>`` or ``checks.<family>.check``), never another family's parts;
* no import circles between modules of ``checks`` (lazy imports inside functions count too);
* no module over 450 lines and no function over 80 lines (see ``LONG_FUNCTIONS`` for named exceptions).
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHECKS = ROOT / "checks"
MAX_MODULE_LINES = 450
MAX_FUNCTION_LINES = 80
# Functions allowed past the limit, each with the reason it is one piece.
LONG_FUNCTIONS: dict[str, str] = {}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(CHECKS.rglob("*.py"))}


def imports_of(path: Path, known: set[str]) -> list[tuple[int, str]]:
    """``(line, module)`` of every import in the file, relative imports resolved to absolute names."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            # ``from . import tokens`` imports the module ``pkg.tokens``, not the package.
            subs = [f"{target}.{a.name}" for a in node.names if f"{target}.{a.name}" in known]
            out += [(node.lineno, s) for s in subs] or [(node.lineno, target)]
    return out


def family_of(module: str) -> str | None:
    """``checks.names.index`` -> ``names``; core modules (``checks.engine``) have none."""
    parts = module.split(".")
    if len(parts) >= 2 and parts[0] == "checks" and (CHECKS / parts[1]).is_dir() and parts[1] != "data":
        return parts[1]
    return None


def is_public_face(module: str) -> bool:
    parts = module.split(".")
    return len(parts) == 2 or (len(parts) == 3 and parts[2] == "check")


def forbidden_imports(mods: dict[str, Path]) -> list[str]:
    """Every import in ``checks`` that breaks the layout rules, as ``path:line: why``."""
    known = set(mods)
    problems = []
    for name, path in mods.items():
        mine = family_of(name)
        for line, target in imports_of(path, known):
            where = f"{path.relative_to(ROOT)}:{line}"
            top = target.split(".")[0]
            if top in ("streamlit", "editor_app"):
                problems.append(f"{where}: the engine imports {target}")
                continue
            theirs = family_of(target)
            if theirs and theirs != mine and not is_public_face(target):
                problems.append(f"{where}: imports {target}, a part of the {theirs} family (use checks.{theirs})")
    return problems


def import_cycles(mods: dict[str, Path]) -> list[list[str]]:
    known = set(mods)
    graph = {name: {t for _, t in imports_of(path, known) if t in known and t != name} for name, path in mods.items()}
    cycles, state = [], {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = "open"
        for nxt in sorted(graph[node]):
            if state.get(nxt) == "open":
                cycles.append(trail[trail.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    return cycles


def test_checks_has_one_folder_per_family_with_an_entry_point():
    families = {"quotes", "names", "garble", "language", "cleanup", "misquote"}
    for family in families:
        assert (CHECKS / family / "check.py").is_file(), f"checks/{family}/check.py is missing"
        assert (CHECKS / family / "__init__.py").is_file()
    core = {p.stem for p in CHECKS.glob("*.py")}
    assert {"document", "findings", "registry", "stylesheet", "engine", "apply", "catalogue"} <= core
    assert not {p for p in core if "_" in p and not p.startswith("__")}, "family modules belong in their folder"


def test_no_forbidden_imports_in_checks():
    problems = forbidden_imports(modules())
    assert not problems, "\n".join(problems)


def test_no_import_cycles_in_checks():
    cycles = import_cycles(modules())
    assert not cycles, "\n".join(" -> ".join(c) for c in cycles)


def test_the_rules_catch_what_they_forbid(tmp_path, monkeypatch):
    """A planted violation of each kind is reported (the test above could otherwise pass by reading nothing)."""
    fake = tmp_path / "checks"
    (fake / "names").mkdir(parents=True)
    (fake / "garble").mkdir()
    for p in ("__init__.py", "names/__init__.py", "garble/__init__.py", "garble/tokens.py", "garble/check.py"):
        (fake / p).write_text("")
    (fake / "names" / "check.py").write_text(
        "import streamlit as st\nfrom ..garble.tokens import lexicon\nfrom ..garble import score_texts\n"
    )
    (fake / "garble" / "a.py").write_text("from . import b\n")
    (fake / "garble" / "b.py").write_text("def f():\n    from .a import g\n")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    monkeypatch.setattr(sys.modules[__name__], "CHECKS", fake)
    mods = modules()
    found = forbidden_imports(mods)
    assert any("imports streamlit" in p for p in found)
    assert any("checks.garble.tokens, a part of the garble family" in p for p in found)
    assert not any("score_texts" in p or p.endswith("checks.garble") for p in found)
    assert import_cycles(mods) == [["checks.garble.a", "checks.garble.b", "checks.garble.a"]]


def _functions(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node


@pytest.mark.parametrize("path", sorted(CHECKS.rglob("*.py")), ids=lambda p: str(p.relative_to(CHECKS)))
def test_modules_and_functions_stay_small(path):
    text = path.read_text(encoding="utf-8")
    assert text.count("\n") <= MAX_MODULE_LINES, f"{path.name} has {text.count(chr(10))} lines: split it by job"
    for fn in _functions(ast.parse(text)):
        length = fn.end_lineno - fn.lineno + 1
        key = f"{module_name(path)}.{fn.name}"
        if key not in LONG_FUNCTIONS:
            assert length <= MAX_FUNCTION_LINES, f"{key} has {length} lines"
