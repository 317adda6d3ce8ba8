"""Read the dates and confidences people actually type, and refuse anything that would need a guess.

A prediction is only checkable if its deadline and its probability are exact. So every phrase here maps to
one date (or one number) by a fixed rule, and anything vague ("soon", "a few weeks") is refused with a message
that shows what would have been understood, rather than being turned into a deadline nobody chose.
Standard library only: this is imported by every command, so it must stay cheap.
"""

from __future__ import annotations

import calendar
import datetime
import math
import re
from decimal import Decimal, InvalidOperation
from typing import Any, Callable

from claimtrack.errors import InputError
from claimtrack.textsafe import one_line

__all__ = ["KENT_SCALE", "parse_confidence", "parse_due", "parse_iso_date"]

# Sherman Kent's "words of estimative probability" (CIA, 1964), with the everyday synonyms people write.
KENT_SCALE: dict[str, float] = {
    "certain": 1.0,
    "almost certain": 0.93,
    "probable": 0.75,
    "likely": 0.75,
    "probably": 0.75,
    "chances about even": 0.5,
    "even": 0.5,
    "probably not": 0.3,
    "unlikely": 0.3,
    "almost certainly not": 0.07,
    "impossible": 0.0,
}

_DUE_HELP = (
    "use YYYY-MM-DD or a phrase such as 'in April', 'April 2019', 'mid-March', 'by the end of 2019', "
    "'next year', 'next month', 'in 3 months', 'within two weeks', 'Q2 2018'"
)
_CONFIDENCE_HELP = "use a probability 0..1, a percentage like 70 or 70%, or words such as 'likely', 'even', 'unlikely'"

_ISO = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
# Digits and dashes that are not a bare year: the user meant a date, so tell them the date format.
_DATE_LIKE = re.compile(r"[0-9]+-[0-9]+-[0-9]+|[0-9]{5,}")

_MONTHS: dict[str, int] = {}
# English names spelled out: calendar.month_name follows the locale, which must not change what parses.
_MONTH_LIST = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
for _number, _name in enumerate(_MONTH_LIST, start=1):
    _MONTHS[_name] = _number
    _MONTHS[_name[:3]] = _number
_MONTHS["sept"] = 9
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "twenty-four": 24, "thirty": 30, "thirty-six": 36, "forty-eight": 48,
}
_COUNT = r"[0-9]+|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))

_END_OF = r"(?:by\s+)?(?:the\s+)?end\s+of\s+"
_YEAR = r"(?:,?\s+(?:of\s+)?(?P<year>[0-9]{4}))?"

_MONTH_RE = re.compile(
    rf"(?:{_END_OF}|(?:in\s+|by\s+)?(?:(?P<part>early|mid|late)(?:\s*-\s*|\s+))?)"
    rf"(?P<month>{_MONTH_NAMES})\.?{_YEAR}"
)
_QUARTER_RE = re.compile(rf"(?:{_END_OF}|in\s+|by\s+)?q(?P<q>[1-4]){_YEAR}")
_YEAR_RE = re.compile(rf"(?:{_END_OF}|in\s+|by\s+)?(?P<year>[0-9]{{4}})")
_END_OF_PERIOD_RE = re.compile(rf"{_END_OF}(?:(?P<which>the|this|next)\s+)?(?P<unit>year|month)")
_THIS_NEXT_RE = re.compile(r"(?:(?:by|in)\s+)?(?P<which>this|next)\s+(?P<unit>year|month)")
_RELATIVE_RE = re.compile(
    rf"(?:in|within)\s+(?:the\s+next\s+(?P<n_next>{_COUNT})|(?P<n>{_COUNT}|an?))\s+"
    r"(?P<unit>day|week|month|year)s?"
)

_PART_DAY = {"early": 10, "mid": 15}

_NUMBER = re.compile(r"(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")


