"""The formats registry: each format's name, the module that reads or writes it, and telling them apart.

Every format is one module here (`claimtrack_json` for json and jsonl, `claimtrack_csv`, `markdown`,
`claimreview`, `ics`, `predictionbook`, `fatebook`); `common` holds what several share. A module is imported
only when its format is used, so adding a format is adding a file and a line below.
"""

from __future__ import annotations

import csv
import typing
from importlib import import_module

from claimtrack.errors import InputError

#: Export format -> (module, function writing `list[claim view]` to a binary stream).
WRITERS: dict[str, tuple[str, str]] = {
    "json": ("claimtrack_json", "write_json"),
    "jsonl": ("claimtrack_json", "write_jsonl"),
    "csv": ("claimtrack_csv", "write"),
    "markdown": ("markdown", "write"),
    "claimreview": ("claimreview", "write"),
    "ics": ("ics", "write"),
}
#: claimtrack's own formats -> (module, function reading bytes into `{"row", "claim"}` records).
OWN_READERS: dict[str, tuple[str, str]] = {
    "json": ("claimtrack_json", "read_json"),
    "jsonl": ("claimtrack_json", "read_jsonl"),
    "csv": ("claimtrack_csv", "read"),
}
#: Other tools' exports -> (module, function reading text into `{"row", "fields", "foreign_id", "forecasts"}`).
FOREIGN_READERS: dict[str, tuple[str, str]] = {
    "predictionbook": ("predictionbook", "read_predictionbook"),
    "fatebook": ("fatebook", "read_fatebook"),
}
EXPORT_FORMATS = tuple(WRITERS)
READ_FORMATS = tuple(OWN_READERS)
IMPORT_FORMATS = ("auto", *OWN_READERS, *FOREIGN_READERS)


def _function(entry: tuple[str, str]) -> typing.Callable[..., typing.Any]:
    module, name = entry
    return getattr(import_module(f"claimtrack.formats.{module}"), name)


def export(claims: list[dict], fmt: str, out: typing.BinaryIO) -> None:
    """Write stored claims to `out` in `fmt`, in the order given.

    Claims go through `claim_view` first, so every format shows the public field order whatever the
    storage order was.
    """
    from claimtrack.model import claim_view

    entry = WRITERS.get(fmt)
    if entry is None:
        raise InputError(f"unknown export format {fmt!r}: use one of {', '.join(EXPORT_FORMATS)}")
    _function(entry)([claim_view(claim) for claim in claims], out)


def read_records(data: bytes, fmt: str) -> list[dict]:
    """Parse a json, jsonl or csv export into `{"row": n, "claim": {...}}` records, in file order.

    `claim` holds only the public fields the input had, values untouched, so the importer can apply its
    defaults and name the row of a bad value. Structural problems raise InputError naming the line or row.
    """
    entry = OWN_READERS.get(fmt)
    if entry is None:
        raise InputError(f"cannot read format {fmt!r} here: use one of {', '.join(READ_FORMATS)}")
    return _function(entry)(data)


def read_foreign(text: str, fmt: str) -> list[dict]:
    """Parse another tool's export (already decoded) into records carrying the source's own ids."""
    return _function(FOREIGN_READERS[fmt])(text)


# --- format detection -------------------------------------------------------------------------------------

_EXTENSIONS = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}
# Headers that only the other tools' exports have; enough for a reader's "missing column" message to be the
# helpful one even when a column it needs was deleted.
_PREDICTIONBOOK_HINTS = frozenset({"description_with_group", "mean_confidence"})
_FATEBOOK_HINTS = frozenset({"Question title", "Forecast (scale = 0-1)"})


def detect_format(data: bytes, filename: str | None) -> str:
    """Tell json, jsonl, csv, predictionbook and fatebook apart for `--format auto`.

    A `.jsonl`/`.ndjson` name decides; otherwise the content does (JSON's first byte, a CSV's header row), with
    `.csv` forcing the CSV reading of a file and the extension breaking the tie for an empty file.
    """
    from claimtrack.formats.claimtrack_json import looks_like_jsonl
    from claimtrack.formats.common import BOM, NON_SPACE

    suffix = ""
    if filename:
        name = filename.rsplit("/", 1)[-1].rsplit("\\", 1)[-1].lower()
        suffix = name[name.rfind(".") :] if "." in name else ""
    by_name = _EXTENSIONS.get(suffix)
    if by_name == "jsonl":
        return "jsonl"
    found = NON_SPACE.search(data, len(BOM) if data.startswith(BOM) else 0)
    first = found.group() if found else b""
    if not first:
        if by_name:
            return by_name
        raise InputError("the file is empty, so its format cannot be told: give --format")
    if by_name != "csv" and first == b"[":
        return "json"
    if by_name != "csv" and first == b"{":
        return "jsonl" if looks_like_jsonl(data) else "json"
    return _csv_kind(data)


def _csv_kind(data: bytes) -> str:
    from claimtrack.formats.common import text_lines
    from claimtrack.formats.fatebook import looks_like_fatebook
    from claimtrack.formats.predictionbook import looks_like_predictionbook

    reader = csv.reader(text_lines(data, errors="replace"))
    try:
        header = next((row for row in reader if row), [])
    except csv.Error:
        header = []
    names = {cell.strip() for cell in header}
    if looks_like_predictionbook(header) or names & _PREDICTIONBOOK_HINTS:
        return "predictionbook"
    if looks_like_fatebook(header) or names & _FATEBOOK_HINTS:
        return "fatebook"
    return "csv"
