"""Finding the deadline phrases in a stretch of article text and reading them relative to the day it was said.

Every run of words that starts where a time phrase can start ("by", "within", "before", "until", "in", a month,
a weekday, a year...) is offered, longest first, to `claimtrack.phrases.read_article_due`; the longest reading
wins at each start. A bare month ("May", "March") counts only after a preposition or before a day or year, since
it is more often a verb; a phrase that lands before the day the words were said is not a deadline.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from claimtrack.phrases import _add_months, _count, read_article_due

from .lexicon import MONTH_WORDS, WEEKDAY_WORDS
from .tokens import Tok, tokenize

_STARTS = {
    "by", "in", "within", "before", "until", "till", "through", "during", "on", "over", "ahead", "prior", "no", "into",
    "next", "this", "later", "early", "mid", "late", "end", "tomorrow", "tonight", "today", "year-end",
    "christmas", "easter", "thanksgiving", "halloween", "new", "mid-year", "for", "at", "come", "first", "second",
    "third", "fourth", "final", "first-quarter", "second-quarter", "third-quarter", "fourth-quarter", "current",
    "coming", "beyond", "valentine's", "boxing", "ends", "ending", "finish", "finishes", "finishing", "close",
    "closes", "closing", "labor", "labour", "memorial", "independence", "veterans", "another", "midway", "halfway",
    "between",
} | WEEKDAY_WORDS | {w for w in MONTH_WORDS if w not in ("may", "march", "jan", "mar", "sat", "sun")}
_AMBIGUOUS_MONTHS = {"may", "march", "mar", "jan"}
# Phrases that say when but set no deadline: never offered.
_VAGUE = re.compile(r"\b(?:soon|shortly|eventually|someday|one day|near future|coming (?:days|weeks|months|years)|"
                    r"this\s+morning|"  # (the time of writing or of an offer, not a deadline; "this afternoon" is one)
                    r"long run|long term|short term|medium term|foreseeable future)\b", re.IGNORECASE)
_MAX_WORDS = 10


_DEADLINE_PREPS = ("by ", "before ", "within ", "until ", "till ", "through ", "in ", "on ", "over ", "during ",
                   "no later than ", "ahead of ", "prior to ", "next ", "this ", "later ", "tomorrow", "tonight",
                   "end ", "early ", "mid", "late ", "come ", "beyond ", "halfway ")


@dataclass(frozen=True)
class Deadline:
    phrase: str
    due: dt.date
    start: int  # absolute positions in the article text
    end: int
    absolute: bool  # names a date, month, weekday or year (usable as context for a nearby sentence)

    @property
    def marked(self) -> bool:
        """Does it say it is a time ("by March", "next week", "full-year"), rather than being a bare name of a
        month, day or year ("an ice-free September", "2025")?"""
        low = self.phrase.lower().strip(".")
        return low.startswith(_DEADLINE_PREPS) or not (low in MONTH_WORDS or low in WEEKDAY_WORDS or
                                                       re.fullmatch(r"(?:19|20)[0-9]{2}", low))


#: Words after which "March" or "May" is the month: a forecast's object ("still expects March").
_MONTH_AFTER = {"expects", "expect", "expected", "sees", "see", "predicts", "predict", "forecasts", "backs", "tips",
                "until", "till", "through", "before", "since", "from", "early", "late", "mid", "last", "next"}


_SEASONS = {"winter", "summer", "spring", "autumn"}


def _a_season(tokens: list[Tok], i: int) -> bool:
    """A season named as what is forecast, "a wetter-than-average winter", "a hot, dry summer" (not "winter fuel
    payments" or "a spring statement")."""
    k = i - 1
    while k >= 0 and i - k <= 4 and (tokens[k].text == "," or tokens[k].word and not tokens[k].cap and
                                     tokens[k].low not in ("a", "an", "the", "this", "last", "next")):
        k -= 1
    if k < 0 or tokens[k].low not in ("a", "an") or k >= 1 and tokens[k - 1].low in ("not", "than", "of", "like"):
        return False  # (not "a multi-year event, not a bad summer")
    return i + 1 >= len(tokens) or not tokens[i + 1].word or tokens[i + 1].low in (
        "for", "in", "across", "with", "and", "ahead", "than", "on", "over", "at", "to", "as", "after", "before")


def _is_start(tokens: list[Tok], i: int) -> bool:
    low = tokens[i].low.rstrip(".")
    if tokens[i].bare in WEEKDAY_WORDS and tokens[i].bare != low:
        # "Saturday's trip to Everton" is a day ahead; "the reaction to Sunday's move" is one gone ("Saturday's Six
        # Nations contest": the event may carry its name)
        k = i + 1
        while k < len(tokens) and k - i <= 3 and tokens[k].cap and tokens[k].word and \
                tokens[k].bare.rstrip("s") not in _EVENT_TAILS | _OUTINGS:
            k += 1
        return k < len(tokens) and tokens[k].bare.rstrip("s") in _EVENT_TAILS | _OUTINGS and \
            (k == i + 1 or tokens[k].bare not in _PUBLISHED)  # (not "Sunday's Battleground State Polls": out)
    if tokens[i].bare in ("tomorrow", "tonight") and tokens[i].bare != low:
        return True  # "during tomorrow's total solar eclipse": the eclipse is tomorrow
    if low in WEEKDAY_WORDS and (i > 0 and tokens[i - 1].cap and tokens[i - 1].word and
                                 tokens[i - 1].low not in _STARTS and tokens[i - 1].low not in MONTH_WORDS or
                                 low == "wednesday" and (
                                     i + 1 < len(tokens) and tokens[i + 1].low in _CLUB_AFTER or
                                     i > 0 and tokens[i - 1].low in ("fancy", "back", "tip", "beat", "against", "versus",
                                                                     "v", "vs", "a", "former"))):
        # "Sheffield Wednesday", "Black Friday"; "Wednesday will finish ...", "a Wednesday victory": the one club a
        # weekday names (not "Friday will likely feature an arcing band of storms": the day)
        return False
    if low in ("black", "cyber") and i + 1 < len(tokens) and tokens[i + 1].low == ("friday" if low == "black" else "monday"):
        return True  # "Black Friday 2019", "by Cyber Monday": the shopping days after Thanksgiving
    if low == "in" and i > 0 and tokens[i - 1].low == "time":
        return False  # "for the second time in six years": how long since, not a deadline
    if low in _STARTS:
        return True
    if low in _SEASONS and _a_season(tokens, i):
        return True  # "points to a wetter-than-average winter": the coming one
    if "-" in low and all(part in MONTH_WORDS for part in low.split("-")):
        return True  # "June-September"
    if re.fullmatch(r"(?:19|20)[0-9]{2}|q[1-4]|h[12]|mid-(?:19|20)[0-9]{2}|mid-\w+|fy(?:20)?[0-9]{2}", low):
        return True
    if low in ("spring", "summer", "autumn", "fall", "winter", "full-year") and i + 1 < len(tokens) and \
            (low == "full-year" or re.fullmatch(r"(?:19|20)[0-9]{2}", tokens[i + 1].low)):
        return True  # "Summer 2025", "full-year profit"
    if low in _AMBIGUOUS_MONTHS and tokens[i].cap and i > 0 and tokens[i - 1].low in _MONTH_AFTER:
        return True  # "Santander still expects March"
    if low in _AMBIGUOUS_MONTHS and tokens[i].cap and i + 1 < len(tokens):
        return bool(re.fullmatch(r"[0-9]{1,4}(?:st|nd|rd|th)?", tokens[i + 1].low))
    if (low.isdigit() and len(low) <= 2 or re.fullmatch(r"[0-9]{1,2}[-–][0-9]{1,2}", low)) and i + 1 < len(tokens):
        # ("24-26 June": a run of days)
        return tokens[i + 1].low.rstrip(".") in MONTH_WORDS or tokens[i + 1].low in ("st", "nd", "rd", "th")
    return False


#: The words a time phrase can end with: only spans ending in one are offered to the phrase reader.
_TAIL_WORDS = MONTH_WORDS | WEEKDAY_WORDS | {
    "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "weekend", "quarter", "quarters",
    "half", "spring", "summer", "autumn", "fall", "winter", "christmas", "eve", "easter", "sunday", "thanksgiving",
    "halloween", "tomorrow", "tonight", "today", "morning", "afternoon", "evening", "night", "year-end", "end",
    "time", "now", "decade", "q1", "q2", "q3", "q4", "h1", "h2", "mid-year", "year's", "full-year", "fortnight",
    "minutes", "minute", "min", "mins", "hours", "hour", "hrs", "away",
}


def _tail(tok: Tok) -> bool:
    low = tok.low.rstrip(".")
    return low in _TAIL_WORDS or tok.bare in WEEKDAY_WORDS or tok.bare in ("tomorrow", "tonight") or low[:1].isdigit() or low.startswith("mid-") or \
        tok.bare in ("weekend", "week", "month") and low.endswith(("'s", "’s")) or \
        low.split("-")[-1] in MONTH_WORDS or \
        low.endswith("-quarter") or low.split("-")[-1] in _EVENT_TAILS or re.fullmatch(r"fy(?:20)?[0-9]{2}", low) is not None


_EVENT_TAILS = {"election", "elections", "vote", "referendum", "summit", "meeting", "talks", "deadline", "match",
                "game", "final", "race", "conference", "hearing", "trial", "verdict", "ruling", "budget", "poll",
                "polls", "primary", "debate", "session", "convention", "olympics", "cup", "tournament", "season",
                "playoffs", "opening", "inauguration", "visit", "anniversary", "midterms", "ballot", "runoff",
                "recess", "holidays", "paralympics", "games", "congress", "deal", "negotiations", "results", "earnings",
                "report", "figures", "data", "release", "statement", "decision"}


#: What is published on a day, and read after it: "Sunday's Battleground State Polls".
_PUBLISHED = {"poll", "polls", "results", "figures", "data", "report", "statement", "release", "earnings", "decision"}


#: Words after a weekday that make it a club's name ("Wednesday will finish", "Former Wednesday captain").
_CLUB_AFTER = {"will", "are", "is", "have", "has", "were", "'s", "would", "could", "fans", "manager", "captain", "side",
               "team", "squad", "victory", "win", "defeat", "supporters", "head", "coach", "striker", "defender",
               "midfielder", "goalkeeper", "boss", "chairman", "owner", "players"}


#: What a day's possessive names ahead of it, beyond the events: "Saturday's trip", "Sunday's clash".
_OUTINGS = {"trip", "clash", "derby", "fixture", "showdown", "opener", "tie", "visit", "encounter", "contest",
            "session", "kick-off", "kickoff", "start", "launch", "count", "announcement", "set-to", "showpiece"}


#: Words before a time phrase that make it no deadline: a time gone ("last December") or a comparison ("than this
#: year", "than in 2024").
_NOT_AHEAD = {"last", "than", "past", "previous", "since", "earlier"}


#: A part of a year named without its number ("by December", "the end of the year", "the first half of the year",
#: "by the summer", "the third quarter"): in a piece about the year ahead it is that year's.
_PART_OF_YEAR = re.compile(r"\b(?:year|year-end|quarter|half|spring|summer|autumn|fall|winter|"
                           r"jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|"
                           r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b", re.IGNORECASE)
_NOW_WORDS = re.compile(r"\b(?:this|next|last|current|coming|week|weeks|weekend|days?|tomorrow|today|tonight|"
                        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|[0-9]{1,2}(?:st|nd|rd|th)?)\b|(?:19|20)[0-9]{2}",
                        re.IGNORECASE)


#: A financial year's end, said where it is named: ", which closes on June 30".
_YEAR_CLOSES = re.compile(r",?\s*(?:which|that)\s+(?:closes|ends|runs\s+to|finishes)\s+on\s", re.IGNORECASE)


def _read(phrase: str, said_on: dt.date, year_ahead: dt.date | None) -> dt.date | None:
    phrase = re.sub(r"^(tomorrow|tonight)['’]s$", r"\1", phrase, flags=re.IGNORECASE)
    due = read_article_due(phrase, said_on)
    if year_ahead is not None and (due is None or (due - said_on).days <= 31) and \
            _PART_OF_YEAR.search(phrase) and not _NOW_WORDS.search(phrase):
        # "My predictions for 2026", said on December 29: "at the end of the year" is 2026's end (only a part
        # of the year already gone or within the month left: "in the fourth quarter" said in October is this one)
        return read_article_due(phrase, year_ahead) or due
    return due


#: "in nine years", "in a decade": a span that, after a superlative, looks back ("the first fall in nine years").
_SPAN_GONE = re.compile(r"in\s+(?:(?:more\s+than|over|almost|nearly|at\s+least)\s+)?(?:a|an|[0-9]+|[a-z]+(?:-[a-z]+)?)\s+"
                        r"(?:years?|months?|weeks?|decades?|days?|quarters?)$", re.IGNORECASE)
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:first|only|last|most|least|record|best|worst|biggest|largest|highest|lowest|"
                                 r"smallest|fastest|slowest|steepest|sharpest|strongest|weakest|deepest|longest|"
                                 r"shortest|heaviest|greatest|busiest|wettest|driest|hottest|coldest|warmest|poorest|"
                                 r"richest|cheapest|earliest|quickest|closest|widest|tightest|hardest|toughest)\b"
                                 r"(?![^,;.]*\b(?:will|would|by|within)\b)[^,;.]*$", re.IGNORECASE)


