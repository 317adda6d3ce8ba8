"""Cutting an article into sentences and finding its quotations.

A full stop ends a sentence unless it ends an abbreviation ("Mr.", "Jan. 10", "U.S. President") or an
initial ("J. Smith"); "?" and "!" inside a quotation that the attribution continues ('"Is it a trap?" he
asked') do not end it either. Quotations are found per block, with straight and curly quotes, and may run over
several sentences (or, by the newspaper convention of an unclosed quote, on to the next paragraph), so the
sentences inside one can share its speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .article import Article
from .lexicon import ABBREVIATIONS, FUNCTION_WORDS, WEAK_ABBREVIATIONS


@dataclass
class Quotation:
    """Quoted words: `text[start:end]` including the quote marks (end is the block's end if never closed)."""

    start: int
    end: int
    block: int
    closed: bool
    index: int = 0


@dataclass
class Sentence:
    start: int
    end: int
    block: int
    index: int
    quotes: list[Quotation] = field(default_factory=list)


_BOUNDARY = re.compile(r"(?:[.!?]+|…|\.\.\.)[\"'”’)\]]*(?=\s|$)|(?<=\))(?=\s+[\"“A-Z])|"
                       r"(?<=[a-z]{2}[?!])(?=[A-Z][a-z])")  # ("Who will replace him?Here are some names": run together)
#: A photo credit in brackets ("(Reuters)", "(Kim Jong-Ji/Reuters)"): captions end with one.
CREDIT = re.compile(r"\((?:[^()]{0,60}?(?:Reuters|Associated Press|\bAP\b|AFP|Getty|EPA|Bloomberg|Photo|Images|"
                    r"\bvia\b|/|KCNA|Yonhap|Xinhua|Shutterstock|Handout|File)[^()]{0,40}?)\)\s*$")
_OPENERS = "\"'“‘([«"
_QUOTE_CHARS = re.compile("[\"'“”‘’«»]")


def _prev_token(text: str, end: int) -> str:
    """The word that ends at `end` (with its internal dots), without leading brackets or quotes."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end].lstrip("\"'“‘([«—–-")


#: A short bracketed note after a sentence: "(70 per cent)", "[60%]", "(Confidence: high)", "(p = 0.7)".
_TRAILING_NOTE = re.compile(r"[(\[][^()\[\]]{1,40}[)\]]\s*(?:$|\n)")


def split_block(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in one block of text."""
    spans: list[tuple[int, int]] = []
    start = 0
    length = len(text)
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        rest = text[end:].lstrip()
        if not rest:
            continue
        nxt = rest[0]
        punct = match.group()
        if not punct and text[end - 1:end] not in ("?", "!"):  # after a closing bracket: only after a photo credit
            if not CREDIT.search(text[max(0, end - 110):end]):
                continue
        if nxt.islower() or nxt in ",;:)]":
            continue
        if nxt in "—–" and re.match(r"[—–]\s*[a-z]", rest):
            continue  # "in Beverly Hills, Calif. — where the embryos ...": a dash goes on with the sentence
        if _TRAILING_NOTE.match(rest):
            continue  # "... by the summer. (70 per cent)": a bracketed note closing the sentence belongs to it
        if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS or not nxt.isalnum()):
            continue
        if punct and punct[0] == "." and not punct.startswith("..."):
            word = _prev_token(text, match.start())
            low = word.lower().rstrip(".")
            next_word = re.match(r"[\"“‘'(]*([\w’'-]+)", rest)
            next_low = next_word.group(1).lower() if next_word else ""
            if low in ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)+[a-z]", low):
                if low in WEAK_ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)+[a-z]", low):
                    if next_low not in FUNCTION_WORDS:
                        continue  # "U.S. President", "5 p.m. Tuesday"
                elif low in ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"):
                    if nxt.isdigit():
                        continue
                else:
                    continue
            elif len(word) == 1 and word.isupper() and word != "I":
                continue  # an initial: "J. Smith"
            elif nxt.isdigit() and low in ("no", "p", "pp", "vol", "art", "ch", "fig"):
                continue
        piece = text[start:end]
        lead = len(piece) - len(piece.lstrip())
        spans.append((start + lead, end))
        start = end
    piece = text[start:length]
    if piece.strip():
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        spans.append((start + lead, length - trail))
    return [piece for s, e in spans for piece in _bounded(text, *_unbracketed(text, s, e))]


