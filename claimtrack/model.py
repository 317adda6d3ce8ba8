"""The claim: its fields, their validation, and the JSON shape scripts rely on.

Everything that enters the database passes through `clean_fields`, whether it came from the command line, a
batch line or an import, so a claim is valid the same way whatever wrote it.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import uuid as uuidlib
from collections.abc import Mapping
from typing import Any

from .errors import InputError

STATUSES = ("open", "confirmed", "refuted", "partial", "void")
VERDICTS = STATUSES[1:]

#: The public JSON shape of a claim, in output order. Fields are only ever added, never renamed.
FIELDS = (
    "id",
    "uuid",
    "text",
    "claimant",
    "said_on",
    "due",
    "due_text",
    "confidence",
    "confidence_text",
    "status",
    "tags",
    "source",
    "quote",
    "criteria",
    "notes",
    "resolution",
    "foreign_id",
    "created_at",
    "updated_at",
)
_NO_FIELDS = dict.fromkeys(FIELDS)
SOURCE_FIELDS = ("url", "title", "outlet")
RESOLUTION_FIELDS = ("on", "evidence", "note")
#: Fields a user may set with `add`/`edit` (and batch/import records).
EDITABLE = ("text", "claimant", "said_on", "due", "confidence", "tags", "source", "quote", "criteria", "notes")
_CLEAN_KEYS = frozenset(EDITABLE) | {"due_text", "confidence_text"}
OPTIONAL_TEXT = ("quote", "criteria", "notes")
#: http(s), "://", then a host (no space, slash, ?, # or @-only): what urlsplit would give a netloc for.
_HTTP_URL = re.compile(r"https?://[^\s/?#]+(?:[/?#]\S*)?\Z", re.IGNORECASE)


#: What CLAIMTRACK_NOW may hold: an ISO 8601 date, or a date and time with an optional UTC offset (ASCII digits).
_PINNED = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?"
                     r"(?:[Zz]|[+-][0-9]{2}:?[0-9]{2})?)?")


def _pinned() -> tuple[str, dt.date] | None:
    """CLAIMTRACK_NOW as (timestamp as stored, its date), or None when unset.

    A date alone means midnight UTC of that day (`2018-05-01` → `2018-05-01T00:00:00Z`); a time without an
    offset is UTC; one with an offset is converted to UTC. The date is the day as written (the writer's day).
    Anything else is refused, naming the variable, rather than stored as a timestamp.
    """
    value = os.environ.get("CLAIMTRACK_NOW")
    if not value:
        return None
    if value == _PIN_CACHE[0]:
        return _PIN_CACHE[1]
    text = value.strip()
    moment = None
    if _PINNED.fullmatch(text):
        iso = text[:-1] + "+00:00" if text[-1] in "Zz" else text
        try:
            moment = dt.datetime.fromisoformat(iso)
        except ValueError:
            moment = None
    if moment is None:
        shown = value.encode("utf-8", "backslashreplace").decode("utf-8")
        raise InputError(f"CLAIMTRACK_NOW must be a timestamp such as 2018-05-01T12:00:00Z (or a date), not {shown!r}")
    day = moment.date()
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc)
    _PIN_CACHE[:] = [value, (moment.strftime("%Y-%m-%dT%H:%M:%SZ"), day)]
    return _PIN_CACHE[1]


_PIN_CACHE: list[Any] = [None, None]  # (CLAIMTRACK_NOW, what it means): an import asks once per claim


def now_utc() -> str:
    """The current time as stored in `created_at`/`updated_at`; CLAIMTRACK_NOW pins it for reproducible runs."""
    pinned = _pinned()
    if pinned:
        return pinned[0]
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def today() -> dt.date:
    """The local date (or CLAIMTRACK_NOW's date): the default for said_on and verdict dates."""
    pinned = _pinned()
    if pinned:
        return pinned[1]
    return dt.date.today()


def check_text(value: str, field: str) -> str:
    """`value` if it can be stored: a string that is valid Unicode with no NUL.

    Python turns bytes that are not UTF-8 (in command-line arguments, say) into lone surrogates, which no JSON
    file can hold: refuse those here, naming the field, instead of failing later while writing.
    """
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise InputError(f"{field} is not valid UTF-8 (bytes that are not text, e.g. from a mis-encoded argument)") from None
    if "\x00" in value:
        raise InputError(f"{field} must not contain NUL characters")
    return value


def _text(value: Any, field: str, *, required: bool) -> str | None:
    if isinstance(value, str):
        if value and not value.isspace():  # i.e. value.strip() != ""
            if value.isascii() and "\x00" not in value:
                return value  # the usual case, checked without copying
            return check_text(value, field)
        value = None
    if value is None:
        if required:
            raise InputError(f"{field} must not be empty")
        return None
    raise InputError(f"{field} must be a string, not {type(value).__name__}")


def _url(value: Any, field: str) -> str | None:
    value = _text(value, field, required=False)
    if value is None:
        return None
    value = value.strip()
    if not _HTTP_URL.match(value):
        raise InputError(f"{field} must be an http(s) URL, not {value!r}")
    return value


def _date(value: Any, field: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise InputError(f"{field} must be a date YYYY-MM-DD, not {value!r}")
    day = _iso_day(value) if len(value) == 10 else None  # the usual case, cached: imports repeat their dates
    if day is not None:
        return day
    from .phrases import parse_iso_date

    return parse_iso_date(value, field)


@functools.lru_cache(maxsize=4096)
def _iso_day(value: str) -> dt.date | None:
    """A date spelled exactly YYYY-MM-DD in ASCII digits, or None (then `parse_iso_date` explains why not)."""
    if not _ISO_DAY.fullmatch(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def parse_date(value: Any, field: str = "date") -> dt.date:
    """Read an ISO date given for `field` (said_on, on, as-of...), with a message that names the field."""
    return _date(value, field)


def _tags(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, (list, tuple)):
        raise InputError(f"tags must be a list of strings, not {value!r}")
    tags: list[str] = []
    seen: set[str] = set()
    for tag in value:
        if not isinstance(tag, str):
            raise InputError(f"tags must be strings, not {tag!r}")
        tag = check_text(tag.strip(), "a tag")
        if not tag:
            continue
        key = tag.casefold()
        if key not in seen:
            seen.add(key)
            tags.append(tag)
    return tags


def _source(value: Any) -> dict[str, str | None]:
    if value is None:
        value = {}
    if not isinstance(value, Mapping):
        raise InputError(f"source must be an object with url, title and outlet, not {value!r}")
    unknown = [key for key in value if key not in SOURCE_FIELDS]
    if unknown:
        raise InputError(f"source has unknown field(s) {', '.join(sorted(unknown))}; use url, title, outlet")
    return {
        "url": _url(value.get("url"), "source url"),
        "title": _text(value.get("title"), "source title", required=False),
        "outlet": _text(value.get("outlet"), "source outlet", required=False),
    }


def clean_confidence(value: Any) -> tuple[float | None, str | None]:
    """A confidence as given (number, percentage or Kent's words) → (probability, words or None)."""
    if value is None or (isinstance(value, str) and value.strip() == ""):
        return None, None
    if type(value) is float and 0.0 <= value <= 1.0:  # the usual case in imports: a probability already
        return value + 0.0, None
    from .phrases import parse_confidence

    return parse_confidence(value)


def clean_due(value: Any, said_on: dt.date, *, allow_before: bool = False) -> tuple[str | None, str | None]:
    """A due date or phrase, read relative to `said_on` → (ISO date or None, the phrase or None).

    `allow_before` admits an ISO date before `said_on`: PredictionBook allowed deadlines up to 15 days in the
    past, and an import must not lose those predictions.
    """
    if value is None or (isinstance(value, str) and (not value or value.isspace())):
        return None, None
    if isinstance(value, dt.date):
        when, phrase = value, None
    elif isinstance(value, str):
        day = _iso_day(value) if len(value) == 10 else None
        if day is not None:  # an ISO date: the usual case in imports
            if day >= said_on or allow_before:
                return value, None
            when, phrase = day, None
        else:
            from .phrases import parse_due

            when, phrase = parse_due(value, said_on)
    else:
        raise InputError(f"due must be a date YYYY-MM-DD or a phrase, not {value!r}")
    if when < said_on and not (allow_before and phrase is None):
        raise InputError(f"due date {when.isoformat()} is before the claim was made ({said_on.isoformat()})")
    return when.isoformat(), phrase


def clean_resolution(value: Any, said_on: str, *, status: str, today_: dt.date | None = None) -> dict | None:
    if status == "open":
        if value not in (None, {}):
            raise InputError("an open claim has no resolution")
        return None
    if value is None:
        value = {}
    if not isinstance(value, Mapping):
        raise InputError(f"resolution must be an object with on, evidence, note, not {value!r}")
    unknown = set(value) - set(RESOLUTION_FIELDS)
    if unknown:
        raise InputError(f"resolution has unknown field(s) {', '.join(sorted(unknown))}; use on, evidence, note")
    now_day = today_ or today()
    on = now_day if value.get("on") in (None, "") else _date(value["on"], "resolution date")
    if on.isoformat() < said_on:
        raise InputError(f"the verdict date {on.isoformat()} is before the claim was made ({said_on})")
    if on > now_day:
        raise InputError(f"the verdict date {on.isoformat()} is in the future")
    return {
        "on": on.isoformat(),
        "evidence": _url(value.get("evidence"), "evidence"),
        "note": _text(value.get("note"), "note", required=False),
    }


def clean_fields(fields: Mapping[str, Any], base: Mapping[str, Any] | None = None, *,
                 allow_early_due: bool = False, today_: dt.date | None = None) -> dict[str, Any]:
    """Validate user-given fields against `base` (the claim as it stands, or None for a new claim).

    Returns the stored form of every field that was given (plus due/due_text and confidence/confidence_text
    pairs, and a due re-read when said_on moves under a due phrase). Raises InputError on the first bad value.
    `today_` is the day of the transaction (a Store reads the clock once), else today().
    """
    if not _CLEAN_KEYS.issuperset(fields):
        unknown = set(fields) - _CLEAN_KEYS
        raise InputError(f"unknown field(s) {', '.join(sorted(unknown))}; claims have {', '.join(EDITABLE)}")
    base = base or {}
    out: dict[str, Any] = {}
    if "text" in fields or not base:
        out["text"] = _text(fields.get("text"), "claim text", required=True)
    if "claimant" in fields or not base:
        claimant = _text(fields.get("claimant"), "claimant", required=True)
        out["claimant"] = claimant.strip()
    if "said_on" in fields or not base:
        said = fields.get("said_on")
        now_day = today_ or today()
        said_on = _date(said, "said_on") if said not in (None, "") else now_day
        if said_on > now_day:
            raise InputError(f"said_on {said_on.isoformat()} is in the future")
        out["said_on"] = said_on.isoformat()
    else:
        said_on = _date(base.get("said_on"), "said_on")
    if "due" in fields:
        due = fields["due"]
        out["due"], out["due_text"] = clean_due(due, said_on, allow_before=allow_early_due)
        if out["due_text"] is None and out["due"] is not None and fields.get("due_text") is not None:
            # the phrase a date was read from: kept from an export, or from `extract` through a batch
            out["due_text"] = _text(fields["due_text"], "due_text", required=False)
    elif "said_on" in out and base.get("due_text"):
        out["due"], out["due_text"] = _due_again(base["due_text"], said_on)
    elif "said_on" in out and base.get("due") and base["due"] < out["said_on"]:
        raise InputError(f"said_on {out['said_on']} is after the claim's due date {base['due']}")
    elif not base:
        out["due"], out["due_text"] = None, None
    if "confidence" in fields or not base:
        conf = fields.get("confidence")
        out["confidence"], out["confidence_text"] = clean_confidence(conf)
        if out["confidence_text"] is None and out["confidence"] is not None and fields.get("confidence_text"):
            out["confidence_text"] = _text(fields["confidence_text"], "confidence_text", required=False)
    if "tags" in fields or not base:
        out["tags"] = _tags(fields.get("tags"))
    if "source" in fields or not base:
        out["source"] = _source(fields.get("source"))
    for name in OPTIONAL_TEXT:
        if name in fields or not base:
            out[name] = _text(fields.get(name), name, required=False)
    return out


def _due_again(phrase: str, said_on: dt.date) -> tuple[str, str]:
    """A claim's due phrase read again from a new said_on: as `add --due` reads it, or, for a phrase only the
    article reader understands (`extract` keeps 'Oct. 9', 'before the vote on Oct. 9'), as that reads it."""
    try:
        return clean_due(phrase, said_on)
    except InputError as strict:
        from .phrases import read_article_due

        when = read_article_due(phrase, said_on)
        if when is None:
            raise strict from None
        return when.isoformat(), phrase


def new_claim(fields: Mapping[str, Any], *, claim_id: int, now: str, extra: Mapping[str, Any] | None = None,
              allow_early_due: bool = False, today_: dt.date | None = None) -> dict:
    """A complete stored claim from user fields; `extra` carries status/resolution/uuid/timestamps on import."""
    extra = dict(extra or {})
    doc: dict[str, Any] = dict(_NO_FIELDS)
    today_ = today_ or today()
    doc.update(clean_fields(fields, allow_early_due=allow_early_due, today_=today_))
    doc["id"] = claim_id
    doc["uuid"] = clean_uuid(extra["uuid"]) if extra.get("uuid") else str(uuidlib.uuid4())
    status = extra.get("status") or "open"
    if status not in STATUSES:
        raise InputError(f"bad status {status!r}: use one of {', '.join(STATUSES)}")
    doc["status"] = status
    doc["resolution"] = clean_resolution(extra.get("resolution"), doc["said_on"], status=status, today_=today_)
    doc["foreign_id"] = _text(extra.get("foreign_id"), "foreign_id", required=False)
    doc["created_at"] = _timestamp(extra.get("created_at"), "created_at") or now
    doc["updated_at"] = _timestamp(extra.get("updated_at"), "updated_at") or now
    return doc


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")


def clean_uuid(value: Any) -> str:
    """The canonical lower-case form of a uuid (imports may spell it otherwise)."""
    if isinstance(value, str) and _CANONICAL_UUID.match(value):
        return value
    try:
        return str(uuidlib.UUID(str(value)))
    except ValueError:
        raise InputError(f"bad uuid {value!r}") from None


def _timestamp(value: Any, field: str) -> str | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError(f"{field} must be a timestamp string, not {value!r}")
    try:
        dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise InputError(f"bad {field} {value!r}: expected an ISO 8601 timestamp") from None
    return value


def claim_view(doc: Mapping[str, Any]) -> dict[str, Any]:
    """The claim in the public field order (the storage keeps keys sorted)."""
    out = {name: doc.get(name) for name in FIELDS}
    source = out["source"] or {}
    out["source"] = {name: source.get(name) for name in SOURCE_FIELDS}
    if out["resolution"] is not None:
        out["resolution"] = {name: out["resolution"].get(name) for name in RESOLUTION_FIELDS}
    return out


def upgrade_claim(doc: Mapping[str, Any], claim_id: int) -> dict[str, Any]:
    """Fill the fields a claim lacks (absent or null) with their defaults: a plain TinyDB file of claims (schema
    0), or a claim another program wrote with only some fields. `stored_claim_problem` then says whether the
    result is valid. A value that is present is never replaced, so a wrong one is refused, not papered over.

    Everything filled in is derived from the claim itself, never random or from the clock, so a file that is
    only read shows the same claim (the same uuid) on every read until a write stores it whole, and the git merge
    driver, which completes the claims of all three sides, is a pure function of its inputs.
    """
    out = {name: doc.get(name) for name in FIELDS}
    out.update({k: v for k, v in doc.items() if k not in out})
    if out["id"] is None:
        out["id"] = claim_id
    if not out["uuid"]:
        seed = f"claimtrack:schema0:{claim_id}:{out.get('text')}:{out.get('claimant')}"
        out["uuid"] = str(uuidlib.uuid5(uuidlib.NAMESPACE_URL, seed.encode("utf-8", "backslashreplace").decode()))
    out["status"] = out["status"] or "open"
    out["tags"] = out["tags"] if out["tags"] is not None else []
    source = out["source"]
    if source is None:
        out["source"] = dict.fromkeys(SOURCE_FIELDS)
    elif isinstance(source, Mapping) and set(source) < _SOURCE_KEYS:  # some of url, title, outlet
        out["source"] = {name: source.get(name) for name in SOURCE_FIELDS}
    resolution = out["resolution"]
    if isinstance(resolution, Mapping) and "on" in resolution and set(resolution) < _RESOLUTION_KEYS:
        out["resolution"] = {name: resolution.get(name) for name in RESOLUTION_FIELDS}
    if not out["created_at"]:
        said = out.get("said_on")
        out["created_at"] = f"{said}T00:00:00Z" if isinstance(said, str) and _ISO_DAY.fullmatch(said) else "1970-01-01T00:00:00Z"
    out["updated_at"] = out["updated_at"] or out["created_at"]
    return out


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SOURCE_KEYS = frozenset(SOURCE_FIELDS)
_RESOLUTION_KEYS = frozenset(RESOLUTION_FIELDS)


def stored_claim_problem(doc: Mapping[str, Any], doc_id: int | None = None, *, text_checked: bool = False) -> str | None:
    """What makes a stored claim unusable ("has no claimant", "has a status 'maybe'"...), or None if it is fine.

    `doc` holds every field of FIELDS, as `upgrade_claim` leaves it (a missing one raises KeyError: the storage
    takes that as "complete it first", with no key test of its own). This is the whole claim schema as every
    command relies on it: the kind of every field, status one of STATUSES, dates YYYY-MM-DD, timestamps ISO
    8601, confidence 0..1, tags a list of strings, source and resolution objects of exactly their own fields with
    string or null values (URLs are checked where they become links), a canonical uuid, a body id equal to the
    line's (`doc_id`) or absent, and strings that are valid UTF-8 without NUL (`text_checked`: the caller has
    already ruled those out, e.g. by one byte search of the line). It runs on every claim read from a file
    claimtrack did not write itself, so it is straight-line tests (about what parsing the line costs), and a
    message is built only for a claim that fails.
    """
    if doc_id is not None:
        value = doc["id"]
        if value != doc_id or type(value) is not int:
            return f"has an id {_shown(value)} that is not its line's id {doc_id}"
    value = doc["uuid"]
    if type(value) is not str or not _CANONICAL_UUID.match(value):
        return "has no uuid" if value is None else f"has a uuid {_shown(value)} that is not a lower-case uuid"
    value = doc["text"]
    if type(value) is not str or not value or value.isspace():
        return _text_field_problem("text", value)
    value = doc["claimant"]
    if type(value) is not str or not value or value.isspace():
        return _text_field_problem("claimant", value)
    said = doc["said_on"]
    if type(said) is not str or _iso_day(said) is None:
        return "has no said_on" if said is None else f"has a said_on {_shown(said)} that is not a date YYYY-MM-DD"
    value = doc["due"]
    if value is not None and (type(value) is not str or _iso_day(value) is None):
        return f"has a due {_shown(value)} that is not a date YYYY-MM-DD"
    value = doc["confidence"]
    if value is not None and (type(value) not in _NUMBER or not 0 <= value <= 1):
        return f"has a confidence {_shown(value)} that is not a number from 0 to 1"
    status = doc["status"]
    if type(status) is not str or status not in STATUSES:
        return f"has a status {_shown(status)} (claims are {', '.join(STATUSES)})"
    tags = doc["tags"]
    if type(tags) is not list:
        return f"has tags {_shown(tags)} that are not a list of strings"
    for value in tags:
        if type(value) is not str:
            return f"has a tag {_shown(value)} that is not text"
    source = doc["source"]
    if type(source) is not dict or source.keys() != _SOURCE_KEYS:
        if not isinstance(source, Mapping):
            return f"has a source {_shown(source)} that is not an object of url, title and outlet"
        if source.keys() != _SOURCE_KEYS:
            return f"has a source with the fields {', '.join(sorted(map(str, source)))} (a source has url, title and outlet)"
    if type(source["url"]) not in _TEXT_OR_NULL or type(source["title"]) not in _TEXT_OR_NULL \
            or type(source["outlet"]) not in _TEXT_OR_NULL:
        name = next(k for k in SOURCE_FIELDS if type(source[k]) not in _TEXT_OR_NULL)
        return f"has a source {name} {_shown(source[name])} that is not text"
    resolution = doc["resolution"]
    if resolution is not None:
        if status == "open":
            return "is open but has a resolution"
        if type(resolution) is not dict or resolution.keys() != _RESOLUTION_KEYS:
            if not isinstance(resolution, Mapping) or "on" not in resolution:
                return f"has a resolution {_shown(resolution)} that is not an object of an 'on' date, evidence and note"
            if resolution.keys() != _RESOLUTION_KEYS:
                return (f"has a resolution with the fields {', '.join(sorted(map(str, resolution)))} "
                        "(a resolution has on, evidence and note)")
        value = resolution["on"]
        if type(value) is not str or _iso_day(value) is None:
            return f"has a resolution on {_shown(value)} that is not a date YYYY-MM-DD"
        if type(resolution["evidence"]) not in _TEXT_OR_NULL or type(resolution["note"]) not in _TEXT_OR_NULL:
            name = "evidence" if type(resolution["evidence"]) not in _TEXT_OR_NULL else "note"
            return f"has a resolution {name} {_shown(resolution[name])} that is not text"
    if type(doc["due_text"]) not in _TEXT_OR_NULL or type(doc["confidence_text"]) not in _TEXT_OR_NULL \
            or type(doc["quote"]) not in _TEXT_OR_NULL or type(doc["criteria"]) not in _TEXT_OR_NULL \
            or type(doc["notes"]) not in _TEXT_OR_NULL or type(doc["foreign_id"]) not in _TEXT_OR_NULL:
        name = next(k for k in _OPTIONAL_STRINGS if type(doc[k]) not in _TEXT_OR_NULL)
        return f"has a {name} that is not text ({_kind(doc[name])})"
    created, updated = doc["created_at"], doc["updated_at"]
    try:  # the usual case, inline: 2018-05-01T12:00:00Z
        if not (type(created) is str and type(updated) is str and _DATETIME(created) and _DATETIME(updated)):
            raise ValueError
    except ValueError:
        if not _is_stamp(created):
            return "has no created_at" if created is None else f"has a created_at {_shown(created)} that is not an ISO 8601 timestamp"
        if not _is_stamp(updated):
            return "has no updated_at" if updated is None else f"has an updated_at {_shown(updated)} that is not an ISO 8601 timestamp"
    if not text_checked:
        return _text_problem(doc)
    return None


_NUMBER = frozenset({int, float})
_DATETIME = dt.datetime.fromisoformat
_TEXT_OR_NULL = frozenset({str, type(None)})


def _text_field_problem(name: str, value: Any) -> str:
    if value is None:
        return f"has no {name}"
    return f"has an empty {name}" if isinstance(value, str) else f"has a {name} that is not text ({_kind(value)})"


_OPTIONAL_STRINGS = ("due_text", "confidence_text", "quote", "criteria", "notes", "foreign_id")


def _is_stamp(value: Any) -> bool:
    """An ISO 8601 timestamp, as `_timestamp` accepts them (claimtrack writes 2018-05-01T12:00:00Z)."""
    if type(value) is not str:
        return False
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        try:
            dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return False
    return True


def _text_problem(doc: Mapping[str, Any]) -> str | None:
    """A string anywhere in the claim that no JSON file can hold (lone surrogates, from bytes that are not UTF-8)
    or, in a claim's own fields, that claimtrack never stores (NUL), named by its field; None if there is none."""
    for name, value in doc.items():
        values = value.values() if isinstance(value, Mapping) else value if isinstance(value, list) else (value,)
        for item in values:
            if isinstance(item, str):
                if "\x00" in item and name in _NO_FIELDS:
                    return f"has a {name} holding a NUL character"
                if not item.isascii():
                    try:
                        item.encode("utf-8")
                    except UnicodeEncodeError:
                        return f"has a {name} that is not valid UTF-8 text"
    return None


def _shown(value: Any) -> str:
    """A stored value for a one-line message: its JSON, cut short."""
    try:
        import orjson

        text = orjson.dumps(value).decode()
    except TypeError:
        text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _kind(value: Any) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(value), "a number")