def find(text: str, offset: int, said_on: dt.date, tokens: list[Tok] | None = None,
         year_ahead: dt.date | None = None) -> list[Deadline]:
    """Every deadline phrase in `text` (which starts at `offset` in the article), in order, without overlaps.
    `tokens` may be given when the caller has already cut `text` into words. `year_ahead` is the first day of
    the year a piece looks ahead to ("10 predictions for 2026"), if it is one: a part of a year named without its
    number is read in that year."""
    if tokens is None:
        tokens = tokenize(text, offset)
    found: list[Deadline] = []
    i = 0
    while i < len(tokens):
        if not _is_start(tokens, i) or (i > 0 and tokens[i - 1].low in _NOT_AHEAD):
            # "Last December we forecast ...", "slower than this year": a time gone or a comparison, no deadline
            i += 1
            continue
        if tokens[i].text in ("Today", "Tonight") and i > 0 and (
                tokens[i - 1].low.endswith(("'s", "’s")) or
                i + 1 < len(tokens) and tokens[i + 1].low in ("programme", "program", "show", "newspaper", "paper")):
            i += 1  # "BBC Radio 4's Today programme": a title, not a day
            continue
        best = None
        for j in range(min(len(tokens), i + _MAX_WORDS), i, -1):
            last = tokens[j - 1]
            if not last.word or not (_tail(last) or j == i + 1):
                continue
            if any(t.text in ";:!?\"“”()" for t in tokens[i:j]):
                continue
            phrase = text[tokens[i].start - offset:last.end - offset]
            if _VAGUE.search(phrase):
                continue
            if "financial year" in phrase.lower() and _YEAR_CLOSES.match(text, last.end - offset):
                continue  # "this financial year, which closes on June 30": the day it names
            due = _read(phrase, said_on, year_ahead)
            if due is not None:
                best = (j, phrase, due)
                break
            if _YEAR.fullmatch(last.low) and read_article_due(phrase, said_on, past=True) is not None:
                # "the second quarter of 2026" said later than that: a time gone, and so is any part of it
                best = (j, phrase, None)
                break
        if best is not None and best[2] is None:
            i = best[0]
            continue
        if best is None:
            i += 1
            continue
        j, phrase, due = best
        if _OF_A_TIME_GONE.match(text, tokens[j - 1].end - offset):
            i = j  # "In July last year, the number ... surpassed ...": a time gone
            continue
        # "in April" wins over "April" when the preposition comes first; "by" alone is never read
        start, end = tokens[i].start, tokens[j - 1].end
        if found and (_RANGE.fullmatch(text[found[-1].end - offset:start - offset]) and due > found[-1].due or
                      _LIKELIER.fullmatch(text[found[-1].end - offset:start - offset])):
            # "by 2026 or 2027", "in March or April": the later end of the range; "to at least late 2020, and more
            # likely 2021": the likelier one
            previous = found.pop()
            start, phrase = previous.start, text[previous.start - offset:end - offset]
        if phrase.lower().startswith("on ") and re.search(r"\b(?:before|until)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+){0,3}\s*$",
                                                           text[max(0, start - offset - 50):start - offset]):
            # "before the window shuts on September 1": the day before that day
            before = re.search(r"\b(?:before|until)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+){0,3}\s*$",
                               text[max(0, start - offset - 50):start - offset])
            lead = max(0, start - offset - 50) + before.start()
            if text[lead:].lower().startswith("before"):
                due = due - dt.timedelta(days=1)
                if due < said_on:
                    i = j
                    continue
            start, phrase = offset + lead, text[lead:end - offset]
        after = re.match(r"\s+(?:or|and|to|then)\s+(?:the\s+)?next\b(?!\s+(?:year|month|week|season|quarter|decade)\b)",
                         text[end - offset:])
        this = re.search(r"\bthis\s+(year|month|week|season|quarter|decade)$", phrase, re.IGNORECASE) if after else None
        if this:
            # "this year or next": the later end of the two
            later = _read(f"next {this.group(1)}", said_on, year_ahead)
            if later is not None:
                end = end + after.end()
                phrase, due = text[start - offset:end - offset], later
        if _MONTH_DAY.fullmatch(phrase) and i > 0 and tokens[i - 1].low.endswith(("'s", "’s")) and j < len(tokens) and \
                tokens[j].word and not tokens[j].cap and due.year > said_on.year and \
                (gone := _this_year(phrase, said_on)) is not None and gone < said_on:
            i = j  # "about Trump's July 25 call", said in November: the day of a call gone, not next July's
            continue
        if _SPAN_GONE.match(phrase) and _SUPERLATIVE_BEFORE.search(text[max(0, start - offset - 60):start - offset]):
            i = j  # "the first annual fall in nine years", "its lowest level in five years": a span looking back
            continue
        found.append(Deadline(phrase, due, start, end, _absolute(phrase)))
        i = j
    for match in _HORIZON.finditer(text):
        # "raised its three-month arabica forecast to $4.10", "a 12-month price target of $250": a forecast's own
        # horizon, from the day it was said
        start, end = offset + match.start(), offset + match.end("unit")
        if any(d.start < end and start < d.end for d in found):
            continue
        due = _add_months(said_on, _count(match["n"].lower()) * (12 if match["unit"].lower() == "year" else 1))
        found.append(Deadline(text[match.start():match.end("unit")], due, start, end, False))
    for match in _TAKES.finditer(text):
        # "It will take six years to digitise the collection", "These claims could take up to two years", "is
        # expected to last two months": done within that span of the day said (not "at least": a floor, no deadline)
        start, end = offset + match.start("take"), offset + match.end()
        due = read_article_due(f"within {match['n']} {match['unit']}", said_on)
        if due is None or any(d.start < end and start < d.end for d in found):
            continue
        if match["take"].lower().startswith("last") and (found or re.search(r"\b(?:compared|relative)\s+to\s+$",
                                                                             text[:match.start("take")])):
            continue  # ("The trial, which opens in March, is expected to last two months": it runs from then)
        found.append(Deadline(text[match.start("take"):match.end()], due, start, end, False))
    for match in (*_FACES_OUT.finditer(text), *_OUT_FOR.finditer(text)):
        # "Matt Jansen faces three weeks out", "will be out for at least six weeks", "I won't be able to do any
        # running for two or three weeks": a player's absence foreseen, over when the span ends
        if not _an_absence(match, text):
            continue
        start, end = offset + match.start("span"), offset + match.end("span")
        due = read_article_due(f"within {match['n2'] or match['n']} {match['unit']}", said_on)
        if due is None or any(d.start < end and start < d.end for d in found):
            continue
        found.append(Deadline(match["span"], due, start, end, False))
    found.sort(key=lambda d: d.start)
    return found


