"""Reading an article: bytes from a file, stdin or a URL in; its text in blocks, and its metadata, out.

HTML goes through trafilatura, a library made for main-text and metadata extraction: it drops navigation,
related links, footers, captions and scripts (which are parsed as data and never run), and reads the title,
byline, publication date, site name and canonical URL from the page's own markup. Plain text keeps its lines;
its date comes from a dateline or header ("Posted: Jan 10, 2018 5:00 AM ET"), its byline from a "By ..." line
or an "about the author" note, when it has them. Nothing here knows what a forecast is.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from claimtrack.errors import InputError
from claimtrack.textsafe import one_line

from .lexicon import MONTH_WORDS, NOT_PERSON, WEEKDAY_WORDS
from .tokens import CAP, UPPER

#: Files, stdin and downloads larger than this are refused: an article is a few hundred kilobytes at most,
#: and reading a disk image by mistake should fail at once rather than after minutes.
MAX_BYTES = 5 * 1024 * 1024

_MONTHS = {name: number for number, names in enumerate(
    (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
     ("november", "nov"), ("december", "dec")), start=1) for name in names}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# "January 10, 2018", "Jan. 10, 2018", "10 January 2018", "2018-01-10" (each a whole date with its year).
_DATE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>[0-9]{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)[0-9]{{2}})"
    rf"|(?P<d2>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})\.?,?\s+(?P<y2>(?:19|20)[0-9]{{2}})"
    r"|(?P<y3>(?:19|20)[0-9]{2})-(?P<m3>[0-9]{2})-(?P<d3>[0-9]{2}))\b",
    re.IGNORECASE,
)
#: A date in figures, only read where a label or a byline introduces it ("Posted on 07/28/2012", "by Jo Roe on 24/10/12").
_NUMERIC_DATE = re.compile(r"\b(?P<a>[0-9]{1,2})([/.])(?P<b>[0-9]{1,2})\2(?P<y>(?:19|20)[0-9]{2}|[0-9]{2})\b")
_DATE_LABEL = re.compile(r"\b(?:posted|published|first published|updated|last updated|date|dated)\s*(?:on|:)?\s*"
                         # "updated 1:30 PM EST, Wed November 7, 2012": a time and a weekday may come first
                         r"(?:[0-9]{1,2}:[0-9]{2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,4}\b)?,?\s*)?"
                         r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?$", re.IGNORECASE)
#: What a dateline's day opens with: a figure ("07/28/2012", "24 July"), a month or a weekday.
_DAY_AHEAD = rf"(?=[0-9]|(?i:{_MONTH}|mon|tue|wed|thu|fri|sat|sun)\b)"
_NAME = rf"{CAP}[\w'’.-]*(?:\s+(?:{CAP}[\w'’.-]*|de|van|von|der|da|di|du|le|la|bin|al|el)){{1,3}}"
_BYLINE = re.compile(rf"^(?:(?i:by|(?:written|words|posted|submitted|filed|reported)\s+by|by:|"
                     rf"(?:interview|analysis|report|reporting|text|story)\s+by)\s+"
                     rf"(?:the\s+)?|"
                     # "Column | Tobias Mwangi-Ferreira", "Opinion: Jane Doe"
                     rf"(?i:column|opinion|comment|commentary|analysis|blog|viewpoint|perspective)\s*[|:·–—-]\s*)"
                     rf"(?P<name>{_NAME})(?:\s*(?:,|\||·|and\b|-|—|–|/).*|\s+(?i:on)\s+{_DAY_AHEAD}.*)?$")
#: "Posted on 07/28/2012 by Michael Busch", "Posted August 7th, 2012 / By Sara Carter": the byline after the date.
_POSTED_BY = re.compile(rf"^(?i:posted|published|written|filed|submitted)\b.{{1,50}}?[\s/|·,]+(?i:by)\s+"
                        rf"(?P<name>{_NAME})\s*$")
#: "Posted by Dave Bradley at 8:56 AM", "Posted by Neil H on Thursday": under a blog's post.
_POSTED_BY_AT = re.compile(rf"(?i:posted|written|submitted)\s+by\s+(?P<name>{_NAME})\s+(?i:at|on)\s+\S.{{0,40}}$")
#: "Posted by lasagnechef in Arsenal News.": a blog's byline may be its writer's handle.
_POSTED_BY_HANDLE = re.compile(r"^(?i:posted|submitted|written)\s+by\s+(?P<name>[\w.-]{3,30})\s+(?i:in|on|at)\b")
#: "David Berreby on November 7, 2012, 6:43 PM", "Henry Blodget | Aug. 9, 2012, 10:10 AM": a name, then the day.
_NAME_ON_DAY = re.compile(rf"^(?!The\s)(?P<name>{_NAME})\s*(?:\s(?i:on)\s|[|·,–—-])\s*"
                          # a date, not a time or a score: "Tsegaye Kebede - 2:04:38" is a result
                          rf"(?=(?i:{_MONTH})\.?\s+[0-9]|[0-9]{{1,2}}(?:st|nd|rd|th)?\s+(?i:{_MONTH})\b|"
                          rf"[0-9]{{1,4}}[/.-][0-9]{{1,2}}[/.-][0-9]{{2,4}}\b|(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s)")
#: One word of a person's name as printed ("Stewart", "O'Neill", "Mwangi-Ferreira").
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*")
#: Capitalised words on a line of their own that are a page's furniture, not a writer's name.
_NOT_A_NAME = NOT_PERSON | MONTH_WORDS | WEEKDAY_WORDS | {
    "advertisement", "comments", "comment", "share", "related", "reuters", "tags", "source", "sources", "print",
    "email", "tweet", "menu", "home", "news", "sport", "sports", "business", "politics", "opinion", "analysis",
    "video", "photos", "gallery", "ends", "end", "more", "read", "top", "stories", "latest", "contact", "subscribe",
    "newsletter", "follow", "live", "updates", "update", "editorial", "staff", "reporter", "admin", "posted",
    "continue", "reading", "story", "article", "world", "local", "science", "technology", "tech", "health",
    "travel", "culture", "lifestyle", "entertainment", "features", "blog", "blogs", "archive", "search", "login",
    "register", "privacy", "policy", "terms", "cookies", "back", "next", "previous", "page", "thanks", "cheers",
    "regards", "best", "note", "notes", "disclaimer", "correction", "references", "footnotes"}
#: A signature closing a post ("– Marcas Grant"), on a line of its own.
_SIGN_OFF = re.compile(rf"^[–—-]{{1,2}}\s*(?P<name>{_NAME})$")
#: A link glued to the name when a page was copied as text: "By Adam MannEmail Author".
_GLUED_LINK = re.compile(r"(?:(?<=[a-z])|\s+)(?:E-?mail|Follow|Contact)(?:\s+(?:the\s+)?(?:Author|Me|Us|Him|Her))?$")
_NAME_OUTLET = re.compile(rf"(?:^|\s)(?P<name>{_NAME})\s+[·|]\s+(?P<outlet>{CAP}[\w&.'’ -]{{1,40}}?)\s+[·|]")
# (a notice that opens its line, perhaps after a word or two: not "The song, under copyright by ...", nor a
# photo's credit)
_COPYRIGHT_BY = re.compile(rf"(?:(?!(?i:photo|image|picture|video|graphic)s?\b)[A-Za-z]+\s+){{0,3}}?(?i:copyright|©|\(c\))\s*(?:[0-9]{{4}}(?:\s*[-–]\s*[0-9]{{2,4}})?\s+)?(?i:by)\s+"
                           rf"(?P<name>{_NAME})\b")
_ABOUT = re.compile(rf"\b(?i:about the (?:author|writer))\s*:?\s+(?P<name>{_NAME})\b")
_BIO = re.compile(rf"^(?P<name>{_NAME}) is (?:a|an|the|(?i:director|professor|head|chief|editor|author|founder|"
                  rf"president|chair|executive|senior|lecturer|reader|partner|principal|associate|deputy))\s+"
                  rf"[\w ,.'’-]*\b(?:at|of|for|with|in|on)\b")
_COLUMNS_BY = re.compile(rf"\b(?:columns?|articles?|posts?|stories|pieces?)\b[^.]*?\bby (?P<name>{_NAME})\b")
_WIRE = re.compile(rf"^{CAP}[{UPPER} .,/'-]{{2,40}}(?:,[\w .,]{{1,30}})?\((?P<outlet>{CAP}[\w .&-]{{1,30}})\)\s*[-–—]")
#: The place of a wire dateline: "GENEVA,", "NEW YORK, ", "Brussels," (then the date).
_DATELINE_CITY = re.compile(rf"{CAP}[\w.'-]+(?:\s+{CAP}[\w.'-]+){{0,3}}\s*,")
#: A wire dateline without its year: "THE HAGUE, Nov 14 (Reuters) -", "GENEVA, May 28 -".
_YEARLESS_DATELINE = re.compile(
    rf"^{CAP}[{UPPER} .,/'-]{{1,40}},\s*(?P<m>(?i:{_MONTH}))\.?\s+(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?\s*"
    rf"(?:\((?:{CAP}[\w .&-]{{1,30}})\)\s*)?[-–—]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
#: A page's header line: its day first ("Monday, 11.05.2012 / 1:23 PM / NHL Network", "Nov 5, 2012 | Sport") or
#: pieces set apart by slashes or bars around a day or a time. Never part of a hard-wrapped paragraph.
_WEEKDAY = r"(?i:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?i:day)?\.?"
_HEADER_LINE = re.compile(
    rf"(?:{_WEEKDAY},?\s+)?(?:[0-9]{{1,2}}[/.][0-9]{{1,2}}[/.][0-9]{{2,4}}|(?i:{_MONTH})\.?\s+[0-9]{{1,2}}\b|"
    rf"[0-9]{{1,2}}(?:st|nd|rd|th)?\s+(?i:{_MONTH})\b|(?:19|20)[0-9]{{2}}-[0-9]{{2}}-[0-9]{{2}})"
    rf"(?:,?\s+(?:19|20)[0-9]{{2}})?\s*(?:$|[,/|·–—-]\s*.{{0,40}}$)|"
    rf"[^/|]{{0,60}}(?:\s[/|]\s[^/|]{{0,40}}){{2,}}$")
#: A letter's closing line before its writer's name: "Yours apologetically,", "Best wishes,", "Cheers,".
_VALEDICTION = re.compile(r"(?i:yours|best|regards|kind regards|warm(?:est)? regards|cheers|thanks|many thanks|"
                          r"sincerely|love|all the best|best wishes|with thanks)\b[\w ]{0,25},?")
#: A byline of one name on a line of its own: "by Justin".
_BY_ONE_NAME = re.compile(r"(?i:by):?\s+(?P<name>[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*)")
#: A comment's or a post's credit on a line of its own: "written by lynn, October 25, 2012".
_WRITTEN_BY = re.compile(r"(?i:written|posted|submitted)\s+by\s+\S.{0,60}$")
#: What sets apart the pieces of a header line: "Monday, 11.05.2012 / 1:23 PM / NHL Network".
_HEADER_PIECES = re.compile(r"\s+[/|·]\s+")
_CLOCK = re.compile(r"[0-9]{1,2}[:.][0-9]{2}\s*(?i:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?")


@dataclass
class Block:
    """One paragraph, heading, list item or block quote: `text[start:end]` of the article's text."""

    kind: str  # "p", "head", "item" or "quote"
    start: int
    end: int


