"""Checks on the source itself that no linter here makes.

The extractor holds some two hundred module-level patterns and word lists. A second binding of one name
silently replaces the first for every function in the module, which once turned a pollster's pattern into a
panel's (117e5c4); this test makes that a failure.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "claimtrack"


def _top_level_names(tree: ast.Module) -> Counter:
    names: Counter = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_binds_a_top_level_name_twice(path):
    names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
    assert [name for name, count in names.items() if count > 1] == []


def test_the_check_sees_a_second_binding():
    assert _top_level_names(ast.parse("A = 1\ndef f(): pass\nA = 2\n"))["A"] == 2