_COUNT_WORD = r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9][0-9]?)"
#: An absence foreseen for a span: "out for six weeks", "sidelined for up to three months", "(won't be able to do
#: any) running for two or three weeks".
_OUT_FOR = re.compile(rf"\b(?P<out>out(?:\s+of\s+action)?|sidelined|side-lined|absent|laid\s+up|"
                      rf"(?:able|fit|ready|available)(?:\s+to\s+(?:\w+\s+){{0,3}}?\w+)?|play|playing|compete|competing|"
                      rf"race|racing|run|running|train|training)\s+(?P<span>for\s+"
                      rf"(?:(?:at\s+least|up\s+to|another|a\s+further|around|about|roughly|some)\s+)?"
                      rf"(?P<n>{_COUNT_WORD})(?:\s*(?:or|to|-|–)\s*(?P<n2>{_COUNT_WORD}))?\s+(?P<unit>days?|weeks?|months?))\b",
                      re.IGNORECASE)
#: An absence faced: "faces three weeks out", "facing a six-week lay-off", "faces up to a month on the sidelines".
_FACES_OUT = re.compile(rf"\bfac(?:es|e|ing)\s+(?P<span>(?:(?:up\s+to|at\s+least|another|a\s+further|around|about|a|an)\s+)?"
                        rf"(?P<n>{_COUNT_WORD})(?:\s*(?:or|to|-|–)\s*(?P<n2>{_COUNT_WORD}))?[\s-]+(?P<unit>days?|weeks?|months?))"
                        rf"(?:\s+|-)(?:out\b|on\s+the\s+sidelines|out\s+of\s+action|lay-?off|absence|spell)", re.IGNORECASE)
