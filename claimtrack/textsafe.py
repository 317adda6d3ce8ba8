"""Make user text safe to show on a terminal without changing what it says.

Claim text is data. Rich markup (`[bold]`), emoji codes (`:warning:`) and links are never interpreted because
views wrap user text in `rich.text.Text` (or print it plainly); this module handles the other danger: control
characters. ESC sequences, C1 controls and bidirectional overrides (U+202E can make "evil.exe" read as
"exe.live") are replaced by visible escapes such as `\\x1b` or `\\u202e`, so what is shown is exactly what is
stored, only spelled out. Lone surrogates (how Python hands over bytes of a file name or an argument that are
not UTF-8) cannot be written to a UTF-8 stream at all: the byte is shown as `\\xff`, any other as `\\udNNN`.
"""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, C1 controls, bidi embeddings/overrides/isolates and marks,
# the Unicode line/paragraph separators, the BOM / zero-width no-break space, and lone surrogates.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")
_UNSAFE_ONE_LINE = re.compile(_UNSAFE.pattern[:-1] + "\t\n]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code == 0x0A:
        return "\\n"
    if code == 0x09:
        return "\\t"
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, smuggled in by the surrogateescape error handler
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def visible(text: str) -> str:
    """Return `text` with control characters spelled out; newlines and tabs are kept."""
    if text.isprintable() or not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(_escape, text)


def one_line(text: str) -> str:
    """Like `visible`, but newlines and tabs are spelled out too, for one-row-per-claim views."""
    if text.isprintable():
        return text
    return _UNSAFE_ONE_LINE.sub(_escape, text)
