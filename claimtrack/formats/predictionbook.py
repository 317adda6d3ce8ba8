"""Read PredictionBook's "Export my predictions as CSV" file.

Its columns are the attributes of PredictionBook's `PredictionSerializer` (also what its JSON API returns), as
a Rails app writes them: `nil` is an empty cell, booleans are `true`/`false`, times look like
`2018-01-10 18:30:00 UTC`, `mean_confidence` is a whole percentage, and `description_with_group` is the
description prefixed with `[group description] ` for predictions made as part of a group. Files that went
through a spreadsheet (BOM, `\\r\\n`, `TRUE`/`FALSE`, extra columns) read the same.

The CSV plumbing at the top of this module (reading rows with their line numbers, parsing times, numbers and
booleans, one-line row errors) is shared with `claimtrack.formats.fatebook`, so both formats report problems
the same way.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation

from claimtrack.errors import InputError
from claimtrack.textsafe import one_line

__all__ = ["looks_like_predictionbook", "read_predictionbook"]

_BOM = "\ufeff"


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


# --- PredictionBook ------------------------------------------------------------------------------------------

_PRODUCT = "PredictionBook"

# Every column of the export, in its order; each maps to itself because PredictionBook never renamed them.
_COLUMNS = {
    name: (name,)
    for name in (
        "created_at", "creator_id", "creator_label", "deadline", "description_with_group", "description",
        "group_id", "id", "mean_confidence", "outcome", "prediction_group_id", "last_judgement_at",
        "updated_at", "uuid", "version", "visibility", "withdrawn",
    )
}
# What we cannot do without. `creator_label` and `last_judgement_at` joined the serializer later, and
# `description` stands in when `description_with_group` is absent, so those are optional.
_REQUIRED = ("id", "created_at", "deadline", "mean_confidence", "outcome", "withdrawn")
# Enough to tell a PredictionBook header from any other CSV for --format auto.
_SIGNATURE = frozenset({"id", "description", "deadline", "mean_confidence", "outcome", "withdrawn"})


def looks_like_predictionbook(header: list[str]) -> bool:
    """Whether a CSV header row is PredictionBook's, for `--format auto`."""
    return _SIGNATURE <= set(header_names(header))


def read_predictionbook(text: str) -> list[dict]:
    """Turn a PredictionBook CSV export into import records, one per prediction, in file order.

    Raises InputError on the first problem, naming the file line where that record starts, so nothing is
    imported from a file we only half understood.
    """
    records: list[dict] = []
    seen: dict[str, int] = {}
    for row in read_table(text, columns=_COLUMNS, required=_REQUIRED, product=_PRODUCT):
        record = _record(row)
        first = seen.setdefault(record["foreign_id"], row.line)
        if first != row.line:
            raise row.error(f"prediction id {shown(row.text('id') or '')} already appeared on row {first}")
        records.append(record)
    return records


def _record(row: Row) -> dict:
    ident = row.text("id")
    if ident is None:
        raise row.error("empty id")
    text = row.raw("description_with_group") or row.raw("description")
    if text is None:
        raise row.error("empty description")
    said_on = date_of(row, "created_at")
    if said_on is None:
        raise row.error("empty created_at")
    due = date_of(row, "deadline")
    mean = decimal_of(row, "mean_confidence", 0, 100)
    confidence = float(mean / 100) if mean is not None else None
    outcome = bool_of(row, "outcome")
    withdrawn = bool_of(row, "withdrawn") or False

    status, resolution = "open", None
    if withdrawn:
        # PredictionBook only lets open predictions be withdrawn; the withdrawal is the last update.
        on = _resolution_date(row, "updated_at")
        status, resolution = "void", {"on": on, "evidence": None, "note": "PredictionBook: withdrawn"}
    elif outcome is not None:
        on = _resolution_date(row, "last_judgement_at", "updated_at")
        status = "confirmed" if outcome else "refuted"
        word = "right" if outcome else "wrong"
        resolution = {"on": on, "evidence": None, "note": f"PredictionBook outcome: {word}"}

    fields: dict = {"text": text}
    claimant = row.raw("creator_label")
    if claimant is not None:
        fields["claimant"] = claimant
    fields.update(said_on=said_on, due=due, confidence=confidence, status=status, resolution=resolution)
    return {"row": row.line, "foreign_id": f"predictionbook:{ident}", "fields": fields, "forecasts": []}


def _resolution_date(row: Row, *names: str) -> str:
    """The first non-empty of `names` as a date; a judged or withdrawn prediction without one is an error."""
    for name in names:
        on = date_of(row, name)
        if on is not None:
            return on
    raise row.error(f"empty {names[0]} for a judged or withdrawn prediction")
