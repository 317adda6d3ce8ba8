"""Read Fatebook's CSV export, which has one row per forecast.

What the export looks like, from Fatebook's own `questionsToCsv`: every string cell is quoted (quotes doubled,
newlines kept inside), numbers and booleans are bare, missing values are empty, rows end in `\\n`, and times
are the server's clock (UTC) written `YYYY-MM-DD HH:MM:S`, the seconds not zero-padded. Shared-with names
and comments are joined with `"; "`, comments as `name: text`.

For a multiple-choice question the `Resolution` cell is the option's own: resolving picks one option, which
becomes `YES` while every other option becomes `NO` (resolving `OTHER` or `AMBIGUOUS` makes them all `NO`).
Older exports lack `Question tags`; the first ones also lacked `Multiple choice option` and named two
columns `Question resolution` and `Question resolved at`. All of these read the same way here.
"""

from __future__ import annotations

from datetime import datetime

from claimtrack.formats.common import (
    Row,
    date_of,
    decimal_of,
    header_names,
    iso_z,
    read_table,
    time_of,
)

__all__ = ["looks_like_fatebook", "read_fatebook"]

_PRODUCT = "Fatebook"

_TITLE = "Question title"
_OPTION = "Multiple choice option"
_BY = "Forecast created by"
_FORECAST = "Forecast (scale = 0-1)"
_AT = "Forecast created at"
_CREATOR = "Question created by"
_CREATED = "Question created at"
_RESOLVE_BY = "Question resolve by"
_RESOLUTION = "Resolution"
_RESOLVED_AT = "Resolved at"
_NOTES = "Question notes"
_COMMENTS = "Question comments"
_TAGS = "Question tags"

_COLUMNS = {
    _TITLE: (_TITLE,),
    _OPTION: (_OPTION,),
    _BY: (_BY,),
    _FORECAST: (_FORECAST,),
    _AT: (_AT,),
    _CREATOR: (_CREATOR,),
    _CREATED: (_CREATED,),
    _RESOLVE_BY: (_RESOLVE_BY,),
    _RESOLUTION: (_RESOLUTION, "Question resolution"),
    _RESOLVED_AT: (_RESOLVED_AT, "Question resolved at"),
    _NOTES: (_NOTES,),
    _COMMENTS: (_COMMENTS,),
    _TAGS: (_TAGS,),
}
_REQUIRED = (_TITLE, _BY, _FORECAST, _AT, _CREATOR, _CREATED, _RESOLVE_BY, _RESOLUTION, _RESOLVED_AT)
_SIGNATURE = frozenset({_TITLE, _BY, _FORECAST, _AT})

_STATUS = {"YES": "confirmed", "NO": "refuted", "AMBIGUOUS": "void"}


def looks_like_fatebook(header: list[str]) -> bool:
    """Whether a CSV header row is Fatebook's, for `--format auto`."""
    return _SIGNATURE <= set(header_names(header))


def read_fatebook(text: str) -> list[dict]:
    """Turn a Fatebook CSV export into import records: one per question, or per option of a multiple-choice one.

    Records come in the order their first forecast row appears. Raises InputError on the first problem,
    naming the file line where that row starts.
    """
    claims: dict[tuple[str, str, str | None], _Claim] = {}
    for row in read_table(text, columns=_COLUMNS, required=_REQUIRED, product=_PRODUCT):
        title = row.raw(_TITLE)
        if title is None:
            raise row.error(f"empty {row.label(_TITLE)}")
        created = time_of(row, _CREATED)
        if created is None:
            raise row.error(f"empty {row.label(_CREATED)}")
        option = row.raw(_OPTION)
        key = (title, iso_z(created), option)
        claim = claims.get(key)
        if claim is None:
            claim = claims[key] = _Claim(row, title, created, option)
        claim.add_forecast(row)
    return [claim.record() for claim in claims.values()]


class _Claim:
    """Forecast rows repeat the question's cells, so one claim gathers them and reads the question from the first."""

    def __init__(self, row: Row, title: str, created: datetime, option: str | None) -> None:
        self.first = row
        self.option = option
        self.title = title
        self.created = created
        self.creator = row.raw(_CREATOR)
        self.status, self.resolution = _resolution(row, option)
        self.forecasts: list[tuple[datetime, int, dict]] = []

    def add_forecast(self, row: Row) -> None:
        value = decimal_of(row, _FORECAST, 0, 1)
        if value is None:
            raise row.error(f"empty {row.label(_FORECAST)}")
        at = time_of(row, _AT)
        if at is None:
            raise row.error(f"empty {row.label(_AT)}")
        by = row.raw(_BY) or ""
        self.forecasts.append((at, row.line, {"by": by, "confidence": float(value), "at": iso_z(at)}))

    def record(self) -> dict:
        row = self.first
        history = [forecast for _, _, forecast in sorted(self.forecasts, key=lambda item: (item[0], item[1]))]
        # Only the claimant's own latest forecast is the claim's confidence; others' stay in the history.
        own = [forecast for forecast in history if forecast["by"] == (self.creator or "")]
        text = f"{self.title}: {self.option}" if self.option is not None else self.title

        fields: dict = {"text": text}
        if self.creator is not None:
            fields["claimant"] = self.creator
        fields.update(
            said_on=self.created.date().isoformat(),
            due=date_of(row, _RESOLVE_BY),
            confidence=own[-1]["confidence"] if own else None,
            status=self.status,
            resolution=self.resolution,
        )
        tags = _tags(row.raw(_TAGS))
        if tags:
            fields["tags"] = tags
        notes = _notes(row.raw(_NOTES), row.raw(_COMMENTS))
        if notes is not None:
            fields["notes"] = notes

        foreign_id = f"fatebook:{self.title}|{iso_z(self.created)}"
        if self.option is not None:
            foreign_id += f"|{self.option}"
        return {"row": row.line, "foreign_id": foreign_id, "fields": fields, "forecasts": history}


def _resolution(row: Row, option: str | None) -> tuple[str, dict | None]:
    """Status and resolution of a row's question or option.

    Real exports hold YES/NO/AMBIGUOUS per option. A Resolution that names an option instead (as the
    question-level value of hand-made or other tools' files may) confirms that option and refutes the rest.
    """
    value = row.raw(_RESOLUTION)
    if value is None:
        return "open", None
    word = value.strip().upper()
    if word in _STATUS:
        status = _STATUS[word]
    elif option is not None:
        status = "confirmed" if value.strip() == option.strip() else "refuted"
    else:
        raise row.unreadable(_RESOLUTION)
    on = date_of(row, _RESOLVED_AT)
    if on is None:
        raise row.error(f"empty {row.label(_RESOLVED_AT)} for a resolved question")
    return status, {"on": on, "evidence": None, "note": f"Fatebook resolution: {value.strip()}"}


def _tags(cell: str | None) -> list[str]:
    tags: list[str] = []
    for part in (cell or "").split(";"):
        tag = part.strip()
        if tag and tag not in tags:
            tags.append(tag)
    return tags


def _notes(notes: str | None, comments: str | None) -> str | None:
    parts = [notes] if notes is not None else []
    if comments is not None:
        parts.append(f"Comments:\n{comments}")
    return "\n\n".join(parts) if parts else None
