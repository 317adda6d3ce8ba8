"""Reading claims out of articles: article text or HTML in, proposed claims out.

    from claimtrack.extract import extract
    for p in extract(open("article.html", "rb").read(), said="2018-01-10"):
        print(p.claimant, p.text, p.due, p.confidence, p.score)

Each `Proposal` carries a claim's own fields (so it can go straight into `Store.add` or a batch line), the
sentence it came from (`quote`, exactly as in the article's text), the cue words that made it a forecast, a
score from 0 to 1 and, given the claims already recorded, the id of one recorded from the same article with
the same quote (`duplicate_of`). The work is done by rules, not a statistical model: nothing is downloaded and
an article of 2,000 words takes about a tenth of a second. See `forecasts` (what counts), `attribution` (who
said it), `deadlines` and `confidence` (by when and how sure), `article` (reading text and HTML).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import uuid as uuidlib
from dataclasses import dataclass, field
from typing import Any, Iterable

from claimtrack.errors import InputError
from claimtrack.phrases import _WEEKDAYS

from . import confidence as confidence_mod
from . import deadlines as deadlines_mod
from .article import Article, parse
from .attribution import Attribution, People, Person, SentenceView, find_all, register_mentions
from .forecasts import OFFICIAL_ROLES, Reading, clean_text, read, rephrase
from .attribution import (_GENERIC_ORG_NOUNS, ADJECTIVE_SHAPE, JOB_TITLES, ORG_NOUNS, PAST_PREFIX, is_org_name,
                          looks_like_person)
from .lexicon import (FUNCTION_WORDS, MONTH_WORDS, NOT_PERSON, PLURAL_GROUPS, POSITIONS, PREDICT, ROLES, SPEECH,
                      TITLES, WEEKDAY_WORDS)
from .sentences import CREDIT, Sentence, split
from .tokens import CAP, UPPER, tokenize

__all__ = ["DEFAULT_MIN_SCORE", "Proposal", "extract", "parse", "propose"]

#: Proposals scoring below this are left out unless asked for (`--all`, `min_score=0`).
DEFAULT_MIN_SCORE = 0.5
#: The claimant of the article's own forecasts when it names no author or outlet and none was given.
UNKNOWN = "unknown"
_UUID_NAMESPACE = uuidlib.UUID("6f1d3c52-8a4e-5b0e-9a57-3c6c1f2d7e10")


@dataclass
class Proposal:
    text: str
    claimant: str
    said_on: str
    due: str | None
    due_text: str | None
    confidence: float | None
    confidence_text: str | None
    tags: list[str]
    source: dict[str, str | None]
    quote: str
    score: float
    cues: list[str]
    duplicate_of: int | None = None
    uuid: str = ""
    #: (start, end) of each cue within `quote`, for views that mark them
    cue_spans: list[tuple[int, int]] = field(default_factory=list, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The public JSON shape (`extract --json`)."""
        return {"text": self.text, "claimant": self.claimant, "said_on": self.said_on, "due": self.due,
                "due_text": self.due_text, "confidence": self.confidence, "confidence_text": self.confidence_text,
                "tags": list(self.tags), "source": dict(self.source), "quote": self.quote, "score": self.score,
                "cues": list(self.cues), "duplicate_of": self.duplicate_of, "uuid": self.uuid}

    def claim_fields(self) -> dict[str, Any]:
        """Fields for `Store.add` (the due date as a date, its phrase kept as `due_text`)."""
        fields: dict[str, Any] = {"text": self.text, "claimant": self.claimant, "said_on": self.said_on,
                                  "tags": list(self.tags), "source": dict(self.source), "quote": self.quote}
        if self.due:
            fields["due"] = self.due
            if self.due_text:
                fields["due_text"] = self.due_text
        if self.confidence is not None:
            fields["confidence"] = self.confidence
            if self.confidence_text:
                fields["confidence_text"] = self.confidence_text
        return fields

    def batch_op(self) -> dict[str, Any]:
        """One `{"op": "add", ...}` line for `claimtrack batch` (its uuid makes a second run refuse, not repeat).

        The deadline and the confidence go in as read (a date, a number), each with the article's words beside
        it (`due_text`, `confidence_text`), so nothing the article said is lost on the way into the database."""
        op: dict[str, Any] = {"op": "add", "uuid": self.uuid, "text": self.text, "claimant": self.claimant,
                              "said_on": self.said_on}
        if self.due:
            op["due"] = self.due
            if self.due_text:
                op["due_text"] = self.due_text
        if self.confidence is not None:
            op["confidence"] = self.confidence
            if self.confidence_text:
                op["confidence_text"] = self.confidence_text
        op["tags"] = list(self.tags)
        op["source"] = dict(self.source)
        op["quote"] = self.quote
        return op


def proposal_uuid(source: dict[str, str | None], quote: str) -> str:
    """The same article and sentence always give the same uuid, so re-runs are recognised."""
    key = (source.get("url") or source.get("title") or "") + "\n" + " ".join(quote.split())
    return str(uuidlib.uuid5(_UUID_NAMESPACE, key))


def _said_on(value: Any) -> dt.date:
    if isinstance(value, dt.date):
        return value
    from claimtrack.model import parse_date

    return parse_date(value, "said_on")


def extract(source: str | bytes | Article, *, said: Any = None, by: str | None = None, outlet: str | None = None,
            title: str | None = None, url: str | None = None, tags: Iterable[str] = (),
            existing: Iterable[dict] | None = None, min_score: float = 0.0, content_type: str | None = None,
            warnings: list[str] | None = None) -> list[Proposal]:
    """The forecasts in an article (text or HTML, as str or bytes, or an `Article`), best first within the
    article's order: every proposal scoring at least `min_score` (0 keeps all).

    `said`, `by` (who speaks in the article's own voice), `outlet`, `title` and `url` override what the article
    says about itself. `existing` are claims already recorded (dicts as `Store.all()` gives): a proposal with the
    same source and quote as one of them gets its id in `duplicate_of`. Messages for the user (no date found,
    so today is used) are appended to `warnings` when given.
    """
    article = source if isinstance(source, Article) else parse(source, content_type=content_type, url=url)
    notes = warnings if warnings is not None else []
    notes.extend(article.warnings)
    if said is not None:
        said_on = _said_on(said)
    elif article.date is not None:
        said_on = article.date
    else:
        from claimtrack.model import today

        said_on = today()
        if article.month_day is not None and \
                (day := _last_before(*article.month_day, said_on, article.text[:1500], article.text,
                                     article.title or "")) is not None:
            notes.append(f"the dateline names no year: said_on is its last {day.strftime('%B')} {day.day} "
                         f"({day.isoformat()}); give --said DATE")
            said_on = day
        else:
            notes.append(f"no date found in the article: said_on is today ({said_on.isoformat()}); give --said DATE")
    if url is not None and url and not re.match(r"https?://", url, re.IGNORECASE):
        raise InputError(f"source url must be an http(s) URL, not {url!r}")
    source_meta = {"url": url or article.url, "title": title or article.title, "outlet": outlet or article.outlet}
    own_voice = by or article.byline or source_meta["outlet"] or _host(source_meta["url"])
    proposals = propose(article, said_on=said_on, own_voice=own_voice or UNKNOWN, by_given=bool(by),
                        source=source_meta, tags=list(tags))
    if not own_voice and any(p.claimant == UNKNOWN for p in proposals):
        notes.append(f"no byline or outlet found: the article's own forecasts are given to '{UNKNOWN}'; "
                     "give --by NAME or --outlet OUTLET")
    if existing is not None:
        mark_duplicates(proposals, existing)
    return [p for p in proposals if p.score >= min_score]


def _last_before(month: int, day: int, today: dt.date, lead: str = "", text: str = "",
                 title: str = "") -> dt.date | None:
    """The day a yearless dateline names: the latest `month`/`day` on or before `today` whose weekday is the one
    the lead first says the news happened on ("PARIS, Oct 7 (Reuters) - ... the agency said on Tuesday": 7 October
    2025, a Tuesday), else simply the latest; never one after a deadline the article looks ahead to ("a cut by
    mid-2026" was not written in October 2026)."""
    # (a day something will happen on is no clue: "will raise its rate ... on Wednesday")
    named = [m[1].lower() for m in re.finditer(r"\bon\s+((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b", lead)
             if re.search(r"\b(?:said|told|\w+ed)\b", lead[max(0, m.start() - 40):m.start()]) or
             not _FUTURE_BEFORE.search(re.split(r"[.!?]\s", lead[max(0, m.start() - 160):m.start()])[-1])][:1]
    candidates = []
    for year in range(today.year, today.year - 7, -1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:  # 29 February
            continue
        if candidate <= today:
            candidates.append(candidate)
    windows = [(m, re.split(r"[.!?]\s", text[max(0, m.start() - 100):m.start()])[-1])
               for m in _LOOKS_AHEAD_TO.finditer(text)]
    # (not a forecast that was: "analysts had predicted a year ago that prices would stay high through 2025")
    ahead = [_ahead_limit(m) for m, before in windows if _FORECAST_BEFORE.search(before) and not PAST_PREFIX.search(before)]
    candidates = [c for c in candidates if all(c < limit for limit in ahead)] or candidates
    # a year the article tells as gone ("up from 236 billion pounds in 2024") was before it was written; a title
    # naming one year ("Wimbledon 2025: ...") is most likely its year
    gone = [int(m[1] or m[2]) for m in _GONE_YEAR.finditer(text)]
    if gone:
        candidates = [c for c in candidates if c.year > max(gone)] or candidates
    titled = {int(y) for y in re.findall(r"\b((?:19|20)[0-9]{2})\b", title)}
    in_title_year = [c for c in candidates if c.year in titled] if len(titled) == 1 else []
    # the weekday the lead names outweighs a title's year, which may be a target ("analysts doubt 2026 margin goal")
    for candidate in in_title_year + candidates[:3]:  # (a weekday recurs: only the last few years are likely)
        if candidate.strftime("%A").lower() in named:
            return candidate
    return (in_title_year or candidates or [None])[0]


#: A year the article tells as gone: "up from 236 billion pounds in 2024", "than in 2023", "last year's (2024)".
_GONE_YEAR = re.compile(r"\b(?:up|down|rising|falling|rose|fell)\s+from\s+[^.;]{0,40}?\bin\s+((?:19|20)[0-9]{2})\b|"
                        r"\bthan\s+(?:it\s+was\s+)?in\s+((?:19|20)[0-9]{2})\b")
#: A deadline the article looks ahead to, by a year: "by mid-2026", "through the end of 2026", "until 2027".
_LOOKS_AHEAD_TO = re.compile(r"\b(?:by|until|through|before)\s+(?:the\s+end\s+of\s+)?(?P<part>mid-|early\s+|late\s+)?"
                             r"(?P<year>20[0-9]{2})\b", re.IGNORECASE)


#: Words of a forecast before such a deadline (not "prices rose through 2025").
_FORECAST_BEFORE = re.compile(r"\b(?:will|would|'ll|expects?|expected|forecasts?|predicts?|predicted|likely|chance|"
                              r"probability|sees?|could|may|should|set\s+to|going\s+to)\b", re.IGNORECASE)


def _ahead_limit(match: re.Match[str]) -> dt.date:
    year = int(match["year"])
    part = (match["part"] or "").strip().lower()
    return dt.date(year, 6, 30) if part == "mid-" else dt.date(year, 4, 30) if part == "early" else dt.date(year, 12, 31)


#: Words that put what follows in the future: "will raise ... on Wednesday", "is expected to ... on Friday".
_FUTURE_BEFORE = re.compile(r"\b(?:will|would|'ll|shall|expected|set\s+to|due\s+to|scheduled|going\s+to|likely)\b",
                            re.IGNORECASE)


def _host(url: str | None) -> str | None:
    if not url:
        return None
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname or ""
    return host[4:] if host.startswith("www.") else host or None


def mark_duplicates(proposals: list[Proposal], existing: Iterable[dict]) -> None:
    by_uuid: dict[str, int] = {}
    by_quote: dict[tuple[str, str], int] = {}
    for claim in existing:
        by_uuid[claim.get("uuid") or ""] = claim["id"]
        quote = claim.get("quote")
        if quote:
            src = claim.get("source") or {}
            key = src.get("url") or src.get("title") or ""
            by_quote.setdefault((key, " ".join(quote.split())), claim["id"])
    for p in proposals:
        key = p.source.get("url") or p.source.get("title") or ""
        p.duplicate_of = by_uuid.get(p.uuid) or by_quote.get((key, " ".join(p.quote.split())))


# -- the pipeline -----------------------------------------------------------------------------------------------
_SURVEY_NOUNS = r"(?i:survey|outlook|forecasts?|report|poll|projections?|predictions|consensus|barometer|study)"
_SURVEY = re.compile(
    rf"(?P<org>{CAP}[\w&.-]*(?:\s+(?:of|for|and|&|on|the|{CAP}[\w&.-]*))*?)['’]s?\s+(?:[\w-]+\s+){{0,3}}?"
    rf"{_SURVEY_NOUNS}\b"
    rf"|\b{_SURVEY_NOUNS}\s+(?:published\s+|released\s+|compiled\s+)?(?:by|from|of)\s+(?:the\s+)?"
    r"(?:(?:polling|research|consulting|consultancy|data|analytics|forecasting)\s+(?:firm|company|group|agency)\s+)?"
    rf"(?P<org2>{CAP}[\w&.-]*(?:\s+(?:of|for|and|&|{CAP}[\w&.-]*))*)"
    rf"|\b(?:an?|the)\s+(?P<org3>{CAP}[\w&.-]*(?:\s+{CAP}[\w&.-]*)*)\s+{_SURVEY_NOUNS}\b")
_PUNDIT = re.compile(
    r"\b(?i:our)\s+(?:[\w-]+\s+){0,3}(?:tipster|columnist|pundit|expert|correspondent|analyst|writer|forecaster|editor|"
    rf"critic|guru|specialist|man|woman|insider)\s*,?\s+(?P<n1>{CAP}[\w'’.-]+(?:\s+{CAP}[\w'’.-]*){{1,2}})"
    rf"|(?P<n2>{CAP}[\w'’.-]+(?:\s+{CAP}[\w'’.-]+){{1,2}}),?\s+(?:our\s+[a-z -]+,\s+)?(?:gives|offers|shares|makes|"
    r"delivers|reveals|has|picks|with|presents|names)\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}(?:picks|tips|"
    r"predictions|selections|verdicts?|bets|forecasts?|best\s+bets|choices)"
    rf"|(?P<n3>{CAP}[\w'’.-]+(?:\s+{CAP}[\w'’.-]+){{1,2}})['’]s\s+(?:[\w-]+\s+){{0,2}}(?:picks|tips|predictions|"
    r"selections|verdicts?|best\s+bets)")


#: A standfirst that hands the piece to its author: "The Washington-based Economic Policy Institute, which tends to
#: be critical of the President, looks at possible fault lines."; "..., asks technology analyst Bill Thompson."
_GUEST = re.compile(
    rf"(?:^|[.!?]\s+)(?:The\s+)?(?:[\w-]+-based\s+)?(?P<g1>{CAP}[\w&'’.-]*(?:\s+(?:of|for|and|&|{CAP}[\w&'’.-]*)){{1,6}})"
    r"(?:,\s+(?:which|who)\s+[^.;]{3,120}?,)?\s+(?:looks\s+at|examines|considers|assesses|explains|explores|"
    r"reflects\s+on|weighs\s+up|gives\s+(?:his|her|its|their)\s+(?:view|verdict|take))\b"
    rf"|,\s+(?:asks|argues|writes|warns|explains|suggests|reckons)\s+(?:[a-z-]+\s+){{0,6}}(?P<g2>{CAP}[\w'’.-]+"
    rf"(?:\s+{CAP}[\w'’.-]+){{1,2}})\.?\s*$")


def _guest(article: Article) -> str | None:
    """The author a standfirst hands the piece to, whose own voice its unattributed forecasts are."""
    for block in [b for b in article.blocks if b.kind != "head"][:2]:
        match = _GUEST.search(article.block_text(block))
        if match:
            return (match["g1"] or match["g2"]).strip().rstrip(".")
    return None


_IN_ITS_OUTLOOK = re.compile(rf"\b(?:in|with)\s+its\s+(?:[\w-]+\s+){{0,3}}{_SURVEY_NOUNS}\b")


#: "..., whatever the Bank's chief economist said last week": words set against someone's, not theirs.
_CONCESSIVE = re.compile(r"\b(?:whatever|whoever|despite\s+what|contrary\s+to\s+what|regardless\s+of\s+what)\s+"
                         r"[^.;:!?\"“”]{0,60}$", re.IGNORECASE)


#: Offices one named person holds, by which a story goes on to call them ("The Chancellor said", "The CMO told").
_OFFICES = {"president", "senator", "governor", "chancellor", "minister", "secretary", "judge", "mayor", "premier",
            "king", "queen", "prince", "pope", "coach", "manager", "commissioner", "chairman", "chairwoman", "chair",
            "director", "speaker", "leader", "envoy", "ambassador", "ceo", "cfo", "coo", "cto", "cmo", "cio",
            "taoiseach", "captain", "skipper", "boss", "chief", "founder", "owner", "headteacher", "principal"}
#: Titles that say nothing of a job.
_COURTESY = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady"}
#: A courtesy title just before a name: "Mr Balls said" names a person, not an organisation called Balls.
_COURTESY_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor)\.?\s+$")
#: A figure (a per cent, an amount, a count): what a reported outlook is made of, unlike the writer's analysis.
_FIGURE = re.compile(r"[0-9](?:[0-9.,]*)\s*(?:%|per\s*cent|percent|bn|billion|million|tonnes?|barrels?)|[$£€¥][0-9]",
                     re.IGNORECASE)