def _show(value: str) -> str:
    """Quote user text for a one-line message: control characters spelled out, long text cut."""
    text = one_line(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return f"'{text}'"


def parse_iso_date(value: str, what: str = "date") -> datetime.date:
    """Accept only YYYY-MM-DD so that '01/02/2018' can never be read as the wrong one of two dates."""
    text = value.strip() if isinstance(value, str) else ""
    match = _ISO.fullmatch(text)
    if match:
        try:
            return datetime.date(*(int(part) for part in match.groups()))
        except ValueError:
            pass
    shown = _show(text) if isinstance(value, str) else _show(repr(value))
    raise InputError(f"bad {what} {shown}: expected YYYY-MM-DD")


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: datetime.date, months: int) -> datetime.date:
    """Clamp to the month's last day, so 'in 1 month' from 31 January is 28/29 February, not an error."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return datetime.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _count(word: str) -> int:
    if word in ("a", "an"):
        return 1
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word]
    return int(word)


def _read_phrase(text: str, said_on: datetime.date) -> datetime.date | None:
    """The phrase grammar; None means 'not a phrase we read', never a default."""
    if match := _MONTH_RE.fullmatch(text):
        month = _MONTHS[match["month"]]
        if match["year"]:
            year = int(match["year"])
        else:  # the first such month from said_on's month on; the current month counts
            year = said_on.year if month >= said_on.month else said_on.year + 1
        part = match["part"]
        if part in _PART_DAY:
            return datetime.date(year, month, _PART_DAY[part])
        return _month_end(year, month)

    if match := _QUARTER_RE.fullmatch(text):
        last_month = int(match["q"]) * 3
        if match["year"]:
            return _month_end(int(match["year"]), last_month)
        end = _month_end(said_on.year, last_month)
        # a quarter that has already ended means next year's; the quarter containing said_on has not ended
        return end if end >= said_on else _month_end(said_on.year + 1, last_month)

    if match := _YEAR_RE.fullmatch(text):
        return datetime.date(int(match["year"]), 12, 31)

    if match := _END_OF_PERIOD_RE.fullmatch(text) or _THIS_NEXT_RE.fullmatch(text):
        step = 1 if match["which"] == "next" else 0
        if match["unit"] == "year":
            return datetime.date(said_on.year + step, 12, 31)
        first = _add_months(said_on.replace(day=1), step)
        return _month_end(first.year, first.month)

    if match := _RELATIVE_RE.fullmatch(text):
        count = _count(match["n"] or match["n_next"])
        if count < 1:
            return None
        unit = match["unit"]
        if unit == "day":
            return said_on + datetime.timedelta(days=count)
        if unit == "week":
            return said_on + datetime.timedelta(weeks=count)
        return _add_months(said_on, count * (12 if unit == "year" else 1))

    return None


def parse_due(value: str, said_on: datetime.date) -> tuple[datetime.date, str | None]:
    """Turn what the analyst said about timing into one exact deadline, keeping their words for the record.

    Returns (date, None) for an ISO date, which is taken as-is; otherwise (date, the phrase as written).
    """
    if isinstance(said_on, datetime.datetime):  # a datetime cannot be compared with a date
        said_on = said_on.date()
    if not isinstance(value, str):
        raise InputError(f"cannot read due date {_show(repr(value))}: {_DUE_HELP}")
    phrase = value.strip()
    if _DATE_LIKE.fullmatch(phrase):
        return parse_iso_date(phrase, "due date"), None

    text = re.sub(r"\s+", " ", phrase.lower())
    text = text.rstrip(". ")
    try:
        due = _read_phrase(text, said_on) if text else None
    except (ValueError, OverflowError):  # year 0, beyond 9999, or a count too long to be a number
        raise InputError(f"due date {_show(phrase)} is out of range") from None
    if due is None:
        raise InputError(f"cannot read due date {_show(phrase)}: {_DUE_HELP}")
    if due < said_on:
        raise InputError(f"{_show(phrase)} is before the claim was made ({said_on.isoformat()})")
    return due, phrase


def _percent(number: Decimal) -> float:
    """Divide in decimal so that 70 gives exactly 0.7, not 0.7000000000000001."""
    return float(number / 100)


def parse_confidence(value: str | int | float) -> tuple[float, str | None]:
    """Read a confidence as a probability, a percentage or Kent's words, so scores compare across analysts.

    Returns (probability, None) for a number, or (probability, the words lower-cased and single-spaced).
    """
    number: Decimal | None = None
    percent = False
    if isinstance(value, bool):
        pass
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        if math.isfinite(value):
            number = Decimal(repr(value))
    elif isinstance(value, str):
        text = " ".join(value.lower().split())
        if text in KENT_SCALE:
            return KENT_SCALE[text], text
        if text.endswith("%"):
            percent = True
            text = text[:-1].rstrip()
        if _NUMBER.fullmatch(text):
            try:
                number = Decimal(text)
            except InvalidOperation:  # pragma: no cover - the pattern only lets plain decimals through
                number = None

    if number is not None:
        if percent:
            if 0 <= number <= 100:
                return _percent(number) + 0.0, None
        elif 0 <= number <= 1:
            return float(number) + 0.0, None  # + 0.0 turns -0.0 into 0.0
        elif 1 < number <= 100 and number == number.to_integral_value():
            return _percent(number), None

    shown = _show(value) if isinstance(value, str) else _show(repr(value))
    raise InputError(f"bad confidence {shown}: {_CONFIDENCE_HELP}")


# --- deadlines as articles write them ----------------------------------------------------------------------------
# `parse_due` is strict because a user typing `--due` can be asked again. An article cannot be asked, and writes
# "before the election in November", "Oct. 9", "by the summer", "until 2020" or "Friday". `read_article_due`
# reads those too, each by one fixed rule (listed in the README section "Reading claims out of articles"); it
# never raises and returns None for anything vague ("soon", "in the coming months"). Its patterns are compiled
# on first use, so commands that never read an article pay nothing for them.

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# (first month, last month) of each season, northern meteorological seasons; winter runs into the next year.
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
_BEFORE_WORDS = ("before", "ahead of", "prior to")
_BY_WORDS = ("by", "in", "within", "until", "till", "'til", "til", "through", "thru", "during", "on", "at", "over", "into",
             "beyond",
             "no later than", "by the time of", "in time for", "for")
_US_ELECTION_WORDS = ("us", "u.s.", "u.s", "american", "presidential", "midterm", "midterms", "congressional")

# Words that make "the ... in April" a clause rather than the name of an event ("this is all going to break down").
_NOT_EVENT_WORDS = {"is", "are", "was", "were", "be", "been", "being", "am", "going", "to", "will", "would", "can",
                    "could", "may", "might", "shall", "should", "must", "has", "have", "had", "do", "does", "did",
                    "not", "that", "which", "who", "whom", "and", "or", "but", "all", "it", "he", "she", "they",
                    "we", "i", "you", "if", "when", "as", "than", "then", "so", "'s"}

_EVENT_ING = {"meeting", "hearing", "opening", "closing", "signing", "briefing", "sitting", "ruling", "gathering",
              "swearing", "inauguration", "reading", "landing", "launching", "spending", "polling", "voting"}


_EVENT_NOUNS = {
    "election", "elections", "vote", "votes", "referendum", "summit", "meeting", "meetings", "talks", "deadline",
    "match", "game", "games", "final", "finals", "race", "conference", "hearing", "trial", "verdict", "ruling",
    "decision", "announcement", "launch", "release", "budget", "poll", "polls", "primary", "primaries", "caucus",
    "caucuses", "debate", "session", "convention", "olympics", "cup", "tournament", "season", "playoffs",
    "opening", "inauguration", "visit", "trip", "deal", "negotiations", "review", "report", "results", "earnings",
    "ceremony", "festival", "derby", "prix", "open", "championship", "championships", "congress", "recess",
    "break", "holidays", "holiday", "paralympics", "world cup", "kick-off", "kickoff", "showdown", "clash",
    "fixture", "tie", "semi-final", "semi-finals", "quarter-final", "quarter-finals", "semifinal", "semifinals",
    "midterms", "midterm", "ballot", "runoff", "run-off", "announcement", "statement", "auction", "ipo",
    "listing", "handover", "transition", "cabinet", "reshuffle", "anniversary", "expiry", "expiration",
}


def _event_words(words: list[str]) -> bool:
    """Do these words name an event ("the US Presidential election") rather than say something about one?"""
    if not 1 <= len(words) <= 4 or set(words) & _NOT_EVENT_WORDS:
        return False
    if any(w.endswith("ing") and w not in _EVENT_ING or w.endswith("ly") for w in words):
        return False
    last = words[-1].strip(".,'")
    return last in _EVENT_NOUNS or last.split("-")[-1] in _EVENT_NOUNS


_article_patterns: dict[str, re.Pattern[str]] = {}


def _article_re() -> dict[str, re.Pattern[str]]:
    if _article_patterns:
        return _article_patterns
    months = _MONTH_NAMES
    days = "|".join(_WEEKDAYS) + "|mon|tues|tue|wed|weds|thurs|thur|thu|fri|sat|sun"
    count = _COUNT + "|a|an"
    _article_patterns.update(
        prep=re.compile(r"(?P<prep>" + "|".join(sorted(_BEFORE_WORDS + _BY_WORDS, key=len, reverse=True))
                        + r")\s+(?P<rest>.+)"),
        month_day=re.compile(rf"(?:(?:{days})\.?,?\s+)?(?P<month>{months})\.?\s+(?P<day>[0-9]{{1,2}})(?:st|nd|rd|th)?"
                             r"(?:,?\s+(?P<year>[0-9]{4}))?"),
        day_month=re.compile(rf"(?:(?:{days})\.?,?\s+)?(?:the\s+)?(?P<day>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
                             rf"(?P<month>{months})\.?(?:,?\s+(?P<year>[0-9]{{4}}))?"),
        weekday=re.compile(rf"(?:(?P<which>this|next|coming|the\s+coming)\s+)?(?P<day>{days})\.?"
                           r"(?:\s+(?:morning|afternoon|evening|night))?"),
        week=re.compile(r"(?:the\s+)?(?:end\s+of\s+)?(?:the\s+)?(?P<which>this|next|the)\s+(?P<unit>week|weekend)"
                        r"|(?:the\s+)?end\s+of\s+(?:the\s+)?(?P<unit2>week|weekend)"),
        day_word=re.compile(r"(?P<word>today|tonight|tomorrow|the\s+day\s+after\s+tomorrow|this\s+(?:morning|afternoon|evening))"),
        later=re.compile(r"later\s+(?:this|in\s+the)\s+(?P<unit>year|month|week)"),
        year_end=re.compile(r"(?:the\s+)?(?:(?P<which>this|next)\s+)?(?:year[-\s]end|year's\s+end|end[-\s]year)"
                            r"|(?P<which2>this|next)\s+year's\s+end"),
        part_year=re.compile(r"(?:the\s+)?(?P<part>early(?:\s+in|\s+part\s+of)?|mid|late(?:\s+in|\s+part\s+of)?|"
                             r"lat(?:t)?er\s+part\s+of|middle\s+of|start\s+of|beginning\s+of|first\s+half\s+of"
                             r"|second\s+half\s+of|h1|h2)(?:\s*-\s*|\s+)(?:(?P<year>[0-9]{4})|(?P<which>this|next)\s+year)"),
        quarter_word=re.compile(r"(?:the\s+)?(?:(?P<which>this|next|current|coming)\s+quarter|(?P<nth>first|second|third|"
                                r"fourth|final)[- ]quarter(?:\s+(?:of\s+)?(?:(?P<year>[0-9]{4})|(?P<yw>this|next)\s+year))?)"),
        decade=re.compile(r"(?:the\s+)?(?:end\s+of\s+)?(?:the|this)\s+decade"),
        relative=re.compile(rf"(?:(?:over|during|in|within|for)\s+)?(?:the\s+)?(?:next|coming|following)\s+(?P<n>{count})\s+"
                            r"(?P<unit>day|week|month|year|decade)s?"
                            rf"|(?:(?:in|within)\s+)?(?P<n2>{count})\s+(?P<unit2>day|week|month|year|decade)s?(?:'s?\s+time|\s+from\s+now)"
                            rf"|(?:in|within)\s+(?P<n3>{count}|a)\s+(?P<unit3>decade)s?"
                            r"|(?:(?:over|during|in|within)\s+)?(?:the\s+)?(?:next|coming)\s+(?P<unit4>day|week|month|year|decade)"),
        season=re.compile(r"(?:the\s+)?(?:(?P<part>early|mid|late)(?:\s*-\s*|\s+))?(?:(?P<which>this|next|the)\s+)?"
                          r"(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<year>[0-9]{4}))?"),
        holiday=re.compile(r"(?:this\s+)?(?P<name>christmas\s+eve|christmas(?:\s+day)?|new\s+year's\s+eve|new\s+year(?:'s)?(?:\s+day)?"
                           r"|(?:the\s+)?(?:holiday|festive)\s+season|the\s+holidays"
                           r"|halloween|thanksgiving|easter(?:\s+sunday)?|valentine's(?:\s+day)?|boxing\s+day"
                           r"|labou?r\s+day|memorial\s+day|independence\s+day|(?:the\s+)?fourth\s+of\s+july|july\s+fourth"
                           r"|veterans\s+day|black\s+friday|cyber\s+monday)(?:\s+(?P<year>[0-9]{4}))?"),
        event=re.compile(r"(?P<event>(?:the|this|next|its|their)\s+[a-z0-9.'&-]+(?:\s+[a-z0-9.'&-]+){0,5}?)"
                         r"(?:,?\s+(?:in|on|at|of|due\s+in|scheduled\s+for|set\s+for|slated\s+for)\s+|\s+(?=next\s|this\s))(?P<when>.+)"),
        year_event=re.compile(r"(?:the\s+)?(?P<year>[0-9]{4})\s+[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}"),
        month_event=re.compile(rf"(?:the\s+)?(?P<month>{months})\.?\s+(?P<year>[0-9]{{4}})\s+(?P<event>[a-z][a-z-]+"
                               r"(?:\s+[a-z][a-z-]+){0,2})"),
    )
    return _article_patterns


def _weekday_index(word: str) -> int:
    word = word.rstrip(".")
    for index, name in enumerate(_WEEKDAYS):
        if name.startswith(word[:3]):
            return index
    raise ValueError(word)  # pragma: no cover - the pattern admits weekday names only


def _on_or_after(day: datetime.date, weekday: int) -> datetime.date:
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)


def _easter(year: int) -> datetime.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return datetime.date(year, month, day + 1)


def _first_yearly(said_on: datetime.date, make, year: str | None) -> datetime.date:
    """A yearly date: in the year given, else the first one on or after said_on."""
    if year:
        return make(int(year))
    day = make(said_on.year)
    return day if day >= said_on else make(said_on.year + 1)


def _is_election(words: list[str]) -> bool:
    return any(w.split("-")[-1].strip(".,'") in ("election", "elections", "midterms", "midterm") for w in words)


def _us_election_day(year: int) -> datetime.date:
    """The Tuesday after the first Monday of November."""
    first_monday = _on_or_after(datetime.date(year, 11, 1), 0)
    return first_monday + datetime.timedelta(days=1)


def _span(text: str, said_on: datetime.date) -> tuple[datetime.date, datetime.date, str] | None:
    """(first day, last day, kind) of a time phrase without its preposition; kind is 'span', 'date', 'end',
    'relative' or 'event'. None when the phrase is not one we read."""
    pats = _article_re()
    if match := _ISO.fullmatch(text):
        day = datetime.date(*(int(part) for part in match.groups()))
        return day, day, "date"
    if match := re.fullmatch(r"(?P<day>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(?P<which>next|this)\s+week", text):
        return _span(f"{match['which']} {match['day']}", said_on)  # "Thursday next week"
    for name in ("month_day", "day_month"):
        if match := pats[name].fullmatch(text):
            month, dom = _MONTHS[match["month"]], int(match["day"])
            day = _first_yearly(said_on, lambda y: datetime.date(y, month, dom), match["year"])
            return day, day, "date"
    if match := _MONTH_RE.fullmatch(text):
        month = _MONTHS[match["month"]]
        if match["year"]:
            year = int(match["year"])
        else:
            year = said_on.year if month >= said_on.month else said_on.year + 1
        if text.startswith(("end", "the end", "by")):
            end = _month_end(year, month)
            return end, end, "end"
        part = match["part"]
        if part in _PART_DAY:
            day = datetime.date(year, month, _PART_DAY[part])
            return day, day, "date"
        start = datetime.date(year, month, 21 if part == "late" else 1)
        return start, _month_end(year, month), "span"
    if match := _QUARTER_RE.fullmatch(text):
        end = _read_phrase(text, said_on)
        if end is None:  # pragma: no cover - the same pattern
            return None
        if text.startswith(("end", "the end", "by")):
            return end, end, "end"
        return datetime.date(end.year, end.month - 2, 1), end, "span"
    if match := _YEAR_RE.fullmatch(text):
        year = int(match["year"])
        if text.startswith(("end", "the end", "by")):
            end = datetime.date(year, 12, 31)
            return end, end, "end"
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31), "span"
    if match := _END_OF_PERIOD_RE.fullmatch(text):
        end = _read_phrase(text, said_on)
        return (end, end, "end") if end else None
    if match := _THIS_NEXT_RE.fullmatch(text):
        step = 1 if match["which"] == "next" else 0
        if match["unit"] == "year":
            return datetime.date(said_on.year + step, 1, 1), datetime.date(said_on.year + step, 12, 31), "span"
        first = _add_months(said_on.replace(day=1), step)
        return first, _month_end(first.year, first.month), "span"
    if _RELATIVE_RE.fullmatch(text):
        end = _read_phrase(text, said_on)
        return (end, end, "relative") if end else None
    if match := pats["week"].fullmatch(text):
        unit = match["unit"] or match["unit2"]
        sunday = _on_or_after(said_on, 6)
        if match["which"] == "next":
            sunday += datetime.timedelta(days=7)
        if unit == "weekend":
            return sunday - datetime.timedelta(days=1), sunday, "span"
        return sunday - datetime.timedelta(days=6), sunday, "span"
    if match := pats["relative"].fullmatch(text):
        word = match["n"] or match["n2"] or match["n3"]
        unit = match["unit"] or match["unit2"] or match["unit3"] or match["unit4"]
        n = _count(word) if word else 1
        if n < 1:
            return None
        if unit == "day":
            end = said_on + datetime.timedelta(days=n)
        elif unit == "week":
            end = said_on + datetime.timedelta(weeks=n)
        else:
            end = _add_months(said_on, n * {"month": 1, "year": 12, "decade": 120}[unit])
        return end, end, "relative"
    if match := pats["weekday"].fullmatch(text):
        day = _on_or_after(said_on, _weekday_index(match["day"]))
        if match["which"] == "next" and (day - said_on).days < 7:
            # "next Friday": the Friday of next week (weeks start on Monday), never this week's
            monday_next = said_on + datetime.timedelta(days=7 - said_on.weekday())
            day = _on_or_after(monday_next, _weekday_index(match["day"]))
        return day, day, "date"
    if match := pats["day_word"].fullmatch(text):
        word = match["word"]
        offset = 2 if "after" in word else 1 if word == "tomorrow" else 0
        day = said_on + datetime.timedelta(days=offset)
        return day, day, "date"
    if match := pats["later"].fullmatch(text):
        unit = match["unit"]
        if unit == "year":
            end = datetime.date(said_on.year, 12, 31)
        elif unit == "month":
            end = _month_end(said_on.year, said_on.month)
        else:
            end = _on_or_after(said_on, 6)
        return end, end, "end"
    if match := pats["year_end"].fullmatch(text):
        year = said_on.year + (1 if "next" in (match["which"] or match["which2"] or "") else 0)
        end = datetime.date(year, 12, 31)
        return end, end, "end"
    if match := pats["part_year"].fullmatch(text):
        year = int(match["year"]) if match["year"] else said_on.year + (1 if match["which"] == "next" else 0)
        part = " ".join(match["part"].split())
        if part.endswith((" in", " part of")):  # "early in 2005", "the latter part of next year"
            part = "early" if part.startswith("early") else "late"
        first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
        if part == "early":
            return first, datetime.date(year, 4, 30), "span"
        if part == "late":
            return datetime.date(year, 9, 1), last, "span"
        if part in ("mid", "middle of"):
            day = datetime.date(year, 6, 30)
            return day, day, "date"
        if part in ("start of", "beginning of"):
            return first, first, "date"
        if part in ("first half of", "h1"):
            return first, datetime.date(year, 6, 30), "span"
        return datetime.date(year, 7, 1), last, "span"
    if match := pats["quarter_word"].fullmatch(text):
        if match["which"]:
            first = said_on.replace(day=1, month=(said_on.month - 1) // 3 * 3 + 1)
            if match["which"] in ("next", "coming"):
                first = _add_months(first, 3)
            return first, _month_end(first.year, first.month + 2), "span"
        q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}[match["nth"]]
        if match["year"]:
            year = int(match["year"])
        elif match["yw"]:
            year = said_on.year + (1 if match["yw"] == "next" else 0)
        else:
            year = _quarter_year(q, said_on)
        return datetime.date(year, q * 3 - 2, 1), _month_end(year, q * 3), "span"
    if re.fullmatch(r"(?:the\s+)?full[- ]year|(?:the\s+)?whole\s+year|(?:the\s+)?year\s+as\s+a\s+whole", text):
        end = datetime.date(said_on.year, 12, 31)  # "full-year profit": this year's
        return end, end, "end"
    if pats["decade"].fullmatch(text):
        end = datetime.date(said_on.year // 10 * 10 + 9, 12, 31)
        return end, end, "end"
    if match := pats["season"].fullmatch(text):
        first_month, last_month = _SEASONS[match["season"]]
        part = match["part"]
        if part:
            offset = {"early": 0, "mid": 1, "late": 2}[part]
            first_month = last_month = (first_month - 1 + offset) % 12 + 1

        def season(year: int) -> tuple[datetime.date, datetime.date]:
            end_year = year + 1 if last_month < first_month else year
            return datetime.date(year, first_month, 1), _month_end(end_year, last_month)

        if match["year"]:
            start, end = season(int(match["year"]))
        else:
            year = said_on.year - (1 if first_month == 12 and said_on.month <= 2 else 0)
            start, end = season(year)
            if end < said_on or match["which"] == "next":
                start, end = season(year + 1)
        return start, end, "span"
    if match := pats["holiday"].fullmatch(text):
        name = match["name"].split()[0]
        if "holiday" in match["name"] or "festive" in match["name"]:
            # "this holiday season", "the festive season", "the holidays": Christmas and the new year, to the
            # year's last day
            make = lambda y: datetime.date(y, 12, 31)  # noqa: E731
        elif name == "christmas":
            make = (lambda y: datetime.date(y, 12, 24)) if "eve" in match["name"] else (lambda y: datetime.date(y, 12, 25))
        elif name == "new":
            make = (lambda y: datetime.date(y, 12, 31)) if "eve" in match["name"] else (lambda y: datetime.date(y, 1, 1))
        elif name == "halloween":
            make = lambda y: datetime.date(y, 10, 31)  # noqa: E731
        elif name == "valentine's":
            make = lambda y: datetime.date(y, 2, 14)  # noqa: E731
        elif name == "boxing":
            make = lambda y: datetime.date(y, 12, 26)  # noqa: E731
        elif name == "thanksgiving":  # the fourth Thursday of November (the US holiday)
            make = lambda y: _on_or_after(datetime.date(y, 11, 1), 3) + datetime.timedelta(weeks=3)  # noqa: E731
        elif name in ("labor", "labour"):  # the first Monday of September (the US and Canadian holiday)
            make = lambda y: _on_or_after(datetime.date(y, 9, 1), 0)  # noqa: E731
        elif name == "memorial":  # the last Monday of May
            make = lambda y: _on_or_after(datetime.date(y, 5, 25), 0)  # noqa: E731
        elif name in ("independence", "fourth", "july", "the"):
            make = lambda y: datetime.date(y, 7, 4)  # noqa: E731
        elif name == "veterans":
            make = lambda y: datetime.date(y, 11, 11)  # noqa: E731
        elif name in ("black", "cyber"):  # the Friday and the Monday after Thanksgiving
            days = 1 if name == "black" else 4
            make = lambda y: _on_or_after(datetime.date(y, 11, 1), 3) + datetime.timedelta(weeks=3, days=days)  # noqa: E731
        else:
            make = _easter
        day = _first_yearly(said_on, make, match["year"])
        return day, day, "date"
    if match := re.fullmatch(r"(?:to\s+)?end\s+(?P<rest>(?:the|this|next)\s+(?:year|month|week|quarter))", text):
        inner = _span(re.sub(r"^the\s+", "this ", match["rest"]), said_on)  # "(inflation to) end the year"
        if inner is not None:
            return inner[1], inner[1], "end"
    if match := re.fullmatch(r"(?:by\s+)?(?:the\s+)?(?:very\s+)?end\s+of\s+(?P<rest>.+)", text):
        inner = _span(match["rest"], said_on)
        if inner is not None and inner[2] in ("span", "date"):
            return inner[1], inner[1], "end"  # "by the end of the third quarter"
    if (match := pats["event"].fullmatch(text)) and _event_words(match["event"].split()[1:]):
        when = match["when"]
        inner = _span(when, said_on)
        if inner is None:
            return None
        start, end, _ = inner
        words = match["event"].replace(",", " ").split()
        if _is_election(words) and inner[2] == "span" and start.month == 11 and end.month == 11 and \
                (any(w in _US_ELECTION_WORDS for w in words) or start.year % 2 == 0):
            day = _us_election_day(start.year)
            return day, day, "event"
        if start == end:  # an event on one day: "before" it is the day before
            return start, end, "event-day"
        return end, end, "event"
    if (match := pats["month_event"].fullmatch(text)) and _event_words(match["event"].split()):
        month, year = _MONTHS[match["month"]], int(match["year"])
        if _is_election(match["event"].split()) and month == 11 and year % 2 == 0:
            day = _us_election_day(year)
            return day, day, "event"
        end = _month_end(year, month)
        return end, end, "event"
    if match := pats["year_event"].fullmatch(text):
        year = int(match["year"])
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31), "span"
    return None


_QUARTER_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, **{str(n): n for n in range(1, 9)}}


def _article_rewrites() -> list[tuple[re.Pattern[str], Callable[[datetime.date], Any]]]:
    """The rewrites `read_article_due` applies before it reads a phrase, compiled once on first use (an article
    offers hundreds of phrases; other commands never need them). Each replacement is made from the day said."""
    global _REWRITES
    if _REWRITES is None:
        table = [
            # "the next two or three days", "in the next one to two weeks", "within 3-5 years": the longer; "a couple of
            # weeks": two
            (r"\b(?:[a-z]+|[0-9]+)\s*(?:\s(?:or|to)\s|[-–])\s*([a-z]+|[0-9]+)\s+(?=(?:days?|weeks?|months?|years?|quarters?)$)",
             lambda said_on: r"\1 "),
            (r"\b(?:a\s+)?couple\s+of\s+(?=(?:days|weeks|months|years|quarters)$)",
             lambda said_on: "two "),
            # "over the next two quarters": six months
            (r"\b(one|two|three|four|[1-8])\s+quarters?$",
             lambda said_on: lambda m: f"{3 * _QUARTER_COUNTS[m.group(1)]} months"),
            # "within the next ten minutes", "in 73 min", "in two hours' time": later today
            # (not "win it in 90 minutes": a match's time)
            (r"^(?:in|within)\s+the\s+(?:next|coming)\s+(?:few\s+|couple\s+of\s+)?(?:[0-9]+|one|two|three|four|five|six|"
             r"seven|eight|nine|ten|fifteen|twenty|thirty|forty|forty-five|fifty|sixty)?\s*(?:minutes?|hours?)$",
             lambda said_on: "today"),
            # "by the year 2035": the year
            (r"\bthe\s+year\s+(?=(?:19|20)[0-9]{2}$)",
             lambda said_on: ""),
            # "ends the year below $60,000", "to finish the year": the year's end
            (r"^(?:end|ends|ending|finish|finishes|finishing|close|closes|closing)\s+(the|this|next)\s+year$",
             lambda said_on: lambda m: "the end of next year" if m.group(1) == "next" else "the end of the year"),
            (r"^(?:end|ends|ending|finish|finishes|finishing|close|closes|closing)\s+((?:19|20)[0-9]{2})$",
             lambda said_on: r"the end of \1"),
            # "for the rest of the decade", "through the rest of the year": until its end; "by the turn of the decade"
            (r"^(?:(?:for|through|over|during|into|until)\s+)?the\s+rest\s+of\s+(?:the|this)\s+"
             r"(year|decade|month|week|quarter)$",
             lambda said_on: r"by the end of the \1"),
            (r"\bthe\s+quarter$",
             lambda said_on: "this quarter"),
            # "growth of between 1% and 3% for the month", "sales for the year": the one under way
            (r"^for\s+the\s+(month|year)$",
             lambda said_on: r"by the end of the \1"),
            # "for the year to March", "in the financial year to March 2005": the end of that month
            (rf"^(?:in|for|over|during)?\s*the\s+(?:financial\s+|fiscal\s+|12\s+months\s+|twelve\s+months\s+)?"
             rf"(?:year|months)\s+to\s+(?:the\s+end\s+of\s+)?((?:{_MONTH_NAMES})\.?(?:\s+[0-9]{{4}})?)$",
             lambda said_on: r"by the end of \1"),
            # "the June-September monsoon": the range's last month
            (rf"^(?:during\s+|in\s+|over\s+|for\s+|through\s+)?(?:the\s+)?(?:this\s+year's\s+)?"
             rf"(?:{_MONTH_NAMES})-((?:{_MONTH_NAMES})(?:\s+[0-9]{{4}})?)(?:\s+(?:season|period|window|quarter))?$",
             lambda said_on: r"by the end of \1"),
            # "in the March quarter": the quarter that ends in March; "in the second half": of this year; "within a
            # fortnight": two weeks
            (rf"^(?:in|during|for|over|by)?\s*(?:the\s+)?((?:{_MONTH_NAMES})\.?)\s+quarter$",
             lambda said_on: r"by the end of \1"),
            (r"^((?:in|during|over|for|by|through)\s+)?the\s+(first|second)\s+half$",
             lambda said_on: lambda m: f"{m.group(1) or ''}the {m.group(2)} half of {said_on.year}"),
            (r"\b(?:a|one|the\s+next|the\s+coming)\s+fortnight\b",
             lambda said_on: lambda m: "the next two weeks" if "next" in m.group(0) or "coming" in m.group(0)
             else "two weeks"),
            # "in the second half of June", "... of the month": that month's end
            (rf"^(?:in|during|over|by)?\s*the\s+(?:second|latter|last)\s+half\s+of\s+((?:{_MONTH_NAMES})\.?)$",
             lambda said_on: r"by the end of \1"),
            (r"^(?:in|during|over|by)?\s*the\s+(?:second|latter|last)\s+half\s+of\s+(?:the|this)\s+month$",
             lambda said_on: "by the end of this month"),
            # "the June 16-17 meeting", "24-26 June": a run of days ends on its last
            (rf"\b((?:{_MONTH_NAMES})\.?)\s+[0-9]{{1,2}}\s*[-–]\s*([0-9]{{1,2}})\b",
             lambda said_on: r"\1 \2"),
            (rf"\b[0-9]{{1,2}}\s*[-–]\s*([0-9]{{1,2}})\s+((?:{_MONTH_NAMES})\b)",
             lambda said_on: r"\1 \2"),
            # "by 2005/06", "in 2027-28": a British financial year, which ends in the spring of its second year
            # ("the 2025/26 season" is a season's, whose end varies: not read)
            # "in the 2027-28 fiscal year": a year written across two is one that ends in the spring (UK, Canada,
            # India, Japan), read as "in 2027-28" is below; a fiscal year named by one year ("fiscal 2027") ends when
            # its country's does: not read
            (r"^(?:(by|in|for|during|until|through|over)\s+)?(?:the\s+)?((?:19|20)[0-9]{2}\s*[/-]\s*[0-9]{2})\s+"
             r"(?:financial|fiscal)\s+year$",
             lambda said_on: lambda m: f"{m.group(1) or 'in'} {m.group(2)}"),
            (r"^(?:by|in|for|during|until|through|over)\s+((?:19|20)[0-9])([0-9])\s*[/-]\s*([0-9]{2})$",
             lambda said_on: _financial_year),
            # "before the end of the financial year", "this financial year": a British one, ending on 31 March
            # (a "fiscal year" ends when the country's does: not read)
            (r"^(?:(?:by|before|until|through|in|during|for|over)\s+)?(?:the\s+end\s+of\s+)?(?:the|this|the\s+current)"
             r"\s+financial\s+year$",
             lambda said_on: f"by 31 march {said_on.year if said_on.month <= 3 else said_on.year + 1}"),
            (r"^(?:by|before|at|around)\s+the\s+turn\s+of\s+the\s+decade$",
             lambda said_on: "by the end of the decade"),
            (r"^(?:in|over|during)\s+the\s+(?:year|twelve\s+months|12\s+months)\s+ahead$",
             lambda said_on: "within a year"),
            # "FY26", "FY2027": a fiscal year that ends on 31 March (India, the UK, Japan); "Saturday's match":
            # Saturday;
            # "for at least another month": a month from when it was said
            (r"\bfy\s?(?:20)?([0-9]{2})\b",
             lambda said_on: lambda m: f"31 march 20{m.group(1)}"),
            (r"\b((?:mon|tues|wednes|thurs|fri|satur|sun)day)'s?(?=\s|$)",
             lambda said_on: r"\1"),
            # "this weekend's championships", "next week's vote": that weekend, that week
            (r"^((?:this|next)\s+(?:weekend|week|month))'s$",
             lambda said_on: r"\1"),
            (r"^(?:for\s+)?(?:at\s+least\s+)?another\s+(?=(?:[a-z0-9]+\s+)?(?:day|week|month|year)s?$)",
             lambda said_on: "within "),
            (r"^within\s+(?=(?:day|week|month|year)$)",
             lambda said_on: "within a "),
            # "in less than three years", "within under a month": the bound is the deadline; "(a vaccine is) at
            # least 10 years away": that long from when it was said
            (r"^(in|within)\s+(?:less\s+than|under|fewer\s+than)\s+(?=(?:a|an|[0-9]+|[a-z]+)\s+(?:days?|weeks?|months?|"
             r"years?|decades?)$)",
             lambda said_on: r"\1 "),
            (r"^(?:(?:at\s+least|still|only|just|about|around|some|less\s+than|more\s+than|over|under)\s+)?"
             r"((?:a|an|[0-9]+|[a-z]+)\s+(?:days?|weeks?|months?|years?|decades?))\s+away$",
             lambda said_on: r"in \1"),
            # "in the top two come May": by May; "by the end of the century": 2100
            (r"^come\s+(?!(?:in|on|at|to|from|back|out|up|down|into|through|with|by)\b)",
             lambda said_on: "by "),
            (r"^(?:(?:by|before|until|through)\s+)?(?:the\s+)?end\s+of\s+(?:the|this)\s+century$",
             lambda said_on: f"by {(said_on.year // 100 + 1) * 100}"),
            # "(the strike will be) over by mid-June": "over" is no preposition there; "the middle of June" is mid-June
            (r"^over\s+(?=(?:by|before|in|within|until|till|on)\s)",
             lambda said_on: ""),
            # "midway through next year", "halfway through 2020": the middle of it
            (r"^(?:(?:by|in)\s+)?(?:midway|halfway|half-way)\s+through\s+(?=(?:the|this|next)\s+year$|(?:19|20)\d\d$)",
             lambda said_on: "the middle of "),
            (r"\b(?:the\s+middle\s+of\s+(?:the|this)\s+year|mid-?year|the\s+middle\s+of\s+\d{4})$",
             lambda said_on: lambda m: f"mid-{m.group(0)[-4:] if m.group(0)[-4:].isdigit() else said_on.year}"),
            (r"\bthe\s+middle\s+of\s+next\s+year$",
             lambda said_on: f"mid-{said_on.year + 1}"),
            (r"\bthe\s+middle\s+of\s+(?=[a-z]+$|[a-z]+\s+(?:19|20)[0-9]{2}$)",
             lambda said_on: "mid-"),
            # "until at least the spring", "by March at the latest": the hedge does not move the day
            (r"^(until|till|through|by|before|in)\s+at\s+(?:the\s+)?(?:least|earliest|latest|most)\s+",
             lambda said_on: r"\1 "),
            (r"\s+at\s+the\s+(?:latest|earliest)$",
             lambda said_on: ""),
            # "the first half of the year", "the fourth quarter of next year": the year named relative to said_on
            (r"\b((?:half|quarter)\s+of)\s+(?:the|this)\s+year\b",
             lambda said_on: rf"\1 {said_on.year}"),
            (r"\b((?:half|quarter)\s+of)\s+next\s+year\b",
             lambda said_on: rf"\1 {said_on.year + 1}"),
            # "this afternoon", "later today", "this evening": today
            (r"^(?:(?:by|before|until|in|from)\s+)?(?:(?:later\s+)?this\s+(?:morning|afternoon|evening)|later\s+today|"
             r"today\s+(?:morning|afternoon|evening))$",
             lambda said_on: "today"),
            # "in the first three months of 2005", "the first six months of next year": to that month's end
            (r"^(?:(?:in|during|over|for|by)\s+)?the\s+first\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|"
             r"[2-9]|1[01])\s+months\s+of\s+((?:19|20)[0-9]{2}|this\s+year|next\s+year|the\s+year)$",
             lambda said_on: lambda m: "by the end of " + _MONTH_LIST[_count(m.group(1)) - 1] + " " + str(
                 int(m.group(2)) if m.group(2)[:1].isdigit() else said_on.year + (m.group(2).startswith("next")))),
            # "early next week", "later next week", "early next month": by the end of it, as "in April" is (a day
            # a reporter hedges with "early" is not one to hold a forecast to)
            (r"^(?:(by|until|in)\s+)?(?:early|late|later)\s+next\s+(week|month)$",
             lambda said_on: r"next \2"),
            # "early February", "early in March", "late in April": the month, to its end, in an article
            (rf"^(?:(by|until|in)\s+)?(?:early|late)(?:\s*-\s*|\s+in\s+|\s+)(?=(?:{_MONTH_NAMES})\.?(?:\s+[0-9]{{4}})?$)",
             lambda said_on: lambda m: f"{m.group(1) or 'in'} "),
            (r"^(?:(?:by|until)\s+)?(early|late)\s+in\s+(?=next\s+year$)",
             lambda said_on: r"\1 "),
            # "in the new year", "early in the new year": the year to come, or in its first months the one begun
            # (not "New Year's Day")
            # ("by the new year" stays New Year's Day)
            (r"^(?:(?:in|into|during)\s+)?the\s+new\s+year$",
             lambda said_on: "next year" if said_on.month >= 3 else "the end of the year"),
            (r"^(?:(?:by|until)\s+)?early\s+in\s+the\s+new\s+year$",
             lambda said_on: "early next year" if said_on.month >= 3 else f"early {said_on.year}"),
            # "between October 11 and 13", "between 11 and 13 October", "between March and May": the range's end
            (rf"^between\s+((?:{_MONTH_NAMES})\.?)\s+[0-9]{{1,2}}(?:st|nd|rd|th)?\s+and\s+(?:the\s+)?"
             rf"([0-9]{{1,2}})(?:st|nd|rd|th)?$",
             lambda said_on: r"\1 \2"),
            (rf"^between\s+(?:the\s+)?[0-9]{{1,2}}(?:st|nd|rd|th)?\s+and\s+(?:the\s+)?([0-9]{{1,2}})(?:st|nd|rd|th)?\s+"
             rf"(?:of\s+)?((?:{_MONTH_NAMES})\.?)$",
             lambda said_on: r"\1 \2"),
            (rf"^between\s+({_MONTH_NAMES})\.?\s+and\s+({_MONTH_NAMES})\.?(?:\s+([0-9]{{4}}))?$",
             lambda said_on: lambda m: _range_end(m, said_on)),
            # "in September next year": that month of next year; "next September": the first September after this
            # month (said in September, a year on)
            (rf"^((?:in|by|until|till|before|through|during)\s+)?((?:{_MONTH_NAMES})\.?)\s+next\s+year$",
             lambda said_on: lambda m: f"{m.group(1) or 'in '}{m.group(2)} {said_on.year + 1}"),
            (rf"^((?:in|by|until|till|before|through|during)\s+)?next\s+((?:{_MONTH_NAMES})\.?)$",
             lambda said_on: lambda m: f"{m.group(1) or 'in '}{m.group(2)} "
                                       f"{said_on.year + (_MONTHS[m.group(2).rstrip('.')] <= said_on.month)}"),
        ]
        _REWRITES = [(re.compile(pattern), replacement) for pattern, replacement in table]
    return _REWRITES


_REWRITES: list[tuple[re.Pattern[str], Callable[[datetime.date], Any]]] | None = None


def _range_end(match: re.Match[str], said_on: datetime.date) -> str:
    """ "between December and February": to the end of the second month, after the first ("by the end of february
    2006" said in 2005), or of the year given."""
    first, last = _MONTHS[match.group(1)], _MONTHS[match.group(2)]
    if match.group(3):
        year = int(match.group(3))
    else:
        start = said_on.year if first >= said_on.month else said_on.year + 1
        year = start if last >= first else start + 1
    return f"by the end of {_MONTH_LIST[last - 1]} {year}"


def _financial_year(match: re.Match[str]) -> str:
    """ "by 2005/06" -> "by 31 march 2006": a British financial year, when its two years follow each other."""
    first, last_digit, second = match.group(1), match.group(2), match.group(3)
    if int(second) == (int(first[2:] + last_digit) + 1) % 100:
        return f"{match.group(0).split()[0]} 31 march {first[:2]}{second}"
    return match.group(0)

#: A single day: a day's number or a weekday ("4 April", "March 10", "Monday"), not a month or a year alone.
_A_DAY = re.compile(r"\b(?:[0-9]{1,2}(?:st|nd|rd|th)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b(?!\s*[0-9]{3})")
_WEEK_OF = re.compile(r"^(?:(?:in|during|by|over|for)\s+)?the\s+week\s+(?:beginning|starting|commencing|of)\s+"
                      r"(?:on\s+)?(.+)$")


_THIS_WEEK = re.compile(r"\b(?:later\s+)?this\s+week\b(?!end)")


def read_article_due(phrase: str, said_on: datetime.date, *, past: bool = False) -> datetime.date | None:
    """The deadline a time phrase from an article sets, read relative to `said_on`; None if it sets none.

    Reads everything `parse_due` reads, and: 'before X' (the day before X begins; 'before the end of X' is X's
    last day), 'until/through/during/beyond X' (X's last day), dates without a year ('Oct. 9', '9 October': the first
    on or after said_on), weekdays ('Friday': the first on or after said_on; 'next Friday' and 'Friday next
    week': next week's),
    'this/next week(end)', 'the end of the weekend' (Sunday), 'tomorrow', seasons ('by the summer': 31 August),
    'mid-2019' (30 June), 'early/late 2019', 'the first/second half of 2019', 'later this year', 'year-end',
    'the end of the decade', 'over the next two years', 'in two weeks' time', holidays, and an event in a period
    ('before the election in November': the period's last day; 'before the vote on Oct. 9': the day before;
    an election in November of an even year, or a US one: the US election day, the Tuesday after the first
    Monday).
    A deadline before said_on is None: it is not about the future (with `past=True` it is given, so that a
    caller can tell a time gone, "the second quarter of 2026" said in November 2026, from words that name none).
    """
    if not isinstance(phrase, str):
        return None
    if isinstance(said_on, datetime.datetime):
        said_on = said_on.date()
    text = phrase.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"[\u2010-\u2015]", "-", text)
    text = " ".join(text.split()).strip(" .,;:!?")
    if not text or len(text) > 120:
        return None
    week_of = _WEEK_OF.match(text)
    if week_of and _A_DAY.search(week_of.group(1)):
        # "in the week beginning 4 April", "the week of March 10": that week, to its seventh day (a week begun
        # in the days before said_on is still this one)
        first = read_article_due(week_of.group(1), said_on - datetime.timedelta(days=6), past=past)
        due = first + datetime.timedelta(days=6) if first is not None else None
        return due if due is not None and (past or due >= said_on) else None
    for pattern, replacement in _article_rewrites():
        text = pattern.sub(replacement(said_on), text)
    if said_on.weekday() == 6 and _THIS_WEEK.search(text):
        # "the LSE is expected to hold talks later this week", said on a Sunday: the week that begins tomorrow, as
        # a Sunday paper means it (its own week ends that day)
        due = read_article_due(text, said_on + datetime.timedelta(days=1), past=past)
        return due if due is not None and (past or due >= said_on) else None
    try:
        due = _article_due(text, said_on)
    except (ValueError, OverflowError):  # a day that does not exist, or a year out of range
        return None
    if due is None or (due < said_on and not past):
        return None
    return due


