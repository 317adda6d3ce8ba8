"""The HTML report: one self-contained page with the scoreboard, the calibration chart, the due lists and
every claim, to read offline, print or send as an attachment.

Only `claimtrack report` imports this package. `render_report` is the whole public API; see `page` for the
layout, `charts` for the SVG, `html` for the escaping and `assets` for the stylesheet, script and policy.
"""

from __future__ import annotations

from .page import DEFAULT_LIMIT, DEFAULT_TITLE, DUE_SOON_DAYS, render_report

#: Where `claimtrack report` writes when no -o is given (in the current directory).
DEFAULT_FILE = "claimtrack-report.html"

__all__ = ["render_report", "DEFAULT_FILE", "DEFAULT_LIMIT", "DEFAULT_TITLE", "DUE_SOON_DAYS"]
