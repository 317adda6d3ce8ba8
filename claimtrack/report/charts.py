"""Inline SVG for the report: the hit-rate bar with its Wilson whiskers and the calibration plot.

The pictures carry classes, not colours, so the page's stylesheet colours them (light, dark and print alike);
each has a `<title>` (and the plot a `<desc>`) for screen readers. Numbers are rounded here, never scored.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from .html import text

# Hit-rate bar: a track 0..100%, the rate as a bar, the 95% interval as a whisker with end caps, a 50% tick.
_BAR_W, _BAR_H, _PAD = 116, 18, 3


def pct(x: float) -> str:
    return f"{x * 100:.0f}%"


def _bx(v: float) -> str:
    return f"{_PAD + v * (_BAR_W - 2 * _PAD):.1f}"


def hit_bar(rate: float, low: float, high: float) -> str:
    """The hit rate as a bar and its interval as whiskers; the same numbers are written beside it."""
    lo, hi, mid = _bx(low), _bx(high), _bx(0.5)
    y = _BAR_H / 2
    label = f"Hit rate {pct(rate)}, 95% interval {pct(low)} to {pct(high)}"
    return (
        f'<svg class="hitbar" width="{_BAR_W}" height="{_BAR_H}" viewBox="0 0 {_BAR_W} {_BAR_H}" role="img">'
        f"<title>{label}</title>"
        f'<rect class="track" x="{_PAD}" y="4" width="{_BAR_W - 2 * _PAD}" height="{_BAR_H - 8}" rx="2"/>'
        f'<rect class="bar" x="{_PAD}" y="4" width="{float(_bx(rate)) - _PAD:.1f}" height="{_BAR_H - 8}" rx="2"/>'
        f'<line class="half" x1="{mid}" x2="{mid}" y1="1" y2="{_BAR_H - 1}"/>'
        f'<path class="whisker" d="M{lo} {y}H{hi}M{lo} 3V{_BAR_H - 3}M{hi} 3V{_BAR_H - 3}"/>'
        "</svg>"
    )


# Calibration plot ------------------------------------------------------------------------------------------

_W, _H = 460, 440
_L, _R, _T, _B = 58, 18, 16, 56
_PW, _PH = _W - _L - _R, _H - _T - _B
_R_MIN, _R_MAX = 4.0, 20.0


def _x(v: float) -> float:
    return _L + v * _PW


def _y(v: float) -> float:
    return _T + (1 - v) * _PH


def _radius(count: int, largest: int) -> float:
    """Area grows linearly with the count, and the smallest dot stays visible."""
    return math.sqrt(_R_MIN**2 + (_R_MAX**2 - _R_MIN**2) * count / largest)


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _count_labels(filled: Sequence[Mapping[str, Any]], largest: int) -> list[str]:
    """"n=…" beside each dot where it fits: right, left, above or below, never over another dot or label or
    outside the frame. A label that fits nowhere is left out; the table beside the plot has every count."""
    dots = []
    for b in filled:
        x, y, r = _x(b["mean_confidence"]), _y(b["observed"]), _radius(b["count"], largest)
        dots.append((b, x, y, r, (x - r, y - r, x + r, y + r)))
    taken: list[tuple[float, float, float, float]] = []
    out = []
    for b, x, y, r, _ in sorted(dots, key=lambda d: -d[0]["count"]):
        label = f"n={b['count']}"
        w, h = 7.2 * len(label), 13.0
        for lx, ly, anchor in ((x + r + 3, y + 4, "start"), (x - r - 3, y + 4, "end"),
                               (x, y - r - 4, "middle"), (x, y + r + 13, "middle")):
            left = lx if anchor == "start" else lx - w if anchor == "end" else lx - w / 2
            box = (left, ly - h + 3, left + w, ly + 3)
            inside = _L < box[0] and box[2] < _L + _PW and _T < box[1] and box[3] < _T + _PH
            others = [d[4] for d in dots if d[0] is not b]
            if inside and not any(_overlaps(box, o) for o in taken + others):
                taken.append(box)
                attr = "" if anchor == "start" else f' text-anchor="{anchor}"'
                out.append(f'<text x="{lx:.1f}" y="{ly:.1f}"{attr}>{label}</text>')
                break
    return out


def bin_label(b: Mapping[str, Any]) -> str:
    return f"{b['low'] * 100:.0f}–{b['high'] * 100:.0f}%"


def calibration_plot(calibration: Sequence[Mapping[str, Any]], title: str = "Calibration") -> str:
    """Dots at (mean stated confidence, share that came true), sized by count, against the diagonal."""
    filled = [b for b in calibration if b["count"]]
    judged = sum(b["count"] for b in filled)
    desc = (
        f"{judged} judged claims with a stated confidence, in {len(filled)} bands of ten points. "
        "Across: mean stated confidence; up: share that came true. On the dashed diagonal a claimant is "
        "well calibrated; below it, overconfident; above it, underconfident. "
        + " ".join(
            f"{bin_label(b)}: {b['count']} claims, stated {pct(b['mean_confidence'])}, came true {pct(b['observed'])}."
            for b in filled
        )
    )
    out = [
        f'<svg class="calib" viewBox="0 0 {_W} {_H}" role="img" aria-labelledby="calib-t" aria-describedby="calib-d">',
        f'<title id="calib-t">{text(title)}</title>',
        f'<desc id="calib-d">{desc}</desc>',
        '<g class="grid">',
    ]
    for k in range(11):
        v = k / 10
        out.append(f'<line x1="{_x(v):.1f}" y1="{_y(0):.1f}" x2="{_x(v):.1f}" y2="{_y(1):.1f}"/>')
        out.append(f'<line x1="{_x(0):.1f}" y1="{_y(v):.1f}" x2="{_x(1):.1f}" y2="{_y(v):.1f}"/>')
    out.append("</g>")
    out.append(f'<rect class="frame" x="{_L}" y="{_T}" width="{_PW}" height="{_PH}"/>')
    out.append(f'<line class="diag" x1="{_x(0):.1f}" y1="{_y(0):.1f}" x2="{_x(1):.1f}" y2="{_y(1):.1f}"/>')
    out.append(f'<text class="zone" x="{_x(0.04):.1f}" y="{_y(0.93):.1f}">underconfident</text>')
    out.append(f'<text class="zone" x="{_x(0.96):.1f}" y="{_y(0.05):.1f}" text-anchor="end">overconfident</text>')
    out.append('<g class="ticks">')
    for k in range(0, 11, 2):
        v = k / 10
        out.append(f'<text x="{_x(v):.1f}" y="{_y(0) + 18:.1f}" text-anchor="middle">{k * 10}%</text>')
        out.append(f'<text x="{_L - 8}" y="{_y(v) + 4:.1f}" text-anchor="end">{k * 10}%</text>')
    out.append("</g>")
    out.append(f'<text class="axis" x="{_x(0.5):.1f}" y="{_H - 10}" text-anchor="middle">Stated confidence</text>')
    cy = _y(0.5)
    out.append(f'<text class="axis" x="16" y="{cy:.1f}" text-anchor="middle" transform="rotate(-90 16 {cy:.1f})">'
               "Came true</text>")
    if not filled:
        out.append(f'<text class="empty" x="{_x(0.5):.1f}" y="{_y(0.5) - 12:.1f}" text-anchor="middle">'
                   "No judged claims with a confidence yet</text>")
    else:
        points = " ".join(f"{_x(b['mean_confidence']):.1f},{_y(b['observed']):.1f}" for b in filled)
        out.append(f'<polyline class="trend" points="{points}"/>')
        largest = max(b["count"] for b in filled)
        out.append('<g class="dots">')
        for b in filled:
            x, y = _x(b["mean_confidence"]), _y(b["observed"])
            r = _radius(b["count"], largest)
            tip = (f"{bin_label(b)}: {b['count']} claims, stated {pct(b['mean_confidence'])} on average, "
                   f"came true {pct(b['observed'])}")
            out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"><title>{tip}</title></circle>')
        out.append("</g>")
        out.append('<g class="counts">')
        out.extend(_count_labels(filled, largest))
        out.append("</g>")
    out.append("</svg>")
    return "".join(out)
