"""Escaping and links for the HTML report: every piece of user text reaches the page through here.

Claim texts, names, notes and URLs are untrusted. `text` and `name` escape `& < > " '` (so a value is as
safe inside an attribute as between tags) after spelling out control characters and bidi overrides the way
the terminal views do (`\\u202e`), so the page shows exactly what is stored and nothing can reorder it.
Only http(s) URLs become links, always with `rel="noopener noreferrer"`; anything else is shown as text.
"""

from __future__ import annotations

import re
from html import escape as _escape

from claimtrack.textsafe import one_line, visible

# A link target must be http(s), have a host, and hold no whitespace, double quote, angle bracket, backslash,
# backtick or control: what survives cannot be read as another scheme, and `attr` escapes it for the attribute.
_BAD = "\\s\"<>\\\\`\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff"
_HTTP_URL = re.compile(f"https?://[^{_BAD}/?#]+(?:[/?#][^{_BAD}]*)?\\Z", re.IGNORECASE)


def attr(value: object) -> str:
    """A value for a double-quoted attribute (ids, data-*), escaped whatever it holds."""
    return _escape(str(value), quote=True)


def text(value: object) -> str:
    """User text for the page: controls spelled out, newlines kept (CSS shows them), markup escaped."""
    return _escape(visible(str(value)), quote=True)


def name(value: object) -> str:
    """A name or short label on one line: newlines and tabs are spelled out too."""
    return _escape(one_line(str(value)), quote=True)


def http_url(value: object) -> str | None:
    """The URL if it is a plain http(s) URL a link may point at, else None."""
    if not isinstance(value, str):
        return None
    url = value.strip()
    return url if _HTTP_URL.match(url) else None


def link(label_html: str, url: object) -> str:
    """`label_html` (already escaped) as a link to `url` when that is http(s); otherwise the label and the
    URL, both as text, so a reader still sees what was recorded."""
    target = http_url(url)
    if target is not None:
        return f'<a href="{attr(target)}" rel="noopener noreferrer">{label_html}</a>'
    if url is None or url == "":
        return label_html
    return f'{label_html} <span class="badurl">({name(url)}, not a web link)</span>'


def url_label(url: str) -> str:
    """A short label for a link: the host and path, without the scheme and a trailing slash."""
    label = re.sub(r"^https?://", "", url, flags=re.IGNORECASE).rstrip("/")
    if len(label) > 80:
        label = label[:77] + "…"
    return name(label)