def _an_absence(match: re.Match[str], text: str) -> bool:
    """Does this span tell an absence to come? Not "Owen will not face six weeks out after all", "will not be out
    for six weeks"; and an ability only with a "not" before it (not "he will play for three years", a contract)."""
    if "out" not in match.re.groupindex:  # (faced: "faces three weeks out")
        return not _NEGATED.search(text[:match.start()])
    absent = match["out"].lower().split()[0] in _ABSENT
    return absent != bool(_NEGATED.search(text[:match.start("out")]))


#: Words of an absence that need no "not": "out", "sidelined".
_ABSENT = {"out", "sidelined", "side-lined", "absent", "laid"}
#: A "not" in the clause before an ability: "won't be able to ...", "unlikely to play ...".
_NEGATED = re.compile(r"(?:\bnot|n't|n’t|\bunable|\bunlikely|\bnever)\b[^,;.]*$", re.IGNORECASE)


#: How long a thing still to come will take: "will take six years", "could take up to two years", "is going to
#: take a decade", "(the trial is) expected to last two months".
_TAKES = re.compile(r"\b(?:will|'ll|would|could|may|might|should|to)\s+(?:(?:only|probably|likely|still|also|now)\s+)?"
                    r"(?P<take>(?:take|last)\s+(?:(?:up\s+to|about|around|roughly|some|nearly|almost|under|less\s+than|as\s+long\s+as)\s+)?"
                    r"(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|"
                    r"twenty|thirty|[1-9][0-9]?)\s+(?P<unit>days?|weeks?|months?|years?|decades?))\b",
                    re.IGNORECASE)


