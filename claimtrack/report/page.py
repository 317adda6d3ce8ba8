"""The report page: header, scoreboard, calibration, the due lists and every claim, as one HTML string.

The numbers come from `claimtrack.scoring.score`, the same call `stats --json` makes, and each scoreboard row
carries them at full precision in `data-*` attributes (for the sorting script and for tests); the text shows
them rounded. Every piece of user text goes through `report.html`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from claimtrack import __version__
from claimtrack.scoring import STATUSES, score

from . import assets
from .charts import bin_label, calibration_plot, hit_bar, pct
from .html import attr, http_url, link, name, text, url_label

#: At most this many claims are listed one by one (newest first); a browser opens such a page in about a
#: second. The scoreboard, the chart and the due lists always count every claim.
DEFAULT_LIMIT = 10_000
DEFAULT_TITLE = "Track record"
DUE_SOON_DAYS = 90
NO_VALUE = "—"
_LABEL = {"open": "open", "confirmed": "confirmed", "refuted": "refuted", "partial": "partly right", "void": "void"}


def _n(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def _status(status: str) -> str:
    return f'<span class="st s-{status}">{_LABEL[status]}</span>'


def _fmt_float(x: float | None) -> str:
    """Full precision, as `stats --json` prints it, so a script or test can compare exactly."""
    return "" if x is None else repr(float(x))


def _long_date(day: dt.date) -> str:
    return f"{day.day} {day.strftime('%B')} {day.year}"


# -- scoreboard ---------------------------------------------------------------------------------------------

def _grade(row: Mapping[str, Any]) -> tuple[str, str]:
    """(sort value, cell): better or worse than a coin flip only where the whole 95% interval says so."""
    if not row["graded"] or row["hit_rate"] is None:
        return "", f'<span class="dim">{NO_VALUE}</span>'
    if row["hit_rate_low"] > 0.5:
        return "2", '<span class="g-above">above 50%</span>'
    if row["hit_rate_high"] < 0.5:
        return "0", '<span class="g-below">below 50%</span>'
    return "1", "unclear"


def _board_cells(row: Mapping[str, Any]) -> str:
    cells = [f'<td class="num" data-v="{row[k]}">{row[k]:,}</td>' for k in ("claims", *STATUSES)]
    if not row["graded"]:
        cells.append('<td class="hit" data-v=""><span class="dim">too few to grade</span></td>')
    elif row["hit_rate"] is None:  # only with --min-graded 0
        cells.append(f'<td class="hit" data-v=""><span class="dim">{NO_VALUE}</span></td>')
    else:
        low, high = row["hit_rate_low"], row["hit_rate_high"]
        cells.append(
            f'<td class="hit" data-v="{_fmt_float(row["hit_rate"])}">{hit_bar(row["hit_rate"], low, high)}'
            f'{pct(row["hit_rate"])} <span class="dim">({low * 100:.0f}–{high * 100:.0f}%)</span></td>'
        )
    if row["brier"] is None or not row["graded"]:
        cells.append(f'<td class="num" data-v=""><span class="dim">{NO_VALUE} (n={row["brier_n"]:,})</span></td>')
    else:
        cells.append(f'<td class="num" data-v="{_fmt_float(row["brier"])}">{row["brier"]:.2f} '
                     f'<span class="dim">(n={row["brier_n"]:,})</span></td>')
    key, cell = _grade(row)
    cells.append(f'<td data-v="{key}">{cell}</td>')
    return "".join(cells)


def _row_data(row: Mapping[str, Any]) -> str:
    """The row's numbers at full precision, exactly as `stats --json` has them."""
    return (
        f' data-hit-rate="{_fmt_float(row["hit_rate"])}" data-hit-rate-low="{_fmt_float(row["hit_rate_low"])}"'
        f' data-hit-rate-high="{_fmt_float(row["hit_rate_high"])}" data-brier="{_fmt_float(row["brier"])}"'
        f' data-brier-n="{row["brier_n"]}" data-graded="{"true" if row["graded"] else "false"}"'
    )


