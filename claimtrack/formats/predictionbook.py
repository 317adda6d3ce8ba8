"""Read PredictionBook's "Export my predictions as CSV" file.

Its columns are the attributes of PredictionBook's `PredictionSerializer` (also what its JSON API returns), as
a Rails app writes them: `nil` is an empty cell, booleans are `true`/`false`, times look like
`2018-01-10 18:30:00 UTC`, `mean_confidence` is a whole percentage, and `description_with_group` is the
description prefixed with `[group description] ` for predictions made as part of a group. Files that went
through a spreadsheet (BOM, `\\r\\n`, `TRUE`/`FALSE`, extra columns) read the same.
"""

from __future__ import annotations

from claimtrack.formats.common import Row, bool_of, date_of, decimal_of, header_names, read_table, shown

__all__ = ["looks_like_predictionbook", "read_predictionbook"]

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
