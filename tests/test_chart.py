"""The pictures must say the right thing, print user text literally and fit an 80-column terminal."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET

import pytest
from rich.cells import cell_len
from rich.console import Console

from claimtrack.chart import calibration_chart, calibration_svg, scoreboard
from claimtrack.scoring import score

SVG = "{http://www.w3.org/2000/svg}"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def claim(claimant, status, confidence=None):
    return {"claimant": claimant, "status": status, "confidence": confidence}


def render(renderable, width=80, **console_args) -> str:
    console_args.setdefault("color_system", None)
    console = Console(file=io.StringIO(), width=width, **console_args)
    console.print(renderable)
    return console.file.getvalue()


@pytest.fixture
def result():
    claims = [
        # "ann": 2 of 3, graded with min_graded=3 -> 67% (21–94%)
        claim("ann", "confirmed", 0.9),
        claim("ann", "confirmed", 0.8),
        claim("ann", "refuted", 0.75),
        claim("ann", "open", 0.5),
        # hostile names, too few to grade
        claim("[bold red]x[/]", "confirmed", 0.35),
        claim(":warning:", "refuted", 0.3),
        claim(":warning:", "void", 0.3),
        claim("evil\x1b[2J\u202ename", "partial", None),
    ]
    return score(claims, min_graded=3)


# ---- scoreboard ----------------------------------------------------------------------------------------------


def test_scoreboard_content(result):
    out = render(scoreboard(result))
    lines = out.splitlines()
    assert all(cell_len(line) <= 80 for line in lines)
    header = lines[0]
    for word in ("Claimant", "Claims", "Open", "✓", "✗", "½", "Void", "Hit rate", "Brier", "Grade"):
        assert word in header
    assert "lower is better" in out

    [ann] = [line for line in lines if line.startswith("ann ")]
    assert "67% (21–94%)" in ann
    assert re.search(r"\b4\s+1\s+2\s+1\s+0\s+0\b", ann)  # claims open ✓ ✗ ½ void
    assert "0.20 (n=3)" in ann  # (0.01 + 0.04 + 0.5625) / 3 = 0.204
    assert "unclear" in ann  # the interval straddles 50%


def test_scoreboard_names_are_literal_and_safe(result):
    out = render(scoreboard(result))
    assert "[bold red]x[/]" in out
    assert ":warning:" in out and "⚠" not in out
    assert "\x1b" not in out and "\u202e" not in out
    assert "evil\\x1b[2J\\u202ename" in out


def test_scoreboard_too_few_to_grade_still_shows_counts(result):
    lines = render(scoreboard(result)).splitlines()
    [warning] = [line for line in lines if line.startswith(":warning:")]
    assert "too few to grade" in warning
    assert re.search(r":warning:\s+2\s+0\s+0\s+1\s+0\s+1\b", warning)
    assert "%" not in warning  # no rate leaks out


def test_scoreboard_overall_row_last_and_bold(result):
    plain = render(scoreboard(result))
    [overall] = [line for line in plain.splitlines() if line.startswith("Overall")]
    assert re.search(r"Overall\s+8\s+1\s+3\s+2\s+1\s+1\b", overall)
    assert "Overall" in plain.split("evil")[-1]  # after every claimant
    styled = render(scoreboard(result), force_terminal=True, color_system="standard")
    [overall_styled] = [line for line in styled.splitlines() if "Overall" in line]
    assert "\x1b[1m" in overall_styled


def test_scoreboard_without_claims():
    out = render(scoreboard(score([])))
    assert "Overall" in out and "too few to grade" in out


def test_scoreboard_graded_with_nothing_resolved():
    out = render(scoreboard(score([claim("a", "open")], min_graded=0)))
    assert "—" in out and "None" not in out


# ---- calibration chart ---------------------------------------------------------------------------------------


def chart_result():
    claims = (
        [claim("a", "confirmed", 0.35)] * 12
        + [claim("a", "refuted", 0.35)] * 4  # bin 3: said 35%, came true 75%
        + [claim("a", "confirmed", 0.95)] * 3
        + [claim("a", "refuted", 0.95)] * 7  # bin 9: said 95%, came true 30%
        + [claim("a", "refuted", 0.05)]  # bin 0: came true 0%
    )
    return score(claims)


def bin_rows(out: str) -> dict[str, str]:
    return {line[:7]: line for line in out.splitlines() if re.match(r"\d\.\d–\d\.\d ", line)}


@pytest.mark.parametrize("console_args", [{}, {"no_color": True, "force_terminal": True}])
def test_calibration_chart_plain_and_no_color(console_args):
    out = ANSI.sub("", render(calibration_chart(chart_result()["calibration"]), **console_args))
    lines = out.splitlines()
    assert all(cell_len(line) <= 80 for line in lines), out
    rows = bin_rows(out)
    assert list(rows) == [f"0.{k}–{(k + 1) / 10:.1f}" for k in range(10)]
    assert rows["0.3–0.4"].rstrip().endswith("16")
    assert "35%" in rows["0.3–0.4"] and "75%" in rows["0.3–0.4"]
    assert rows["0.9–1.0"].rstrip().endswith("10")
    assert rows["0.0–0.1"].rstrip().endswith(" 1")
    for empty in ("0.1–0.2", "0.4–0.5", "0.8–0.9"):
        assert "no resolved claims" in rows[empty] and rows[empty].rstrip().endswith(" 0")
    assert sum("came true" in line and "perfect calibration" in line for line in lines) == 1  # the legend
    if console_args.get("no_color"):
        assert "\x1b[3" not in render(calibration_chart(chart_result()["calibration"]), **console_args)


def test_calibration_chart_geometry():
    out = render(calibration_chart(chart_result()["calibration"]))
    rows = bin_rows(out)

    def bar(label):
        line = rows[label]
        return line[line.index("│") + 1 : line.rindex("│")]

    width = len(bar("0.3–0.4"))
    assert all(len(bar(label)) == width for label in rows)
    # Underconfident bin: the bar (75%) runs past the marker (35%).
    b3 = bar("0.3–0.4")
    assert b3.index("┃") == int(0.35 * width)
    assert b3.rstrip().endswith("█") or b3.rstrip()[-1] in "▏▎▍▌▋▊▉"
    assert len(b3.rstrip()) == pytest.approx(0.75 * width, abs=1)
    # Overconfident bin: the bar (30%) stops well short of the marker (95%).
    b9 = bar("0.9–1.0")
    assert b9.index("┃") == int(0.95 * width)
    assert len(b9[: b9.index("┃")].rstrip()) == pytest.approx(0.30 * width, abs=1)
    # Nothing came true in bin 0: only the marker.
    assert bar("0.0–0.1").strip() == "┃"


def test_calibration_chart_colour_keeps_the_text():
    calibration = chart_result()["calibration"]
    coloured = render(calibration_chart(calibration), force_terminal=True, color_system="truecolor")
    assert "\x1b[" in coloured
    assert ANSI.sub("", coloured) == render(calibration_chart(calibration))


@pytest.mark.parametrize("width", [40, 60, 120])
def test_calibration_chart_other_widths(width):
    out = render(calibration_chart(chart_result()["calibration"]), width=width)
    assert len(bin_rows(out)) == 10
    assert all(cell_len(line) <= max(width, 40) for line in out.splitlines() if line[:1].isdigit())


def test_calibration_chart_empty():
    out = render(calibration_chart(score([])["calibration"]))
    assert out.count("no resolved claims") == 10


# ---- SVG -----------------------------------------------------------------------------------------------------


def test_svg_parses_and_has_the_parts():
    calibration = chart_result()["calibration"]
    text = calibration_svg(calibration, title="Team <A> & \"B\"")
    root = ET.fromstring(text)
    assert root.tag == f"{SVG}svg"
    assert root.find(f"{SVG}title").text == 'Team <A> & "B"'

    [diagonal] = [e for e in root.iter(f"{SVG}line") if e.get("stroke-dasharray")]
    x1, y1, x2, y2 = (float(diagonal.get(k)) for k in ("x1", "y1", "x2", "y2"))
    assert x1 < x2 and y1 > y2  # bottom-left (0, 0) to top-right (1, 1)
    assert x2 - x1 == pytest.approx(y1 - y2)

    circles = list(root.iter(f"{SVG}circle"))
    assert len(circles) == sum(1 for b in calibration if b["count"]) == 3
    radii = {c.find(f"{SVG}title").text.split(":")[0]: float(c.get("r")) for c in circles}
    assert radii["0.9–1.0"] < radii["0.3–0.4"]  # 10 claims < 16 claims
    assert radii["0.0–0.1"] < radii["0.9–1.0"]

    # Dot positions on the same scale as the diagonal.
    by_label = {c.find(f"{SVG}title").text.split(":")[0]: c for c in circles}
    dot = by_label["0.3–0.4"]
    assert float(dot.get("cx")) == pytest.approx(x1 + 0.35 * (x2 - x1))
    assert float(dot.get("cy")) == pytest.approx(y1 - 0.75 * (y1 - y2))

    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    assert {"n=16", "n=10", "n=1"} <= set(texts)
    assert {"0.0", "0.5", "1.0"} <= set(texts)
    assert "Stated confidence" in texts
    assert any(t.startswith("Observed frequency") for t in texts)


def test_svg_deterministic_and_empty():
    calibration = chart_result()["calibration"]
    assert calibration_svg(calibration) == calibration_svg(calibration)
    root = ET.fromstring(calibration_svg(score([])["calibration"]))
    assert list(root.iter(f"{SVG}circle")) == []
    assert any(e.get("stroke-dasharray") for e in root.iter(f"{SVG}line"))
