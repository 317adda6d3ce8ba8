"""iCalendar (RFC 5545): one all-day event on the due date of each open claim, so judging day shows up in
the calendar people plan by.

Written with the `icalendar` library (imported when this format is used), which escapes commas, semicolons,
backslashes and newlines in text and folds lines at 75 octets with CRLF line ends. Each event's UID is the
claim's uuid, so a calendar that imports or subscribes to a newer file updates the events instead of doubling
them; DTSTAMP is the claim's `updated_at`, so the same database always gives the same bytes. One-way: there
is no iCalendar reader.
"""

from __future__ import annotations

import datetime as dt
import re
import typing

from claimtrack import __version__
from claimtrack.errors import InputError
from claimtrack.textsafe import visible

PRODID = f"-//claimtrack//claimtrack {__version__}//EN"
CALENDAR_NAME = "claimtrack: claims to judge"
_SPACES = re.compile(r"\s+")
_HTTP = re.compile(r"https?://\S+\Z", re.IGNORECASE)


def _text(value: object) -> str:
    """RFC 5545 allows no control character in text but tab (newlines are escaped): spell the others out,
    and bidi overrides too, as every claimtrack view does."""
    return visible(str(value))


def _one_line(value: object) -> str:
    return _SPACES.sub(" ", _text(value)).strip()


def _stamp(value: object) -> dt.datetime | None:
    """A stored `YYYY-MM-DDTHH:MM:SSZ` as an aware UTC datetime, or None if it is not one."""
    try:
        return dt.datetime.strptime(str(value), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
    except ValueError:
        return None


def _description(claim: typing.Mapping[str, typing.Any]) -> str:
    lines = [_text(claim.get("text") or "")]
    if claim.get("quote"):
        lines += ["", f"“{_text(claim['quote'])}”"]
    said = f"Said by {_one_line(claim.get('claimant') or '')} on {claim.get('said_on')}"
    confidence = claim.get("confidence")
    if isinstance(confidence, (int, float)) and not isinstance(confidence, bool):
        said += f", confidence {round(float(confidence) * 100, 1):g}%"
    lines += ["", said]
    source = claim.get("source")
    source = source if isinstance(source, dict) else {}
    where = ", ".join(_one_line(source[k]) for k in ("outlet", "title") if source.get(k))
    if source.get("url"):
        where = f"{where}: {_one_line(source['url'])}" if where else _one_line(source["url"])
    if where:
        lines.append(f"Source: {where}")
    if claim.get("criteria"):
        lines.append(f"Judged by: {_text(claim['criteria'])}")
    lines += ["", f"claimtrack show {claim.get('id')}"]
    return "\n".join(lines)


def write(claims: list[dict], out: typing.BinaryIO) -> None:
    """Write the open claims that have a due date as a VCALENDAR of all-day VEVENTs."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", CALENDAR_NAME)
    for claim in claims:
        if claim.get("status") != "open" or not claim.get("due"):
            continue
        try:
            due = dt.date.fromisoformat(claim["due"])
        except (TypeError, ValueError):  # only a hand-edited database holds such a date
            raise InputError(f"claim {claim.get('id')} has a due date that is not YYYY-MM-DD: {claim['due']!r}") from None
        event = Event()
        event.add("uid", f"{claim['uuid']}@claimtrack")
        stamp = _stamp(claim.get("updated_at")) or _stamp(claim.get("created_at"))
        if stamp is None:  # only a hand-edited claim lacks both; the due day keeps the file reproducible
            stamp = dt.datetime(due.year, due.month, due.day, tzinfo=dt.timezone.utc)
        event.add("dtstamp", stamp)  # without METHOD, DTSTAMP is when the event last changed (RFC 5545 3.8.7.2)
        event.add("dtstart", due)
        event.add("dtend", due + dt.timedelta(days=1))  # all-day: the end date is exclusive
        event.add("summary", f"Judge: {_one_line(claim.get('claimant') or '')}: {_one_line(claim.get('text') or '')}")
        event.add("description", _description(claim))
        source = claim.get("source")
        url = source.get("url") if isinstance(source, dict) else None
        if isinstance(url, str) and _HTTP.match(url.strip()):
            event.add("url", url.strip())
        if claim.get("tags") and isinstance(claim["tags"], list):
            event.add("categories", [_one_line(t) for t in claim["tags"]])
        event.add("transp", "TRANSPARENT")  # a reminder, not a meeting: it does not make anyone busy
        cal.add_component(event)
    out.write(cal.to_ical())