def _quarter_year(q: int, said_on: datetime.date) -> int:
    """The year of a quarter an article names without one: the first that has not ended, unless one ended in the
    last 75 days, whose results are still to come ("second quarter results" in late July is the quarter just gone,
    not next year's)."""
    for year in (said_on.year, said_on.year - 1):
        if 0 < (said_on - _month_end(year, q * 3)).days <= 75:
            return year
    return said_on.year if _month_end(said_on.year, q * 3) >= said_on else said_on.year + 1


def _article_due(text: str, said_on: datetime.date) -> datetime.date | None:
    if (match := _QUARTER_RE.fullmatch(text)) and not match["year"]:
        return _month_end(_quarter_year(int(match["q"]), said_on), int(match["q"]) * 3)  # ("Q2", as above)
    try:
        direct = _read_phrase(text, said_on)
    except (ValueError, OverflowError):
        direct = None
    if direct is not None:
        return direct
    prep, rest = None, text
    if match := _article_re()["prep"].fullmatch(text):
        prep, rest = match["prep"], match["rest"]
        if prep == "within":  # "within" takes only spans of time ("within six months")
            span = _span(text, said_on) or _span("in " + rest, said_on)
            return span[1] if span and span[2] == "relative" else None
    span = _span(rest, said_on) or (_span(text, said_on) if prep == "in" else None)  # ("in a decade": whole)
    if span is None:
        return None
    start, end, kind = span
    if prep in _BEFORE_WORDS:
        if kind in ("end", "event"):
            return end
        if kind == "event-day":
            return start - datetime.timedelta(days=1)
        if kind == "relative":
            return None
        return start - datetime.timedelta(days=1)
    return end
