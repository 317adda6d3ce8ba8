"""Helpers every format shares: UTF-8 checks, CSV rows with their line numbers, cell parsing, formula safety.

The foreign readers (PredictionBook, Fatebook) and claimtrack's own CSV read rows the same way here, so every
format reports a problem the same way: one line naming the row.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation

from claimtrack.errors import InputError
from claimtrack.textsafe import one_line

BOM = codecs.BOM_UTF8
_BOM = "\ufeff"
NON_SPACE = re.compile(rb"[^ \t\r\n\f\v]")


# --- spreadsheet formula safety -----------------------------------------------------------------------------

#: First characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP CSV injection).
DANGEROUS = frozenset("=+-@\t\r")


def needs_prefix(cell: str) -> bool:
    """Whether export must put `'` in front of `cell`.

    A cell that already starts with `'` followed by something that needs the prefix gets one too, so that
    `strip_prefix` can tell our `'` from the user's and the round trip loses nothing.
    """
    return cell.lstrip("'")[:1] in DANGEROUS


_PREFIX_FIRST = DANGEROUS | {"'"}


def with_prefix(cell: str) -> str:
    """A cell a spreadsheet shows as text; `strip_prefix` undoes it exactly."""
    return "'" + cell if cell[:1] in _PREFIX_FIRST and needs_prefix(cell) else cell


def strip_prefix(cell: str) -> str:
    """Undo `with_prefix`; a hand-typed `=x` (which export never writes) is kept as it is."""
    return cell[1:] if cell[:1] == "'" and needs_prefix(cell[1:]) else cell


# --- text and UTF-8 ---------------------------------------------------------------------------------------


def utf8_error(data: bytes | memoryview, offset: int = 0) -> InputError | None:
    """The error for the first byte that is not UTF-8 (counted from 1, BOM included), or None if all are."""
    try:
        codecs.decode(data, "utf-8")
    except UnicodeDecodeError as exc:
        return InputError(f"not UTF-8 text (byte {offset + exc.start + 1})")
    return None


def kind(value: object) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(value), "a number"
    )

def lines(data: bytes) -> Iterator[tuple[int, int, memoryview]]:
    """Yield (line number, byte offset, line) without copying the data; only `\\n` ends a line, as in JSON Lines."""
    view = memoryview(data)
    pos = len(BOM) if data.startswith(BOM) else 0
    number = 0
    while pos < len(data):
        end = data.find(b"\n", pos)
        if end < 0:
            end = len(data)
        number += 1
        yield number, pos, view[pos:end]
        pos = end + 1

def text_lines(data: bytes, errors: str = "strict") -> Iterator[str]:
    """Decoded lines, read lazily; newline="" keeps line ends for the csv module, as its documentation asks."""
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", errors=errors, newline="")


# --- shared CSV plumbing -------------------------------------------------------------------------------------


def shown(value: str, limit: int = 60) -> str:
    """Error messages are one terminal line, whatever the cell holds; long values are cut."""
    text = one_line(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"'{text}'"


def header_names(header: Iterable[str]) -> list[str]:
    """A BOM or stray spaces around a header name must not make a column look missing."""
    names = [str(cell).strip() for cell in header]
    if names and names[0].startswith(_BOM):
        names[0] = names[0][1:].strip()
    return names


class Row:
    """One CSV record; keeps the line where it starts so every error can point the user at it."""

    __slots__ = ("line", "_cells", "_labels")

    def __init__(self, line: int, cells: dict[str, str], labels: Mapping[str, str]) -> None:
        self.line = line
        self._cells = cells
        self._labels = labels

    def raw(self, name: str) -> str | None:
        """The cell exactly as written (text is data, never trimmed), or None when empty or absent."""
        value = self._cells.get(name, "")
        return value if value != "" else None

    def text(self, name: str) -> str | None:
        """For cells that get parsed, where surrounding spaces carry no meaning."""
        value = self._cells.get(name, "").strip()
        return value or None

    def label(self, name: str) -> str:
        """The column's name as this file spells it, so messages match what the user sees."""
        return self._labels.get(name, name)

    def error(self, message: str) -> InputError:
        return InputError(f"row {self.line}: {message}")

    def unreadable(self, name: str) -> InputError:
        return self.error(f"cannot read {self.label(name)} {shown(self._cells.get(name, ''))}")