@dataclass
class Article:
    """The article's main text (blocks joined by blank lines) and what is known about it."""

    text: str
    blocks: list[Block]
    title: str | None = None
    #: an HTML page's <title>, which may say more than its headline ("... – plus Rasmus Holtby's verdict")
    page_title: str | None = None
    byline: str | None = None
    date: dt.date | None = None
    #: (month, day) of a dateline that names no year ("THE HAGUE, Nov 14 (Reuters) -"), when `date` is None
    month_day: tuple[int, int] | None = None
    outlet: str | None = None
    url: str | None = None
    is_html: bool = False
    #: block -> the reader whose comment it is, for a page text that keeps its comments under a "Comments" heading
    commenters: dict[int, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def block_text(self, block: Block) -> str:
        return self.text[block.start:block.end]


# -- getting the bytes ------------------------------------------------------------------------------------------
def load(source: str, *, timeout: float = 20.0, max_bytes: int = MAX_BYTES) -> tuple[bytes, str | None, str | None]:
    """(bytes, content type or None, URL or None) for a file path, '-' (stdin) or an http(s) URL."""
    if re.match(r"https?://", source, re.IGNORECASE):
        from .fetch import fetch

        return fetch(source, timeout=timeout, max_bytes=max_bytes)
    if re.match(r"[a-z][a-z0-9+.-]*://", source, re.IGNORECASE):
        raise InputError(f"cannot read {_show(source)}: only http(s) URLs, files and '-' (stdin) are read")
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        name = "stdin"
    else:
        path = Path(source)
        try:
            if path.is_dir():
                raise InputError(f"{_show(source)} is a directory, not an article")
            size = path.stat().st_size
            if size > max_bytes:
                raise InputError(f"{_show(source)} is {size:,} bytes: articles over {max_bytes:,} bytes are refused")
            with path.open("rb") as handle:
                data = handle.read(max_bytes + 1)
        except FileNotFoundError:
            raise InputError(f"no such file: {_show(source)}") from None
        except PermissionError:
            raise InputError(f"cannot read {_show(source)}: permission denied") from None
        except IsADirectoryError:
            raise InputError(f"{_show(source)} is a directory, not an article") from None
        except OSError as e:
            raise InputError(f"cannot read {_show(source)}: {e.strerror or e}") from None
        name = source
    if len(data) > max_bytes:
        raise InputError(f"{_show(name)} is over {max_bytes:,} bytes: articles that large are refused")
    return data, None, None


def _show(text: str) -> str:
    text = one_line(text)
    return text if len(text) <= 80 else text[:77] + "..."


# -- bytes to text ----------------------------------------------------------------------------------------------
def decode(data: bytes, declared: str | None = None, name: str = "the input") -> str:
    """UTF-8 if it is UTF-8, else the declared charset, else the detected one; binary data is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{name} is not text (a broken UTF-16 file?)") from None
    head = data[:8192]
    if b"\x00" in head:
        raise InputError(f"{name} is a binary file, not an article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = None
        for encoding in filter(None, (declared, _detect(data))):
            try:
                text = data.decode(encoding)
                break
            except (LookupError, UnicodeDecodeError):
                continue
        if text is None:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
    sample = text[:8192]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise InputError(f"{name} is a binary file, not an article")
    return text


def _detect(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - installed with trafilatura
        return None
    best = from_bytes(data[:65536]).best()
    return best.encoding if best is not None else None


def looks_like_html(text: str, content_type: str | None = None) -> bool:
    """By the content type if there is one, else by how the document starts."""
    if content_type:
        kind = content_type.split(";")[0].strip().lower()
        if kind in ("text/html", "application/xhtml+xml"):
            return True
        if kind == "text/plain":
            return False
    head = text.lstrip("\ufeff \t\r\n")[:2048].lower()
    if not head.startswith("<"):
        return False
    return any(tag in head for tag in ("<!doctype html", "<html", "<head", "<body", "<article", "<p>", "<div", "<meta"))


def charset_of(content_type: str | None) -> str | None:
    if not content_type:
        return None
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"\'')
    return None


# -- text to an Article -----------------------------------------------------------------------------------------
def parse(data: bytes | str, *, content_type: str | None = None, url: str | None = None,
          name: str = "the input") -> Article:
    """The article in `data` (HTML or plain text, bytes or str); InputError when there is no article text."""
    text = decode(data, charset_of(content_type), name) if isinstance(data, bytes) else data
    if "\x00" in text[:8192]:
        raise InputError(f"{name} is a binary file, not an article")
    if not text.strip():
        raise InputError(f"{name} is empty")
    if looks_like_html(text, content_type):
        article = _from_html(text, url)
    else:
        article = _from_text(text)
        article.url = url
    if not any(article.text[b.start:b.end].strip() for b in article.blocks if b.kind != "head"):
        raise InputError(f"no article text found in {name}")
    return article


def _from_html(html: str, url: str | None) -> Article:
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(html)
    page_title = _clean(tree.findtext(".//title")) if tree is not None else None
    if tree is not None:
        for meta in tree.iter("meta"):
            if meta.get("content") is None and meta.get("value") is not None:
                meta.set("content", meta.get("value"))  # some saved pages keep a meta tag's text in `value`
    names = _name_strings(tree)  # before trafilatura, which prunes the tree it is given
    published = _published(tree)
    labelled = _labelled_dates(tree) if published is None else None
    split_body = _split_body(tree)
    if tree is not None:
        for quote in list(tree.iter("blockquote")):
            for credit in list(quote.iter("footer", "cite")):
                # a pull quote's credit line names its speaker: keep it, as its own line after the quote
                credit.tag = "p"
                credit.tail = None
                quote.addnext(credit)
    doc = trafilatura.bare_extraction(
        tree if tree is not None else html, url=url, with_metadata=True, include_comments=False,
        include_tables=False, include_images=False,
        include_links=False, output_format="python",
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    pieces: list[tuple[str, str]] = []
    body = getattr(doc, "body", None) if doc is not None else None
    if body is not None:
        for element in body.iter("head", "p", "item", "quote", "code"):
            if element.tag in ("p", "item") and any(a.tag in ("quote", "item") for a in element.iterancestors()):
                continue  # its ancestor's text already holds it
            kind = {"head": "head", "item": "item", "quote": "quote"}.get(element.tag, "p")
            content = " ".join("".join(element.itertext()).split())
            if content:
                pieces.append((kind, content))
            loose = " ".join((element.tail or "").split())
            if loose and not any(a.tag in ("p", "item", "quote", "head") for a in element.iterancestors()):
                # text a page sets straight after a heading or a paragraph, in no paragraph of its own ("<h2>70"
                # Element TV ...</h2>I think this will be the least expensive 70" TV ..."): a paragraph
                pieces.append(("p", loose))
    pieces = _rejoined(pieces, split_body)
    article = _assemble(pieces)
    article.is_html = True
    article.page_title = page_title
    if doc is not None:
        article.title = _clean(doc.title)
        article.byline = _page_author(doc.author, names)
        article.outlet = _clean(doc.sitename)
        if article.outlet and re.match(r"(?:https?://|www\.)", article.outlet, re.IGNORECASE):
            article.outlet = None  # a publisher's social-media page, not a name: the page's host stands in
        article.url = _clean(doc.url) or url
        article.date = _page_date(published, doc.date, article.url or url) or _own_labelled_date(labelled, pieces)
    if article.url and not re.match(r"https?://", article.url, re.IGNORECASE):
        article.url = url
    if article.title and article.blocks and article.blocks[0].kind == "head" and \
            article.block_text(article.blocks[0]).strip() == article.title.strip():
        pass  # the title repeated as the first heading stays a heading: it never yields proposals
    return article


def _split_body(tree) -> list[list[list[str]]]:
    """Containers that share one tag and class and each hold paragraphs of their own, in page order: an article
    body that a page cuts into pieces between advertisements (Condé Nast's "body__inner-container"). Trafilatura
    keeps the piece it judges the body and can drop the others."""
    if tree is None:
        return []
    groups: dict[tuple[str, str], list[list[str]]] = {}
    for element in tree.iter("div", "section"):
        if not element.get("class"):
            continue
        paragraphs = [text for p in element.iterchildren("p")
                      if len(text := " ".join(p.text_content().split())) >= 60]
        if len(paragraphs) >= 2:  # (not a list of teasers, a paragraph each, nor a newsletter box)
            groups.setdefault((element.tag, element.get("class")), []).append(paragraphs)
    return [containers for containers in groups.values() if 2 <= len(containers) <= 12]


def _rejoined(pieces: list[tuple[str, str]], split_body: list[list[list[str]]]) -> list[tuple[str, str]]:
    """`pieces` with the paragraphs of a split body's other containers put back after the ones it kept; only for a
    body that trafilatura took at least a container of, so comments and teasers stay out."""
    def key(text: str) -> str:
        return " ".join(text.split())[:50]

    for containers in split_body:
        at = {key(text): n for n, (_, text) in enumerate(pieces)}
        if not any(key(text) in at for paragraphs in containers for text in paragraphs):
            continue
        anchor = None
        for paragraphs in containers:
            kept = [at[key(text)] for text in paragraphs if key(text) in at]
            if kept:
                anchor = max(kept)
            elif anchor is not None:
                pieces[anchor + 1:anchor + 1] = [("p", text) for text in paragraphs]
                anchor += len(paragraphs)
                at = {key(text): n for n, (_, text) in enumerate(pieces)}
    return pieces


def _labelled_dates(tree) -> tuple[str, list[tuple[int, dt.date]]] | None:
    """The page's text, and each date in it labelled as the page's own ("Updated: Dec 15, 2016 2:57 PM UTC",
    "Published 9 October 2019", "Posted on ..."), with where it stands: for a page whose markup states no date,
    where trafilatura's quick search finds none either."""
    if tree is None:
        return None
    text = "\n".join(t for t in (node.text for node in tree.iter() if isinstance(node.tag, str) and
                                  node.tag not in ("script", "style", "noscript", "template")) if t and t.strip())
    found = []
    for match in _DATE.finditer(text):
        label = _DATE_LABEL.search(text[max(0, match.start() - 50):match.start()])
        if label and not re.match(r"\s*dated?\b", label.group(), re.IGNORECASE):  # ("release date: ...")
            day = _to_date(match)
            if day is not None:
                found.append((match.start(), day))
    return text, found


def _own_labelled_date(labelled: tuple[str, list[tuple[int, dt.date]]] | None,
                       pieces: list[tuple[str, str]]) -> dt.date | None:
    """The first labelled date that stands before the article's first paragraph (a byline's "Updated: ..."), not
    one from a sidebar or a comment below it, and not a day still to come."""
    if not labelled or not labelled[1]:
        return None
    text, found = labelled
    first = next((content for kind, content in pieces if kind == "p" and len(content) > 40), None)
    body_at = text.find(first[:40]) if first else -1
    today = dt.date.today()
    return next((day for at, day in found if (body_at < 0 or at < body_at) and day <= today), None)


def _published(tree) -> dt.date | None:
    """The publication day the page's markup states outright, which trafilatura's date finder can overlook (a
    `name=` where it looks for `property=`) or overrule with a date it reads from the text ("8/9/2022" in a
    sidebar beats "article:published_time" 2016-09-02)."""
    if tree is None:
        return None
    stated = [meta.get("content") for meta in tree.iter("meta")
              if _PUBLISHED_META.fullmatch(meta.get("property") or meta.get("name") or meta.get("itemprop") or "")]
    stated += [time.get("datetime") for time in tree.iter("time")
               if (time.get("itemprop") or "").lower() == "datepublished"]
    for value in stated:
        try:
            return dt.date.fromisoformat((value or "").strip()[:10])
        except ValueError:
            continue
    return None


_PUBLISHED_META = re.compile(r"(?:article:|og:)?published_time|date_?published|(?:parsely-)?pub(?:lish)?[-_]?date|"
                             r"dc\.date\.issued|dcterms\.(?:issued|created)|sailthru\.date", re.IGNORECASE)


def _page_date(published: dt.date | None, found: str | None, url: str | None) -> dt.date | None:
    """The markup's stated day, else trafilatura's. A day read month-last ("10/04/2016" as 10 April) is turned
    round when the page's URL dates it to the other month (".../2016/10/...")."""
    day = published
    if day is None and found:
        try:
            day = dt.date.fromisoformat(found[:10])
        except ValueError:
            return None
    in_url = re.search(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/", url or "")
    if day and in_url and (day.year, day.month) != (int(in_url[1]), int(in_url[2])) and \
            (day.year, day.day) == (int(in_url[1]), int(in_url[2])):
        day = day.replace(month=day.day, day=day.month)
    return day


def _name_strings(tree) -> tuple[list[str], list[str], list[str]]:
    """The page's strings that can spell its author: the names its markup gives as the author, the article's own
    ("article:author", "parsely-author", "byl", a JSON-LD Person) before the site-wide "author" tag, which some
    publishers fill with their own name ("Condé Nast"); and every short text node, bylines included."""
    if tree is None:
        return [], [], []
    metas = sorted(((meta.get("name") or meta.get("property") or "").lower(), meta.get("content").strip())
                   for meta in tree.iter("meta")
                   if re.search(r"author|creator|\bbyl", meta.get("name") or meta.get("property") or "", re.IGNORECASE)
                   and meta.get("content") and not re.search("[/@]", meta.get("content")))
    own = [value for key, value in metas if key != "author"] + _linked_data_authors(tree)
    texts = [text.strip() for element in tree.iter() for text in (element.text, element.tail)
             if text and 3 < len(text.strip()) < 80]
    # last of all, the first link to an author's page ('<a href="/author/miserableshitehawk">Chris Thompson</a>',
    # '<a rel="author">'), for a page whose markup names its author nowhere else
    linked = next((" ".join(a.text.split()) for a in tree.iter("a")
                   if a.text and 1 < len(a.text.split()) <= 4 and
                   ((a.get("rel") or "").lower() == "author" or _AUTHOR_PAGE.search(a.get("href") or "")) and
                   all(w[:1].isupper() for w in a.text.split()) and
                   not any(w.lower() in _NOT_A_WRITER for w in a.text.split())), None)
    return (list(dict.fromkeys(own)), [value for key, value in metas if key == "author"] + ([linked] if linked else []),
            texts)


#: A link to an author's page: ".../author/jane-doe", "/authors/jdoe/".
_AUTHOR_PAGE = re.compile(r"/authors?/[^/?#]+/?(?:[?#]|$)", re.IGNORECASE)
#: Words of a link to authors' pages that is no writer's name: "Meet The Team", "All Staff Writers".
_NOT_A_WRITER = {"the", "team", "staff", "writers", "writer", "editors", "all", "meet", "our", "more", "view",
                 "posts", "articles", "contributors", "authors", "author", "desk", "news", "about", "by", "see"}


def _linked_data_authors(tree) -> list[str]:
    """The people a page's JSON-LD names as its article's authors."""
    import json

    names: list[str] = []

    def walk(node, depth: int = 0) -> None:
        if depth > 6:
            return
        if isinstance(node, list):
            for item in node[:20]:
                walk(item, depth + 1)
        elif isinstance(node, dict):
            authors = node.get("author")
            for author in authors if isinstance(authors, list) else [authors]:
                if isinstance(author, dict) and str(author.get("@type")).lower() == "person" and \
                        isinstance(author.get("name"), str):  # (some pages write "person")
                    names.append(author["name"].strip())
            for key in ("@graph", "mainEntity", "mainEntityOfPage"):
                walk(node.get(key), depth + 1)

    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            try:
                walk(json.loads(script.text))
            except (ValueError, RecursionError):
                continue  # not JSON, or nested past what the parser follows: no names from it
    return [name for name in names if name and not re.search("[/@]", name)]


def _page_author(author: str | None, names: tuple[list[str], list[str], list[str]]) -> str | None:
    """The byline as the page spells it. Trafilatura's author field drops the dots of initials ("T C Sottek"), runs
    two writers together ("Paul Wiseman Fatima Hussein") and takes page furniture for a name ("See full bio",
    "Steven Shepard Link Copied", "October; Marc Lifsher"): each candidate is checked against the page's own
    strings, and when none is a name the author meta tags are tried."""
    own, site_wide, texts = names
    metas = own + site_wide
    pieces = re.split(r"\s*;\s*", author or "")
    if own and pieces[0].casefold() in {name.casefold() for name in site_wide}:
        pieces = own  # trafilatura took the site-wide tag: the article's own comes first
    for meta in metas:
        # "You, Xiaoying" in the page's tags, split by trafilatura into "You; Xiaoying": the name is Xiaoying You
        inverted = re.fullmatch(r"([^\W\d_][\w'’-]*),\s*([^\W\d_][\w.'’ -]*)", meta)
        if inverted and len(pieces) >= 2 and [p.casefold() for p in pieces[:2]] == \
                [inverted[1].casefold(), inverted[2].casefold()]:
            pieces = [f"{inverted[2]} {inverted[1]}", *pieces[2:]]
            break
    for piece in [*pieces, *metas]:
        name = _clean(_first_author(piece))
        name = name and _name_only(name)
        if name is None or _WORDS_NO_NAME_HAS.search(name) or name.casefold().rstrip(".") in _MONTH_OR_DAY:
            continue
        return _as_spelled(name, metas + texts)
    return None


def _as_spelled(name: str, names: list[str]) -> str:
    """`name`, or its longest head of two words or more that the page prints as a string of its own, as printed
    there ("Nelson D. Schwartz" for "Nelson D Schwartz"; mixed case before capitals; words kept apart, so not a
    handle: "perrybaconjr")."""
    words = name.split()[:6]  # (a name is a few words; the pattern's work grows with them)
    for size in range(len(words), 1, -1):
        pattern = re.compile(r"(?:by\s+)?" + r"(?:\s+|\.\s*)".join(
            re.escape(w.rstrip(".")) + (r"\.?" if len(w.rstrip(".")) == 1 else "") for w in words[:size]) + r"\.?,?",
            re.IGNORECASE)
        spelled = [m for text in names if (m := pattern.fullmatch(text))]
        if spelled:
            best = next((m for m in spelled if not m.group().isupper()), spelled[0]).group()
            best = " ".join(re.sub(r"^by\s+", "", best, flags=re.IGNORECASE).rstrip(",").split())
            return best.title() if best.isupper() else best
    return name.title() if name.isupper() and len(name) > 3 else name


#: Page furniture, not a name: a word in lower case that no name has ("See full bio"), a login box's "Username".
_WORDS_NO_NAME_HAS = re.compile(r"(?:^|\s)(?!(?:van|von|der|den|de|da|di|du|la|le|del|dos|bin|al|and|y)\b)[a-z]|"
                                r"^(?i:username|user|admin|administrator|author|anonymous|guest|contributors?)$|[0-9@<>|]")
_MONTH_OR_DAY = MONTH_WORDS | WEEKDAY_WORDS  # (a whole word: "Marcus" and "Junior" are names)


def _first_author(author: str | None) -> str | None:
    if not author:
        return None
    # "Analysis by Chris Cillizza", "Opinion by ...": the kind of piece is not the writer's name
    author = re.sub(r"^(?:(?:analysis|opinion|commentary|review|column|interview|story|text|words|report)\s+)?by\s+",
                    "", author.strip(), flags=re.IGNORECASE)
    author = re.split(r"\s*(?:;|\band\b|&)\s*", author)[0]
    # ("Scott Gilbertson,Gear Team": a list run together in a tag, its comma with no space after it; not
    # "You,Xiaoying", a name written surname first)
    run_together = re.match(r"([^,]*\s[^,]*),(?=\S)", author)
    author = run_together.group(1) if run_together else author
    # "Tom Gillespie News reporter": the name, not the job the page prints after it
    named = _JOB_AFTER_NAME.sub("", author)
    author = named if len(named.split()) >= 2 else author
    if _NO_AUTHOR.fullmatch(author) or _JOB_AFTER_NAME.fullmatch(" " + author):
        return None  # "Editorial", "Staff": the outlet's own voice
    return author or None


#: A job a page prints after its author's name: "News reporter", "Staff Writer", "Senior Correspondent".
_JOB_AFTER_NAME = re.compile(r"(?<=[a-z]),?\s+(?:(?:senior|chief|staff|news|sports?|political|business|deputy|special|"
                             r"foreign|local|digital)\s+)*(?:reporter|writer|correspondent|editor|columnist|"
                             r"journalist|contributor)\s*$", re.IGNORECASE)
#: Author fields that name no one: the outlet speaks.
_NO_AUTHOR = re.compile(r"(?:the\s+)?(?:editorial(?:\s+board)?|staff|opinion|our\s+view|leader|"
                        r"editors?|newsroom|web\s+desk|news\s+desk)", re.IGNORECASE)


def _name_only(value: str) -> str | None:
    return _clean(_GLUED_LINK.sub("", value))


#: Soft hyphens: invisible marks where a line may break inside a word ("hap\u00adpen\u00ading"). A reader never
#: sees them, and a claim that kept them would not be found by the words it shows.
_SOFT_HYPHEN = "\u00ad"


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.replace(_SOFT_HYPHEN, "").split())
    return value or None


def _assemble(pieces: list[tuple[str, str]]) -> Article:
    parts: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for kind, content in pieces:
        content = content.replace(_SOFT_HYPHEN, "")
        if parts:
            parts.append("\n\n")
            offset += 2
        parts.append(content)
        blocks.append(Block(kind, offset, offset + len(content)))
        offset += len(content)
    return Article(text="".join(parts), blocks=blocks)


_BULLET = re.compile(r"^\s*(?:[•·▪◦●‣*]|-(?=\s)|[0-9]{1,2}[.)](?=\s))\s*")
_END_PUNCT = (".", "!", "?", '"', "”", "’", "'", ":", ";", ")")


def _from_text(raw: str) -> Article:
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    lines = [line.rstrip() for line in raw.split("\n")]
    pieces: list[tuple[str, str]] = []
    indented: list[bool] = []  # for each piece: its lines are set in, as a block quotation is
    chunk: list[str] = []

    def flush() -> None:
        if not chunk:
            return
        inset = all(line[:1] == "\t" or line[:4] == "    " for line in chunk)
        for kind, content in _chunk_pieces(chunk):
            pieces.append((kind, content))
            indented.append(inset)
        chunk.clear()

    for line in lines:
        if line.strip():
            chunk.append(line)
        else:
            flush()
    flush()
    # a short line with no closing punctuation followed by more text is a heading
    marked: list[tuple[str, str]] = []
    # paragraphs set in among others that are not are block quotations (not a text indented throughout)
    quotations = sum(indented) * 2 < len(pieces)
    listing = False  # under a sentence that introduces a list: "... specs than the D3200: / It will use ..."
    for index, (kind, content) in enumerate(pieces):
        short = _looks_like_heading(content)
        if kind == "p" and listing and short and not content.endswith(":"):
            kind = "item"  # a line of the list, not a heading (but "Related posts:" opens another)
        elif kind == "p" and index + 1 < len(pieces) and (short or index == 0 and _looks_like_title(content)):
            kind = "head"
        elif kind == "p" and quotations and indented[index] and len(content.split()) >= 6:
            kind = "quote"
        listing = kind == "item" or kind == "p" and content.endswith(":") and not short
        marked.append((kind, content))
    article = _assemble(marked)
    texts = [article.block_text(b).strip() for b in article.blocks]
    comments_at = _comments_start(texts)
    _text_metadata(article, [line.strip() for line in lines[:15]], comments_at)
    article.commenters = _commenters(texts, comments_at)
    if article.byline is None:
        article.byline = _first_name_signature(texts[:comments_at], set(article.commenters.values()))
    for number in article.commenters:
        if article.blocks[number].kind == "head":
            article.blocks[number].kind = "p"  # a reader's one-line comment, not a heading
    return article


#: The heading over a page's comments: "Comments", "12 Comments", "3 Responses to “...”", "Leave a Reply" (not a
#: section's "Discussion" or "Responses", which may head the article's own words).
_COMMENTS_HEAD = re.compile(r"\W*(?:(?:[0-9]+\s+)?(?i:comments?|reader\s+comments|featured\s+comments(?:\s+from)?)|"
                            r"[0-9]+\s+(?i:responses?|replies|comments?)(?:\s+(?i:to|on)\s+.{1,120})?|"
                            r"(?i:leave\s+a\s+(?:reply|comment)))\W*")
#: A reader's name, as a comment's header gives it: "mtmjr90", "Major Payne", "Tony Hamilton".
_READER = r"[\w@][\w.'’@-]*(?:\s[\w.'’@-]+){0,3}"
#: A comment's header line: "mtmjr90 says:", "written by lynn, October 25, 2012", "Posted by TJA August 9, 2012 at
#: 11:44 am", "3. Pete - 20 August, 2011", "smarterthanyou Monday, November 5 2012".
_COMMENT_HEADER = re.compile(
    # "Comment number 276. Dr G" (the BBC's Have Your Say)
    rf"(?i:comment\s+(?:number|no\.?|#)\s*[0-9]+\.?)\s+(?P<numbered>{_READER})\s*$|"
    # "On September 4, 2012 at 10:43 am Jodi Ettenberg said:"
    rf"(?i:on)\s+(?:{_WEEKDAY},?\s+)?(?:(?i:{_MONTH})\.?\s+[0-9]{{1,2}}(?:st|nd|rd|th)?,?\s+[0-9]{{4}}|"
    rf"[0-9]{{1,2}}\s+(?i:{_MONTH})\.?,?\s+[0-9]{{4}}|[0-9]{{1,4}}[/.-][0-9]{{1,2}}[/.-][0-9]{{2,4}})"
    rf"(?:,?\s+(?i:at)\s+[0-9]{{1,2}}[:.][0-9]{{2}}\s*(?i:[ap]\.?m\.?)?)?,?\s+(?P<on>{_READER}?)\s+"
    rf"(?i:says|said|wrote|writes)\s*:?\s*$|"
    rf"(?:[0-9]{{1,4}}[.)]?\s+)?(?:(?P<says>{_READER}?)\s+(?i:says|said|wrote|writes)\s*:?\s*$|"
    rf"(?i:posted|written|submitted|comment)\s+by\s+(?P<by>{_READER}?)(?=\s*[,|·–—-]|\s+(?i:on|at)\s|"
    rf"\s+(?i:{_MONTH})\b|\s+[0-9]|\s*$)|"
    rf"(?P<named>{_READER}?)(?:\s*[|·–—-]\s*|\s+)(?:{_WEEKDAY},?\s+)?(?=(?i:{_MONTH})\.?\s+[0-9]|"
    rf"[0-9]{{1,2}}(?:st|nd|rd|th)?\s+(?i:{_MONTH})\b|[0-9]{{1,2}}/[0-9]{{1,2}}/[0-9]{{2,4}}))")


def _first_name_signature(texts: list[str], commenters: set[str]) -> str | None:
    """A post signed with a first name at its foot ("-Jodi"), in full when its writer answers the comments under
    a full name that starts with it ("Jodi Ettenberg said:")."""
    for text in texts[-3:]:
        if (match := re.fullmatch(r"[–—-]{1,2}\s*([A-Z][a-z]{1,15})", text)) and match[1].lower() not in _NOT_A_NAME:
            first = match[1]  # (not "-ENDS-", "—Advertisement")
            full = [name for name in commenters if name.startswith(first + " ") and len(name.split()) <= 3]
            return full[0] if len(full) == 1 else first
    return None


#: A comment's signature under it: "Posted by: Clive Robinson at November 8, 2012 7:02 AM".
_COMMENT_TRAILER = re.compile(rf"(?i:posted\s+by)\s*:\s*(?P<name>{_READER}?)\s+(?i:at|on)\s+(?:(?i:{_MONTH})\.?\s+[0-9]|"
                              r"[0-9]{1,2}[\s/.-])")


def _commenters(texts: list[str], start: int) -> dict[int, str]:
    """Block -> its commenter, for the blocks under a page's comments heading (block `start`): each comment opens
    with a header that names its reader ("mtmjr90 says:", "written by lynn, October 25, 2012", a name over a day and
    time), and what a reader writes is theirs, not the article's. `texts` are the article's blocks' texts."""
    if start == len(texts):
        return {}
    trailers = {k: match["name"] for k in range(start + 1, len(texts)) if (match := _COMMENT_TRAILER.match(texts[k]))}
    if len(trailers) >= 2 and _comment_header(texts[start + 1], texts[start + 2] if start + 2 < len(texts) else "") is None:
        # "... / Posted by: Clive Robinson at November 8, 2012 7:02 AM": each comment signed under it
        voices: dict[int, str] = {}
        previous = start
        for k, name in sorted(trailers.items()):
            for block in range(previous + 1, k):
                voices[block] = name
            previous = k
        return voices
    voices = {}
    current: str | None = None
    for k in range(start + 1, len(texts)):
        name = _comment_header(texts[k], texts[k + 1] if k + 1 < len(texts) else "")
        if name is not None:
            current = name
            if k - 1 > start and k - 1 in voices and len(texts[k - 1]) <= 60 and \
                    not texts[k - 1].endswith((".", "!", "?", ":", ",")) and re.match(r"(?i:written|posted)", texts[k]):
                voices[k - 1] = name  # "This is not going to work / written by lynn, ...": the comment's own title
            continue
        if current:
            voices[k] = current
    return voices


#: First words of a comment's trailer or tools, never a reader: "Posted on Nov 06 2012 1:23 pm", "Reply".
_NOT_A_READER = {"posted", "updated", "published", "edited", "on", "at", "by", "reply", "report", "quote", "permalink",
                 "share", "like", "flag", "the", "a", "an", "in", "this", "that", "it", "i", "we", "you"}


def _comments_start(texts: list[str]) -> int:
    """The index of a page's comments heading among its blocks' texts, else their number."""
    return next((k for k in range(2, len(texts)) if _COMMENTS_HEAD.fullmatch(texts[k])), len(texts))


def _comment_header(text: str, following: str) -> str | None:
    """The reader a comment's header names, else None."""
    if len(text) > 100:
        return None
    pieces = _HEADER_PIECES.split(text)
    if len(pieces) > 1 and (_DATE.search(pieces[0]) or _NUMERIC_DATE.search(pieces[0])):
        # "Thu, 08/09/2012 - 13:04 | 2691543 malikai": the day, then the reader (after the comment's number)
        name = re.sub(r"^[0-9]+\s+", "", pieces[-1])
    elif match := _COMMENT_HEADER.match(text):
        name = match["numbered"] or match["on"] or match["says"] or match["by"] or match["named"]
    elif len(text) <= 30 and not text.endswith((".", "!", "?", ",", ":")) and len(following) <= 60 and \
            not following.endswith((".", "!", "?")) and (_DATE.match(following) or _NUMERIC_DATE.match(following)):
        name = text  # "Modest Money / August 9, 2012 at 12:45 pm": a name over the day it was written
    elif len(text) <= 20 and " " not in text and not text.endswith((".", "!", "?", ",", ":", ")")) and \
            len(following.split()) >= 8 and (re.search(r"[0-9_]", text) or text[:1].islower()):
        name = text  # "h4rm0ny / I don't care if ...": a reader's handle over their comment
    else:
        return None
    name = re.sub(r"^[0-9]{1,4}[.)]\s+", "", name.strip(" -–—,:"))  # ("391. Britainsnotpleased": the comment's number)
    if not name or len(name) > 30 or name.split()[0].lower() in _NOT_A_READER or not re.search(r"[^\W\d_]", name) or \
            re.fullmatch(r"[0-9]{1,2}(?:st|nd|rd|th)", name, re.IGNORECASE) or \
            name.lower() in _NOT_A_NAME or name.lower().rstrip(".") in _MONTHS:
        return None
    return name


def _chunk_pieces(chunk: list[str]) -> list[tuple[str, str]]:
    """Lines separated by blank lines: hard-wrapped lines are one paragraph; otherwise each line is one."""
    stripped = [" ".join(line.split()) for line in chunk]
    if len(chunk) > 1 and not any(_BULLET.match(line) or _HEADER_LINE.match(flat) or _WRITTEN_BY.match(flat)
                                  for line, flat in zip(chunk, stripped)):
        inner = chunk[:-1]
        wrapped = sum(1 for line in inner if 40 <= len(line) <= 100 and not line.rstrip().endswith(_END_PUNCT))
        if wrapped >= max(1, (2 * len(inner)) // 3):
            return [("p", " ".join(stripped))]
    out = []
    for line, flat in zip(chunk, stripped):
        if _BULLET.match(line):
            out.append(("item", _BULLET.sub("", line, count=1).strip()))
        else:
            out.append(("p", flat))
    return out


def _looks_like_title(text: str) -> bool:
    """The first line of a plain-text article is its headline unless it reads as a sentence."""
    return len(text) <= 200 and not text.endswith((".", "!", "?", '."', '"', "”", "…", ",", ";"))


def _looks_like_heading(text: str) -> bool:
    return len(text) <= 100 and not text.endswith((".", "!", "?", ",", ";", '."', '"', "”", "…")) and \
        len(text.split()) <= 16 and not (text.endswith(":") and len(text.split()) > 6)  # (a list's lead sentence)


def _text_metadata(article: Article, first_lines: list[str] | None = None,
                   comments_at: int | None = None) -> None:
    text = article.text
    blocks = article.blocks
    if len(blocks) > 2 and _DATE.fullmatch(re.sub(rf"^{_WEEKDAY},?\s*", "", article.block_text(blocks[0]))):
        blocks = blocks[1:]  # "Wednesday, 7 November 2012 / Some annoying news / ...": the day, then the title
    if blocks and blocks[0].kind == "head":
        article.title = article.block_text(blocks[0])
    elif blocks and len(blocks) > 1 and _looks_like_heading(article.block_text(blocks[0])):
        article.title = article.block_text(blocks[0])
    blocks = article.blocks[:comments_at]  # (a page's comments are no part of the piece: its foot is above them)
    article.date = _header_date(text)
    if article.date is None:
        for line in text[:1500].splitlines()[:12]:
            if match := _YEARLESS_DATELINE.match(line.strip()):
                article.month_day = (_MONTHS[match["m"].lower()], int(match["d"]))
                break
    head = [article.block_text(b) for b in blocks[:8]]
    # each of the first blocks, then each of the first lines: a header block may hold several ("Market note |
    # Client devices / By Ines Carvalho, Principal Analyst, Halverson Research / Published 2026-04-09")
    lines = head + (first_lines or [])
    for number, line in enumerate(lines):
        if line.strip().lower() in ("by", "by:") and number + 1 < len(lines):
            line = "By " + lines[number + 1]  # "By" on a line of its own, the name on the next
        if match := _BYLINE.match(line) or _POSTED_BY.match(line) or _POSTED_BY_HANDLE.match(line) or \
                len(line) <= 100 and not line.endswith(".") and _NAME_ON_DAY.match(line):
            article.byline = _name_only(match["name"])
            break
        if (match := _BY_ONE_NAME.fullmatch(line.strip())) and match["name"].lower() not in _NOT_A_NAME:
            article.byline = match["name"]  # "by Justin": a blog's writer, known by a first name
            break
    if article.byline is None:
        for line in lines:
            # "Monday, 11.05.2012 / 1:23 PM / NHL Network": the name among a header's day and time
            if len(line) > 200:
                continue  # (no header line is this long)
            pieces = _HEADER_PIECES.split(" ".join(line.split()))
            if len(pieces) < 2 or not any(_DATE.search(p) or _NUMERIC_DATE.search(p) or _CLOCK.fullmatch(p)
                                          for p in pieces):
                continue
            names = [p for p in pieces if re.fullmatch(_NAME, p) and
                     not any(w.lower() in _NOT_A_NAME or w.lower() in _MONTHS for w in p.split())]
            if len(names) == 1:
                article.byline = names[0]
                break
    if article.byline is None:
        if match := _NAME_OUTLET.search(text[:4000]):
            article.byline = _last_name_words(match["name"])
            article.outlet = _clean(match["outlet"])
    if article.byline is None:
        if match := _ABOUT.search(text):
            article.byline = _clean(match["name"])
    if article.byline is None:
        for number, block in enumerate(blocks[-4:], start=max(0, len(blocks) - 4)):
            line = article.block_text(block)
            # (a bio closes a piece; it is not its lead: "Flanker Colin Charvis is unlikely to play ... in")
            if number >= 2 and len(line) < 300 and (match := _BIO.match(line)):
                article.byline = _clean(match["name"])
                break
            if match := _COLUMNS_BY.search(line):
                article.byline = _clean(match["name"])
                break
    if article.byline is None:
        lines = [line for line in first_lines or [] if line]
        for number, line in enumerate(lines[1:4], start=1):
            # a name on a line of its own under the headline, the story right after it ("Connected cars open up to
            # apps / Jon Stewart / It used to be that ..."; not a ground: "Ewood Park / Tuesday, 1 March")
            words = line.split()
            if 2 <= len(words) <= 3 and all(_NAME_WORD.fullmatch(w) and w.lower() not in _NOT_A_NAME for w in words) \
                    and number + 1 < len(lines) and len(lines[number + 1].split()) >= 15:
                article.byline = line.strip()
                break
    if article.byline is None:
        for block in blocks[-4:]:
            # "Posted by Dave Bradley at 8:56 AM": a blog's writer, under the post
            if match := _POSTED_BY_AT.match(article.block_text(block).strip()):
                article.byline = _clean(match["name"])
                break
    if article.byline is None:
        for block in blocks[-6:]:
            # "Original contents copyright 2012 by Michael C. Johnston": a blog's writer, named in full at
            # its foot (before a first name signing it: "Mike")
            if match := _COPYRIGHT_BY.match(article.block_text(block).strip()):
                article.byline = _clean(match["name"])
                break
    if article.byline is None and len(blocks) > 3:
        # a blog post signed with a first name at its foot, before the page's own lines ("... keep your eyes open
        # for the debate. / Ross", "... click on the "Comments" link below.")
        for number in range(len(blocks) - 1, max(2, len(blocks) - 6), -1):
            line = article.block_text(blocks[number]).strip()
            before = article.block_text(blocks[number - 1]).strip()
            if _NAME_WORD.fullmatch(line) and 3 <= len(line) <= 12 and line.lower() not in _NOT_A_NAME and \
                    (len(before.split()) >= 8 or before.endswith((".", "!", "?")) or _VALEDICTION.fullmatch(before)):
                article.byline = line
                break
    if article.byline is None:
        for number, block in enumerate(blocks[1:], start=1):
            # a post signed at its foot, not a quotation's source ("“...” / — Mark Twain")
            if (match := _SIGN_OFF.match(article.block_text(block))) and \
                    not article.block_text(blocks[number - 1]).endswith(('"', "”", "’", "'")):
                article.byline = _name_only(match["name"])
                break
    if article.outlet is None:
        for line in head:
            if match := _WIRE.match(line):
                article.outlet = _clean(match["outlet"])
                break
    if article.byline and article.byline.isupper() and len(article.byline) > 3:
        article.byline = article.byline.title()  # "By NATE SILVER": a name, set in capitals


def _last_name_words(run: str) -> str | None:
    """The person's name at the end of a run of capitalised words ("... World Analysis Matt Kwong")."""
    words = run.split()
    keep = 3 if len(words) >= 3 and (len(words[-2].rstrip(".")) == 1 or words[-2].islower()) else 2
    return _clean(" ".join(words[-keep:]))


def _header_date(text: str) -> dt.date | None:
    """A labelled date ("Posted: Jan 10, 2018") in the first few thousand characters, else a date that stands
    in the article's first lines; never a date from the body, which may be any day the story mentions."""
    labelled = None
    for match in _DATE.finditer(text[:6000]):
        if _DATE_LABEL.search(text[max(0, match.start() - 50):match.start()]):
            labelled = match
            break
    if labelled is not None:
        return _to_date(labelled)
    for match in _NUMERIC_DATE.finditer(text[:600]):
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[line_start:match.start()]
        if len(before) <= 80 and (_DATE_LABEL.search(before) or re.search(r"\bby\b.*\bon\s*$", before, re.I)):
            return _numeric_date(match)
        if weekday := re.fullmatch(rf"\s*({_WEEKDAY}),?\s*", before):
            # "Monday, 11.05.2012 / 1:23 PM": a header's day, which its weekday tells month-first from day-first
            return _numeric_date(match, weekday.group(1))
    first_lines = text[:400]
    for match in _DATE.finditer(first_lines):
        line_start = first_lines.rfind("\n", 0, match.start()) + 1
        line_end = first_lines.find("\n", match.end())
        line = first_lines[line_start:line_end if line_end >= 0 else len(first_lines)].strip()
        before = first_lines[line_start:match.start()].strip()
        if not first_lines[:match.start()].strip():
            return _to_date(match)  # the text opens with its date ("November 06, 2012 / x86 processor shipments ...")
        # a dateline or header line ("LONDON, March 14, 2024", "By Jo Roe | 2018-01-10"), not a story's sentence
        if len(line) <= 120 and (not line.endswith(".") or not before or
                                 (len(before) <= 30 and before.endswith((",", "|", "·", "-", "—", "–")))):
            return _to_date(match)
        if _DATELINE_CITY.fullmatch(before):  # "GENEVA, May 28, 2024 (Reuters) - The world is ..."
            return _to_date(match)
    return None


def _numeric_date(match: re.Match[str], weekday: str | None = None) -> dt.date | None:
    """"07/28/2012" is July 28 and "24/10/12" is 24 October; "05/06/2012" could be either, and is no date unless
    the weekday named with it fits only one ("Monday, 11.05.2012" is 5 November 2012)."""
    first, second, year = int(match["a"]), int(match["b"]), int(match["y"])
    year += 2000 if year < 100 else 0
    if weekday is not None:
        wanted = weekday.lower()[:3]
        fits = []
        for month, day in ((first, second), (second, first)):
            try:
                date = dt.date(year, month, day)
            except ValueError:
                continue
            if date.strftime("%a").lower() == wanted and date not in fits:
                fits.append(date)
        if len(fits) == 1:
            return fits[0]
    if first > 12 >= second:
        first, second = second, first
    elif not (second > 12 >= first or first == second):
        return None
    try:
        return dt.date(year, first, second)
    except ValueError:
        return None


def _to_date(match: re.Match[str]) -> dt.date | None:
    try:
        if match["y3"]:
            return dt.date(int(match["y3"]), int(match["m3"]), int(match["d3"]))
        month = match["m1"] or match["m2"]
        day = match["d1"] or match["d2"]
        year = match["y1"] or match["y2"]
        return dt.date(int(year), _MONTHS[month.lower()], int(day))
    except (ValueError, KeyError):
        return None
