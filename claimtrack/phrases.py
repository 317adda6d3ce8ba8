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
for _number, _name in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"),
    start=1,
):
    _MONTHS[_name] = _number
    _MONTHS[_name[:3]] = _number
_MONTHS["sept"] = 9
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
_COUNT = r"[0-9]+|" + "|".join(_NUMBER_WORDS)

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