def csv_records(lines: Iterable[str]) -> Iterator[tuple[int, list[str]]]:
    """Yield (line where the record starts, cells) lazily, so the first problem in the file is the one raised.

    `lines` must keep their line ends (open text with newline=""), as the csv module's documentation asks, so
    that quoted line breaks and CRLF line ends reach it intact; the line numbers then count those breaks too.
    """
    reader = csv.reader(lines, strict=True)
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(f"row {start}: cannot read this CSV record ({exc})") from None
        if cells:  # a blank line is not a record
            yield start, cells
        start = reader.line_num + 1


def _records(text: str) -> Iterator[tuple[int, list[str]]]:
    if text.startswith(_BOM):
        text = text[1:]
    return csv_records(io.StringIO(text, newline=""))


def read_table(
    text: str,
    *,
    columns: Mapping[str, tuple[str, ...]],
    required: Iterable[str],
    product: str,
) -> Iterator[Row]:
    """Yield the data rows of a CSV export, with cells keyed by canonical column name.

    `columns` lists the header spellings accepted for each canonical name, because exports renamed columns
    over the years; unknown columns are ignored. A row with the wrong number of cells is an error rather
    than a guess, since guessing which cell is which would import wrong data.
    """
    records = _records(text)
    first = next(records, None)
    if first is None:
        raise InputError(f"the file is empty (is this a {product} CSV export?)")
    _, header = first
    names = header_names(header)
    index: dict[str, int] = {}
    labels: dict[str, str] = {}
    for canonical, spellings in columns.items():
        for spelling in spellings:
            if spelling in names:
                index[canonical] = names.index(spelling)
                labels[canonical] = spelling
                break
    for canonical in required:
        if canonical not in index:
            raise InputError(f"missing column '{canonical}' (is this a {product} CSV export?)")
    width = len(names)
    for line, cells in records:
        if len(cells) < width or any(cell != "" for cell in cells[width:]):
            raise InputError(f"row {line}: {len(cells)} cells, but the header has {width} columns")
        yield Row(line, {canonical: cells[i] for canonical, i in index.items()}, labels)


_TIME = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[ T](\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[.,](\d+))?)?)?"
    r"\s*(UTC|GMT|Z|[+-]\d{2}(?::?\d{2})?)?",
    re.IGNORECASE,
)


def parse_utc(value: str) -> datetime:
    """Parse an export's time into an aware UTC datetime; raise ValueError if it is not one.

    Accepts Rails' `2018-01-10 18:30:00 UTC` (or `+1000`), ISO 8601 with `T`/`Z`/offsets, a bare date, and
    Fatebook's times whose seconds are not zero-padded (`14:07:3` is 3 seconds). A time without a zone is
    taken as UTC, which is what both services write.
    """
    match = _TIME.fullmatch(value.strip())
    if match is None:
        raise ValueError(value)
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    tz = timezone.utc
    if zone and zone.upper() not in ("UTC", "GMT", "Z"):
        digits = zone[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
        tz = timezone(-offset if zone[0] == "-" else offset)
    moment = datetime(
        int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0), micro, tzinfo=tz
    )
    return moment.astimezone(timezone.utc)


def time_of(row: Row, name: str) -> datetime | None:
    value = row.text(name)
    if value is None:
        return None
    try:
        return parse_utc(value)
    except (ValueError, OverflowError):
        raise row.unreadable(name) from None


def date_of(row: Row, name: str) -> str | None:
    """Claims are dated by day; the exports' times are UTC, so the UTC date is the day meant."""
    moment = time_of(row, name)
    return moment.date().isoformat() if moment is not None else None


def iso_z(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def decimal_of(row: Row, name: str, low: int, high: int) -> Decimal | None:
    """Decimal, so that 70 / 100 becomes exactly 0.7 rather than a float division's neighbour."""
    value = row.text(name)
    if value is None:
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise row.unreadable(name) from None
    if not number.is_finite():
        raise row.unreadable(name)
    if not low <= number <= high:
        raise row.error(f"{row.label(name)} {shown(value)} is not between {low} and {high}")
    return number


_TRUE = frozenset({"true", "t", "1", "yes", "y"})
_FALSE = frozenset({"false", "f", "0", "no", "n"})


def bool_of(row: Row, name: str) -> bool | None:
    value = row.text(name)
    if value is None:
        return None
    if value.lower() in _TRUE:
        return True
    if value.lower() in _FALSE:
        return False
    raise row.unreadable(name)
