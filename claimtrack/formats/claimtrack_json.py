"""claimtrack's own JSON (an array) and JSON Lines (one claim per line): lossless export and import.

The readers only rebuild structure; they leave every value to `claimtrack.model`, which validates import
records like any other input, so a bad value is reported once, the same way, naming its row.
"""

from __future__ import annotations

import re
import typing

import orjson

from claimtrack.errors import InputError
from claimtrack.formats.common import BOM as _BOM, NON_SPACE as _NON_SPACE, kind as _kind, lines as _lines, utf8_error
from claimtrack.model import FIELDS

_FIELD_SET = frozenset(FIELDS)


def write_json(views: list[dict], out: typing.BinaryIO) -> None:
    out.write(orjson.dumps(views, option=orjson.OPT_INDENT_2) + b"\n")


def write_jsonl(views: list[dict], out: typing.BinaryIO) -> None:
    # orjson escapes \n inside strings, so each claim is exactly one line.
    for view in views:
        out.write(orjson.dumps(view) + b"\n")


def _public(obj: dict) -> dict:
    """Keep the public fields only, in place: a second dict per claim would double the peak memory."""
    for key in [key for key in obj if key not in _FIELD_SET]:
        del obj[key]
    return obj

def _json_error(body: memoryview, start: int) -> InputError:
    """The message for a JSON document that does not parse, from orjson's own reading of the whole file."""
    if not bytes(body).strip():
        return InputError("the file is empty (is this a claimtrack JSON export?)")
    try:
        orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        return utf8_error(body, start) or InputError(f"line {exc.lineno}: invalid JSON ({exc.msg})")
    return InputError("invalid JSON")  # not reached: only called once a part of the document failed to parse


def read_json(data: bytes) -> list[dict]:
    start = len(_BOM) if data.startswith(_BOM) else 0
    body = memoryview(data)[start:]
    found = _NON_SPACE.search(data, start)
    if found and found.group() == b"[":
        return _read_json_array(data, found.start(), body, start)
    try:
        value = orjson.loads(body)
    except orjson.JSONDecodeError:
        raise _json_error(body, start) from None
    if isinstance(value, dict):
        return [{"row": 1, "claim": _public(value)}]
    raise InputError(f"expected a JSON array of claims or one claim object, not {_kind(value)}")


# A JSON string (skipped whole, so brackets and commas inside it do not count) or a structural character.
_JSON_STRING = rb'"[^"\\]*(?:\\.[^"\\]*)*"'
_JSON_TOKEN = re.compile(_JSON_STRING + rb"|[\[\]{},]")


def _nested(inner: bytes) -> bytes:
    """A pattern for an array or object whose members are strings, other text, or `inner` containers.

    Runs of other text are maximal, so a failed match backs off one step at a time instead of trying every
    way to split a run.
    """
    run = rb'[^"\[\]{}]*'
    return rb"[\[{]" + run + rb"(?:(?:" + _JSON_STRING + rb"|" + inner + rb")" + run + rb")*[\]}]"


# One array element nested up to three levels deep (a claim with its source, resolution and tags needs two),
# then the comma or bracket after it; anything else goes through the token loop in `_item_end`.
_JSON_ITEM = re.compile(rb"[ \t\r\n]*(?:" + _nested(_nested(_nested(rb"(?!)"))) + rb")?[ \t\r\n]*[,\]]")


def _item_end(data: bytes, pos: int) -> int:
    """Where the array element starting at `pos` ends: the index of its `,` or `]`, or -1 if it does not."""
    match = _JSON_ITEM.match(data, pos)
    if match:
        return match.end() - 1
    depth = 0
    for token in _JSON_TOKEN.finditer(data, pos):
        char = data[token.start()]
        if char == 0x22:  # a string
            continue
        if char in b"[{":
            depth += 1
        elif depth == 0:
            return token.start() if char in b",]" else -1
        elif char in b"]}":
            depth -= 1
    return -1


def _read_json_array(data: bytes, open_at: int, body: memoryview, start: int) -> list[dict]:
    """Parse a top-level array one element at a time.

    orjson builds its own tree of the whole document first, which peaks at about 14 times the input; cutting
    the array at its top-level commas and parsing each claim on its own keeps the peak at the records. Any
    doubt (an unterminated string, a stray comma) goes to orjson's reading of the whole file for the message.
    """
    view = memoryview(data)
    records: list[dict] = []
    pos = open_at + 1
    while True:
        end = _item_end(data, pos)
        if end < 0:
            break
        if _NON_SPACE.search(data, pos, end) is None:
            if data[end] == 0x2C or records:  # `[,`, `,,` or `,]`
                break
        else:
            try:
                value = orjson.loads(view[pos:end])
            except orjson.JSONDecodeError:
                break
            if not isinstance(value, dict):
                raise InputError(f"row {len(records) + 1}: expected a claim object, not {_kind(value)}")
            records.append({"row": len(records) + 1, "claim": _public(value)})
        pos = end + 1
        if data[end] == 0x5D:  # ]
            if _NON_SPACE.search(data, pos):
                break  # something after the array
            return records
    raise _json_error(body, start)

def read_jsonl(data: bytes) -> list[dict]:
    records: list[dict] = []
    for number, offset, line in _lines(data):
        if not bytes(line).strip():
            continue
        try:
            value = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise (utf8_error(line, offset) or InputError(f"line {number}: invalid JSON ({exc.msg})")) from None
        if not isinstance(value, dict):
            raise InputError(f"line {number}: expected a claim object, not {_kind(value)}")
        records.append({"row": number, "claim": _public(value)})
    return records

def looks_like_jsonl(data: bytes) -> bool:
    """Whether the first two non-empty lines are each a whole JSON object.

    Two are enough: a pretty-printed object never closes on its first line, and a broken later line is then
    reported by the JSON Lines reader with its line number, which is the message the user needs.
    """
    objects = 0
    for _, _, line in _lines(data):
        if not bytes(line).strip():
            continue
        try:
            if not isinstance(orjson.loads(line), dict):
                return False
        except orjson.JSONDecodeError:
            return False
        objects += 1
        if objects == 2:
            return True
    return False
