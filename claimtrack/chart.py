"""Pictures of a `scoring.score` result: a Rich scoreboard, a text calibration chart and an SVG plot.

Imported only when `stats` renders, so Rich is imported here rather than by the scoring core. Numbers are
rounded here and nowhere else; claimant names are user data and always go through `Text(one_line(...))`
so markup such as `[bold]` or `:warning:` is shown literally.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from rich import box
from rich.console import Console, ConsoleOptions
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from claimtrack.textsafe import one_line

TOO_FEW = "too few to grade"
NO_VALUE = "—"


def _pct(x: float) -> str:
    return f"{x * 100:.0f}%"


def _hit_rate_cell(row: Mapping[str, Any]) -> Text:
    if not row["graded"]:
        return Text(TOO_FEW, style="dim")
    if row["hit_rate"] is None:  # only reachable with min_graded <= 0
        return Text(NO_VALUE)
    low, high = (f"{x * 100:.0f}" for x in (row["hit_rate_low"], row["hit_rate_high"]))
    return Text(f"{_pct(row['hit_rate'])} ({low}–{high}%)")


def _brier_cell(row: Mapping[str, Any]) -> Text:
    # An ungraded row keeps its n (a count) but not the score: a Brier over two claims is noise.
    if row["brier"] is None or not row["graded"]:
        return Text(f"{NO_VALUE} (n={row['brier_n']})", style="dim")
    return Text(f"{row['brier']:.2f} (n={row['brier_n']})")


def _grade_cell(row: Mapping[str, Any]) -> Text:
    """Only claim a verdict the 95% interval supports: better or worse than a coin flip, else unclear."""
    if not row["graded"] or row["hit_rate"] is None:
        return Text(NO_VALUE, style="dim")
    if row["hit_rate_low"] > 0.5:
        return Text("above 50%", style="green")
    if row["hit_rate_high"] < 0.5:
        return Text("below 50%", style="red")
    return Text("unclear", style="yellow")


def _cells(row: Mapping[str, Any]) -> list[Text]:
    counts = [Text(str(row[k])) for k in ("claims", "open", "confirmed", "refuted", "partial", "void")]
    return [*counts, _hit_rate_cell(row), _brier_cell(row), _grade_cell(row)]


def scoreboard(result: Mapping[str, Any]) -> Table:
    """One row per claimant and a bold overall row, so a reader can compare people and see the total."""
    table = Table(
        box=box.SIMPLE_HEAD,
        show_edge=False,
        padding=(0, 0),
        caption=(
            "✓ confirmed  ✗ refuted  ½ partial, counted as half a hit\n"
            "Hit rate: resolved claims that came true, with 95% interval\n"
            "Brier 0–1, lower is better (0.25 = always saying 50%);\n"
            "  n = resolved claims that gave a confidence\n"
            "Grade: above/below 50% when the whole interval is, else unclear"
        ),
        caption_justify="left",
    )
    table.add_column("Claimant", overflow="fold", min_width=8)
    for header in ("Claims", "Open", "✓", "✗", "½", "Void"):
        table.add_column(header, justify="right", no_wrap=True)
    # These may wrap on a narrow terminal; otherwise Rich squeezes the Claimant column away entirely.
    table.add_column("Hit rate")
    table.add_column("Brier (n)")
    table.add_column("Grade")

    rows = result["claimants"]
    for i, row in enumerate(rows):
        table.add_row(Text(one_line(row["claimant"])), *_cells(row), end_section=i == len(rows) - 1)
    table.add_row(Text("Overall"), *_cells(result["overall"]), style="bold")
    return table


# Text calibration chart ------------------------------------------------------------------------------------

_EIGHTHS = " ▏▎▍▌▋▊▉"
_FULL = "█"
_MARK = "┃"
_BAR_STYLE = "cyan"
_MARK_STYLE = "bold magenta"
_LEGEND = f"{_FULL} came true  {_MARK} perfect calibration (= mean stated confidence)  n resolved claims"


def _bin_label(b: Mapping[str, Any]) -> str:
    return f"{b['low']:.1f}–{b['high']:.1f}"


class _CalibrationChart:
    """A renderable rather than a fixed string so the bars use whatever width the terminal has."""

    MAX_BAR = 50
    MIN_BAR = 10

    def __init__(self, calibration: Sequence[Mapping[str, Any]]) -> None:
        self.bins = list(calibration)
        self.count_width = max([len(str(b["count"])) for b in self.bins] + [1])

    def _fixed_width(self) -> int:
        # "0.3–0.4 │", bar, "│ ", said, 2 spaces, got, 2 spaces, count
        return 9 + 2 + 4 + 2 + 4 + 2 + self.count_width

    def _bar_width(self, max_width: int) -> int:
        return max(self.MIN_BAR, min(self.MAX_BAR, max_width - self._fixed_width()))

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(self._fixed_width() + self.MIN_BAR, self._fixed_width() + self.MAX_BAR)

    def _bar(self, b: Mapping[str, Any], width: int) -> Text:
        if not b["count"]:
            return Text("no resolved claims".center(width), style="dim")
        cells = [" "] * width
        eighths = round(b["observed"] * width * 8)
        full, part = divmod(eighths, 8)
        for i in range(min(full, width)):
            cells[i] = _FULL
        if part and full < width:
            cells[full] = _EIGHTHS[part]
        bar_end = full + (1 if part else 0)
        mark = min(width - 1, int(b["mean_confidence"] * width))
        text = Text()
        for i, ch in enumerate(cells):
            if i == mark:
                text.append(_MARK, style=_MARK_STYLE)
            else:
                text.append(ch, style=_BAR_STYLE if i < bar_end else "")
        return text

    def _axis(self, width: int) -> tuple[str, str]:
        line = ["─"] * width
        labels = [" "] * (width + 2)
        for q in (0.25, 0.5, 0.75):
            line[round(q * width)] = "┴"
        for q, label in ((0.0, "0%"), (0.25, "25%"), (0.5, "50%"), (0.75, "75%"), (1.0, "100%")):
            pos = 1 + round(q * width)  # +1 for the left frame, which stands at 0%
            start = min(max(0, pos - len(label) // 2), width + 2 - len(label))
            labels[start : start + len(label)] = label
        return "└" + "".join(line) + "┘", "".join(labels)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Text]:
        width = self._bar_width(options.max_width)
        pad = " " * 8
        cw = self.count_width
        header = Text(f"{'stated':<7} ", style="bold")
        header.append("how often it came true".center(width + 2))
        header.append(f" {'said':>4}  {'got':>4}  {'n':>{cw}}", style="bold")
        yield header
        for b in self.bins:
            line = Text(f"{_bin_label(b)} │")
            line.append_text(self._bar(b, width))
            line.append("│ ")
            if b["count"]:
                line.append(f"{_pct(b['mean_confidence']):>4}  {_pct(b['observed']):>4}  ")
            else:
                line.append(f"{NO_VALUE:>4}  {NO_VALUE:>4}  ", style="dim")
            line.append(f"{b['count']:>{cw}}", style="" if b["count"] else "dim")
            yield line
        axis, labels = self._axis(width)
        yield Text(pad + axis)
        yield Text(pad + labels)
        yield Text(_LEGEND, style="dim")


def calibration_chart(calibration: Sequence[Mapping[str, Any]]) -> _CalibrationChart:
    """Bars of how often claims came true against a marker at the stated confidence: gaps show miscalibration."""
    return _CalibrationChart(calibration)


# SVG calibration plot --------------------------------------------------------------------------------------

_SVG_W, _SVG_H = 520, 510
_LEFT, _RIGHT, _TOP, _BOTTOM = 70, 60, 60, 60
_PLOT_W = _SVG_W - _LEFT - _RIGHT
_PLOT_H = _SVG_H - _TOP - _BOTTOM
_R_MIN, _R_MAX = 3.0, 18.0


def _x(v: float) -> str:
    return f"{_LEFT + v * _PLOT_W:.2f}"


def _y(v: float) -> str:
    return f"{_TOP + (1 - v) * _PLOT_H:.2f}"


def _radius(count: int, largest: int) -> float:
    """Area = π·(r_min² + k·count): grows linearly with count yet the smallest dot stays visible."""
    return math.sqrt(_R_MIN**2 + (_R_MAX**2 - _R_MIN**2) * count / largest)


def calibration_svg(calibration: Sequence[Mapping[str, Any]], title: str = "Calibration") -> str:
    """A standalone file for reports: no scripts, fonts or stylesheets to fetch, same bytes for same input."""
    from xml.sax.saxutils import escape, quoteattr  # imported here: it costs `stats` ~20 ms when no SVG is asked

    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_SVG_W}" height="{_SVG_H}" '
        f'viewBox="0 0 {_SVG_W} {_SVG_H}" role="img" font-family="sans-serif" font-size="12">',
        f"<title>{escape(title)}</title>",
        f'<rect x="0" y="0" width="{_SVG_W}" height="{_SVG_H}" fill="white"/>',
        f'<text x="{_SVG_W / 2:.2f}" y="28" text-anchor="middle" font-size="16" font-weight="bold">'
        f"{escape(title)}</text>",
        f'<text x="{_SVG_W / 2:.2f}" y="46" text-anchor="middle" font-size="11" fill="#666666">'
        "dashed line: perfect calibration · dot area grows with the number of claims</text>",
        '<g class="grid" stroke="#dddddd" stroke-width="1">',
    ]
    for k in range(11):
        v = k / 10
        out.append(f'<line x1="{_x(v)}" y1="{_y(0)}" x2="{_x(v)}" y2="{_y(1)}"/>')
        out.append(f'<line x1="{_x(0)}" y1="{_y(v)}" x2="{_x(1)}" y2="{_y(v)}"/>')
    out.append("</g>")
    out.append(
        f'<rect class="frame" x="{_x(0)}" y="{_y(1)}" width="{_PLOT_W}" height="{_PLOT_H}" '
        'fill="none" stroke="#333333" stroke-width="1"/>'
    )
    out.append(
        f'<text class="axis-title" x="{_x(0.5)}" y="{_SVG_H - 15}" text-anchor="middle">'
        "Stated confidence</text>"
    )
    cy = float(_y(0.5))
    out.append(
        f'<text class="axis-title" x="20" y="{cy:.2f}" text-anchor="middle" '
        f'transform="rotate(-90 20 {cy:.2f})">Observed frequency (share that came true)</text>'
    )
    out.append(
        f'<line class="diagonal" x1="{_x(0)}" y1="{_y(0)}" x2="{_x(1)}" y2="{_y(1)}" '
        'stroke="#888888" stroke-width="1.5" stroke-dasharray="6 4"/>'
    )

    filled = [b for b in calibration if b["count"]]
    if not filled:
        out.append(
            f'<text x="{_x(0.5)}" y="{_y(0.5)}" text-anchor="middle" fill="#666666">'
            "No resolved claims with a confidence yet</text>"
        )
    largest = max((b["count"] for b in filled), default=1)
    out.append('<g class="bins">')
    for b in filled:
        r = _radius(b["count"], largest)
        x, y = _x(b["mean_confidence"]), _y(b["observed"])
        tip = (
            f"{b['low']:.1f}–{b['high']:.1f}: {b['count']} claims, mean confidence "
            f"{_pct(b['mean_confidence'])}, came true {_pct(b['observed'])}"
        )
        out.append(
            f'<circle cx="{x}" cy="{y}" r="{r:.2f}" fill="#1f77b4" fill-opacity="0.6" '
            f'stroke="#1f77b4" stroke-width="1"><title>{escape(tip)}</title></circle>'
        )
        # Labels go on the left for dots near the right edge so they stay inside the picture.
        right = b["mean_confidence"] < 0.85
        lx = float(x) + (r + 4 if right else -(r + 4))
        anchor = "start" if right else "end"
        out.append(
            f'<text x="{lx:.2f}" y="{float(y) + 4:.2f}" text-anchor={quoteattr(anchor)}>'
            f"n={b['count']}</text>"
        )
    out.append("</g>")
    # Tick labels last, so a big dot at an edge of the plot cannot hide them.
    out.append('<g class="ticks" fill="#333333">')
    for k in range(11):
        v = k / 10
        out.append(f'<text x="{_x(v)}" y="{float(_y(0)) + 18:.2f}" text-anchor="middle">{v:.1f}</text>')
        out.append(f'<text x="{_LEFT - 8}" y="{float(_y(v)) + 4:.2f}" text-anchor="end">{v:.1f}</text>')
    out.append("</g>")
    out.append("</svg>")
    return "\n".join(out) + "\n"