_WE_OR_OUR = re.compile(r"\b(?:we|our|us|i|my)\b", re.IGNORECASE)


def _survey_forecaster(head: str) -> str | None:
    """The organisation whose survey or outlook the article reports ("The Royal Institution of Chartered
    Surveyors' latest housing outlook", "a survey by the CBI", "the IMF's World Economic Outlook")."""
    for match in _SURVEY.finditer(head):
        name = (match["org"] or match["org2"] or match["org3"] or "").strip()
        # "by Norvane Research for The Northern Courier. Labour ...": the firm, not whom it polled for
        name = re.split(r"\.\s|\s+for\s+The\s", name)[0]
        words = name.split()
        while words and words[0].lower() in ("the", "a", "an", "in", "on", "but", "and", "according", "its", "their",
                                              "his", "her", "this", "that", "new", "latest"):
            words = words[1:]
        while words and words[-1].lower() in ("of", "for", "and", "&", "on"):
            words = words[:-1]
        if not words or len(words) == 1 and words[0].lower().rstrip(".,;:'’s") in WEEKDAY_WORDS | MONTH_WORDS:
            continue  # ("Friday's employment report": a day, no forecaster)
        if words and words[0][:1].isupper():
            return " ".join(words).rstrip(".,;:")
    return None


def _pundit(head: str) -> str | None:
    match = _PUNDIT.search(head)
    if match:
        return (match["n1"] or match["n2"] or match["n3"]).strip()
    return None


#: A heading that hands a section to a pundit: "The pundit's view", "Our tipster's picks", "Holtby's verdict".
_PUNDIT_HEADING = re.compile(
    rf"^(?:(?P<name>{CAP}[\w'’.-]+?(?:\s+{CAP}[\w'’.-]+?){{0,2}})|(?i:the|our)\s+(?:[\w-]+\s+){{0,2}}"
    r"(?i:pundit|tipster|expert|columnist|insider|correspondent|critic|guest))['’]s\s+(?:[\w-]+\s+)?"
    r"(?i:view|verdict|picks|tips|predictions?|take|column|forecasts?|calls?)\b")
#: A section's own byline: "By Rasmus Holtby, former Everton defender".
_SECTION_BYLINE = re.compile(rf"^(?i:by)\s+(?P<name>{CAP}[\w'’.-]+(?:\s+{CAP}[\w'’.-]+){{1,2}})")


#: A player's place in a side, and the captaincy: one player may be described by any of them.
_PLACES_IN_A_SIDE = POSITIONS | {"lock", "forward", "centre", "center", "skipper", "captain", "quarterback", "pitcher",
                                 "catcher", "shortstop", "playmaker", "back-rower", "outside-half", "stand-off",
                                 "half-back", "tighthead", "loosehead"}


def _pundit_sections(article: Article, pundit: str | None) -> dict[int, str]:
    """Block -> the pundit whose words they are, for the blocks under a heading that hands a section of a
    reporter's piece to a pundit ("The pundit's view", then "I don't expect Arsenal to spend big"). The pundit is
    the one the heading names, else the section's own "By ..." line, else the one the headline or page title names."""
    voices: dict[int, str] = {}
    current: str | None = None
    opened = False
    body_seen = False
    for number, block in enumerate(article.blocks):
        text = article.block_text(block).strip()
        if block.kind == "head" and opened and (byline := _SECTION_BYLINE.match(text)):
            current = byline["name"]  # the section's own byline, set as a line of its own
            continue
        if block.kind == "head":
            match = _PUNDIT_HEADING.match(text) if body_seen else None
            name = match["name"] if match and match["name"] and match["name"].lower() not in ("the", "our") else None
            current, opened = (name or pundit or "") if match else None, bool(match)
            continue
        body_seen = True
        if opened and (byline := _SECTION_BYLINE.match(text)):
            current = byline["name"]  # the section's first line names its writer
        opened = False
        if current:
            voices[number] = current
    return voices


def _view(article: Article, sentence: Sentence) -> SentenceView:
    text = article.text[sentence.start:sentence.end]
    tokens = tokenize(text, sentence.start)
    quoted = [any(q.start < t.start and t.end <= (q.end - 1 if q.closed else q.end) for q in sentence.quotes)
              for t in tokens]
    # the quote marks themselves count as quoted when they open or close a quotation
    return SentenceView(text, sentence.start, tokens, quoted)


