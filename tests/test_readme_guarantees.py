"""Every test the README's Guarantees section names exists, so the list cannot drift from the suite."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_named_guarantee_test_exists():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Guarantees", 1)[1].split("\n## ", 1)[0]
    names = re.findall(r"`(?:(tests/[\w/]+\.py)::)?(test_\w+)`", section)
    assert len(names) >= 15
    default = (ROOT / "tests" / "test_guarantees.py").read_text(encoding="utf-8")
    for path, name in names:
        source = (ROOT / path).read_text(encoding="utf-8") if path else default
        assert re.search(rf"^def {name}\(", source, re.M), f"{path or 'tests/test_guarantees.py'}::{name}"
