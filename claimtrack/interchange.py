"""Export claims in five formats and read claimtrack's own exports back as import records.

JSON, JSON Lines and CSV are lossless: `read_records(export(...))` gives back every field, so a database can
be moved between machines or edited in a spreadsheet and imported again. Markdown (a report to paste into an
article) and schema.org ClaimReview (structured data for a web page) are one-way.

The readers only rebuild structure; they leave every value to `claimtrack.model`, which validates import
records like any other input, so a bad value is reported once, the same way, naming its row.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import typing
from collections.abc import Iterator
from urllib.parse import urlsplit

import orjson

from claimtrack.errors import InputError
from claimtrack.formats.fatebook import looks_like_fatebook
from claimtrack.formats.predictionbook import looks_like_predictionbook
from claimtrack.model import FIELDS, RESOLUTION_FIELDS, SOURCE_FIELDS, STATUSES, claim_view
from claimtrack.textsafe import one_line, visible

__all__ = [
    "CSV_COLUMNS",
    "DANGEROUS",
    "EXPORT_FORMATS",
    "READ_FORMATS",
    "detect_format",
    "export",
    "needs_prefix",
    "read_records",
    "strip_prefix",
    "with_prefix",
]

_NESTED = {"source": SOURCE_FIELDS, "resolution": RESOLUTION_FIELDS}
_INTEGER = re.compile(r"-?[0-9]+")
EXPORT_FORMATS = ("json", "jsonl", "csv", "markdown", "claimreview")
READ_FORMATS = ("json", "jsonl", "csv")

# Each CSV column as (column, nested field or None, key): the public fields with `source` and `resolution`
# flattened into `source_url`, `resolution_on`...
_CSV_PLAN: tuple[tuple[str, str | None, str], ...] = tuple(
    (f"{field}_{key}", field, key) if field in _NESTED else (field, None, field)
    for field in FIELDS
    for key in _NESTED.get(field, (field,))
)
#: The CSV columns, in order.
CSV_COLUMNS = tuple(column for column, _, _ in _CSV_PLAN)

_BOM = codecs.BOM_UTF8
_FIELD_SET = frozenset(FIELDS)
_NON_SPACE = re.compile(rb"[^ \t\r\n\f\v]")


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


# --- export -----------------------------------------------------------------------------------------------


def export(claims: list[dict], fmt: str, out: typing.BinaryIO) -> None:
    """Write stored claims to `out` in `fmt`, in the order given.

    Claims go through `claim_view` first, so every format shows the public field order whatever the
    storage order was.
    """
    writer = _WRITERS.get(fmt)
    if writer is None:
        raise InputError(f"unknown export format {fmt!r}: use one of {', '.join(EXPORT_FORMATS)}")
    writer([claim_view(claim) for claim in claims], out)


def _export_json(views: list[dict], out: typing.BinaryIO) -> None:
    out.write(orjson.dumps(views, option=orjson.OPT_INDENT_2) + b"\n")


def _export_jsonl(views: list[dict], out: typing.BinaryIO) -> None:
    # orjson escapes \n inside strings, so each claim is exactly one line.
    for view in views:
        out.write(orjson.dumps(view) + b"\n")


def _export_csv(views: list[dict], out: typing.BinaryIO) -> None:
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


# --- Markdown ---------------------------------------------------------------------------------------------

_VERDICT_LABEL = {
    "confirmed": "✓ confirmed",
    "refuted": "✗ refuted",
    "partial": "½ partial",
    "void": "void",
    "open": "open",
}
_INDENT = "  "  # the content column of a "- " bullet
# Characters with inline meaning in CommonMark or GitHub Markdown (links, emphasis, code, HTML, tables,
# strikethrough, headings), escaped wherever they appear.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")
# `&amp;` and `&#65;` are entity references that would show as `&` and `A`.
_MD_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# At the start of a line these begin a block (list, setext heading underline, quote, ordered list) even in the
# middle of a paragraph; `#`, `>`, `*`, `_`, backticks and `~` are escaped everywhere already.
_MD_LINE_START = re.compile(r"^(?:[-+=]|\d{1,9}(?=[.)](?:[ \t]|$)))")


def _md_escape_line(line: str) -> str:
    line = _MD_ENTITY.sub(r"\\&", _MD_SPECIAL.sub(r"\\\1", line))
    # `-` → `\-`, but `1. ` → `1\. `: the number stays, its dot no longer makes a list.
    return _MD_LINE_START.sub(lambda m: "\\" + m.group() if m.group() in "-+=" else m.group() + "\\", line)


def _md_lines(text: str) -> list[str]:
    """User text as escaped Markdown lines: shown as written, never read as markup."""
    # Renderers drop a line's leading blanks anyway; left in, four of them would start a code block.
    lines = [_md_escape_line(line.lstrip(" \t")) for line in visible(text).split("\n")]
    while len(lines) > 1 and not lines[-1].strip():
        lines.pop()  # a backslash hard break before the end of a paragraph would show as a stray `\`
    while len(lines) > 1 and not lines[0].strip():
        lines.pop(0)
    return lines


def _md_text(text: str, indent: str = _INDENT) -> str:
    """Multi-line user text inside a list item: its line breaks kept as hard breaks, all in one paragraph."""
    return ("\\\n" + indent).join(_md_lines(text))


def _md_word(text: str) -> str:
    """Short user text for one line (a name, a title): newlines and tabs spelled out too."""
    return _md_escape_line(one_line(text))


def _md_destination(url: object) -> str | None:
    """A link destination for an http(s) URL, or None when the URL must not become a link."""
    if not isinstance(url, str) or not url.isprintable():
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    dest = _MD_ENTITY.sub(r"\\&", url.replace("\\", "\\\\"))
    if any(char in dest for char in " ()<>"):
        return "<" + dest.replace("<", "\\<").replace(">", "\\>") + ">"
    return dest


def _md_link(label: str, url: object) -> str:
    dest = _md_destination(url)
    return f"[{label}]({dest})" if dest else label


def _export_markdown(views: list[dict], out: typing.BinaryIO) -> None:
    out.write(_markdown(views).encode("utf-8"))


def _markdown(views: list[dict]) -> str:
    by_claimant: dict[str, list[dict]] = {}
    for view in views:
        by_claimant.setdefault(view.get("claimant") or "", []).append(view)
    parts = ["# Claims\n", _md_summary(views)]
    for name in sorted(by_claimant, key=lambda n: (n.casefold(), n)):
        parts.append(f"## {_md_word(name) if name else 'Unknown claimant'}\n")
        parts.extend(_md_claim(view) for view in by_claimant[name])
    return "\n".join(parts)


def _md_summary(views: list[dict]) -> str:
    if not views:
        return "No claims.\n"
    counts = dict.fromkeys(STATUSES, 0)
    for view in views:
        status = view.get("status") or "open"
        counts[status] = counts.get(status, 0) + 1
    people = len({view.get("claimant") for view in views})
    statuses = ", ".join(f"{n} {_md_word(status)}" for status, n in counts.items() if n)
    return (
        f"{len(views)} claim{'s' if len(views) != 1 else ''} by {people} "
        f"claimant{'s' if people != 1 else ''}: {statuses}.\n"
    )


def _md_claim(view: dict) -> str:
    status = view.get("status") or "open"
    label = _VERDICT_LABEL.get(status) or _md_word(status)
    text = _md_text(view["text"]) if (view.get("text") or "").strip() else "(no text)"
    blocks = [f"- **{label}** {text}\\\n{_INDENT}{_md_context(view)}"]
    if (view.get("quote") or "").strip():
        quote = _md_lines(view["quote"])
        blocks.append("\\\n".join(f"{_INDENT}> {line}" for line in quote))
    resolution = view.get("resolution")
    if status != "open" and resolution:
        verdict = f"Verdict on {_md_word(resolution['on'])}" if resolution.get("on") else "Verdict"
        if (resolution.get("note") or "").strip():
            verdict += ": " + _md_text(resolution["note"])
        evidence = resolution.get("evidence")
        if evidence and _md_destination(evidence):
            verdict += f" · {_md_link('evidence', evidence)}"
        elif evidence:
            verdict += f" · evidence: {_md_word(evidence)}"
        blocks.append(_INDENT + verdict)
    return "\n\n".join(blocks) + "\n"


def _md_context(view: dict) -> str:
    """The line under a claim: when and where it was said, when it is due, how sure the claimant was."""
    said = f"Said on {_md_word(view['said_on'])}" if view.get("said_on") else "Said"
    source = view.get("source") or {}
    url, title, outlet = source.get("url"), source.get("title"), source.get("outlet")
    if outlet:
        said += f" in {_md_word(outlet)}"
    if title:
        said += f": {_md_link(_md_word(title), url)}"
        if url and not _md_destination(url):
            said += f" ({_md_word(url)})"
    elif url:
        said += f": {_md_link('source', url)}" if _md_destination(url) else f": {_md_word(url)}"
    parts = [said]
    if view.get("due"):
        due = f"due {_md_word(view['due'])}"
        if view.get("due_text"):
            due += f" ({_md_word(view['due_text'])})"
        parts.append(due)
    if view.get("confidence") is not None:
        confidence = f"confidence {round(float(view['confidence']) * 100, 1):g}%"
        if view.get("confidence_text"):
            confidence += f" ({_md_word(view['confidence_text'])})"
        parts.append(confidence)
    return " · ".join(parts)


# --- schema.org ClaimReview -------------------------------------------------------------------------------

# (alternateName, ratingValue) on a 1-5 scale; void and open claims have no verdict on the claim to publish.
_RATINGS = {"confirmed": ("True", 5), "refuted": ("False", 1), "partial": ("Partly true", 3)}


def _export_claimreview(views: list[dict], out: typing.BinaryIO) -> None:
    reviews = [_claim_review(view) for view in views if view.get("status") in _RATINGS]
    data = orjson.dumps(reviews, option=orjson.OPT_INDENT_2) + b"\n"
    # JSON-LD is pasted into <script type="application/ld+json">: a claim text holding `</script>` must not end
    # the element. `<`, `>` and `&` only ever occur inside JSON strings, where the \u escapes mean the same.
    data = data.replace(b"<", b"\\u003c").replace(b">", b"\\u003e").replace(b"&", b"\\u0026")
    out.write(data)


def _claim_review(view: dict) -> dict:
    source = view.get("source") or {}
    resolution = view.get("resolution") or {}
    claim: dict[str, typing.Any] = {"@type": "Claim"}
    if view.get("claimant"):
        claim["author"] = {"@type": "Person", "name": view["claimant"]}
    if view.get("said_on"):
        claim["datePublished"] = view["said_on"]
    if source.get("url"):
        appearance: dict[str, typing.Any] = {"@type": "CreativeWork", "url": source["url"]}
        if source.get("title"):
            appearance["headline"] = source["title"]
        if source.get("outlet"):
            appearance["publisher"] = {"@type": "Organization", "name": source["outlet"]}
        claim["appearance"] = appearance
    name, value = _RATINGS[view["status"]]
    review: dict[str, typing.Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": view.get("text"),
        "itemReviewed": claim,
        "reviewRating": {
            "@type": "Rating",
            "alternateName": name,
            "ratingValue": value,
            "bestRating": 5,
            "worstRating": 1,
        },
    }
    if resolution.get("on"):
        review["datePublished"] = resolution["on"]
    if resolution.get("note"):
        review["reviewBody"] = resolution["note"]
    if resolution.get("evidence"):
        review["url"] = resolution["evidence"]
    if view.get("uuid"):
        # The claim's uuid never changes, so a site can tell a re-export of the same review from a new one.
        review["identifier"] = f"urn:uuid:{view['uuid']}"
    return review


_WRITERS: dict[str, typing.Callable[[list[dict], typing.BinaryIO], None]] = {
    "json": _export_json,
    "jsonl": _export_jsonl,
    "csv": _export_csv,
    "markdown": _export_markdown,
    "claimreview": _export_claimreview,
}


# --- reading claimtrack's own exports ---------------------------------------------------------------------


def read_records(data: bytes, fmt: str) -> list[dict]:
    """Parse a json, jsonl or csv export into `{"row": n, "claim": {...}}` records, in file order.

    `claim` holds only the public fields the input had, values untouched, so the importer can apply its
    defaults and name the row of a bad value. Structural problems raise InputError naming the line or row.
    """
    if fmt == "json":
        return _read_json(data)
    if fmt == "jsonl":
        return _read_jsonl(data)
    if fmt == "csv":
        return _read_csv(data)
    raise InputError(f"cannot read format {fmt!r} here: use one of {', '.join(READ_FORMATS)}")


def utf8_error(data: bytes | memoryview, offset: int = 0) -> InputError | None:
    """The error for the first byte that is not UTF-8 (counted from 1, BOM included), or None if all are."""
    try:
        codecs.decode(data, "utf-8")
    except UnicodeDecodeError as exc:
        return InputError(f"not UTF-8 text (byte {offset + exc.start + 1})")
    return None


def _kind(value: object) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(value), "a number"
    )


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


def _read_json(data: bytes) -> list[dict]:
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


def _lines(data: bytes) -> Iterator[tuple[int, int, memoryview]]:
    """Yield (line number, byte offset, line) without copying the data; only `\\n` ends a line, as in JSON Lines."""
    view = memoryview(data)
    pos = len(_BOM) if data.startswith(_BOM) else 0
    number = 0
    while pos < len(data):
        end = data.find(b"\n", pos)
        if end < 0:
            end = len(data)
        number += 1
        yield number, pos, view[pos:end]
        pos = end + 1


def _read_jsonl(data: bytes) -> list[dict]:
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


def _text_lines(data: bytes, errors: str = "strict") -> Iterator[str]:
    """Decoded lines, read lazily; newline="" keeps line ends for the csv module, as its documentation asks."""
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", errors=errors, newline="")


def _csv_rows(data: bytes) -> Iterator[tuple[int, list[str]]]:
    """Yield (line where the record starts, cells); blank lines are skipped."""
    from .formats.predictionbook import csv_records

    try:
        yield from csv_records(_text_lines(data))
    except UnicodeDecodeError:
        raise utf8_error(data) or InputError("not UTF-8 text") from None


def _read_csv(data: bytes) -> list[dict]:
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


def _shown(value: str, limit: int = 60) -> str:
    """A cell quoted for a one-line message: control characters spelled out, long values cut."""
    text = one_line(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"'{text}'"


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
    suffix = ""
    if filename:
        name = filename.rsplit("/", 1)[-1].rsplit("\\", 1)[-1].lower()
        suffix = name[name.rfind(".") :] if "." in name else ""
    by_name = _EXTENSIONS.get(suffix)
    if by_name == "jsonl":
        return "jsonl"
    found = _NON_SPACE.search(data, len(_BOM) if data.startswith(_BOM) else 0)
    first = found.group() if found else b""
    if not first:
        if by_name:
            return by_name
        raise InputError("the file is empty, so its format cannot be told: give --format")
    if by_name != "csv" and first == b"[":
        return "json"
    if by_name != "csv" and first == b"{":
        return "jsonl" if _looks_like_jsonl(data) else "json"
    return _csv_kind(data)


def _looks_like_jsonl(data: bytes) -> bool:
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


def _csv_kind(data: bytes) -> str:
    reader = csv.reader(_text_lines(data, errors="replace"))
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