def propose(article: Article, *, said_on: dt.date, own_voice: str, by_given: bool, source: dict,
            tags: list[str]) -> list[Proposal]:
    sentences, quotations = split(article)
    views = [_view(article, s) for s in sentences]
    raw: list[Attribution | None] = []
    every: list[list[Attribution]] = []  # each sentence's possible attributions, for a second forecaster in it
    for sentence, view in zip(sentences, views):
        block = article.blocks[sentence.block]
        every.append([] if block.kind == "head" or not view.tokens else
                     [a for a in find_all(view) if not _CONCESSIVE.search(view.text[:a.speaker.start - view.base])])
        raw.append(_choose(view, every[-1]) if every[-1] else None)

    head_text = " ".join([article.title or ""] + [article.block_text(b) for b in article.blocks[:4]])
    forecaster = _survey_forecaster(head_text)
    pundit = _pundit(head_text) or _pundit(article.page_title or "")
    section_voice = _pundit_sections(article, pundit)
    first_person = sum(1 for view in views if any(t.low in ("i", "my", "i'm", "i'd", "i've", "i'll", "me")
                                                  and not q for t, q in zip(view.tokens, view.quoted))) >= 2
    # a signed piece in the first person, or speaking for its readers ("we can expect"): a column
    opinion = bool(article.byline or pundit) and (first_person or sum(
        1 for view in views if any(t.low in ("we", "our", "us", "we'll", "we're") and t.text != "US" and not q
                                   for t, q in zip(view.tokens, view.quoted))) >= 2)  # ("the US": a country)
    voice_first_person = own_voice if by_given else (pundit if pundit and not section_voice else own_voice)
    voice_plain = own_voice if by_given else (pundit if pundit and first_person and not section_voice else own_voice)
    guest = None if by_given or article.byline else _guest(article)
    if guest:
        voice_plain = voice_first_person = guest  # a piece its standfirst hands to an institute or writer
    section_voice.update(article.commenters)  # a reader's comment under the piece is the reader's

    label_of: dict[int, str] = {}  # block -> the speaker its "Name: ..." label names
    raw_label: dict[int, str] = {}  # block -> its label as written, resolved when reading reaches it
    for number, block in enumerate(article.blocks):
        match = _SPEAKER_LABEL.match(article.block_text(block)) or _ROLE_LABEL.match(article.block_text(block)) or \
            _TITLED_LABEL.match(article.block_text(block))
        if match and block.kind != "head":
            raw_label[number] = match["name"]
    label_uses: dict[str, int] = {}
    for name in raw_label.values():
        label_uses[name] = label_uses.get(name, 0) + 1
    answers = sum(label_uses.get(a, 0) for a in ("A", "Answer"))
    interviewee = _interviewee(article, head_text) if answers and sum(
        label_uses.get(q, 0) for q in ("Q", "Question")) else None
    panel_of = _panelists(article)  # block -> the panellist whose heading it sits under
    answer_of = _answers(article, head_text) if not raw_label else {}  # block -> the interviewee who answers in it

    # who speaks in each sentence, resolved in reading order
    lead_blocks = [i for i, b in enumerate(article.blocks)
                   if b.kind != "head" and len(article.block_text(b).split()) >= 12][:2]
    lead_forecaster: str | None = None  # an organisation whose forecast the lead reports (in a story without sections)
    if sum(1 for b in article.blocks[1:] if b.kind == "head") > 0:
        lead_blocks = []
    people = People()
    claimant_of: list[str | None] = [None] * len(sentences)
    last_speaker_at: list[str | None] = [None] * len(sentences)
    org_forecast_at: list[str | None] = [None] * len(sentences)  # an organisation forecasting in this sentence
    pending: list[int] = []
    pending_org: list[int] = []  # sentences whose "the trade body" is named only later
    group_said: tuple[int, str | None] = (-10, None)  # the last group that spoke, and where: "experts warned"
    lead_waiting: list[int] = []  # the lead's sentences whose source is described, not yet named
    seen_blocks: set[int] = set()
    named_in: list[list[Person]] = []  # the people each sentence names
    opening_subject: list[str | None] = []  # the person each sentence opens with as its subject ("He is ...")
    unnamed: dict[str, str] = {}  # sources described but not named, by their role: "person familiar with the matter"
    document_owner: str | None = None  # who wrote the report the article last named with its author
    for index, (sentence, view) in enumerate(zip(sentences, views)):
        if sentence.block not in seen_blocks:
            seen_blocks.add(sentence.block)
            if sentence.block in raw_label:
                name = _label_speaker(raw_label[sentence.block], people, label_uses)
                if name is None and interviewee and raw_label[sentence.block].lower() in ("a", "answer"):
                    name = people.resolve_name(interviewee, False).name  # "A: I expect rates to stay under pressure"
                if name:
                    label_of[sentence.block] = name
            elif sentence.block in panel_of:
                label_of[sentence.block] = people.resolve_name(panel_of[sentence.block], False).name
            elif sentence.block in answer_of:
                label_of[sentence.block] = people.resolve_name(answer_of[sentence.block], False).name
            elif article.blocks[sentence.block].kind == "quote" and index:
                # a block quotation after "JMP Securities analyst Mark Harding said:" or "Citi's Mark Mahaney lays
                # out the challenges.": the words of the one the sentence before it introduces
                before = sentences[index - 1]
                if article.blocks[before.block].kind == "quote" and before.block in label_of:
                    label_of[sentence.block] = label_of[before.block]
                elif named_in[index - 1] and (article.text[before.start:before.end].rstrip().endswith(":") or
                                              any(t.low in SPEECH or t.bare in ROLES for t in views[index - 1].tokens)):
                    label_of[sentence.block] = named_in[index - 1][-1].name
        introduced = register_mentions(view, people, index)
        named_in.append(introduced)
        authored = _DOCUMENT_BY.search(article.text, sentence.start, sentence.end)
        if authored:
            # "A new paper led by climate scientist James Hansen argues ...": whose the report is, for a later
            # "according to the report"
            document_owner = people.resolve_name(authored["name"], is_org_name(authored["name"].split())).name
        elif _IN_OWN_DOCUMENT.search(article.text, sentence.start, sentence.end):
            # "James Hansen first warned Congress in 1988. Today, in a new paper published in ..., he brings a new
            # warning": the paper of the person the pronoun stands for
            owner = next((p for p in reversed(people.people) if not p.org and len(p.name.split()) > 1 and
                          0 <= article.text.rfind(p.name, max(0, sentence.start - 600), sentence.start)), None)
            if owner is not None:
                document_owner = owner.name
        opening_subject.append(_opening_subject(view, people, opening_subject[-8:]))
        if article.blocks[sentence.block].kind == "head":
            people.subject_orgs = [entry for entry in people.subject_orgs if entry[0] != index]  # (a headline)
        if pending and introduced and sentence.block == sentences[pending[0]].block and \
                any(t.bare == raw[pending[0]].speaker.role for t in view.tokens):
            # "... a Brussels-based trade analyst said. The analyst, Marta Kowalczyk of Bruegel, ..."
            for waiting in pending:
                claimant_of[waiting] = introduced[0].name
            people.spoke(introduced[0], index)
            pending = []
        elif pending and (index - pending[0] > 2 or sentence.block != sentences[pending[0]].block):
            pending = []
        if pending_org and index - pending_org[0] <= 2 and people.subject_orgs and \
                people.subject_orgs[-1][0] == index:
            # "..., their main trade body said on Monday. The International Air Transport Association (IATA) now
            # expects ...": the body, named as the next sentences' subject
            for waiting in pending_org:
                claimant_of[waiting] = people.subject_orgs[-1][1]
            pending_org = []
        elif pending_org and index - pending_org[0] > 2:
            pending_org = []
        attribution = raw[index]
        if attribution is not None and not attribution.past_time and \
                attribution.position not in ("inverted", "final", "parenthetical") and \
                not (attribution.position == "according" and attribution.content[0] < attribution.verb_start):
            # (not "was worth $20m in 2004, but is set to be worth $1.8bn by 2009, according to Juniper": its words)
            # "Last year, X predicted ...", "In 2015 the IMF forecast ...": said long before the article
            speaker = attribution.speaker
            # ("Democratic insiders surveyed last week expect": when the panel was asked, not a belief gone)
            polled = attribution.tense in ("present", "base") and \
                bool(re.match(r"\s+(?:polled|surveyed|questioned|canvassed|interviewed)\b",
                              view.text[speaker.end - view.base:]))
            prefix = " ".join(t.text for t, q in zip(view.tokens, view.quoted)
                              if not q and (t.start < speaker.start or
                                            (speaker.end <= t.start < attribution.verb_start and not polled and
                                             not _in_aside(view, t.start, speaker.end, attribution.verb_start))))
            # only the speaker's own clause: "Inter have conceded once ..., and I expect" is not a past "once"
            if attribution.position == "initial":
                # (and "... boost its profits by 40% in 2004 although the firm warned of lower margins this year":
                # the year is the other clause's)
                prefix = re.split(r"[;,]\s*(?:and|but|while|whereas|yet)\b|;|\b(?:although|though|whereas)\b",
                                  prefix)[-1]
                if attribution.tense in ("present", "base") and re.search(r"\b(?:and|but)\s*$", prefix):
                    # "Spending fuelled growth in the last quarter of 2004 and analysts expect that it will ...":
                    # the speaker opens a clause of its own, in the present
                    prefix = ""
            # ("In 2004, according to forecasts from the ministry, imports will be 110m tons": the forecast's year)
            years = [] if attribution.position == "according" else \
                [int(y) for y in re.findall(r"\b(1[89][0-9]{2}|20[0-9]{2})\b", prefix)]
            # "In October the company guided ... and said it expected": a month named in the past tense is gone
            month_past = attribution.tense in ("past", "perfect") and any(
                m.group(1).lower().rstrip(".") in MONTH_WORDS
                for m in re.finditer(r"\b(?:[Ii]n|[Oo]n|[Ss]ince|[Dd]uring|[Ee]arly|[Ll]ate)\s+([A-Z][a-z]+\.?)(?!\s+[0-9])", prefix))
            if (PAST_PREFIX.search(prefix) or any(y < said_on.year for y in years) or month_past) and \
                    not (attribution.tense in ("present", "base") and re.match(r"\W*(?:after|since|having)\b", prefix,
                                                                               re.IGNORECASE)):
                # ("After claiming their first Triple Crown last season, Wood tips them": a past the clause explains)
                attribution.past_time = True
        if attribution is not None:
            speaker = attribution.speaker
            person = None
            if speaker.kind == "pronoun":
                word = speaker.text.lower()
                spoken_at = next((k for k, t in enumerate(view.tokens) if t.start == speaker.start), None)
                # (a title in quotation marks is no quotation: 'I expect record of the year to go to "Static Heart"')
                if word in ("i", "we") and (not view.quoted[spoken_at] if spoken_at is not None else
                                            not any(view.quoted)):
                    claimant_of[index] = label_of.get(sentence.block,
                                                      section_voice.get(sentence.block, voice_first_person))
                elif word in ("i", "we", "you"):
                    claimant_of[index] = None  # inside a quotation: its speaker
                elif word == "they" and group_said[1] and 0 < index - group_said[0] <= 2 and \
                        group_said[0] > people.last_speaker_sentence:
                    # "Mac watchers and some analysts say ... They speculate that ...": the group that spoke last
                    claimant_of[index] = group_said[1]
                else:
                    person = people.pronoun(word, index)
            elif speaker.kind == "org" and " " not in speaker.text.strip() and \
                    speaker.text.strip().lower() in ORG_NOUNS and \
                    _full_org(people, speaker.text.strip().lower(), article.text):
                # "The Bank's own forecasts": the bank named in full before ("Bank of England")
                person = _full_org(people, speaker.text.strip().lower(), article.text)
            elif speaker.kind in ("name", "org") and speaker.start == view.tokens[0].start and \
                    " " not in speaker.text and _common_word(speaker.text, article.text):
                # "Futures assign only a 9% probability", "Median forecasts showed", "Media analysts believe": a
                # common noun that opens the sentence, not a name
                group = re.match(r"\s+([a-z]+)", article.text[speaker.end:speaker.end + 30])
                claimant_of[index] = speaker.text.lower() + (" " + group.group(1) if group and group.group(1) in ROLES
                                                            and group.group(1).endswith("s") else "")
                cited = next((a for a in every[index] if a.verb == "according" and a.speaker.kind in ("name", "org")),
                             None)
                if cited is not None:  # "Futures put the odds ... at 68%, according to CME Group": the source
                    person = people.resolve_name(cited.speaker.text, True)
            elif speaker.kind in ("name", "org"):
                name = speaker.text
                pair = re.fullmatch(rf"({CAP}\S*(?:\s+{CAP}\S*)*)\s+and\s+({CAP}\S*(?:\s+{CAP}\S*)*)", name)
                if pair and (attribution.verb in ("odds", "tip", "back", "fancy", "pick", "give", "put") or
                             not (looks_like_person(pair[1].split()) and looks_like_person(pair[2].split())) and
                             article.text.count(pair[1]) > 1 and article.text.count(pair[2]) > 1):
                    # (not "Environment and Climate Change Canada": a name of its own)
                    name = pair[1]  # "William Hill and Paddy Power make him the 5-1 favourite": the first named
                priced = attribution.verb == "odds" and bool(_FRACTION_PRICE.search(view.text))
                person = people.resolve_name(name, speaker.kind == "org" or name != speaker.text or priced, titled=bool(
                    _COURTESY_BEFORE.search(article.text[max(0, speaker.start - 12):speaker.start])))
            elif (speaker.role or "").startswith("document:") and speaker.text.lower().startswith(("its ", "their ")) \
                    and (people.last_org is not None or people.last_speaker is not None and
                         not looks_like_person(people.last_speaker.name.split())):
                # "Glassline expects ... Its model gives a 30% chance": the organisation just spoken of
                person = people.last_org or people.last_speaker
            elif (speaker.role or "").startswith("document:") and speaker.kind == "definite" and \
                    speaker.text.lower().startswith(("the ", "its ", "their ")) and \
                    (_recent_org_forecast(sentences, org_forecast_at, index, 6) or people.last_speaker is not None and
                     (people.last_speaker.org or speaker.text.lower().startswith("its ")) and
                     index - people.last_speaker_sentence <= 3):
                # "Forrester Research expects ... The growth will be driven by China, the report says": its report
                # (and "Electoral Calculus projects ... Its model gives the Conservatives a one-in-ten chance")
                owner = _recent_org_forecast(sentences, org_forecast_at, index, 6)
                person = people.resolve_name(owner, True) if owner else people.last_speaker
            elif (speaker.role or "").startswith("document:") and speaker.kind == "definite" and document_owner and \
                    re.fullmatch(r"(?i:the)\s+(?:(?:new|latest|same|recent)\s+)?(?:report|paper|study|analysis|survey|"
                                 r"review|research|assessment)", speaker.text) and forecaster is None:
                # "A new paper led by James Hansen argues ... According to the report, earth will pass 1.5C": his
                person = people.resolve_name(document_owner, False)
            elif (speaker.role or "").startswith("document:"):
                # "according to a tally ...", "the report predicts": a named forecaster if the article reports one,
                # a person named next (like a source first described), else the article's own voice
                claimant_of[index] = forecaster or voice_plain
                # ("research suggests", with no article, is as open as "a study says")
                if forecaster is None and (speaker.kind == "indefinite" or not re.match(
                        r"(?:the|its|their|this|that|these|those|his|her|our)\b", speaker.text, re.IGNORECASE)) and \
                        speaker.role[len("document:"):] in (
                        "report", "study", "survey", "research", "analysis", "paper", "review", "outlook", "note",
                        "forecast", "forecasts", "briefing", "projection", "projections", "model", "index"):
                    pending_org.append(index)  # "..., according to a report. ..., say researchers at BDO"
            elif speaker.kind == "definite" and speaker.role in ORG_NOUNS:
                # "the fund" -> the International Monetary Fund named before; else the words themselves (but
                # "the British producer" after "Producer Kevin Wallace" is him)
                described = re.fullmatch(r"(?i:the)\s+[A-Z][\w-]*\s+[\w-]+", speaker.text)
                last = people.last_speaker
                if described and last is not None and last.org and 0 < index - people.last_speaker_sentence <= 2 and \
                        speaker.role not in last.name.lower():
                    # "ING expects ..., the Dutch bank said": the organisation just heard, described by where it is
                    person = last
                else:
                    person = (people.by_role(speaker.role) if speaker.role in JOB_TITLES else None) or \
                        people.org_with(speaker.role, index)
                    if person is None and (speaker.text[:4].lower() == "the " or
                                           re.search(r"['’]s\s", speaker.text)):  # ("South Korea's top car maker")
                        # "Shares in Multiplex Group ... fell. The Australian firm said": the body just named
                        person = people.org_named_since(people.marks.get(index - 1, people.sentence_mark))
                if person is None:
                    claimant_of[index] = _description(speaker.text)
                    pending_org.append(index)
            elif speaker.kind == "definite" and speaker.role in ("panel", "jury") and people.last_group is not None:
                claimant_of[index] = people.last_group[1]  # "according to industry experts ... the panel said"
            elif speaker.kind == "definite":
                owned = re.search(r"['’]s\s", speaker.text) is not None

                def fits(candidate: Person | None) -> bool:
                    # "The council's auditor warned", after an analyst spoke: someone else, whose role is not his
                    # (but "Italy skipper Marco Bortolami ... said the lock forward": his place, and his captaincy)
                    # (a courtesy title is no job: "Dr Tony Holohan ... The CMO told the minister")
                    return candidate is not None and not (speaker.role and speaker.role not in candidate.roles and
                                                          (candidate.roles - _COURTESY or owned) and
                                                          not (speaker.role in _PLACES_IN_A_SIDE and
                                                               candidate.roles <= _PLACES_IN_A_SIDE))

                last, introduced_last = people.last_speaker, people.last_introduced
                # ("Dr Tony Holohan outlined the reasons ... The CMO told the minister": the person the sentences
                # since the last speaker were about)
                subject = people.last_subject if people.last_subject_sentence > people.last_speaker_sentence and \
                    speaker.role in _OFFICES else None  # (an office one person holds, not "the economist")
                person = people.by_role(speaker.role) or \
                    (subject if subject is not None and not subject.org and fits(subject) else None) or \
                    (last if last is not None and not last.org and fits(last) else None) or \
                    (introduced_last if (last is None or last.org) and fits(introduced_last) else None)
                if person is None and speaker.again:
                    person = people.last_person_named()  # "Riera scored twice. ..., the Brazilian said"
                if person is None:
                    # ("..., a person familiar with the matter said. ..., the person said": the same source)
                    last_group = people.last_group
                    claimant_of[index] = unnamed.get(speaker.role or "") or \
                        (last_group[1] if last_group is not None and last_group[0] == speaker.role else None) or \
                        _description(speaker.text)
                    pending.append(index)  # '"...," the economy minister said. ... Heizo Takenaka, the minister
                    if sentence.block in lead_blocks[:1]:
                        lead_waiting.append(index)  # "..., the BBC's political editor has learned. / Andrew Marr says"
            elif speaker.kind == "indefinite":
                claimant_of[index] = _description(speaker.text)
                if speaker.role:
                    unnamed[speaker.role] = claimant_of[index]
                pending.append(index)
                if sentence.block in lead_blocks[:1]:
                    lead_waiting.append(index)  # "..., a charity has warned": named as it speaks further on
            else:  # a group: "analysts", "Chinese experts"; "analysts at the bank" speak for the bank
                owner = re.search(r"\b(?:at|of|from|for)\s+(?:the\s+)?([\w-]+)$", speaker.text) or \
                    re.match(r"(?:the\s+)?([\w-]+)['’]s\s+", speaker.text, re.IGNORECASE) or \
                    re.fullmatch(r"(?:[Tt]he\s+)?([a-z-]+)\s+(?:officials|executives|spokesmen|spokespeople|staff|"
                                 r"sources|insiders|economists|analysts|engineers|scientists|researchers)",
                                 speaker.text)  # "agency officials": the agency's
                person = people.org_with(owner.group(1).lower(), index) if owner and owner.group(1).lower() in ORG_NOUNS else None
                if person is None and re.match(r"(?:its|their)\s", speaker.text, re.IGNORECASE):
                    person = people.last_org_named()  # "JPMorgan was more cautious. Its analysts said": the bank's
                short = re.match(r"([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*)\s+[a-z]", speaker.text)
                if short and (short.group(1).lower() in NOT_PERSON or
                              speaker.start == view.tokens[0].start and _common_word(short.group(1), article.text)):
                    short = None  # ("US pundits", "UK critics": people of a place; "Media analysts": of a trade)
                if person is None and short:
                    # "Goldman economists wrote" after "Goldman Sachs": the bank named in full before
                    if re.fullmatch(r"[A-Z]{2,6}", short.group(1)):
                        person = people.resolve_name(short.group(1), True)  # "JAXA engineers": the agency it spells
                    else:
                        person = next((o for o in reversed(people.people) if o.org and
                                       (o.name == short.group(1) or o.name.startswith(short.group(1) + " "))), None)
                    if person is None and speaker.role in _FIRM_STAFF and \
                            speaker.text[short.end(1):].split()[:1] == [speaker.role] and \
                            not any(w.lower() in FUNCTION_WORDS for w in short.group(1).split()) and \
                            not _common_word(short.group(1).split()[0], article.text) and \
                            not _written_in_lower_case(short.group(1).split()[0], article.text) and \
                            not (speaker.start == view.tokens[0].start and " " not in short.group(1) and
                                 ADJECTIVE_SHAPE.fullmatch(short.group(1))):  # ("Independent analysts say")
                        person = people.resolve_name(short.group(1), True)  # "Citi analysts": Citi, not named before
                if person is None and re.match(r"the\s+(?:[\w-]+\s+)?[\w-]+$", speaker.text, re.IGNORECASE) and \
                        people.last_speaker is not None and people.last_speaker.org and \
                        index - people.last_speaker_sentence <= 2 and people.last_group is None:
                    # "Goldman Sachs expects ..., its analysts said. Prices are likely to fall, the analysts added"
                    person = people.last_speaker
                poller = _POLLED_BY.match(article.text, speaker.end)
                if person is None and poller:
                    # "Analysts polled by LSEG expect ...": the pollster whose consensus it is
                    person = people.resolve_name(poller["name"], True)
                venue = _VENUE.match(article.text[sentence.start:speaker.start])
                if person is None and venue:
                    # "On Polymarket, traders give him a 45 per cent chance": the market speaks
                    person = people.resolve_name(venue["name"], True)
                if person is None:
                    claimant_of[index] = _description(speaker.text)
                    head, group = speaker.role or "", people.last_group
                    part = head == "one of"  # "one of them", "Five of the eight critics", "All"
                    if group is not None and (part or group[0] == head and speaker.text.lower().startswith(
                            ("the ", "those ", "these "))):
                        claimant_of[index] = group[1]  # "the people said", "one of them said": the group before
                    elif part and len(speaker.text.split()) == 1 and speaker.text.lower() in ("some", "many", "others"):
                        claimant_of[index] = speaker.text.lower()  # "Some fear that ...": unnamed people, as told
                    elif part and len(speaker.text.split()) == 1:
                        claimant_of[index] = forecaster or voice_plain  # "All expect ..." of no group named
                    elif group is not None and group[0] == head and claimant_of[index].lower() == head and \
                            len(group[1]) > len(head):
                        claimant_of[index] = group[1]  # "UK bookmakers ... Bookmakers predict ..."
                    elif head and not part:
                        people.last_group = (head, claimant_of[index])
                    group_said = (index, claimant_of[index])
            if person is not None:
                claimant_of[index] = person.name
                people.spoke(person, index)
                if lead_waiting and speaker.kind in ("name", "org") and index - lead_waiting[0] <= 5 and \
                        (raw[lead_waiting[0]].speaker.role in ORG_NOUNS | _GENERIC_ORG_NOUNS or not person.org):
                    # "Millions ... will lose their jobs, a charity has warned. ... Christian Aid condemned the
                    # move, saying ...": the lead's source, first named when it next speaks (a body described may
                    # have a name that looks like a person's: "Christian Aid")
                    for waiting in lead_waiting:
                        if claimant_of[waiting] == _description(raw[waiting].speaker.text):
                            claimant_of[waiting] = person.name
                    lead_waiting = []
                if pending_org and person.org and 0 < index - pending_org[0] <= 2 and \
                        (speaker.kind in ("org", "name") or re.search(r"\b(?:at|of|from)\s+\S", speaker.text)):
                    for waiting in pending_org:
                        claimant_of[waiting] = person.name
                    pending_org = []
                if speaker.kind == "group" and person.org and speaker.role:
                    # "its commodity analysts said ... the analysts added": the bank's analysts again
                    people.last_group = (speaker.role, person.name)
                if speaker.role:
                    person.roles.add(speaker.role)
                if person.roles & OFFICIAL_ROLES or person.org:
                    attribution.official = True  # "he said the committee would not cut": the chair speaking
                attribution.affiliation = person.affiliation
            if person is not None and person.org and not attribution.past_time and \
                    attribution.verb in PREDICT | {"suggest", "show", "warn", "say", "according", "odds"} and \
                    not _reports_figures(attribution, article.text[sentence.start:sentence.end]):
                org_forecast_at[index] = person.name
            elif person is None and speaker.kind == "group" and speaker.role in _MARKET_MAKERS and \
                    not attribution.past_time and attribution.verb in PREDICT | {"odds", "according"}:
                # "The Aviator has been tipped by UK bookmakers as the favourite. ... Swank is tipped to win": the
                # bookmakers' prices go on
                org_forecast_at[index] = claimant_of[index]
            if lead_forecaster is None and person is not None and person.org and sentence.block in lead_blocks and \
                    attribution.verb in PREDICT | {"warn", "according", "say", "odds", "view", "show"} and \
                    not _reports_figures(attribution, article.text[sentence.start:sentence.end]):
                # (not "The economy grew at 3.7% in the third quarter, the Commerce Department said": figures for a
                # time gone, which the agency reports and does not forecast)
                lead_forecaster = person.name  # "..., City consultancy Deloitte has warned": the report's author
            if forecaster is None and index < 8 and person is not None and person.org and \
                    _IN_ITS_OUTLOOK.search(article.text[sentence.start:sentence.end]):
                # "..., the Copernicus Climate Change Service said on Thursday in its seasonal outlook": the
                # piece reports that organisation's outlook, so its agentless "is expected to" are the service's
                forecaster = person.name
        if index and raw[index] is not None and raw[index].verb == "according" and claimant_of[index] and \
                raw[index - 1] is None and claimant_of[index - 1] is None and \
                _THAT_IS_ACCORDING.match(article.text, sentence.start):
            # "... the way people watch TV will be radically different in five years' time. / That is according
            # to an expert panel which gathered at ...": the sentence before is theirs
            claimant_of[index - 1] = claimant_of[index]
        last_speaker_at[index] = people.last_speaker.name if people.last_speaker else None

    quote_speaker: dict[int, str | None] = {}
    for index, (sentence, attribution) in enumerate(zip(sentences, raw)):
        if attribution is None or claimant_of[index] is None:
            continue
        for quote in sentence.quotes:
            if quote.index in quote_speaker:
                continue
            after = attribution.verb_start >= quote.end - 1 and attribution.position in ("inverted", "final", "parenthetical")
            before = attribution.verb_end <= quote.start and attribution.position == "initial"
            middle = attribution.position == "parenthetical"
            if after or before or middle:
                quote_speaker[quote.index] = claimant_of[index]

    proposals: list[Proposal] = []
    times = _Deadlines(article, sentences, views, said_on)
    # a list of the writer's own predictions: "10 tech predictions for 2026", "What to expect in 2026"
    predictions = times.year_ahead is not None or bool(_PREDICTIONS_TITLE.search(article.title or ""))
    betting = len(_BETTING.findall(article.text)) >= 2  # a piece that quotes bookmakers' prices
    for index, (sentence, view) in enumerate(zip(sentences, views)):
        block = article.blocks[sentence.block]
        if block.kind == "head" or not view.tokens:
            continue
        if _is_caption(article, sentences, index):
            continue
        attribution = raw[index]
        if attribution is not None:
            lo = view.index_at(attribution.content[0])
            hi = view.index_at(attribution.content[1])
            if attribution.position in ("parenthetical", "inverted") and attribution.content == (view.tokens[0].start, view.tokens[-1].end):
                lo, hi = 0, len(view.tokens)
        else:
            lo, hi = 0, len(view.tokens)
        if lo >= hi:
            lo, hi = 0, len(view.tokens)
        reading = read(view, attribution, lo, hi, has_deadline=lambda: any(
            view.tokens[lo].start <= d.start and d.end <= view.tokens[hi - 1].end
            for d in times.of(index)), predicting=attribution is None and predictions and
            _under_numbered_heading(article, sentence.block), betting=betting, opinion=opinion)
        if reading.reject or not reading.cues:
            continue
        if attribution is not None and attribution.tense == "past" and _only_past_years(view, lo, hi, said_on) and \
                not any(d.due >= said_on and d.marked and view.tokens[lo].start <= d.start < view.tokens[hi - 1].end
                        for d in times.of(index)):
            continue  # "Mercer tipped Australia to win the 2024 edition": a pick for a time gone
        # the claimant
        claimant = claimant_of[index]
        # (a short title in quotation marks is nobody's words: 'a toss-up between "Paper Crown" and "Low Orbit"')
        in_quote = any(view.quoted[k] for k in range(lo, hi)) and (
            any(not q.closed for q in sentence.quotes) or
            not all(_a_title(article.text[q.start:q.end]) for q in sentence.quotes))
        if claimant is None and in_quote:
            quote = sentence.quotes[0] if sentence.quotes else None
            claimant = quote_speaker.get(quote.index) if quote is not None else None
            if claimant is None and sentence.block in label_of:
                claimant = label_of[sentence.block]  # 'Hannah Clarke, commodities analyst at X: "Brent is likely ..."'
            if claimant is None and (credit := _credit_line(article, sentence.block, people)):
                claimant = credit  # a pull quote and its credit line: '"We're going to win ..." / — Amelia Forsyth'
            if claimant is None and attribution is None and sentence.block in section_voice:
                # 'Tunde Bakare's five calls / 1. Arsenal land a striker. "Arsenal will sign a centre-forward ..."':
                # a quotation nobody is said to speak, in a pundit's section, is the pundit's
                claimant = section_voice[sentence.block]
            opener = index  # the paragraph's first sentence
            while opener > 0 and sentences[opener - 1].block == sentence.block:
                opener -= 1
            if claimant is None and opener < index and not sentences[opener].quotes and \
                    opening_subject[opener] and not any(raw[k] is not None for k in range(opener, index + 1)
                                                        if sentences[k].block == sentence.block):
                # "He is more emphatic when discussing Ukraine. “... There will be, in the end, a compromise.”": a
                # quotation that no verb hands to anyone, in a paragraph that opens on its speaker
                claimant = opening_subject[opener]
            if claimant is None:
                claimant = last_speaker_at[index] or (last_speaker_at[index - 1] if index else None)
        if claimant is None and sentence.block in label_of:
            claimant = label_of[sentence.block]  # "Jacob Steinberg: I can't see Sunderland surviving"
        if claimant is None and attribution is None and _inside_open_quote(article, sentences, index):
            # '"In each game we've missed line-outs," he added. "It cost us the game. "It was better against France
            # and will have to go up another notch. It will be a huge battle.': a quotation opened and never closed
            # (as paragraphs of quotation are printed) goes on in the words of whoever spoke last in the paragraph
            claimant = next((last_speaker_at[k] for k in range(index - 1, -1, -1)
                             if sentences[k].block == sentence.block and raw[k] is not None and last_speaker_at[k]),
                            None)
            previous = next((k for k in range(index - 1, -1, -1) if sentences[k].block != sentence.block), -1)
            if claimant is None and previous >= 0 and raw[previous] is not None and sentences[previous].quotes and \
                    sentences[previous].block == sentence.block - 1 and last_speaker_at[previous]:
                # '... design," said Ms Milanesi. / "People are after ... "This year music will ...': a paragraph
                # of quotation right after an attributed quotation goes on in the same voice
                claimant = last_speaker_at[previous]
        if claimant is None:
            priced = betting and any(c.kind == "price" for c in reading.cues)
            recent = _recent_org_forecast(sentences, org_forecast_at, index, 6 if priced else 2)
            if reading.passive_forecast and _CONSENSUS.search(view.text):
                claimant = voice_plain  # "it is widely expected to be 5 May": everyone's expectation, as the article tells it
            elif reading.passive_forecast and forecaster:
                claimant = forecaster
            elif priced and (venue := _VENUE.match(view.text[:view.text.find(",") + 1] if "," in view.text else "")):
                claimant = people.resolve_name(venue["name"], True).name  # "On Betfair's exchange, she is a 20-1 shot"
            elif (reading.passive_forecast or priced) and recent and not in_quote and not (opinion and not priced):
                # "the Bank projects that inflation will fall ... Unemployment is forecast to peak": the forecast
                # goes on in the words of the organisation just reported
                claimant = recent
            elif reading.first_person or _first_person(view, lo, hi):
                claimant = section_voice.get(sentence.block, voice_first_person)
            elif betting and not in_quote and not opinion and (priced or _PRICED.search(view.text)) and \
                    not _PICK_LABEL.match(view.text) and (book := _bookmaker_near(article, sentences, index)):
                # "Bez is now 2-1 favourite to win the show ... Ladbrokes spokesman Warren Lush said": a price
                # nobody gives in its sentence is the bookmaker's the article quotes nearest
                claimant = people.resolve_name(book, True).name if book != "bookmakers" else book
            elif recent and not in_quote and not by_given and not opinion and \
                    _recent_org_forecast(sentences, org_forecast_at, index, 2, same_block=True) and \
                    (_FIGURE.search(view.text) or times.of(index)):
                # "the CEA suggested media servers will be more commonplace. Portable devices will also be more
                # popular in 2005.": its outlook goes on, in the same paragraph, where it gives a figure or a time
                claimant = recent
            elif lead_forecaster is not None and not by_given and not in_quote and \
                    _FIGURE.search(view.text) and not _WE_OR_OUR.search(view.text):
                # a piece reporting an organisation's forecast goes on in its words ("The eight central European
                # states will see 4.6% growth" after "..., according to the UN Economic Commission for Europe")
                claimant = lead_forecaster
            elif _reported_speech_goes_on(sentences, views, raw, index, lo, hi) and not in_quote and \
                    last_speaker_at[index - 1]:
                # "Ms Milanesi said more models would be released with hard drives. But they would be more likely to
                # compete with ...": the report goes on, shifted back as it was, in her words
                claimant = claimant_of[index - 1] or last_speaker_at[index - 1]
            else:
                claimant = section_voice.get(sentence.block, voice_plain)
        second = _second_forecaster(article, view, attribution, every[index], lo, hi)
        chance_cut = _second_chance(view, lo, hi) if second is None else None
        if chance_cut is not None:
            # "gives the SNP a 68 per cent chance of ... and just a 9 per cent chance of an outright majority": one
            # forecaster's two chances, two proposals, each with its own figure
            first_reading = read(view, attribution, lo, chance_cut)
            then_reading = read(view, attribution, chance_cut + 1, hi)
            if first_reading.cues and not first_reading.reject and then_reading.cues and not then_reading.reject:
                proposals.append(_build(article, sentence, view, attribution, first_reading, lo, chance_cut, claimant,
                                        said_on, source, tags, sentences, index, times, label_of.get(sentence.block),
                                        part=True))
                lo, reading = chance_cut + 1, then_reading
                extra = _build(article, sentence, view, attribution, reading, lo, hi, claimant, said_on, source, tags,
                               sentences, index, times, label_of.get(sentence.block), part=True)
                extra.uuid = proposal_uuid(source, sentence_key(article.text[sentence.start:sentence.end],
                                                                 f"{claimant}\n{extra.text}"))
                proposals.append(extra)
                continue
        if second is not None:
            # "On Polymarket, traders give him a 45 per cent chance, and PredictIt has the race at 52-48": two
            # forecasters, two proposals from the one sentence, each with its own words
            other, cut = second
            first_hi = cut
            if lo < first_hi and read(view, attribution, lo, first_hi).cues:
                hi = first_hi
                reading = read(view, attribution, lo, hi)
        proposals.append(_build(article, sentence, view, attribution, reading, lo, hi, claimant, said_on,
                                source, tags, sentences, index, times, label_of.get(sentence.block)))
        if second is not None:
            other, cut = second
            o_lo = view.index_at(other.content[0])
            o_hi = view.index_at(other.content[1])
            o_reading = read(view, other, o_lo, o_hi, has_deadline=lambda: any(
                view.tokens[o_lo].start <= d.start and d.end <= view.tokens[o_hi - 1].end for d in times.of(index)))
            if o_reading.cues and not o_reading.reject:
                person = people.resolve_name(other.speaker.text, other.speaker.kind == "org")
                extra = _build(article, sentence, view, other, o_reading, o_lo, o_hi, person.name, said_on, source,
                               tags, sentences, index, times)
                extra.uuid = proposal_uuid(source, sentence_key(article.text[sentence.start:sentence.end], person.name))
                proposals.append(extra)
    _fullest_names(proposals, people, own_voice, {own_voice, voice_plain, voice_first_person, *section_voice.values()})
    _lead_event_deadline(article, sentences, proposals, said_on)
    _title_event_deadline(article, proposals, times)
    return _once_each(proposals)