def _scoreboard(result: Mapping[str, Any], anchors: Mapping[str, str], min_graded: int) -> str:
    heads = [("Claimant", "text", ""), ("Claims", "num", "num"), *((_LABEL[s].capitalize(), "num", "num")
             for s in STATUSES), ("Hit rate", "num", ""), ("Brier", "num", "num"),
             ("Grade", "num", "")]
    head = "".join(
        f'<th scope="col" data-sort="{kind}"' + (f' class="{cls}"' if cls else "")
        + (' aria-sort="ascending"' if i == 0 else "") + f">{label}</th>"  # the rows come sorted by name
        for i, (label, kind, cls) in enumerate(heads)
    )
    rows = []
    for row in result["claimants"]:
        who = name(row["claimant"])
        rows.append(
            f'<tr{_row_data(row)}><th scope="row" data-v="{who}">'
            f'<a href="#{anchors[row["claimant"]]}"><bdi>{who}</bdi></a></th>{_board_cells(row)}</tr>'
        )
    overall = result["overall"]
    return (
        '<section id="scoreboard" aria-labelledby="h-board"><h2 id="h-board">Scoreboard</h2>'
        '<p class="lead">One row per claimant. The hit rate counts a partly right claim as half a hit; the bar '
        "shows it and the whiskers its 95% interval (the dotted line is 50%). Brier: lower is better, 0.25 is "
        f"what always saying 50% earns. Claimants with fewer than {min_graded:,} judged claims are too few "
        "to grade.</p>"
        '<div class="scroll"><table id="board"><caption class="sr">Scoreboard: claims per claimant by status, hit rate '
        "with its 95% Wilson interval, Brier score with the number of claims it averages, and grade.</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody>"
        f'<tfoot><tr{_row_data(overall)}><th scope="row">Everyone</th>{_board_cells(overall)}</tr></tfoot>'
        "</table></div>"
        '<p class="legend">Grade: above or below 50% only when the whole interval is; otherwise unclear. '
        "Open and void claims are never scored.</p></section>"
    )


# -- calibration ----------------------------------------------------------------------------------------------

def _calibration(result: Mapping[str, Any]) -> str:
    rows = []
    for b in result["calibration"]:
        if b["count"]:
            rows.append(f'<tr><th scope="row">{bin_label(b)}</th><td class="num">{b["count"]:,}</td>'
                        f'<td class="num">{pct(b["mean_confidence"])}</td><td class="num">{pct(b["observed"])}</td></tr>')
        else:
            rows.append(f'<tr><th scope="row">{bin_label(b)}</th><td class="num">0</td>'
                        f'<td class="num dim">{NO_VALUE}</td><td class="num dim">{NO_VALUE}</td></tr>')
    return (
        '<section id="calibration" aria-labelledby="h-cal"><h2 id="h-cal">Calibration</h2>'
        '<p class="lead">Are claims made at 70% right 70% of the time? Each dot is a band of stated confidence: '
        "across, the confidence stated on average; up, the share that came true; its size, how many claims. "
        "Dots below the dashed diagonal are overconfident, above it underconfident.</p>"
        f'<div class="calwrap">{calibration_plot(result["calibration"], "Calibration of every judged claim")}'
        '<div class="scroll"><table class="cal"><caption>Calibration by band of stated confidence</caption>'
        '<thead><tr><th scope="col">Stated</th><th scope="col" class="num">Claims</th>'
        '<th scope="col" class="num">Mean stated</th><th scope="col" class="num">Came true</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div></div></section>"
    )


# -- due lists ------------------------------------------------------------------------------------------------

#: Rows of a due list shown before the rest folds into a <details> (opened by a click, no script needed).
DUE_ROWS_SHOWN = 15


def _span(days: int) -> str:
    """A distance in time the way people say it: 12 days, 5 months, 3.4 years."""
    if days < 60:
        return _n(days, "day")
    if days < 730:
        return _n(round(days / 30.44), "month")
    return f"{days / 365.25:.1f} years"


def _due_row(c: Mapping[str, Any], as_of: dt.date, listed: set[Any], late: bool) -> str:
    try:
        days = (as_of - dt.date.fromisoformat(c["due"])).days
        when = f"{_span(days)} late" if late else "today" if days == 0 else f"in {_span(-days)}"
    except (TypeError, ValueError):  # a hand-edited due date: show it, do not guess
        when = NO_VALUE
    claim_text = name(c.get("text") or "")
    if _cid(c) in listed:
        claim_text = f'<a href="#c{_cid(c)}">{claim_text}</a>'
    conf = c.get("confidence")
    return (
        f'<tr><td><time>{name(c["due"])}</time></td><td class="{"late" if late else "soon"}">{when}</td>'
        f'<td><bdi>{name(c.get("claimant") or "")}</bdi></td><td class="text">{claim_text}</td>'
        f'<td class="num">{NO_VALUE if conf is None else _confidence_pct(conf)}</td></tr>'
    )


