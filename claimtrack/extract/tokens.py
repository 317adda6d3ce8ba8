"""Words and punctuation with their positions: the unit every rule in this package matches on."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"[^\W_]+(?:[’'\-.&][^\W_]+)*(?:[’']s\b|’|(?<=s)'(?=\s))?|[^\w\s]")
QUOTE_MARKS = set("\"“”‘’'«»")
#: Every upper-case letter of the Latin, Greek and Cyrillic alphabets, for a regex character class: names
#: such as "Ó Briain", "Þórunn" or "Øvergaard" start with one, and Python's [A-Z] is ASCII only.
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x530)) if c.isupper() and c.isalpha())
#: One upper-case letter.
CAP = f"[{UPPER}]"


@dataclass(frozen=True)
class Tok:
    text: str
    low: str
    start: int
    end: int

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def word(self) -> bool:
        return self.text[:1].isalnum()

    @property
    def bare(self) -> str:
        """The lower-case word without a possessive ending: "kazianis's" -> "kazianis"."""
        low = self.low
        if low.endswith("'s"):
            return low[:-2]
        return low.rstrip("'")


def tokenize(text: str, offset: int = 0) -> list[Tok]:
    out = []
    for match in _TOKEN.finditer(text):
        word = match.group()
        out.append(Tok(word, word.lower().replace("’", "'"), offset + match.start(), offset + match.end()))
    return out