#: The most words a sentence is read as: prose runs to 150 at most; a longer run is a page's menu or a list run
#: together, and reading it whole would cost time that grows with the square of its length.
MAX_WORDS = 250


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence of more than MAX_WORDS words, cut into pieces of MAX_WORDS words."""
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) <= MAX_WORDS:
        return [(start, end)]
    return [(start + words[k].start(), start + words[min(k + MAX_WORDS, len(words)) - 1].end())
            for k in range(0, len(words), MAX_WORDS)]


def _unbracketed(text: str, start: int, end: int) -> tuple[int, int]:
    """A whole sentence set in brackets, "(The IMF expects prices to rise 8.8% this year.)", is read without
    them: the brackets are an aside's, the sentence is whole inside them."""
    if text[start] != "(" or not text[end - 2:end].rstrip(".").endswith(")") or len(text[start:end].split()) < 4:
        return start, end
    depth = 0
    for at in range(start, end):
        depth += {"(": 1, ")": -1}.get(text[at], 0)
        if depth == 0:
            return (start + 1, at) if text[at + 1:end] in ("", ".") else (start, end)
    return start, end


def find_quotations(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of each quotation in one block of text, quote marks included."""
    spans: list[tuple[int, int, bool]] = []
    opened: int | None = None
    kind = ""
    for mark in _QUOTE_CHARS.finditer(text):
        i = mark.start()
        ch = mark.group()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if opened is None:
            if ch == "“" or ch == "«":
                opened, kind = i, ch
            elif ch == '"' and (before.isspace() or before in "([{—–-:/" or i == 0) and not after.isspace():
                opened, kind = i, ch
            elif ch in "‘'" and (before.isspace() or before in "([{—–-:" or i == 0) and after.isalpha():
                opened, kind = i, ch
        else:
            if kind == '"' and ch == '"' and before.isspace() and after.isalnum() and \
                    text[:i].rstrip()[-1:] in ".!?":
                # '"... overall. "But playing at home is a major boost.': a quotation that runs on into a new
                # sentence reopens it without closing the last; the mark opens, it does not close
                spans.append((opened, len(text[:i].rstrip()), False))
                opened = i
                continue
            if kind == "“" and ch == "”" or kind == "«" and ch == "»" or kind == '"' and ch == '"':
                spans.append((opened, i + 1, True))
                opened = None
            elif kind in "‘'" and ch in "’'" and not (before.isalpha() and after.isalpha()) and \
                    (after.isspace() or after in ".,;:!?)—–-" or i + 1 == len(text)) and before != " ":
                spans.append((opened, i + 1, True))
                opened = None
            elif kind == '"' and ch == "“":  # mixed marks: a new curly quote starts
                opened, kind = i, ch
    if opened is not None and kind in "“«\"":
        spans.append((opened, len(text), False))
    return spans


def split(article: Article) -> tuple[list[Sentence], list[Quotation]]:
    """Every sentence of the article in order, and every quotation (each sentence lists those it overlaps)."""
    sentences: list[Sentence] = []
    quotations: list[Quotation] = []
    for number, block in enumerate(article.blocks):
        text = article.text[block.start:block.end]
        block_quotes = [Quotation(block.start + s, block.start + e, number, closed)
                        for s, e, closed in find_quotations(text)]
        for quote in block_quotes:
            quote.index = len(quotations)
            quotations.append(quote)
        for s, e in split_block(text):
            sentence = Sentence(block.start + s, block.start + e, number, len(sentences))
            sentence.quotes = [q for q in block_quotes if q.start < sentence.end and q.end > sentence.start]
            sentences.append(sentence)
    return sentences, quotations
