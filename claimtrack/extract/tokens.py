"""Words and punctuation with their positions: the unit every rule in this package matches on."""

from __future__ import annotations

import re

#: A word (with its inner apostrophes, hyphens, dots and ampersands, and a number's thousands commas: "10,000" is
#: one token, so that its comma ends no clause), or one other character.
_TOKEN = re.compile(r"[^\W_]+(?:[’'\-.&][^\W_]+|(?<=[0-9]),[0-9]{3}(?![0-9]))*(?:[’']s\b|’|(?<=s)'(?=\s))?|[^\w\s]")
QUOTE_MARKS = set("\"“”‘’'«»")
#: The upper-case letters of the Latin, Greek and Cyrillic alphabets, for a regex character class: names such
#: as "Ó Briain", "Þórunn", "Łukasz" or "Øvergaard" start with one, and Python's [A-Z] is ASCII only. Latin
#: Extended-A and -B alternate upper and lower case, so their whole blocks are in: a few ranges compile in
#: microseconds, where every capital listed one by one cost ~2 ms for each pattern at import.
UPPER = "A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΫЀ-Я"
#: One upper-case letter.
CAP = f"[{UPPER}]"


PARTICLE_NAME = re.compile(r"(?:al|el|ad|as|ash|az|ul|bin|ibn|abu|de|da|di|du|d|van|von|le|la)[-'’][A-Z][a-z]")


class Tok:
    """One word or punctuation mark: its text, lower-cased form and place in the article. Its shape
    (capitalised, a word, the bare form without a possessive) is worked out once, since the rules ask for it
    thousands of times an article."""

    __slots__ = ("text", "low", "start", "end", "cap", "word", "bare")

    def __init__(self, text: str, low: str, start: int, end: int) -> None:
        self.text = text
        self.low = low
        self.start = start
        self.end = end
        # (a name spelt in camel case is capitalised too: "eMarketer", "iRobot")
        self.cap = text[:1].isupper() or len(text) > 2 and text[0].islower() and text[1].isupper() and text[2:3].islower() \
            or PARTICLE_NAME.match(text) is not None  # ("al-Saadi", "el-Sisi", "d'Alema": a name after its particle)
        self.word = text[:1].isalnum()
        #: the lower-case word without a possessive ending: "kazianis's" -> "kazianis"
        self.bare = low[:-2] if low.endswith("'s") else low.rstrip("'")

    def __repr__(self) -> str:
        return f"Tok({self.text!r}, {self.start}, {self.end})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Tok) and (self.text, self.start, self.end) == (other.text, other.start, other.end)

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end))


#: "points out", "pointed out that": one verb of speech, kept as one token so that its object is what follows.
_POINT_OUT = re.compile(r"point(?:s|ed|ing)?\s+out(?!\s+of\b|\s*[-–—])\b", re.IGNORECASE)
#: Words before "points out" that make "points" a noun ("12 points out of 20", "the points out wide").
_POINTS_NOUN = {"the", "a", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "twenty", "thirty", "forty", "fifty", "hundred", "more", "few", "many", "several", "his", "her",
                "their", "its", "our", "key", "main", "valuable", "crucial", "vital", "bonus", "match"}


def tokenize(text: str, offset: int = 0) -> list[Tok]:
    out = []
    point_out = None
    for match in _TOKEN.finditer(text):
        if point_out is not None:
            if match.start() < point_out.end():
                continue  # the "out" of "points out"
            point_out = None
        word = match.group()
        low = word.lower().replace("’", "'")
        if low[:5] == "point" and low in ("point", "points", "pointed", "pointing"):
            point_out = _POINT_OUT.match(text, match.start())
            if point_out is not None and not (out and (out[-1].low in _POINTS_NOUN or out[-1].low[:1].isdigit())):
                phrase = point_out.group()
                out.append(Tok(phrase, " ".join(phrase.lower().split()), offset + match.start(),
                               offset + point_out.end()))
                continue
            point_out = None
        out.append(Tok(word, low, offset + match.start(), offset + match.end()))
    return out