#: A forecast's horizon as an adjective: "three-month (arabica) forecast", "12-month price target".
_HORIZON = re.compile(r"\b(?P<n>one|two|three|four|five|six|nine|twelve|[1-9][0-9]?)-(?P<unit>month|year)\s+"
                      r"(?:[\w-]+\s+){0,2}?(?:forecasts?|targets?|outlook|view|projections?|price\s+targets?)\b",
                      re.IGNORECASE)


_YEAR = re.compile(r"\b(?:19|20)[0-9]{2}\b")
_RANGE = re.compile(r"\s*(?:or|to|and|-|–|—|or\s+even|or\s+possibly|or\s+perhaps)\s*")
#: What makes a month or a day one of a time gone: "(In July) last year", "(in March) of the previous year".
_OF_A_TIME_GONE = re.compile(r"\s*,?\s+(?:of\s+)?(?:last|the\s+previous|the\s+past)\s+(?:year|month|week)\b",
                             re.IGNORECASE)
_LIKELIER = re.compile(r"\s*,?\s*(?:(?:and|or|but)\s+)?(?:more|most)\s+(?:likely|probably)\s*,?\s*", re.IGNORECASE)


#: A month and a day without a year: "July 25", "Oct. 9", "9 October".
_MONTH_DAY = re.compile(r"(?:[A-Z][a-z]{2,8}\.?\s+[0-9]{1,2}|[0-9]{1,2}\s+[A-Z][a-z]{2,8})")


def _this_year(phrase: str, said_on: dt.date) -> dt.date | None:
    """The day a yearless "July 25" names in the year it was said, which may be gone."""
    return read_article_due(phrase, dt.date(said_on.year, 1, 1))


def _absolute(phrase: str) -> bool:
    low = phrase.lower()
    if re.search(r"\b(?:19|20)[0-9]{2}\b", low):
        return True
    words = set(re.findall(r"[a-z]+", low))
    if words & (MONTH_WORDS | WEEKDAY_WORDS | {"christmas", "easter", "thanksgiving", "halloween"}):
        return not re.search(r"\b(?:in|within|over)\s+(?:the\s+)?(?:next\s+)?\w+\s+(?:days?|weeks?|months?|years?)\b", low)
    return False
