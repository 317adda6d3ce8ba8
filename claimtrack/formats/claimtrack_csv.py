"""claimtrack's own CSV: every public field a column, formula-safe cells, lossless export and import.

`source` and `resolution` are flattened into `source_url`, `resolution_on`...; tags are a JSON array in one
cell, so `,` and `;` in a tag survive. A cell a spreadsheet would run as a formula gets a `'` in front, which
the reader removes again exactly.
"""

from __future__ import annotations

import csv
import io
import re
import typing
from collections.abc import Iterator

import orjson

from claimtrack.errors import InputError
from claimtrack.formats.common import csv_records, shown as _shown, strip_prefix, text_lines as _text_lines, utf8_error, with_prefix
from claimtrack.model import FIELDS, RESOLUTION_FIELDS, SOURCE_FIELDS

_NESTED = {"source": SOURCE_FIELDS, "resolution": RESOLUTION_FIELDS}
_INTEGER = re.compile(r"-?[0-9]+")

# Each CSV column as (column, nested field or None, key): the public fields with `source` and `resolution`
# flattened into `source_url`, `resolution_on`...
_CSV_PLAN: tuple[tuple[str, str | None, str], ...] = tuple(
    (f"{field}_{key}", field, key) if field in _NESTED else (field, None, field)
    for field in FIELDS
    for key in _NESTED.get(field, (field,))
)
#: The CSV columns, in order.
CSV_COLUMNS = tuple(column for column, _, _ in _CSV_PLAN)


def write(views: list[dict], out: typing.BinaryIO) -> None:
    # Rows are gathered in a StringIO and encoded a few hundred at a time: one encode and one write per row
    # would take longer than the csv module itself.
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for number, view in enumerate(views, 1):
        writer.writerow(_csv_cells(view))
        if number % 500 == 0:
            out.write(buffer.getvalue().encode("utf-8"))
            buffer.seek(0)
            buffer.truncate()
    out.write(buffer.getvalue().encode("utf-8"))


def _csv_cells(view: dict) -> list[str]:
    groups = {None: view, "source": view["source"] or {}, "resolution": view["resolution"] or {}}
    cells: list[str] = []
    for _, group, key in _CSV_PLAN:
        value = groups[group].get(key)
        if value is None:
            cells.append("")
        elif group is None and key == "confidence":
            cells.append(with_prefix(repr(float(value))))  # the shortest text that reads back as the same float
        elif group is None and key == "tags":
            cells.append(orjson.dumps(list(value)).decode("utf-8"))  # a JSON array survives `,` and `;` in tags
        else:
            cells.append(with_prefix(value if type(value) is str else str(value)))
    return cells

def _csv_rows(data: bytes) -> Iterator[tuple[int, list[str]]]:
    """Yield (line where the record starts, cells); blank lines are skipped."""
    try:
        yield from csv_records(_text_lines(data))
    except UnicodeDecodeError:
        raise utf8_error(data) or InputError("not UTF-8 text") from None


def read(data: bytes) -> list[dict]:
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(data) + 1))  # a long note is one cell; the default stops at 128 KiB
    try:
        return _read_csv_rows(_csv_rows(data))
    finally:
        csv.field_size_limit(limit)


# Columns whose values repeat from row to row (dates, names, outlets): one string object each is shared by
# every claim, as orjson does for JSON keys. For short claims this is a fifth of the records' memory.
_SHARED_COLUMNS = frozenset(
    {"claimant", "said_on", "due", "due_text", "confidence_text", "status", "source_url", "source_title",
     "source_outlet", "resolution_on", "created_at", "updated_at"}
)


def _read_csv_rows(rows: Iterator[tuple[int, list[str]]]) -> list[dict]:
    first = next(rows, None)
    if first is None:
        raise InputError("the file is empty (is this a claimtrack CSV export?)")
    names = [name.strip() for name in first[1]]
    index: dict[str, int] = {}
    for i, name in enumerate(names):
        if name in CSV_COLUMNS:
            index.setdefault(name, i)
    if "text" not in index:
        raise InputError("missing column 'text' (is this a claimtrack CSV export?)")
    plan = [(index[column], column, group, key) for column, group, key in _CSV_PLAN if column in index]
    width = len(names)
    records: list[dict] = []
    shared: dict[str, str] = {}
    for line, cells in rows:
        if len(cells) < width or any(cell != "" for cell in cells[width:]):
            raise InputError(f"row {line}: {len(cells)} cells, but the header has {width} columns")
        records.append({"row": line, "claim": _csv_claim(line, cells, plan, shared)})
    return records


def _csv_claim(line: int, cells: list[str], plan: list[tuple[int, str, str | None, str]], shared: dict) -> dict:
    claim: dict[str, typing.Any] = {}
    for i, column, group, key in plan:
        value: typing.Any = strip_prefix(cells[i]) or None
        if value is None:
            pass
        elif column in _SHARED_COLUMNS:
            value = shared.setdefault(value, value)
        elif column == "id":
            value = int(value) if _INTEGER.fullmatch(value) else value
        elif column == "confidence":
            value = _csv_confidence(line, value)
        elif column == "tags":
            value = _csv_tags(line, value)
        if group is None:
            claim[key] = value
        else:
            claim.setdefault(group, {})[key] = value  # the key's first column puts it in FIELDS order
    if "resolution" in claim and all(value is None for value in claim["resolution"].values()):
        claim["resolution"] = None  # an open claim
    return claim


def _csv_confidence(line: int, cell: str) -> float:
    try:
        return float(cell)
    except ValueError:
        raise InputError(f"row {line}: bad confidence {_shown(cell)}") from None


def _csv_tags(line: int, cell: str) -> list[str]:
    """Tags from our JSON array cell, or from a `;`-separated list typed into a spreadsheet."""
    if not cell.lstrip().startswith("["):
        return [tag.strip() for tag in cell.split(";") if tag.strip()]
    try:
        tags = orjson.loads(cell)
    except orjson.JSONDecodeError:
        tags = None
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        raise InputError(
            f"row {line}: bad tags {_shown(cell)}: expected a JSON array of strings or a ;-separated list"
        )
    return tags
