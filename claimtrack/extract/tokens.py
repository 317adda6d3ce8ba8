"""Words and punctuation with their positions: the unit every rule in this package matches on."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"[^\W_]+(?:[’'\-.&][^\W_]+)*(?:[’']s\b|’|(?<=s)'(?=\s))?|[^\w\s]")
QUOTE_MARKS = set("\"“”‘’'«»")
#: The upper-case letters of the Latin, Greek and Cyrillic alphabets, for a regex character class: names such
#: as "Ó Briain", "Þórunn", "Łukasz" or "Øvergaard" start with one, and Python's [A-Z] is ASCII only. Latin
#: Extended-A and -B alternate upper and lower case, so their whole blocks are in: a few ranges compile in
#: microseconds, where every capital listed one by one cost ~2 ms for each pattern at import.
UPPER = "A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΫЀ-Я"
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
