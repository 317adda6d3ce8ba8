"""A claim as a short text to edit (`claimtrack edit ID` in $EDITOR), and that text read back into fields.

Only the text lives here: running the editor is the CLI's business, validating the values the model's. The
format is the one of mail headers, readable without explanation:

    text: Talks will break down in April
    claimant: Harry Kazianis
    notes: first line
      a further line of the same value begins with a space

Lines starting with `#` are comments. An empty value clears a field (text and claimant cannot be cleared); a
field whose line is removed keeps its value. Only the fields whose text was changed are given back, so a
value shown in a form that would not read back exactly (a confidence of 0.7 shown as `0.7`) is never
rewritten by an edit that did not touch it.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from .errors import InputError

#: The keys of the text, in order; `source`, `title` and `outlet` are the parts of the claim's source.
KEYS = ("text", "claimant", "said_on", "due", "confidence", "tags", "source", "title", "outlet", "quote", "criteria", "notes")
_SOURCE_PARTS = {"source": "url", "title": "title", "outlet": "outlet"}
_KEY_LINE = re.compile(r"([A-Za-z_]+)[ \t]*:(.*)\Z", re.DOTALL)
ERROR_MARK = "# ERROR: "
_ERROR_HINT = "# Fix it and save again, or empty the file to abort."


def to_text(claim: Mapping[str, Any]) -> str:
    """The claim's editable fields as text, with a commented header saying how to edit it."""
    due_note = ""
    if claim.get("due_text") and claim.get("due"):
        due_note = f"# due {claim['due_text']!r} is read from said_on as {claim['due']}; a date YYYY-MM-DD works too.\n"
    lines = [
        f"# Claim {claim['id']} ({claim['status']}). Change the values, save and quit the editor.\n",
        "# A value goes on over several lines when each further line begins with a space. An empty value\n",
        "# clears the field; a removed line keeps it. tags: comma-separated. Empty the file to abort.\n",
        due_note,
    ]
    for key, value in _values(claim).items():
        first, *rest = value.split("\n")
        lines.append(f"{key}: {first}\n" if first else f"{key}:\n")
        lines.extend(f"  {line}\n" for line in rest)
    return "".join(lines)


def _values(claim: Mapping[str, Any]) -> dict[str, str]:
    source = claim.get("source") or {}
    confidence = claim.get("confidence_text") or ("" if claim.get("confidence") is None else repr(claim["confidence"]))
    values = {
        "text": claim.get("text"),
        "claimant": claim.get("claimant"),
        "said_on": claim.get("said_on"),
        "due": claim.get("due_text") or claim.get("due"),
        "confidence": confidence,
        "tags": ", ".join(claim.get("tags") or ()),
        "source": source.get("url"),
        "title": source.get("title"),
        "outlet": source.get("outlet"),
        "quote": claim.get("quote"),
        "criteria": claim.get("criteria"),
        "notes": claim.get("notes"),
    }
    return {key: value if isinstance(value, str) else "" for key, value in values.items()}


def read_text(text: str) -> dict[str, str] | None:
    """The values given in an edited text, by key; None when the text holds nothing but comments (abort).

    Raises InputError naming the line of an unknown or repeated key, or of a line that belongs to no key.
    """
    values: dict[str, list[str]] = {}
    current: list[str] | None = None
    blank_run = 0  # empty lines since the current value's last line: kept only if the value goes on after them
    anything = False
    for number, line in enumerate(text.replace("\r\n", "\n").split("\n"), 1):
        if line.startswith("#"):
            continue
        if not line.strip():
            blank_run += current is not None
            continue
        anything = True
        if line[:1] in (" ", "\t"):
            if current is None:
                raise InputError(f"line {number}: a further line of a value, but no field before it")
            current.extend([""] * blank_run)
            current.append(line[1:] if line[:1] == "\t" else line[2:] if line.startswith("  ") else line[1:])
            blank_run = 0
            continue
        match = _KEY_LINE.match(line)
        if match is None:
            raise InputError(f"line {number}: expected 'field: value' (a further line of a value begins with a space)")
        key = match.group(1).lower()
        if key not in KEYS:
            raise InputError(f"line {number}: unknown field {match.group(1)!r}; the fields are {', '.join(KEYS)}")
        if key in values:
            raise InputError(f"line {number}: {key} is given twice")
        value = match.group(2)
        current = values[key] = [value[1:] if value.startswith(" ") else value]
        blank_run = 0
    if not anything:
        return None
    return {key: "\n".join(lines) for key, lines in values.items()}


def changes(claim: Mapping[str, Any], edited: Mapping[str, str]) -> dict[str, Any]:
    """The fields to give `Store.edit` for what was changed in the text (empty: nothing changed)."""
    before = read_text(to_text(claim)) or {}
    changed = {key: value for key, value in edited.items() if _same(before.get(key, "")) != _same(value)}
    fields: dict[str, Any] = {}
    for key, value in changed.items():
        if key == "tags":
            fields["tags"] = [tag.strip() for tag in value.replace("\n", ",").split(",") if tag.strip()]
        elif key in _SOURCE_PARTS:
            source = fields.setdefault("source", dict(claim.get("source") or {}))
            source[_SOURCE_PARTS[key]] = value.strip() or None
        elif key in ("claimant", "said_on", "due", "confidence"):
            fields[key] = value.strip()
        else:
            fields[key] = value
    return fields


def _same(value: str) -> str:
    """A value as compared for "was it changed": editors may drop spaces at the ends of lines."""
    return "\n".join(line.rstrip() for line in value.split("\n")).strip("\n")


def with_error(text: str, error: str) -> str:
    """The text again, with the error on top (and the previous error, if any, taken away)."""
    lines = text.split("\n")
    while lines and (lines[0].startswith(ERROR_MARK) or lines[0] == _ERROR_HINT):
        lines.pop(0)
    return f"{ERROR_MARK}{' '.join(error.splitlines())}\n{_ERROR_HINT}\n" + "\n".join(lines)