#: The end of a quotation that is speech, not a title: '"..., we will win."', '"We're ready,"'.
_SPOKEN_END = re.compile(r"[.,!?…]\W*$")


def _a_title(quoted: str) -> bool:
    """Is a quotation a short title ('"Static Heart"', '"Mother Tongue,"' with the comma inside, as American copy
    prints it) or a word or two set apart ('"always on"'), rather than someone's words?"""
    words = re.findall(r"[\w'’-]+", quoted)
    return len(words) <= 4 and (not _SPOKEN_END.search(quoted) or all(w[:1].isupper() or not w[:1].isalpha()
                                                                      for w in words))


def _once_each(proposals: list[Proposal]) -> list[Proposal]:
    """A page that prints one sentence twice (a teaser box, a summary list) gives one proposal for it, not two."""
    seen: set[tuple[str, str, str]] = set()
    kept = []
    for p in proposals:
        key = (" ".join(p.quote.split()), p.claimant, p.text)
        if key not in seen:
            seen.add(key)
            kept.append(p)
    return kept


def _fullest_names(proposals: list[Proposal], people: People, own_voice: str, voices: set[str]) -> None:
    """One claimant, one name: a surname the article gives in full only later ("Mr Brown said ..." before "Gordon
    Brown said"), or a headline's "Gates" before "Bill Gates has opened", and an acronym it spells out ("UNECE" for
    the "United Nations Economic Commission for Europe (UNECE)") take the article's fullest form. The outlet
    naming itself ("the BBC has learnt", in BBC News) is the article's own voice."""
    fullest: dict[str, str] = {}
    for p in proposals:
        if p.claimant not in voices:
            if p.claimant not in fullest:
                fullest[p.claimant] = _fullest_name(p.claimant, people, own_voice)
            p.claimant = fullest[p.claimant]


def _fullest_name(name: str, people: People, own_voice: str) -> str:
    known = people.find(name)
    if (known is None or known.org) and (own_voice.lower().startswith(name.lower() + " ") or
                                         own_voice.lower() == "the " + name.lower()):
        return own_voice
    if " " in name:
        return name
    full = people.aliases.get(name.replace(".", ""))
    if full is None and name[:1].isupper() and not name.isupper():
        same = {q.name for q in people.people if not q.org and len(q.name.split()) >= 2 and q.name.split()[-1] == name}
        for run in people.names_seen:
            words = run.split()
            while words and words[0].lower().rstrip(".") in TITLES:
                words = words[1:]  # ("Mr Gates" is no fuller than "Gates")
            if 2 <= len(words) <= 3 and words[-1] == name and all(w[:1].isupper() for w in words) and \
                    (looks_like_person(words) or words[0].lower() in NOT_PERSON and not is_org_name(words)):
                same.add(" ".join(words))  # ("Bill Gates", whose first name is also a word)
        if len(same) == 1:
            full = same.pop()
    return full or name


#: Words of a lead that names the event a preview is about.
_LEAD_EVENT = re.compile(r"\b(?:go(?:es)?\s+to\s+the\s+polls|votes?|election|referendum|ballot|kicks?\s+off|(?<!Final\s)final(?!\s+vot)|"
                         r"awards?|oscars|ceremony|handed\s+out|gala|summit|verdict|ruling|"
                         r"match|game|race|derby|tie|showdown|clash|fight|bout|grand\s+prix|play(?:s)?\s+host|"
                         r"face|faces|meet|meets|take\s+on|takes\s+on|decides?|decision)\b", re.IGNORECASE)


#: An expectation everyone holds: "is widely expected to", "is generally thought likely to".
_CONSENSUS = re.compile(r"\b(?:widely|generally|universally|commonly|broadly)\s+(?:expected|tipped|predicted|thought|"
                        r"believed|anticipated|seen|forecast)\b", re.IGNORECASE)


#: A bookmaker's fractional price: "4-6", "11/2" (what makes the one who gives it a bookmaker).
_FRACTION_PRICE = re.compile(r"(?<![0-9.])[0-9]{1,3}\s*[-/]\s*(?:[1-9]|1[0-3])(?![0-9.%])|\bevens\b")
#: Words of a piece about betting: its bare prices are forecasts.
#: Bookmakers and betting sites by name.
_BOOKMAKER_NAMES = (r"William\s+Hill|Ladbrokes|Paddy\s+Power|Betfair|Coral|Bet\s?365|Bet\s?Direct|Betfred|Boylesports|"
                    r"Stan\s+James|Totesport|Sky\s+Bet|Betway|Unibet|DraftKings|FanDuel|BetMGM|PointsBet|Oddschecker")
_BETTING = re.compile(rf"\b(?:bookmakers?|bookies|odds|{_BOOKMAKER_NAMES}|sportsbooks?|punters|betting)\b",
                      re.IGNORECASE)


#: "... polled by LSEG", "... surveyed by FactSet" after a group that speaks: the pollster.
_POLLED_BY = re.compile(rf"\s+(?:polled|surveyed|questioned|canvassed)\s+by\s+(?P<name>{CAP}[\w.&'’-]*(?:\s+{CAP}[\w.&'’-]*){{0,3}})")


#: "On Polymarket, ...", "At Ladbrokes, ...": the market or bookmaker whose traders or punters give a price.
_VENUE = re.compile(rf"^\s*(?:On|At|With|Over\s+at)\s+(?:the\s+(?:prediction\s+market|betting\s+exchange|exchange|"
                    rf"platform|site)\s+)?(?P<name>{CAP}[\w.&-]*(?:\s+{CAP}[\w.&-]*){{0,3}})"
                    r"(?:['’]s\s+(?:exchange|market|app|site|website|book|odds))?\s*,"
                    # ("On Kalshi, the prediction market that lists contracts on major cases, traders ...")
                    r"(?:\s*(?:the|a|an)\s[^,;]{3,120},)?\s*$")


#: Groups that set prices, whose later agentless tips in a piece are theirs.
_MARKET_MAKERS = {"bookmakers", "bookies", "bookmaker", "oddsmakers", "sportsbooks"}
#: The staff a firm speaks through: "Citi analysts", "Nomura strategists" are the firm's view.
_FIRM_STAFF = {"analysts", "economists", "strategists", "researchers", "engineers", "scientists", "forecasters"}


def _common_word(word: str, text: str) -> bool:
    """Is this capitalised word a common noun, written in lower case elsewhere in the article ("Futures" after
    "fed funds futures"), or one of the trades that head a group of people ("Media analysts")?"""
    low = word.lower()
    if low in ("media", "market", "markets", "industry", "property", "housing", "energy", "oil", "retail",
               "median", "consensus", "futures"):
        return True
    if re.fullmatch(r"\w+", low):
        return low in _lower_words(text)
    return re.search(rf"(?<![\w.!?]\s)(?<=\s){re.escape(low)}\b", text) is not None


def _written_in_lower_case(word: str, text: str) -> bool:
    """Does the article write this word in lower case anywhere ("regional" beside "Regional analysts")?"""
    low = word.lower()
    if re.fullmatch(r"\w+", low):
        return low in _word_runs(text)
    return re.search(rf"\b{re.escape(low)}\b", text) is not None


@functools.lru_cache(maxsize=4)
def _word_runs(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text))


@functools.lru_cache(maxsize=4)
def _lower_words(text: str) -> frozenset[str]:
    """The words the article writes in lower case away from a sentence's start (one pass, not one per word)."""
    return frozenset(re.findall(r"(?<![\w.!?]\s)(?<=\s)([a-z0-9_]\w*)\b", text))


#: Bookmakers by name, and a name the copy calls one ("bookmakers Ladbrokes", "William Hill spokesman").
_BOOKMAKER = re.compile(rf"\b(?:{_BOOKMAKER_NAMES})\b|"
                        rf"\b[Bb]ook(?:makers?|ies)\s+(?P<named>{CAP}[\w&'’-]*(?:\s+{CAP}[\w&'’-]*){{0,2}})")
#: A writer's own pick, labelled: "Prediction: Real Madrid 1-1 Arsenal", "Verdict: ...".
_PICK_LABEL = re.compile(r"\s*(?:Prediction|Verdict|Pick|Tip|Selection|Best\s+bet|Nap|Forecast)s?\s*:", re.IGNORECASE)
#: A price or a favourite in a sentence, whoever gives it.
_PRICED = re.compile(_FRACTION_PRICE.pattern + r"|\b(?:favourite|favorite|outsider|odds)\b")
_PUNTING = re.compile(r"\b(?:bookmakers|bookies)\b", re.IGNORECASE)


def _bookmaker_near(article: Article, sentences: list[Sentence], index: int) -> str | None:
    """The bookmaker a betting piece names nearest a bare price: in its sentence, the six before (nearest first),
    then the two after; "bookmakers" when it names none."""
    order = [index] + list(range(index - 1, max(-1, index - 7), -1)) + \
        list(range(index + 1, min(len(sentences), index + 3)))
    for k in order:
        text = article.text[sentences[k].start:sentences[k].end]
        match = _BOOKMAKER.search(text)
        if match:
            return re.sub(r"\s+", " ", match["named"] or match[0])
    if any(_PUNTING.search(article.text[sentences[k].start:sentences[k].end]) for k in order):
        return "bookmakers"
    return None


#: A document named with its author: "a new paper led by climate scientist James Hansen", "a report by the IMF",
#: "the study, published by the Food and Agriculture Organisation", "The study, for net security firm Preventon,".
_DOCUMENT_BY = re.compile(
    rf"\b(?:paper|report|study|analysis|survey|review|assessment)\b,?\s+(?:(?:co-)?(?:led|written|authored|published|"
    rf"released|produced|commissioned|compiled|conducted|issued)\s+)?(?:by|from|(?<=,\s)for)\s+(?:the\s+)?"
    rf"(?:[a-z][\w-]*\s+){{0,3}}?(?P<name>{CAP}[\w'’.-]*(?:\s+(?:of\s+|for\s+|and\s+)?{CAP}[\w'’.-]*){{0,5}})")