def _due_table(caption: str, rows: Iterable[str], late: bool) -> str:
    return (
        f'<div class="scroll"><table class="list"><caption class="sr">{caption}</caption><thead><tr>'
        f'<th scope="col">Due</th><th scope="col">{"Late" if late else "When"}</th>'
        '<th scope="col">Claimant</th><th scope="col">Claim</th><th scope="col" class="num">Confidence</th>'
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def _due_section(sid: str, title: str, lead: str, claims: Sequence[Mapping[str, Any]], as_of: dt.date,
                 listed: set[Any], cap: int, late: bool, everything: str) -> str:
    """A list of open claims by due date: the first rows in view, the rest (up to `cap`) folded away."""
    head = (f'<section id="{sid}" aria-labelledby="h-{sid}"><h2 id="h-{sid}">{title} '
            f'<span class="dim">({len(claims):,})</span></h2><p class="lead">{lead}</p>')
    if not claims:
        return head + '<p class="note">None.</p></section>'
    shown = claims[:cap]
    rows = [_due_row(c, as_of, listed, late) for c in shown]
    out = [head, _due_table(title, rows[:DUE_ROWS_SHOWN], late) if rows else ""]
    if len(rows) > DUE_ROWS_SHOWN:
        rest = len(rows) - DUE_ROWS_SHOWN
        out.append(f'<details><summary>{_n(rest, "more claim")}</summary>'
                   f"{_due_table(title + ' (continued)', rows[DUE_ROWS_SHOWN:], late)}</details>")
    if len(claims) > len(shown):
        out.append(f'<p class="note">This page lists the first {len(shown):,} of {len(claims):,}; '
                   f"<code>{everything}</code> lists them all.</p>")
    out.append("</section>")
    return "".join(out)


# -- claims ---------------------------------------------------------------------------------------------------

def _confidence_pct(c: float) -> str:
    return f"{round(float(c) * 100, 1):g}%"


def _source(source: Mapping[str, Any] | None) -> str:
    source = source if isinstance(source, Mapping) else {}
    url, title, outlet = source.get("url"), source.get("title"), source.get("outlet")
    if not (url or title or outlet):
        return ""
    parts = []
    if outlet:
        parts.append(text(outlet))
    if title:
        parts.append(link(f"“{text(title)}”", url))
    elif http_url(url):
        parts.append(link(url_label(url), url))
    elif url:
        parts.append(f'{name(url)} <span class="badurl">(not a web link)</span>')
    return f'<p class="src"><b>Source</b> {", ".join(parts)}</p>'


def _verdict(claim: Mapping[str, Any]) -> str:
    status = claim.get("status")
    resolution = claim.get("resolution")
    resolution = resolution if isinstance(resolution, Mapping) else {}
    if status == "open" or not resolution:
        return ""
    label = _LABEL[status].capitalize()
    out = f"<b>{label}</b>"
    if resolution.get("on"):
        out += f' on <time>{text(resolution["on"])}</time>'
    if resolution.get("note"):
        out += f": {text(resolution['note'])}"
    evidence = resolution.get("evidence")
    if evidence:
        out += " · " + link("evidence", evidence) if http_url(evidence) is not None else f" · evidence: {name(evidence)}"
    return f'<p class="verdict">{out}</p>'


def _claim(claim: Mapping[str, Any]) -> str:
    status = claim["status"]
    cid = _cid(claim)
    tags = claim.get("tags")
    tags = "".join(f'<span class="tag">#{name(t)}</span>' for t in tags) if isinstance(tags, list) else ""
    facts = [f'<b>Said</b> <time>{text(claim.get("said_on") or NO_VALUE)}</time>']
    if claim.get("due"):
        due = f'<b>due</b> <time>{text(claim["due"])}</time>'
        if claim.get("due_text"):
            due += f' (“{text(claim["due_text"])}”)'
        facts.append(due)
    conf = claim.get("confidence")
    if conf is not None:
        c = f"<b>confidence</b> {_confidence_pct(conf)}"
        if claim.get("confidence_text"):
            c += f' (“{text(claim["confidence_text"])}”)'
        facts.append(c)
    parts = [
        f'<article class="claim s-{status}" id="c{cid}">' if cid is not None else f'<article class="claim s-{status}">',
        f'<p class="head">{_status(status)}'
        + (f'<a class="cid" href="#c{cid}">#{cid}</a>' if cid is not None else "") + f"{tags}</p>",
        f'<p class="text">{text(claim.get("text") or "")}</p>',
        f'<p class="facts">{" · ".join(facts)}</p>',
    ]
    if claim.get("quote"):
        parts.append(f"<blockquote>{text(claim['quote'])}</blockquote>")
    parts.append(_source(claim.get("source")))
    if claim.get("criteria"):
        parts.append(f'<p class="extra"><b>Judged by</b> {text(claim["criteria"])}</p>')
    if claim.get("notes"):
        parts.append(f'<p class="extra"><b>Notes</b> {text(claim["notes"])}</p>')
    parts.append(_verdict(claim))
    parts.append("</article>")
    return "".join(parts)


def _cid(claim: Mapping[str, Any]) -> int | None:
    """The claim's id when it is one (the storage vouches for it; a library caller may pass anything)."""
    value = claim.get("id")
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _newest_first(claim: Mapping[str, Any]) -> tuple[str, int]:
    said = claim.get("said_on")
    return (said if isinstance(said, str) else "", _cid(claim) or 0)


def _claims_section(result: Mapping[str, Any], by_claimant: Mapping[str, list], anchors: Mapping[str, str],
                    total: int, listed_count: int) -> str:
    out = ['<section id="claims" aria-labelledby="h-claims"><h2 id="h-claims">Claims by claimant</h2>']
    if listed_count < total:
        out.append(
            f'<p class="limit" id="limited">This page lists the newest {listed_count:,} of {total:,} claims (by the '
            f"day they were made), to stay quick to open; the scoreboard, the chart and the counts include all "
            f"{total:,}. Narrow the report with filters (<code>--by</code>, <code>--tag</code>, "
            "<code>--status</code>) or raise <code>--limit</code> to list more.</p>"
        )
    else:
        out.append('<p class="lead">Newest first.</p>')
    for row in result["claimants"]:
        who = row["claimant"]
        listed = by_claimant.get(who, [])
        anchor = anchors[who]
        counts = ", ".join(f"{row[s]:,} {_LABEL[s]}" for s in STATUSES if row[s])
        summary = f"{_n(row['claims'], 'claim')}: {counts}."
        if row["graded"] and row["hit_rate"] is not None:
            summary += f" Hit rate {pct(row['hit_rate'])}."
        if len(listed) < row["claims"]:
            summary += f" Listed here: the newest {len(listed):,}." if listed else " None is among those listed here."
        out.append(
            f'<section class="person" id="{anchor}" aria-labelledby="{anchor}-h">'
            f'<h3 id="{anchor}-h"><bdi>{name(who)}</bdi></h3><p class="summary">{summary}</p><div class="cards">'
        )
        out.extend(_claim(c) for c in listed)
        out.append("</div></section>")
    out.append("</section>")
    return "".join(out)


# -- the page -------------------------------------------------------------------------------------------------

def _header(title: str, as_of: dt.date, result: Mapping[str, Any], scope: str | None, listed: int) -> str:
    overall = result["overall"]
    people = len(result["claimants"])
    counts = "".join(f"<li><b>{overall[s]:,}</b>{_status(s)}</li>" for s in STATUSES)
    meta = f'As of <time datetime="{as_of.isoformat()}">{_long_date(as_of)}</time> · ' \
           f"{_n(overall['claims'], 'claim')} by {_n(people, 'claimant')}"
    if scope:
        meta += f" · {text(scope)}"
    if listed < overall["claims"]:
        meta += f' · <a href="#limited">{listed:,} newest listed</a>'
    return (f'<header><h1>{text(title)}</h1><p class="meta">{meta}</p>'
            f'<ul class="counts" aria-label="Claims by status">{counts}</ul></header>')


def _footer() -> str:
    return (
        "<footer><dl>"
        "<dt>Hit rate</dt><dd>(confirmed + half of partly right) ÷ judged claims, with a 95% Wilson score "
        "interval.</dd>"
        "<dt>Brier score</dt><dd>The mean of (stated confidence − outcome)² over judged claims that gave a "
        "confidence, where the outcome is 1, 0 or ½; 0 is perfect, 0.25 is what always saying 50% earns.</dd>"
        "<dt>Calibration</dt><dd>Judged claims with a confidence, in ten bands: 0–10%, 10–20% … 90–100%.</dd>"
        "</dl>"
        f"<p>Made with claimtrack {__version__}. This page loads nothing from the network.</p></footer>"
    )


def render_report(
    claims: Iterable[Mapping[str, Any]],
    *,
    title: str = DEFAULT_TITLE,
    min_graded: int = 5,
    as_of: dt.date | None = None,
    limit: int | None = DEFAULT_LIMIT,
    scope: str | None = None,
) -> str:
    """The whole report as one self-contained HTML page.

    `claims` are stored claims (already filtered); `as_of` (default today) decides what is past due and
    due soon; at most `limit` claims (None: all) are listed one by one, newest first, while the scoreboard,
    chart and due lists count them all. `scope` is a line saying which claims these are (e.g. the filters).
    Raises ValueError for claims the scorer cannot score (a hand-edited database), as `score` does.
    """
    from claimtrack.model import today

    claims = list(claims)
    as_of = as_of or today()
    if limit is not None and limit < 0:
        raise ValueError("limit must be 0 or more")
    result = score(claims, min_graded=min_graded)
    anchors = {row["claimant"]: f"p{i}" for i, row in enumerate(result["claimants"], 1)}

    newest = sorted(claims, key=_newest_first, reverse=True)
    listed = newest if limit is None else newest[:limit]
    by_claimant: dict[str, list] = {}
    for c in listed:
        by_claimant.setdefault(c["claimant"], []).append(c)
    listed_ids = {_cid(c) for c in listed} - {None}

    iso = as_of.isoformat()
    soon = (as_of + dt.timedelta(days=DUE_SOON_DAYS)).isoformat()
    open_due = sorted((c for c in claims if c["status"] == "open" and c.get("due") and isinstance(c["due"], str)),
                      key=lambda c: (c["due"], _cid(c) or 0))
    past_due = [c for c in open_due if c["due"] < iso]
    due_soon = [c for c in open_due if iso <= c["due"] <= soon]
    list_cap = len(claims) if limit is None else limit  # the due lists are cut where the claim list is

    nav = (
        '<nav aria-label="Sections"><a href="#scoreboard">Scoreboard</a><a href="#calibration">Calibration</a>'
        f'<a href="#past-due">Past due ({len(past_due):,})</a><a href="#due-soon">Due soon ({len(due_soon):,})</a>'
        '<a href="#claims">Claims by claimant</a></nav>'
    )
    body = [
        _header(title, as_of, result, scope, len(listed)),
        nav,
        "<main>",
        _scoreboard(result, anchors, min_graded) if claims else
        '<section id="scoreboard"><h2>Scoreboard</h2><p class="lead">No claims match.</p></section>',
        _calibration(result),
        _due_section("past-due", "Open claims past due",
                     f"Open claims due before {_long_date(as_of)}: each waits for a verdict. Oldest first.",
                     past_due, as_of, listed_ids, list_cap, late=True, everything="claimtrack due"),
        _due_section("due-soon", f"Due in the next {DUE_SOON_DAYS} days",
                     f"Open claims due from {_long_date(as_of)} to "
                     f"{_long_date(as_of + dt.timedelta(days=DUE_SOON_DAYS))}. Soonest first.",
                     due_soon, as_of, listed_ids, list_cap, late=False,
                     everything="claimtrack list --status open --sort due"),
        _claims_section(result, by_claimant, anchors, len(claims), len(listed)),
        "</main>",
        _footer(),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{assets.CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer"><meta name="color-scheme" content="light dark">'
        f'<meta name="generator" content="claimtrack {__version__}">'
        f"<title>{name(title)}</title><style>{assets.CSS}</style></head>\n<body>"
        + "\n".join(body)
        + f"\n<script>{assets.SCRIPT}</script></body></html>\n"
    )
