"""Markdown: a report grouped by claimant, with verdicts and evidence links, to paste into an article.

User text is escaped so that it shows as written in CommonMark and GitHub Markdown, and only http(s) URLs
become links. One-way: there is no Markdown reader.
"""

from __future__ import annotations

import re
import typing
from urllib.parse import urlsplit

from claimtrack.model import STATUSES
from claimtrack.textsafe import one_line, visible


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


def write(views: list[dict], out: typing.BinaryIO) -> None:
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