#: A document brought out by the sentence's subject, a pronoun: "in a new peer-reviewed paper ..., he brings".
_IN_OWN_DOCUMENT = re.compile(r"\b[Ii]n\s+(?:a|an|his|her|their)\s+(?:[\w'’-]+\s+){0,5}?(?:paper|report|study|"
                              r"analysis|book)\b[^.;:]{0,80}?,\s+(?:he|she)\s+[a-z]+s\b")


#: A sentence that credits the one before it: "That is according to an expert panel ...".
_THAT_IS_ACCORDING = re.compile(r"(?:That|This)(?:\s+is|\s+was|['’]s)\s+(?:all\s+)?according\s+to\b")


def _recent_org_forecast(sentences: list[Sentence], org_forecast_at: list[str | None], index: int,
                         back: int = 2, same_block: bool = False) -> str | None:
    """The organisation whose forecast the `back` sentences before report, in this paragraph or the one before
    (a bookmaker whose prices a betting piece goes on quoting: further back; `same_block`: this paragraph only)."""
    block = sentences[index].block
    for k in range(index - 1, max(-1, index - back - 1), -1):
        if sentences[k].block < block - (0 if same_block else 1 if back <= 2 else 3):
            break
        if org_forecast_at[k]:
            return org_forecast_at[k]
    return None


def sentence_key(quote: str, claimant: str) -> str:
    """The quote a second forecaster's proposal from the same sentence is known by (its uuid differs)."""
    return f"{quote}\n{claimant}"


#: A chance given as a figure: "a 68 per cent chance", "just a 9% chance", "a one-in-ten chance".
_A_CHANCE = re.compile(r"(?:\ban?\s+)?\b(?:[0-9]+(?:\.[0-9]+)?\s*(?:%|per\s*cent|percent)|one[- ]in[- ](?:[a-z]+|[0-9]+))\s+"
                       r"(?:chance|probability|likelihood|risk)\b", re.IGNORECASE)


def _second_chance(view: SentenceView, lo: int, hi: int) -> int | None:
    """The token (an "and", "but", "against" or "while") between two chances one forecaster gives in one clause ("a 68
    per cent chance of ... and just a 9 per cent chance of ..."), if there are two; the second starts after it."""
    if lo >= hi:
        return None
    toks = view.tokens
    end = toks[hi - 1].end - view.base
    found = list(_A_CHANCE.finditer(view.text, 0, end))  # (the first may sit before the claim: "gives a 15 per cent
    # chance that January will be colder, against a 45 per cent chance that it will be milder")
    if len(found) != 2:
        return None
    for k in range(lo, hi):
        at = toks[k].start - view.base
        if found[0].end() <= at < found[1].start() and toks[k].low in ("and", "but", "against", "while", "whereas") and \
                not view.quoted[k]:
            return k
    return None


def _second_forecaster(article: Article, view: SentenceView, first: Attribution | None, candidates: list[Attribution],
                       lo: int, hi: int) -> tuple[Attribution, int] | None:
    """A second named forecaster joined on after a comma ("..., and PredictIt has the race at 52-48", "...; Nomura
    sees ..."), whose own words hold a forecast: that attribution and the token where the first one's words end."""
    if first is None:
        return None
    for other in candidates:
        if other is first or other.speaker.kind not in ("name", "org") or other.speaker.start <= first.verb_end:
            continue
        k = view.index_at(min(other.speaker.start, other.span[0]))  # (its clause: "a report from Y")
        if not lo < k < hi:
            continue
        # the words before the second speaker: ", and", "; while", ", whereas", ";"
        j = k - 1
        while j > lo and view.tokens[j].low in ("and", "while", "whereas", "but", "meanwhile", "though"):
            j -= 1
        if view.tokens[j].text not in ",;" or j == k - 1 and view.tokens[j].text != ";":
            continue
        if other.speaker.text.lower() == (first.speaker.text or "").lower():
            continue
        o_lo = view.index_at(other.content[0])
        o_hi = view.index_at(other.content[1])
        if o_lo < o_hi and read(view, other, o_lo, o_hi).cues:
            return other, j
    return _contrasted_forecaster(article, view, first, lo, hi)


def _contrasted_forecaster(article: Article, view: SentenceView, first: Attribution, lo: int, hi: int):
    """ "The Met Office expects the cold to ease by Thursday, while the European Centre for Medium-Range Weather
    Forecasts keeps temperatures below normal until January 25": a forecaster's view set against another's, with
    a date of its own, is that second forecaster's."""
    from .attribution import Attribution as _Attribution, _speaker_from

    if first.verb not in PREDICT or first.speaker.kind not in ("name", "org"):
        return None
    toks = view.tokens
    for k in range(lo + 1, hi - 3):
        if toks[k].text != "," or toks[k + 1].low not in ("while", "whereas"):
            continue
        start = k + 2
        if start < hi and toks[start].low == "the":
            start += 1
        end = start
        while end < hi and (toks[end].cap or toks[end].low in ("of", "for", "and", "&") and end + 1 < hi and
                            toks[end + 1].cap):
            end += 1
        if end == start or end >= hi or not toks[end].word or toks[end].cap:
            return None
        speaker = _speaker_from(view, k + 2, end)
        if speaker is None or speaker.kind not in ("name", "org"):
            return None
        rest = article.text[toks[end].start:toks[hi - 1].end]
        if not deadlines_mod.find(rest, toks[end].start, dt.date(2000, 1, 1)):
            return None  # no date of its own: a contrast, not a forecast
        second = _Attribution(speaker, "see", "present", toks[end].start, toks[end].end, "initial",
                              (speaker.start, speaker.end), (toks[end].start, toks[hi - 1].end))
        return second, k
    return None


def _full_org(people: People, noun: str, text: str = ""):
    """The organisation named in full whose name holds `noun` ("Bank" -> "Bank of England"): one met before,
    else the first "Bank of England" or "European Central Bank" the article writes."""
    from .attribution import is_org_name

    for person in reversed(people.people):
        lows = person.name.lower().split()
        if person.org and len(lows) > 1 and noun in lows and \
                (lows[-1] == noun or lows[lows.index(noun) + 1] in ("of", "for", "and", "&")):
            return person
    for full in reversed(people.names_seen):
        words = full.split()
        lows = full.lower().split()
        if len(words) > 1 and noun in lows and is_org_name(words) and \
                (lows[-1] == noun or lows[lows.index(noun) + 1] in ("of", "for", "and", "&")):
            return people.add(full, org=True)  # ("Bank of England", "European Central Bank"; not "Bank Rate")
    word = re.escape(noun.capitalize())
    for pattern in (rf"\b{word}\s+(?:of|for)\s+(?:the\s+)?{CAP}[\w&'’-]*(?:\s+{CAP}[\w&'’-]*){{0,2}}",
                    rf"\b(?:{CAP}[\w&'’-]*\s+){{1,3}}{word}\b"):
        for full in re.finditer(pattern, text):
            name = re.sub(r"^(?:The|A|An|Our|Its|Their|This|That)\s+", "", full.group())
            name = re.sub(r"['’]s$", "", name)
            if len(name.split()) > 1:
                return people.add(name, org=True)
    return None


def _names_a_day(phrase: str) -> bool:
    """ "on Saturday", "on July 4", "next Tuesday": an event's day, not a span such as "by the end of the month"."""
    low = phrase.lower()
    return bool(re.search(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b[0-9]{1,2}(?:st|nd|rd|th)?\b", low)) and \
        not re.search(r"\b(?:end|within|over|next\s+[0-9]|years?|months?)\b", low)


def _title_event_deadline(article: Article, proposals: list[Proposal], times: _Deadlines) -> None:
    """A piece about an event its title names ("Italy's justice referendum: a vote about judges ...") and dates in
    its text ("Polls ... close at 3pm on Monday, March 23"): a forecast naming no time of its own is about it."""
    title = (article.title or "").lower()
    if not title or all(p.due for p in proposals):
        return
    day = times.event_day(title) or _fixture_day(article, times.said_on)
    if day is None:
        return
    for p in proposals:
        if p.due is None:
            p.due, p.due_text = day.due.isoformat(), day.phrase


#: The line that credits a pull quote: "— Amelia Forsyth-Okonkwo, Conservative candidate".
_CREDIT_LINE = re.compile(rf"^\s*[—–-]{{1,2}}\s*(?P<name>{CAP}[\w'’.-]+(?:\s+{CAP}[\w'’.-]+){{0,3}})\s*(?:,|$)")


def _credit_line(article: Article, block: int, people: People) -> str | None:
    """The speaker a quotation's own paragraph is credited to on the line after it, if it is."""
    text = article.block_text(article.blocks[block]).strip()
    if text[:1] not in "\"“'‘":
        return None
    close = max(text.rfind("”"), text.rfind('"'))
    match = _CREDIT_LINE.match(text[close + 1:]) if close > 0 else None  # the credit run on after the quote
    if match is None and block + 1 < len(article.blocks) and text[-1:] in "\"”'’":
        match = _CREDIT_LINE.match(article.block_text(article.blocks[block + 1]))  # the credit on a line of its own
    return people.resolve_name(match["name"], False).name if match else None


#: A fixture for a title: "Blackburn v Burnley", "Wales vs. Ireland".
_FIXTURE = re.compile(rf"^\s*{CAP}[\w.'’&-]*(?:\s+{CAP}[\w.'’&-]*){{0,3}}\s+(?:v|vs\.?|versus)\s+"
                      rf"{CAP}[\w.'’&-]*(?:\s+{CAP}[\w.'’&-]*){{0,3}}\s*$")


def _fixture_day(article: Article, said_on: dt.date) -> deadlines_mod.Deadline | None:
    """A match preview's day, from the fact lines under a fixture title ("Blackburn v Burnley / Ewood Park /
    Tuesday, 1 March / 2000 GMT"): a line that is only a date within a fortnight."""
    if not _FIXTURE.match(article.title or ""):
        return None
    for block in article.blocks[1:7]:
        text = article.block_text(block)
        if len(text.split()) > 5:
            continue
        for deadline in deadlines_mod.find(text, block.start, said_on):
            if deadline.absolute and 0 <= (deadline.due - said_on).days <= 14:
                return deadline
    return None


def _lead_event_deadline(article: Article, sentences: list[Sentence], proposals: list[Proposal],
                         said_on: dt.date) -> None:
    """A preview leads with its event ("City are favourites to complete the treble on Saturday", "Labour is on
    course to win the election on July 4"): forecasts that name no deadline of their own, in their paragraph or
    under a heading, are about that event. Only a forecast in the first two paragraphs with a date of its own
    within two months counts as the lead."""
    paragraphs = [i for i, b in enumerate(article.blocks)
                  if b.kind != "head" and len(article.block_text(b).split()) >= 12][:2]  # not bylines, datelines
    lead = None
    for p in proposals:
        at = article.text.find(p.quote)
        block = next((s.block for s in sentences if s.start <= at < s.end), None)
        if block in paragraphs and p.score >= DEFAULT_MIN_SCORE and p.due and p.due_text and p.due_text in p.quote and \
                _names_a_day(p.due_text) and \
                0 < (dt.date.fromisoformat(p.due) - said_on).days <= 62:
            lead = p
            break
    due = due_text = None
    if lead is not None:
        due, due_text = lead.due, lead.due_text
        # a lead naming two days ("... on Monday and announce there will be a general election on 5 May"): the
        # later one is the event the rest of the piece looks ahead to
        at = article.text.find(lead.quote)
        for d in deadlines_mod.find(lead.quote, at, said_on):
            if _names_a_day(d.phrase) and d.due.isoformat() > due and (d.due - said_on).days <= 62 and \
                    not _past_clause(article.text, at, d):
                due, due_text = d.due.isoformat(), d.phrase
    else:
        # the lead names the event without forecasting it: "Voters in Pennsylvania go to the polls on Tuesday",
        # "The final kicks off at Wembley on Saturday"
        for s in sentences:
            if s.block not in paragraphs:
                continue
            text = article.text[s.start:s.end]
            if not _LEAD_EVENT.search(text) or text.rstrip().endswith("?"):
                continue
            for d in deadlines_mod.find(text, s.start, said_on):
                if _names_a_day(d.phrase) and 0 < (d.due - said_on).days <= 62 and \
                        (not _past_clause(article.text, s.start, d) or _fixture_ahead(article.text, d)):
                    due, due_text = d.due.isoformat(), d.phrase
                    break
            if due:
                break
    if due is None:
        return
    for p in proposals:
        if p.due is None:
            p.due, p.due_text = due, due_text
        elif p.due_text and re.fullmatch(r"(?:in\s+)?(?:19|20)[0-9]{2}", p.due_text.strip()) and \
                p.due_text not in p.quote and p.due[:4] == due[:4]:
            # only a year from the heading above ("Holyrood 2026: ..."): the lead's day in that year is nearer
            p.due, p.due_text = due, due_text


#: A player kept from a fixture named by its day: "ruled out of Wednesday's Champions League clash", "a doubt for
#: Saturday's game". The clause is past ("has been ruled out"), the match is not.
_FIXTURE_AHEAD = re.compile(r"\b(?:out\s+of|ahead\s+of|doubt(?:ful)?\s+for|fit\s+for|miss(?:es|ing)?)\s+(?:for\s+)?$")
_FIXTURE_NOUN = re.compile(r"(?:\s+(?!v\b|vs\b)[\w'’.-]+){0,4}?\s+(?:clash|match|game|fixture|tie|derby|showdown|final|"
                           r"semi-final|quarter-final|encounter|international|test|race|meeting)\b", re.IGNORECASE)


def _fixture_ahead(text: str, d: deadlines_mod.Deadline) -> bool:
    """Is the time phrase a coming fixture's day in the possessive, after words that keep someone from it, and
    not one the sentence goes on to tell the result of ("..., which Liverpool went on to lose 2-0")?"""
    from .forecasts import _is_past_verb

    if not (re.fullmatch(r"(?:for\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s", d.phrase, re.IGNORECASE) and
            _FIXTURE_AHEAD.search(text, max(0, d.start - 40), d.start)):
        return False
    noun = _FIXTURE_NOUN.match(text, d.end)
    if noun is None:
        return False
    rest = re.split(r"[.!?](?:\s|$)", text[noun.end():noun.end() + 300], maxsplit=1)[0]
    return not any(_is_past_verb(w.lower()) for w in re.findall(r"[A-Za-z]+", rest))


def _inside_open_quote(article: Article, sentences: list[Sentence], index: int) -> bool:
    """Is the sentence inside a quotation its paragraph opened and never closed: a mark before it that nothing
    closed (see `_quote_left_open`), or it opens one itself ('"It was better against France ...' with no closing
    mark), or the last sentence before it with a quote mark did?"""
    sentence = sentences[index]
    if _quote_left_open(article.text, article.blocks[sentence.block].start, sentence.start):
        return True  # a straight quote mark before it in the paragraph that nothing closed
    for k in range(index, -1, -1):
        other = sentences[k]
        if other.block != sentence.block:
            return False
        text = article.text[other.start:other.end].strip()
        if '"' in text:
            return text.startswith('"') and text.count('"') == 1
    return False


def _reported_speech_goes_on(sentences: list[Sentence], views: list[SentenceView], raw: list[Attribution | None],
                             index: int, lo: int, hi: int) -> bool:
    """Does this sentence carry on the report before it: the sentence before, in the same paragraph, reports
    someone's words without quoting them ("Ms Milanesi said more models would ..."), and this one opens on a
    pronoun ("But they would be ...") with the same backshifted "would"?"""
    if not index or sentences[index - 1].block != sentences[index].block:
        return False
    before = raw[index - 1]
    if before is None or before.position != "initial" or before.tense not in ("past", "perfect") or \
            before.verb not in ("say", "tell", "add", "explain", "note", "warn", "point out", "predict", "believe",
                                "think", "expect") or any(views[index - 1].quoted):
        return False
    toks = views[index].tokens
    k = lo + 1 if lo < hi and toks[lo].low in ("but", "and", "yet", "so") else lo
    return k + 1 < hi and toks[k].low in ("they", "it", "he", "she", "these", "this", "that") and \
        toks[k + 1].low == "would" and not (k + 2 < hi and toks[k + 2].low == "have")


def _quote_left_open(text: str, start: int, end: int) -> bool:
    """Is a straight quotation open at `end`? A mark after a space opens one and a mark before a space closes it,
    so a quotation that runs on over sentences, each re-opened with a mark ('... decades to come. "It is vital
    ... take part." The ballot will ...'), is closed by its last mark, not left open by an odd count."""
    quoted = False
    at = text.find('"', start, end)
    while at >= 0:
        before = text[at - 1] if at > start else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        if before.isspace() and not after.isspace():
            quoted = True
        elif not before.isspace() and (after.isspace() or after in ",.;:!?)"):
            quoted = False
        else:
            quoted = not quoted
        at = text.find('"', at + 1, end)
    return quoted


def _only_past_years(view: SentenceView, lo: int, hi: int, said_on: dt.date) -> bool:
    """Do the reported words name years, all of them before the one it was said in ("the 2024 edition")?"""
    toks = view.tokens
    years = [int(toks[k].low) for k in range(max(lo, 1), hi) if re.fullmatch(r"(?:19|20)[0-9]{2}", toks[k].low)
             and toks[k - 1].low in ("the", "in", "for", "during", "by")  # (not "since 2019", "its 2022 level")
             and not (k >= 2 and (toks[k - 2].low.endswith("ed") or toks[k - 2].low in (
                 "set", "built", "made", "born", "drawn", "begun", "won", "held", "laid", "struck", "sold", "bought")))]
    # ("a tax base set in 1991": when something was done, not when the forecast is for)
    return bool(years) and max(years) < said_on.year


def _in_aside(view: SentenceView, position: int, lo: int, hi: int) -> bool:
    """Is `position` inside a comma-enclosed aside between `lo` and `hi` ("Curtice, who forecast ..., said")?"""
    commas = [t.start for t in view.tokens if lo <= t.start < hi and t.text == ","]
    return len(commas) >= 2 and commas[0] <= position <= commas[-1]


_SET_AGAINST = re.compile(r"(?:^|\W)(?:while|whereas|although|though|even\s+though)\s+$", re.IGNORECASE)


def _choose(view: SentenceView, candidates: list[Attribution]) -> Attribution | None:
    """The first attribution whose reported words hold a forecast, else the first: in "X left rates unchanged
    and signalled that it expects two cuts, though officials said they needed more evidence", X's."""
    if len(candidates) > 1:
        # "But while Wendy Ide still thinks Staunton has a chance, Heat's Charles Gant believes ...": the main
        # clause's speaker before one set against it
        # ("But with April's flash GDP estimate signalling a gain, he continues to expect ...": the circumstance
        # before the speaker)
        candidates = sorted(candidates, key=lambda a: bool(
            (_SET_AGAINST.search(view.text[:a.speaker.start - view.base]) or
             a.tense == "ing" and re.search(r"\bwith\s*$", view.text[:a.speaker.start - view.base], re.IGNORECASE)) and
            any(b.verb_start > a.verb_start for b in candidates if b is not a)))
    for attribution in candidates[:4]:
        lo = view.index_at(attribution.content[0])
        hi = view.index_at(attribution.content[1])
        for other in candidates:
            # "It said its 920 stores would remain open, but analysts said it would ...": the first report ends
            # where a second, set beside it, begins
            # (its clause may open before its speaker: "..., while a recent report from Activiate anticipates")
            opens = min(other.speaker.start, other.span[0])
            if other is not attribution and attribution.content[0] < opens < attribution.content[1] \
                    and other.position == "initial" and other.speaker.kind != "pronoun" and \
                    re.search(r",\s*(?:but|and|while|whereas|though|although)\s+$", view.text[:opens - view.base]):
                hi = min(hi, view.index_at(opens))
        if lo < hi and read(view, attribution, lo, hi).cues:
            # (only inside its own words: "X suggests ..., while a report from Y anticipates ..." is two reports)
            end = view.tokens[hi].start if hi < len(view.tokens) else attribution.content[1]
            return _nested_forecaster(view, attribution, candidates[:4], end)
    return candidates[0] if candidates else None


def _nested_forecaster(view: SentenceView, outer: Attribution, candidates: list[Attribution],
                       end: int | None = None) -> Attribution:
    """A forecaster's own verb inside words reported by another verb is the one that counts: in "Inter have
    conceded once in six home games, and I expect ...", "I expect"; in "X said that Goldman Sachs expects ...",
    Goldman Sachs. Only a named speaker, a group ("some analysts") or "I"/"we" takes over (a "he" inside is the
    outer speaker)."""
    if outer.verb in PREDICT or outer.verb in ("think", "believe", "reckon", "odds", "view", "according"):
        return outer
    for inner in candidates:
        if inner is outer or not (outer.content[0] <= inner.verb_start < min(outer.content[1], end or outer.content[1])):
            continue
        if not (inner.verb in PREDICT or inner.verb in ("think", "believe", "reckon", "suspect", "doubt")):
            continue
        # ("Microsoft has said it wants to be first, and some analysts predict ...": a group predicts too)
        if inner.speaker.kind in ("name", "org", "group") or inner.speaker.text.lower() in ("i", "we"):
            lo = view.index_at(inner.content[0])
            hi = view.index_at(inner.content[1])
            if lo < hi and read(view, inner, lo, hi).cues:
                return inner
    return outer


#: "Sam Wallace: Liverpool.", "SØRENSEN: Not this year.", "Q: Why?" — a panel's, an interview's or a
#: transcript's speaker label opening a paragraph.
_SPEAKER_LABEL = re.compile(rf"(?P<name>{CAP}[\w'’.-]+(?:\s+{CAP}[\w'’.-]+){{1,3}}|{CAP}[\w'’.-]*)\s*:\s+\S")
#: Labels that name the interviewer or the interview's parts, not a speaker of forecasts.
#: A list item or paragraph that names its speaker with a role before a colon: "Hannah Clarke, commodities analyst
#: at Peterhouse Capital: "Brent crude is likely to drift lower ..."".
_ROLE_LABEL = re.compile(rf"\W{{0,3}}(?P<name>{CAP}[\w'’.-]+(?:\s+{CAP}[\w'’.-]+){{1,3}})(?:,\s+[a-z]|\s+(?:of|at|from)\s+)"
                         r"[^:\"“”.]{2,90}:\s+[\"“]")
#: A paragraph that opens with a titled name and a colon before a quotation: '- Blackburn boss Mark Hughes: "..."'.
_TITLED_LABEL = re.compile(rf"\W{{0,3}}(?:[\w'’.-]+\s+){{1,4}}?(?P<name>{CAP}[\w'’.-]+(?:\s+{CAP}[\w'’.-]+){{1,2}})"
                           r"\s*:\s*[\"“]")
_INTERVIEWER_LABELS = {"q", "a", "question", "answer", "interviewer", "host", "moderator", "note", "update",
                       "editor's note", "correction", "disclaimer", "source", "sources", "photo", "watch", "read",
                       "listen", "related", "see also", "tags", "topics", "share", "advertisement", "warning"}


#: A panellist's heading: "Marisol Vega, chief economist at Brightmoor Realty", "Owen Gallagher – National
#: Housing Council".
_PANELIST = re.compile(rf"^\W*(?P<name>{CAP}[\w'’.-]+(?:\s+{CAP}[\w'’.-]+){{1,3}})\s*(?:,|[-–—|:])\s*(?P<role>[^.!?]{{3,120}})$")


_PREDICTIONS_TITLE = re.compile(r"\b(?:predictions?|forecasts?|what\s+to\s+expect|bold\s+calls|calls\s+for)\b",
                                re.IGNORECASE)
_NUMBERED = re.compile(r"^\W{0,3}(?:no\.\s*)?[0-9]{1,2}\s*[.):]\s+\S")


def _under_numbered_heading(article: Article, number: int) -> bool:
    """Is this block a list item, or a paragraph under a numbered heading or a list item that serves as one
    ("4. Google loses its ad exchange", then the paragraph)? An item that heads a paragraph is only its title."""
    blocks = article.blocks
    if blocks[number].kind == "item":
        text = article.block_text(blocks[number]).rstrip()
        return not (number + 1 < len(blocks) and blocks[number + 1].kind == "p" and not text.endswith((".", ")", "!")))
    for index in range(number - 1, -1, -1):
        block = blocks[index]
        if block.kind == "item":
            return index == number - 1 and not article.block_text(block).rstrip().endswith((".", ")", "!"))
        if block.kind == "head":
            return bool(_NUMBERED.match(article.block_text(block)))
    return False


def _panelists(article: Article) -> dict[int, str]:
    """A panel of named people, each answering in a section of their own: the paragraphs of each section are that
    person's. At least two sections. A section opens with
    - a heading that names the person and their role ("Marisol Vega, chief economist at Brightmoor Realty"): its
      paragraphs that speak in the first person, up to the next heading or the first that does not (a reporter's
      paragraph under a heading that names someone is not that person's answer);
    - the name on a line of its own and the role on the next ("Eric Lascelles" / "Chief economist, RBC Global Asset
      Management – Toronto"), or a paragraph that opens with the name and what it is about before a colon
      ("Ashraf Eassa (Qualcomm): It's hard not to ..."): every paragraph up to the next section's."""
    blocks = article.blocks
    heads: list[tuple[int, int, str, bool]] = []  # (where the section's mark is, where its words start, name, strict)
    for number, block in enumerate(blocks):
        text = article.block_text(block).strip()
        match = _PANELIST.match(text) if block.kind == "head" else None
        if match and looks_like_person(match["name"].split()) and \
                (any(w.lower().strip(",.'’") in ROLES for w in match["role"].split()) or
                 re.search(r"\b(?:at|of|for)\s+(?:the\s+)?[A-Z]", match["role"])):
            heads.append((number, number + 1, match["name"], True))
        elif _NAME_LINE.fullmatch(text) and looks_like_person(text.split()) and number + 2 < len(blocks) and \
                _is_role_line(article.block_text(blocks[number + 1]).strip()):
            heads.append((number, number + 2, text, False))
        elif (match := _NAMED_SECTION.match(text)) and looks_like_person(match["name"].split()):
            heads.append((number, number, match["name"], False))
    if len(heads) < 2:
        return {}
    owner: dict[int, str] = {}
    for k, (mark, start, name, strict) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else len(blocks)
        for index in range(start, end):
            block = blocks[index]
            if block.kind == "head" and index != mark and strict:
                break
            if strict:
                words = re.findall(r"[\w'’]+", article.block_text(block).lower().replace("’", "'"))
                if not set(words) & {"i", "i'm", "i'd", "i've", "we", "our", "my", "we're", "me", "us", "i'll", "we'll"}:
                    break
            owner[index] = name
    return owner


#: A person's name alone on a line: "Eric Lascelles".
_NAME_LINE = re.compile(rf"{CAP}[\w'’.-]+(?:\s+{CAP}[\w'’.-]+){{1,3}}")
#: A paragraph that opens with a contributor's name and their subject before a colon: "Ashraf Eassa (Qualcomm): ".
_NAMED_SECTION = re.compile(rf"(?P<name>{CAP}[\w'’.-]+(?:\s+{CAP}[\w'’.-]+){{1,3}})\s+\([^()]{{1,60}}\)\s*:\s+\S")


def _is_role_line(text: str) -> bool:
    """A line that gives a person's role: "Chief economist, RBC Global Asset Management – Toronto"."""
    words = text.split()
    return 1 <= len(words) <= 16 and text[:1].isupper() and not text.endswith((".", "?", "!", "\"", "”")) and \
        (any(w.lower().strip(",.'’") in ROLES for w in words) or bool(re.search(r",\s+[A-Z]", text)))


#: Who a question-and-answer piece interviews: "an interview with Harbour Lines chief Ines Marlow", "Q&A: ...".
_INTERVIEW_WITH = re.compile(r"\b(?i:interview\s+with|q\s*&\s*a\s+with|in\s+conversation\s+with|talking\s+to|"
                             r"speaks\s+to|talks\s+to|sat\s+down\s+with|spoke\s+to|spoke\s+with)\s+"
                             r"(?P<run>[^.:;!?\n]{3,90})")
_PERSON_RUN = re.compile(rf"{CAP}[\w'’.-]+(?:\s+{CAP}[\w'’.-]+){{1,2}}")


def _answers(article: Article, head_text: str) -> dict[int, str]:
    """In a question-and-answer piece printed without labels ("Q&A with author David Wolf": each question a
    paragraph ending in "?", the answer the paragraphs after it), the answers' blocks, each the interviewee's."""
    if not _INTERVIEW_WITH.search(head_text):
        return {}
    questions = {n for n, b in enumerate(article.blocks) if b.kind != "head" and
                 article.block_text(b).rstrip().endswith("?")}
    interviewee = _interviewee(article, head_text) if len(questions) >= 2 else None
    if interviewee is None:
        return {}
    answers: dict[int, str] = {}
    for number in range(min(questions) + 1, len(article.blocks)):
        if article.blocks[number].kind == "head":
            break  # (a section after the interview)
        if number not in questions:
            answers[number] = interviewee
    return answers


def _interviewee(article: Article, head_text: str) -> str | None:
    """The person a question-and-answer piece interviews, whose answers ("A: ...") are theirs: the one its headline
    or introduction says it is "an interview with", else the first person its introduction names."""
    intro = [article.block_text(b) for b in article.blocks[:6]
             if not _SPEAKER_LABEL.match(article.block_text(b))]
    for text in [head_text, *intro]:
        for match in _INTERVIEW_WITH.finditer(text):
            run = match["run"]
            names = [m for m in _PERSON_RUN.finditer(run) if looks_like_person(m.group().split())]
            # "Harbour Lines chief Ines Marlow": the name after a role word is the person's, not the firm's
            after_role = [m for m in names if re.search(r"\b[a-z][\w-]*\s+$", run[:m.start()])]
            if names:
                return (after_role or names)[0].group()
    for text in intro:
        for match in _PERSON_RUN.finditer(text):
            words = match.group().split()
            if looks_like_person(words) and match.group() != article.byline and \
                    not re.match(r"(?:\w+\s+)?by\s", text, re.IGNORECASE):  # (not "Interview by Lucas ...")
                return match.group()
    return None


def _label_speaker(label: str, people: People, uses: dict[str, int]) -> str | None:
    """Who a paragraph's speaker label names: a full name as written ("Sam Wallace"); a surname or first name
    alone, often in capitals ("SØRENSEN", "Kim"), as the person the article introduced by it; else a one-word
    label the transcript uses for two paragraphs or more. "Q:" and "Note:" name no one."""
    words = label.split()
    while len(words) > 2 and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]  # "Professor Ellen Marsh of the University of Leeds:"
    label = " ".join(words)
    if label.lower() in _INTERVIEWER_LABELS:
        return None
    if len(words) >= 2:
        return label if looks_like_person(words) else None
    key = label.lower().rstrip(".")
    known = people.by_last.get(key) or people.by_first.get(key)
    if known is not None:
        return known.name
    if uses.get(label, 0) >= 2 and len(label) >= 3 and label.isupper() and key not in MONTH_WORDS | WEEKDAY_WORDS:
        return label.title()  # a transcript's "KIM:" for someone it never names in full
    return None


def _description(text: str) -> str:
    words = text.split()
    while len(words) > 1 and not (len(words) > 2 and words[1].lower() == "who") and words[0].lower() in ("but", "and", "yet", "so", "however", "meanwhile", "still", "now",
                                                  "the", "a", "an", "one", "another", "this", "that", "some", "many",
                                                  "most", "several", "other", "few", "all", "both", "these", "those",
                                                  "two", "three", "several", "various", "numerous", "other"):
        words = words[1:]
    if words and words[0][:1].isupper() and words[0].lower() in PLURAL_GROUPS:
        # "Analysts said ..." and "..., analysts said" are the same group: its capital is only the sentence's
        words = [words[0].lower(), *words[1:]]
    return " ".join(words) or text


def _opening_subject(view: SentenceView, people: People, before: list[str | None]) -> str | None:
    """The person a sentence opens on: "Blair ..." (someone met before), "He ..." (the subject of a sentence just
    before, else the last named)."""
    toks = view.tokens
    if not toks or view.quoted[0]:
        return None
    if toks[0].low in ("he", "she"):
        if name := next((name for name in reversed(before) if name), None):
            return name
        person = people.last_person_named()
        return person.name if person is not None else None
    run = []
    for tok in toks[:4]:
        if not (tok.word and tok.cap) or tok.low in FUNCTION_WORDS:
            break
        run.append(tok.text)
    for size in range(len(run), 0, -1):
        person = people.find(" ".join(run[:size])) or (people.by_last.get(run[0].lower()) if size == 1 else None)
        if person is not None and not person.org and len(toks) > size and not toks[size].cap:
            return person.name
    return None


def _first_person(view: SentenceView, lo: int, hi: int) -> bool:
    return any(view.tokens[k].low in ("i", "my", "i'm", "i'd", "i'll", "i've", "me") and not view.quoted[k]
               for k in range(lo, hi))


def _is_caption(article: Article, sentences: list[Sentence], index: int) -> bool:
    """A photo caption: it ends with a credit, or the next 'sentence' is only a credit."""
    text = article.text[sentences[index].start:sentences[index].end]
    if CREDIT.search(text):
        return True
    if index + 1 < len(sentences) and sentences[index + 1].block == sentences[index].block:
        nxt = article.text[sentences[index + 1].start:sentences[index + 1].end].strip()
        if nxt.startswith("(") and CREDIT.search(nxt) and len(nxt) < 80:
            return True
    return False


#: Events an article may date ("the final on March 8"), each under one key, and the words in a forecast that are
#: about one ("retain the title" is about the final; "win a majority" about the election).
_EVENTS = {"final": "final", "finals": "final", "election": "election", "elections": "election", "vote": "election",
           "by-election": "election", "byelection": "election", "poll": "election",
           "polls": "election", "referendum": "referendum", "summit": "summit", "meeting": "meeting",
           "ceremony": "ceremony", "awards": "ceremony", "oscars": "ceremony", "hearing": "hearing", "trial": "trial",
           "verdict": "ruling", "ruling": "ruling", "debate": "debate", "launch": "launch", "budget": "budget",
           "runoff": "runoff", "primary": "primary", "inauguration": "inauguration", "deadline": "deadline",
           "decision": "decision", "announcement": "decision"}
_EVENT_WORDS = dict(_EVENTS, **{
    "title": "final", "trophy": "final", "crown": "final", "championship": "final", "champions": "final",
    "majority": "election", "seats": "election", "seat": "election", "ballot": "election", "landslide": "election",
    "turnout": "election",
    "oscar": "ceremony", "award": "ceremony", "statuette": "ceremony", "prize": "ceremony", "category": "ceremony", "rate-setters": "meeting",
    "liftoff": "launch", "lift-off": "launch", "verdicts": "ruling", "rule": "ruling"})


_EVENT_MENTION = re.compile(r"\b(?:" + "|".join(sorted(_EVENTS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


class _Deadlines:
    """The time phrases of each sentence, found once (a sentence is searched for its own forecast and again as
    the context of its neighbours')."""

    def __init__(self, article: Article, sentences: list[Sentence], views: list[SentenceView], said_on: dt.date):
        self.article, self.sentences, self.views, self.said_on = article, sentences, views, said_on
        self.cache: dict[int, list[deadlines_mod.Deadline]] = {}
        self.year_ahead = _year_ahead(article, said_on)
        self.events: dict[str, deadlines_mod.Deadline] | None = None

    def event_day(self, words: str) -> deadlines_mod.Deadline | None:
        """The day of an event the article dates ("the final on March 8", "the election on May 7") that these
        words are about ("India will retain the title", "Labour will win a majority"), if there is one."""
        if self.events is None:
            self.events = {}
            for index, sentence in enumerate(self.sentences):
                text = self.article.text[sentence.start:sentence.end]
                if not _EVENT_MENTION.search(text):
                    continue  # (finding every sentence's time phrases would cost more than the rest together)
                for d in self.of(index):
                    # the event named before the day, in the same clause ("the final on March 8", "the Academy
                    # Awards will be handed out in Hollywood on 27 February")
                    clause = re.split(r"[,;:()]|\b(?:and|but|while|which|who)\b",
                                      text[max(0, d.start - sentence.start - 80):d.start - sentence.start].lower())[-1]
                    before = re.findall(r"[a-z-]+", clause)[-8:]
                    event = next((w for w in reversed(before) if w in _EVENTS), None)
                    if event is None and len(self.of(index)) == 1:
                        # "Polls open at 7am and close at 10pm on Thursday 26 March": the event opens the sentence
                        first = re.findall(r"[a-z-]+", text.lower())[:2]
                        event = first[0] if first and first[0] in _EVENTS else \
                            first[1] if len(first) > 1 and first[0] in ("the", "this") and first[1] in _EVENTS else None
                    if event and d.absolute and _names_a_day(d.phrase) and d.due > self.said_on and \
                            not _past_clause(self.article.text, sentence.start, d):
                        # an event over several days ("Polls open ... on Sunday, March 22, and close ... on Monday,
                        # March 23"): its last day, named in the same sentence within the week
                        later = [e for e in self.of(index) if e.start > d.start and _names_a_day(e.phrase) and
                                 0 < (e.due - d.due).days <= 7]
                        self.events.setdefault(_EVENTS[event], later[-1] if later else d)
        if not self.events:
            return None
        for word in re.findall(r"[a-z-]+", words.lower()):
            event = _EVENT_WORDS.get(word)
            if event in self.events:
                return self.events[event]
        return None

    def of(self, index: int) -> list[deadlines_mod.Deadline]:
        if index not in self.cache:
            sentence = self.sentences[index]
            text = self.article.text[sentence.start:sentence.end]
            found = deadlines_mod.find(text, sentence.start, self.said_on, tokens=self.views[index].tokens,
                                       year_ahead=self.year_ahead)
            dateline = _DATELINE.match(text)
            if dateline:  # "REYKJAVÍK, 5 June 2025 (Nordic Press Agency) – ...": the day it was written
                found = [d for d in found if d.start >= sentence.start + dateline.end()]
            self.cache[index] = found
        return self.cache[index]


def _year_ahead(article: Article, said_on: dt.date) -> dt.date | None:
    """The year a piece written late in a year looks ahead to, when its title names the next one ("10 tech
    predictions for 2026", "Where will mortgage rates be at the end of 2026?"), as that year's first day."""
    title = article.title or ""
    if not title and article.blocks and article.blocks[0].kind == "head":
        title = article.block_text(article.blocks[0])
    if said_on.month >= 9 and re.search(rf"\b{said_on.year + 1}\b", title) and _LOOKS_AHEAD.search(title):
        return dt.date(said_on.year + 1, 1, 1)
    return None


#: A title that looks ahead ("10 tech predictions for 2026", "Where will rates be at the end of 2026?"), not one
#: that only names the year ("Budget 2026: what the chancellor announced").
_LOOKS_AHEAD = re.compile(r"\b(?:predictions?|forecasts?|outlook|expect|expectations|will|what\s+next|preview|calls|"
                          r"bets|picks|prospects|ahead|trends|look(?:ing)?\s+for|(?:to\s+)?watch(?:\s+for)?)\b|\?",
                          re.IGNORECASE)


#: A wire dateline opening a sentence: "REYKJAVÍK, 5 June 2025 (Nordic Press Agency) – ", "SEOUL, Sept 8 (Wire) - ".
_DATELINE = re.compile(rf"^\s*{CAP}[{UPPER}/ .'’-]{{2,40}},\s*[\w ,.]{{0,30}}?(?:\s*\([^)]{{1,40}}\))?\s*[-–—]+\s")


def _build(article: Article, sentence: Sentence, view: SentenceView, attribution: Attribution | None,
           reading: Reading, lo: int, hi: int, claimant: str, said_on: dt.date, source: dict, tags: list[str],
           sentences: list[Sentence], index: int, times: _Deadlines, label_name: str | None = None,
           part: bool = False) -> Proposal:
    quote = article.text[sentence.start:sentence.end]
    label = _SPEAKER_LABEL.match(quote)
    if label and lo == 0 and claimant in (label["name"], label_name):
        lo = next((k for k, t in enumerate(view.tokens) if t.start >= sentence.start + label.end() - 1), lo)
    content_start = view.tokens[lo].start
    content_end = view.tokens[hi - 1].end
    content = article.text[content_start:content_end]
    if attribution is not None and content_start <= attribution.span[0] and attribution.span[1] <= content_end:
        # a parenthetical attribution ("In the meantime, Kazianis says, ...") is left out of the claim's words
        after = article.text[attribution.span[1]:content_end]
        content_words = article.text[content_start:attribution.span[0]] + ("" if after[:1] in ",;" else " ") + after
    else:
        content_words = content
    # deadline: in the forecast's own words, else the sentence, else its paragraph or the heading above
    everywhere = times.of(index)
    if attribution is not None:
        # "X wrote on Friday that ...", "..., the service said on Thursday": when it was said, not by when
        everywhere = [d for d in everywhere if not (
            attribution.speaker.end <= d.start < attribution.verb_start or  # "Kalshi on Tuesday put the odds"
            # "On Sunday, shadow home secretary David Davis claimed judges would get the powers": when he claimed it
            attribution.position == "initial" and attribution.tense in ("past", "perfect") and
            d.end <= attribution.speaker.start and not article.text[sentence.start:d.start].strip(" \"“‘'") and
            (article.text[d.end:d.end + 1] == "," or not article.text[d.end:attribution.speaker.start].strip()) and
            re.match(r"(?:on|last|earlier|yesterday|today)\b", d.phrase.lower()) or  # (or "On Thursday Rangers said")
            attribution.span[0] <= d.start < attribution.span[1] and not (content_start <= d.start < content_end) or
            d.start >= attribution.verb_end and _when_said(article.text[attribution.verb_end:d.start],
                                                           article.text[d.end:d.end + 8], attribution.verb) and
            re.match(r"(?:on|at|last|this|earlier|yesterday|today)\b", d.phrase.lower()))]
    if _DATA_WORDS.search(article.text[sentence.start:sentence.end]):
        # "expect Friday's report to show that employers added 95,000 jobs in May" (said in June): the month the
        # figures are for, just gone, not a deadline eleven months off
        everywhere = [d for d in everywhere if not ((d.due - said_on).days >= 300 and _MONTH_ONLY.search(d.phrase)
                                                    and not re.search(r"(?:19|20)[0-9]{2}", d.phrase))]
    # "a rise of 0.3% from April" (said in June): the month a change is measured from, just gone
    everywhere = [d for d in everywhere if not ((d.due - said_on).days >= 300 and _FROM_MONTH.match(
        (article.text[max(0, d.start - 6):d.start].split() or [""])[-1] + " " + d.phrase))]
    found = [d for d in everywhere if content_start <= d.start and d.end <= content_end] or everywhere
    deadline = _pick_deadline(found, reading, article.text, sentence.start)
    if (deadline is None or not deadline.absolute) and _THAT_TIME.search(article.text, content_start, content_end):
        # "He also warned 43 people would be admitted daily by that date": the day a sentence before named
        deadline = _earlier_deadline(index, said_on, times) or deadline
    if deadline is None:
        deadline = times.event_day(content)
    if deadline is None:
        deadline = _context_deadline(article, sentences, index, said_on, times)
    # confidence: a figure or Kent's words in the forecast, else a negated expectation
    conf = confidence_mod.find(content)
    if conf is None and attribution is not None and not part:
        # "..., according to the Climate Prediction Center, which puts the chance ... at 69 per cent"
        whole = confidence_mod.find(quote)
        if whole is not None and (attribution.verb == "odds" or whole.words is None):
            conf = confidence_mod.Confidence(whole.value, whole.words, whole.start - (content_start - sentence.start),
                                             whole.end - (content_start - sentence.start))
    conf_value: float | None = None
    conf_words: str | None = None
    conf_span: tuple[int, int] | None = None
    if conf is not None:
        conf_value, conf_words = conf.value, conf.words
        conf_span = (content_start + conf.start, content_start + conf.end)
        if attribution is not None and attribution.verb == "odds" and conf_span[1] > content_end:
            conf_span = None
    elif reading.negated_expectation is not None:
        conf_value = 0.3
        conf_words = " ".join(reading.negated_expectation.group().split())
    # the claim's text: the forecast clause without the attribution
    predict_verb = attribution is not None and attribution.verb in PREDICT and attribution.content[0] >= attribution.verb_end
    content_words = _CUT_SECOND_REPORT.split(content_words, maxsplit=1)[0]
    # (`part`: one of two chances in the sentence, read in its own words only)
    chance = _CHANCE_THAT.search(quote if attribution is not None and attribution.verb == "odds" and not part
                                 else content_words)
    if chance and conf_value is not None:
        # "a one in five chance that tariffs take effect", "there is a real risk that X, and we put that risk
        # at one in three": the event is the claim, its chance the confidence
        content_words = _CUT_SECOND_REPORT.split(chance["clause"], maxsplit=1)[0]
        content_words = _CUT_ODDS_CLAUSE.split(content_words, maxsplit=1)[0]
    content_words = _NOTE_AT_END.sub("", content_words)  # "(70 per cent)" is the confidence, not the claim
    own_expectation = _SAID_IT_EXPECTS.match(content_words) if attribution is not None and \
        attribution.verb in ("say", "add", "tell", "announce", "report") else None
    if own_expectation and _EXPECT_TO_AHEAD.match(content_words, own_expectation.end()):
        # "Tesco said it expects profits to rise next year": what it expects is the claim
        content_words, predict_verb = content_words[own_expectation.end():], True
    rephrased = rephrase(content_words, predict_verb=predict_verb, backshift=reading.backshift)
    negated_verb = attribution is not None and attribution.negated and reading.negated_expectation is not None
    if negated_verb or chance and conf_value is not None:
        pass  # the event itself, its (un)likelihood being the confidence: "a deal before the election", 30%
    elif attribution is not None and attribution.position in ("initial", "view") and \
            (attribution.verb in ("odds", "see", "put", "give") or
             attribution.verb == "warn" and re.match(r"of\s", content_words, re.IGNORECASE) or
             predict_verb and rephrased == content_words and
             not reading.backshift and not _has_finite_future(rephrased)):
        # "She expects two further reductions ...", "JPMorgan cut the chances of a deal to 40 per cent": the
        # forecast needs its verb, so the claim reads "Priya Raman expects ...", the speaker named
        verb_and_rest = article.text[attribution.verb_start:content_end]
        earlier = _A_CHANCE.search(article.text, attribution.verb_start, content_start) if part else None
        if earlier is not None:
            # the second of two chances: "gives the SNP" + "just a 9 per cent chance of an outright majority"
            verb_and_rest = article.text[attribution.verb_start:earlier.start()].rstrip() + " " + \
                article.text[content_start:content_end]
        spoken = article.text[attribution.speaker.start:attribution.speaker.end]
        first_person = spoken.lower().split("'")[0] in ("i", "we")
        # "Priya Raman expects ..." for "She expects ..."; but "I expect ..." stays in the speaker's own words
        subject = spoken if first_person or attribution.speaker.kind not in ("name", "org", "pronoun") else claimant
        if re.search(r"['’]s$", subject):
            subject = claimant  # ("The bureau's outlook ... gives": the bureau, by the name found for it)
        panel = _PANEL_BEFORE.search(article.text[max(sentence.start, attribution.speaker.start - 60):
                                                  attribution.speaker.start])
        if subject == claimant and panel:
            subject = panel.group() + subject  # "Analysts polled by Refinitiv expect ...": the panel, by its pollster
        between = article.text[attribution.speaker.end:attribution.verb_start]
        if _AUXILIARIES.fullmatch(between):
            verb_and_rest = between.strip() + " " + verb_and_rest  # "Economists ... are expecting"
        rephrased = f"{subject} {verb_and_rest}"
    text = clean_text(rephrased)
    if text.startswith(claimant + " ") and "according to" in text:
        # "CME Group put the odds ... at 68%" needs no ", according to CME Group" after it
        text = re.sub(rf",\s+according\s+to\s+(?:the\s+)?{re.escape(claimant)}\b[^,.;]*", "", text)
    if len(text) < 8:
        text = clean_text(quote)
    # the score
    score = reading.strength
    kinds = {c.kind for c in reading.cues}
    if len(kinds) > 1:
        score += 0.08
    if deadline is not None and deadline.start >= sentence.start:
        score += 0.12
    if conf_value is not None:
        score += 0.08
    if attribution is not None and attribution.speaker.kind in ("name", "org", "pronoun"):
        score += 0.05
    if reading.conditional:
        score -= 0.08
        if re.match(r"\W*(?:if|unless|should)\b", article.text[view.tokens[lo].start:view.tokens[hi - 1].end], re.IGNORECASE):
            score -= 0.12  # "If Chelsea lose again, they will drop out": what follows a condition set first
    if max(reading.cues, key=lambda c: c.strength).kind == "modal" and attribution is not None and \
            attribution.speaker.kind in ("name", "org", "pronoun", "definite") and \
            attribution.speaker.text.lower() not in ("i", "we") and attribution.verb not in ("odds", "view"):
        score += 0.1  # "X said/believes Y could happen by 2026": a named forecaster's hedged forecast
    elif max(reading.cues, key=lambda c: c.strength).kind == "modal" and attribution is not None and \
            attribution.speaker.kind == "group" and attribution.position == "initial" and \
            attribution.verb in ("say", "believe", "think", "warn", "predict", "suggest", "fear", "expect"):
        # "Analysts believe other companies may now take a closer look", "some economists say unemployment could
        # increase": a group of forecasters' hedged forecast, told as theirs (of those the gold set holds, 28 in
        # 32 are forecasts, where a named speaker's are 22 in 35)
        score += 0.18
    if reading.relative_only and len(reading.cues) == 1 and not (
            attribution is not None and attribution.speaker.kind in ("name", "org", "pronoun") or
            any(q and reading.cues[0].start <= t.start < reading.cues[0].end for t, q in zip(view.tokens, view.quoted))):
        # ("a flawed document that will make the EU less accountable," he said: a speaker's view of what it will do)
        score -= 0.1
    if len(view.tokens) > 70:
        score -= 0.15  # a run-on "sentence" is usually page furniture glued to a sentence
    if reading.habitual:
        score -= 0.2
    if article.blocks[sentence.block].kind == "item" and len(view.tokens) < 6:
        score -= 0.2
    if all(c.kind == "schedule" for c in reading.cues) and conf_value is None:
        score = min(score, 0.45)  # a timetable, however dated ("will meet Sept. 18-19 in Atlanta"): for --all only
    score = round(min(1.0, max(0.0, score)), 2)
    # the cue words, in the order they appear
    spans = [(c.start, c.end) for c in reading.cues]
    if deadline is not None and deadline.start >= sentence.start and deadline.end <= sentence.end:
        spans.append((deadline.start, deadline.end))
    if conf_span is not None and conf_span[0] >= sentence.start and conf_span[1] <= sentence.end:
        spans.append(conf_span)
    spans = sorted(set(spans))
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    cue_spans = [(s - sentence.start, e - sentence.start) for s, e in merged]
    cues = [quote[s:e] for s, e in cue_spans]
    due = deadline.due.isoformat() if deadline is not None else None
    due_text = deadline.phrase if deadline is not None else None
    proposal = Proposal(text=text, claimant=claimant, said_on=said_on.isoformat(), due=due, due_text=due_text,
                        confidence=conf_value, confidence_text=conf_words, tags=list(tags), source=dict(source),
                        quote=quote, score=score, cues=cues, cue_spans=cue_spans)
    proposal.uuid = proposal_uuid(source, quote)
    return proposal


#: A panel before its pollster or firm ("Analysts polled by Refinitiv", "Economists surveyed by Dow Jones", "Analysts
#: at Barclays"): kept in the claim, which the firm's name alone would misreport.
_PANEL_BEFORE = re.compile(r"\b(?:[\w-]+\s+){0,2}(?:analysts|economists|strategists|experts|forecasters|traders|"
                           r"investors|executives|respondents)\s+(?:(?:polled|surveyed|questioned|canvassed|"
                           r"interviewed|asked|tracked)\s+by|at|from)\s+(?:the\s+)?$", re.IGNORECASE)
#: "(said) it expects", "(said) it now expected": the speaker's own expectation, reported.
_SAID_IT_EXPECTS = re.compile(r"(?:it|he|she|they|we)\s+(?:now\s+|still\s+|also\s+)?(?:expects?|expected|anticipates?|"
                              r"anticipated|predicts?|predicted|forecasts?|forecast)\s+", re.IGNORECASE)
_EXPECT_TO_AHEAD = re.compile(r"(?:[\w'’.&%$£€-]+\s+){1,8}?to\s+[a-z]")
#: Auxiliaries between a speaker and the verb ("are expecting", "have also forecast").
_AUXILIARIES = re.compile(r"\s+(?:(?:is|are|was|were|has|have|had|been|also|now|still|already|long|continues\s+to|continue\s+to)"
                          r"\s+)+", re.IGNORECASE)
#: A second reporting clause after the forecast: "..., but warned that ...", "and added that ...".
_CUT_SECOND_REPORT = re.compile(r",?\s+(?:but|and)\s+(?:also\s+)?(?:warned|added|said|noted|cautioned|stressed|"
                                r"insisted|argued|conceded)\b")
#: "(There is) a 60% chance that X", "a real risk that X": the event is X.
_CHANCE_THAT = re.compile(r"\b(?:chance|chances|probability|likelihood|risk|possibility|odds)\s+that\s+"
                          r"(?P<clause>.+)$", re.IGNORECASE | re.DOTALL)
#: ", and we put that risk at one in three": the odds given after the event.
_CUT_ODDS_CLAUSE = re.compile(r",?\s+(?:and|but)\s+(?:we|i|they|he|she|it)\s+(?:put|puts|give|gives|make|makes|rate|"
                              r"rates|see|sees|estimate|estimates|reckon|reckons)\b", re.IGNORECASE)


_NOTE_AT_END = re.compile(r"\s*[(\[][^()\[\]]{1,40}(?:%|per\s*cent|percent)[^()\[\]]{0,20}[)\]]\s*$", re.IGNORECASE)


def _when_said(between: str, after: str, verb: str) -> bool:
    """Is a day just after a speech verb when it was said: right after it ("said on Thursday"), or after its
    listener and place and before its words ("told supporters in Falkirk on Saturday that ...")? Not after a
    forecasting verb's object ("expects a deal on Friday, ...")."""
    if not between.strip():
        return True
    if re.fullmatch(r"\s*in\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:note|report|statement|research note|"
                    r"interview|post|letter|blog|update|outlook|briefing|speech|filing|memo)s?\s*", between) and \
            re.match(r"\s*(?:that\b|,)", after):
        return True  # "Citi forecast in a note on Tuesday that ...": when the note came out
    if verb not in ("say", "tell", "write", "post", "add", "note", "tweet", "announce", "state", "declare", "warn",
                    "argue", "insist", "claim", "report", "explain", "stress"):
        return False
    words = between.split()
    return len(words) <= 5 and not re.search(r"\b(?:that|will|would|to)\b|[,;:]", between) and \
        bool(re.match(r"\s*(?:that\b|,)", after))


def _has_finite_future(text: str) -> bool:
    return bool(re.search(r"\b(?:will|won't|shall|would|'ll|going to|is|are|was|were|could|may|might)\b", text))


_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|while|whereas|although|though|because|since|after|before|when)\b",
                           re.IGNORECASE)


#: Words of a release of figures, whose month is the one they measure: "the August numbers", "jobs in May".
_DATA_WORDS = re.compile(r"\b(?:report|data|figures|numbers|reading|print|payrolls|CPI|inflation|jobs|sales|"
                         r"unemployment|output|GDP|survey|index)\b", re.IGNORECASE)
_FROM_MONTH = re.compile(r"^(?:from|since)\s+(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|"
                         r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$", re.IGNORECASE)
_MONTH_ONLY = re.compile(r"^(?:in|for|during)\s+(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|"
                         r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$", re.IGNORECASE)


def _pick_deadline(found: list[deadlines_mod.Deadline], reading: Reading, text: str, sentence_start: int):
    """The deadline of the forecast: the first time phrase after its first cue, else the last before it;
    phrases that say they are a time ("by March") before bare names ("an ice-free September")."""
    if not found:
        return None
    # "down from $1.33 today": the day itself is a deadline only when the sentence names no other
    found = [d for d in found if d.phrase.lower() not in ("today", "now", "tonight", "this morning")] or found
    marked = [d for d in found if d.marked] or found
    first_cue = min((c.start for c in reading.cues), default=0)
    after = [d for d in marked if d.start >= first_cue and not (
        # "..., a slightly lower path than it projected over the summer": a later clause about the past
        _CLAUSE_BREAK.search(text[first_cue:d.start]) and _past_clause(text, sentence_start, d))]
    years = [d for d in after if d.due.month == 12 and d.due.day == 31 and _YEAR_LEVEL.search(d.phrase)]
    if len(years) >= 2 and len({d.due.year for d in years}) >= 2:
        # "growth of 4.3% in 2005 and 4.2% in 2006", "if not this year then next": a run of forecasts year by
        # year is due when its last year ends
        return max(years, key=lambda d: d.due)
    if len(after) >= 2 and _BARE_SEASON.fullmatch(after[0].phrase) and _A_YEAR.search(after[1].phrase):
        return after[1]  # "ice-free in summer by the year 2035": when, within the year that is the deadline
    if after:
        return after[0]
    for d in reversed([d for d in marked if d.start < first_cue]):
        # "By the end of 2025, most people will ...": a phrase before the cue counts unless it sits in a clause
        # about the past ("ran a blinder at Aintree in April and I think he will ...")
        opens = not text[sentence_start:d.start].strip(" \"“‘'(")
        if opens or not _CLAUSE_BREAK.search(text[d.end:first_cue]) or not _past_clause(text, sentence_start, d):
            return d
    return None


#: Figures reported for a time gone: "grew at 3.7% in the third quarter", "widened to $55.5bn in October".
_FIGURES_GONE = re.compile(r"\b(?:grew|rose|fell|dropped|slipped|climbed|widened|narrowed|increased|decreased|expanded|"
                           r"shrank|contracted|jumped|slumped)\b[^.;]{0,60}?(?:[0-9.]+\s*%|\$[0-9]|£[0-9]|[0-9.]+\s*"
                           r"(?:per\s*cent|percent|bn|billion|m\b|million))|"
                           r"\b(?:was|were)\s+(?:[$£€][0-9]|[0-9.]+\s*(?:%|per\s*cent|percent))|"
                           r"\b(?:up|down)\s+[0-9.]+\s*(?:%|per\s*cent|percent)\s+(?:from|on)\b", re.IGNORECASE)
def _reports_figures(attribution: Attribution, sentence: str) -> bool:
    """Does an organisation only report figures for a time gone ("The trade shortfall was $55.5bn, up 9% from
    September, the Commerce Department said"), so that it is no forecaster (unlike "USDA's forecast puts the crop at
    1.31 billion bushels, down 3% from 2025")?"""
    return attribution.verb in ("say", "according", "show") and _FIGURES_GONE.search(sentence) is not None


#: A season with no year: "in summer", "during the winter".
_BARE_SEASON = re.compile(r"(?:in|during)\s+(?:the\s+)?(?:summer|winter|spring|autumn|fall)", re.IGNORECASE)
_A_YEAR = re.compile(r"\b(?:19|20)[0-9]{2}\b")
#: A time phrase that names a whole year: "in 2006", "next year", "this year", "2005".
_YEAR_LEVEL = re.compile(r"^(?:(?:in|for|by|during|of|to|and)\s+)?(?:(?:19|20)[0-9]{2}|(?:this|next|last)\s+year)$",
                         re.IGNORECASE)


def _past_clause(text: str, sentence_start: int, d: deadlines_mod.Deadline) -> bool:
    """Is the clause around this time phrase in the past tense ("ran a blinder at Aintree in April")?"""
    before = text[sentence_start:d.start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    start = sentence_start + (breaks[-1].end() if breaks else 0)
    clause = text[start:d.end]  # the words that lead up to the phrase, where its verb is
    from .forecasts import _is_past_verb

    # a reporting verb ("said the chances of ... on March 29") does not make the phrase's own clause past, nor
    # does a participle used as an adjective ("the 30-year fixed rate", "an expected rise")
    words = re.findall(r"[\w'-]+", clause)
    if re.match(r"\W*(?:once|when|after|until|till|before|if)\s+(?:\w+ly\s+)?\w+ed\b", clause, re.IGNORECASE):
        return False  # "Once completed in 2005, Blue Gene/L will be ...": a participle of what is to come
    if (not re.search(r"\w", text[start:d.start]) or _OPENING_SETTING.fullmatch(text, start, d.start)) and \
            (start == sentence_start or text[start - 1] in ",;:"):
        # the phrase opens its clause ("On Tuesday, executives for the trade group asked ...", "In a tweet Tuesday
        # morning, Trump said ..."): its verb follows
        rest = text[d.end:d.end + 160]
        ends = re.search(r"[;:.!?]\s|\bthat\b", rest)
        after = re.findall(r"[A-Za-z']+", rest[:ends.start()] if ends else rest)[:14]
        for k, w in enumerate(after):
            if w.lower() in ("will", "would", "'ll", "shall", "to", "is", "are", "could", "may", "might", "should"):
                break
            if _is_past_verb(w.lower()) and w.lower() not in ("expected", "scheduled", "set", "due"):
                if k == 0:
                    break  # a participle ("for the fourth quarter, compared with ..."), not a clause's verb
                return True
    # (nor does reported speech's "were likely to", "was expected to": the tense of the report, not of the event)
    return any(_is_past_verb(w.lower()) and w.lower() not in SPEECH and
               not (k and (words[k - 1].lower() in _DETERMINERS or "-" in words[k - 1] or words[k - 1][:1].isdigit()))
               and not (w.lower() in ("was", "were") and k + 1 < len(words) and words[k + 1].lower() in _REPORTED_AHEAD)
               for k, w in enumerate(words) if re.fullmatch(r"[A-Za-z']+", w))


#: A clause's opening setting before its time phrase: "In a tweet (Tuesday morning)", "At a rally (on Friday)".
_OPENING_SETTING = re.compile(r"\W*(?:in|at|during)\s+(?:a|an|the|his|her|its|their)\s+[\w-]+(?:\s+[\w-]+)?\s+",
                              re.IGNORECASE)


_REPORTED_AHEAD = {"likely", "unlikely", "expected", "set", "due", "going", "sure", "certain", "bound", "poised",
                   "forecast", "projected", "predicted", "on"}


_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those",
                # a passive in the present or future ("the awards are handed out on Sunday") is not the past
                "is", "are", "be", "being", "will", "get", "gets"}


def _probably_past(deadline: deadlines_mod.Deadline, said_on: dt.date) -> bool:
    """A day without a year that lands most of a year ahead ("on Jan. 3" said on 10 January) was most likely
    a day just gone; near a forecast it is not its deadline."""
    return not re.search(r"\b(?:19|20)[0-9]{2}\b", deadline.phrase) and (deadline.due - said_on).days > 300


_DAYS_OWN = re.compile(r"\b((?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s\b", re.IGNORECASE)


#: A weekday set as a time limit: "(to be concluded) by midnight on Monday", "before noon on Friday".
_BY_A_DAY = re.compile(r"\b(?:by|before|until|till)\s+(?:midnight|noon|[0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:[ap]\.?m\.?)?)\s+$",
                       re.IGNORECASE)


def _weekday_only(phrase: str) -> bool:
    """'on Tuesday' in a neighbouring sentence is usually a day just gone; only a heading's weekday is a date."""
    return bool(re.fullmatch(r"(?:on\s+|by\s+|this\s+|next\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\w*",
                             phrase.strip().lower()))


#: A line that says who posted something and when, above or below it: no section heading.
_POSTED_LINE = re.compile(r"\W*(?:posted|written|submitted|published)\b[^.]{0,40}?\bby\b", re.IGNORECASE)
#: A head line that is only a byline or a date: not a section heading.
_BYLINE_OR_DATE = re.compile(r"^(?:(?:by|written by)\s.{1,80}|(?:[\w,.]+\s+){0,2}[0-9]{1,4}[\w ,.:/-]{0,30})$", re.IGNORECASE)


_YEAR_ONLY = re.compile(r"(?:(?:by|in|until|before|for|during|through|over)\s+)?(?:the\s+end\s+of\s+)?(?:19|20)[0-9]{2}",
                        re.IGNORECASE)


#: A word of a date or a time: "Jul", "24", "2012", "6:10am", "EDT".
_DATE_WORD = re.compile(r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|[0-9]{1,4}(?:st|nd|rd|th)?|"
                        r"[0-9]{1,2}[:.][0-9]{2}(?i:am|pm|a\.m\.|p\.m\.)?|(?i:am|pm|a\.m\.|p\.m\.)|[A-Z]{2,4}T|GMT|UTC")


def _date_piece(text: str) -> bool:
    """Is this heading only a piece of a date or a time ("Jul", "24", "2012", "6:10am, EDT")? (Word by word: one
    pattern over the whole line would backtrack without end on a long run of digits.)"""
    words = [w for w in re.split(r"[,/\s-]+", text.strip()) if w]
    return bool(words) and len(words) <= 6 and all(_DATE_WORD.fullmatch(w) for w in words)


#: A time named by pointing back: "by then", "by that date", "until that point".
_THAT_TIME = re.compile(r"\b(?:[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore)\s+(?:then|that\s+(?:date|day|time|point|deadline))\b(?!-)")


def _earlier_deadline(index: int, said_on: dt.date, times: _Deadlines):
    """The last day or year ahead named in the three sentences before, the nearest first: what "by then" is."""
    for other in range(index - 1, max(-1, index - 4), -1):
        ahead = [d for d in times.of(other) if d.absolute and d.due > said_on and not _probably_past(d, said_on)]
        if ahead:
            return ahead[-1]
    return None


def _context_deadline(article: Article, sentences: list[Sentence], index: int, said_on: dt.date, times: _Deadlines):
    """A date or year in the same paragraph (nearest sentence first), else in the heading above."""
    sentence = sentences[index]
    in_block = [s for s in sentences if s.block == sentence.block]
    # a paragraph's other sentences; in a page flattened to one long block, only the sentences next to it
    reach = 1 if len(in_block) > 8 else 3
    same = [s for s in in_block if s.index != sentence.index and -1 <= sentence.index - s.index <= reach]
    same.sort(key=lambda s: (abs(s.index - sentence.index), s.index > sentence.index))
    for other in same:
        for deadline in times.of(other.index):
            if deadline.absolute and not _probably_past(deadline, said_on) and \
                    not (_weekday_only(deadline.phrase) and
                         not _BY_A_DAY.search(article.text, max(0, deadline.start - 40), deadline.start) and
                         not deadline.phrase.lower().startswith("by ")) \
                    and deadline.due > said_on and not _past_clause(article.text, other.start, deadline) and \
                    not (_YEAR_ONLY.fullmatch(deadline.phrase.strip()) and abs(other.index - sentence.index) > 1):
                return deadline
    nearest = True
    in_list = article.blocks[sentence.block].kind == "item"
    for block_index in range(sentence.block - 1, -1, -1):
        # the section heading above ("Quarter-final: Spain v Italy (Friday, 3pm)"); past it, up to the title,
        # only a day within the fortnight ("Saturday tips: ..."); a dateline is no deadline. A list's items are
        # about the heading above them, even when that is the title ("My predictions for 2026")
        block = article.blocks[block_index]
        if block.kind == "head":
            text = article.block_text(block)
            if _POSTED_LINE.match(text):
                continue  # "Posted by: Clive Robinson at November 8, 2012 7:02 AM": when a comment was written
            if in_list and _BYLINE_OR_DATE.match(text) or _date_piece(text) and any(
                    0 <= k < len(article.blocks) and _date_piece(article.block_text(article.blocks[k]))
                    for k in (block_index - 1, block_index + 1)):
                continue  # (nor a dateline set over several lines: "24" / "Jul" / "2012" / "6:10am, EDT")
            # "Friday’s storms": a heading names the day its section is about, today or in the next few days (not
            # "Thursday’s storms" on a Friday, gone); the same length, so offsets hold
            text = _DAYS_OWN.sub(lambda m: m.group(1) + "  " if (_WEEKDAYS.index(m.group(1).lower()) -
                                                                  said_on.weekday()) % 7 <= 3 else m.group(), text)
            for deadline in deadlines_mod.find(text, block.start, said_on):
                # (not "Nov. 5: Late Poll Gains ..." said on November 6: the day the post is about, gone; but
                # "Friday’s storms" on a Friday is today's)
                if deadline.absolute and (deadline.due > said_on or deadline.due == said_on and
                                          _weekday_only(deadline.phrase)) and \
                        not _probably_past(deadline, said_on) and (nearest or (deadline.due - said_on).days <= 14):
                    return deadline
            nearest = False
    if times.year_ahead is not None:
        # a piece about the year ahead ("10 tech predictions for 2026"): a forecast naming no time is about that year
        year = times.year_ahead.year
        return deadlines_mod.Deadline(str(year), dt.date(year, 12, 31), -1, -1, True)
    return None
