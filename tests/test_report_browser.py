"""The report in a real headless browser (Chromium): it renders, shows every claimant, shows hostile texts as
text, and no injected script runs, while the page's own script (allowed by its hash) does.

Skips only where no Chromium can be found (`.ci/run` installs it); the reason says so.
"""

from __future__ import annotations

import datetime as dt
import html as htmllib
import os
import re
import shutil
import struct
import subprocess
import zlib
from collections import Counter
from pathlib import Path

import pytest

from claimtrack.report import render_report
from test_report import HOSTILE, Page, claim


def find_browser() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return "/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None


BROWSER = find_browser()
pytestmark = pytest.mark.skipif(
    BROWSER is None,
    reason="no Chromium found (looked for chromium, chromium-browser, google-chrome on PATH and /usr/bin/chromium); "
           ".ci/run installs Debian's chromium, or run: apt-get install chromium",
)


def browse(page: Path, tmp_path: Path, *args: str) -> str:
    """Run headless Chromium on a local file with networking features off; return its stdout."""
    profile = tmp_path / "profile"
    cmd = [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--disable-extensions", "--hide-scrollbars", f"--user-data-dir={profile}", *args, page.as_uri()]
    proc = subprocess.run(cmd, capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")[-2000:]
    return proc.stdout.decode("utf-8")


def png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Decode an 8-bit, non-interlaced RGB(A) PNG into rows of pixels (enough for Chromium's screenshots)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and colour in (2, 6) and interlace == 0
        elif kind == b"IDAT":
            idat += body
    bpp = 4 if colour == 6 else 3
    raw, stride = zlib.decompress(idat), width * bpp
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                c = prev[x - bpp] if x >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, bpp, rows


def colours(data: bytes) -> Counter:
    width, bpp, rows = png_pixels(data)
    return Counter(row[i:i + 3] for row in rows for i in range(0, len(row), bpp))


def people_and_claims() -> list[dict]:
    claims = []
    names = ["Ana Ruiz", "Bo Chen", "Cleo O'Neil", *(f"{bad} person" for bad in HOSTILE)]
    i = 0
    for n, who in enumerate(names):
        for k in range(6):
            i += 1
            status = ["confirmed", "refuted", "partial", "confirmed", "open", "void"][(k + n) % 6]
            bad = HOSTILE[i % len(HOSTILE)]
            claims.append(claim(
                i, claimant=who, text=f"{bad} claim {i}", quote=f"{bad} said", notes=bad, due="2019-05-01",
                confidence=[0.2, 0.5, 0.7, 0.9][i % 4], source={"url": "https://example.org/s", "title": bad, "outlet": bad},
                status=status,
                resolution=None if status == "open" else {"on": "2019-06-01", "evidence": "https://example.org/e", "note": bad}))
    claims.append(claim(999, text="javascript link", hand={"source": {"url": "javascript:document.title='pwned'",
                                                                      "title": "click", "outlet": None}}))
    return claims


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("browser")
    claims = people_and_claims()
    page = tmp / "report.html"
    page.write_text(render_report(claims, title="Browser check", as_of=dt.date(2019, 6, 15)), "utf-8")
    dom = browse(page, tmp, "--dump-dom")
    return claims, page, dom, tmp


def test_no_injected_script_runs_and_the_page_script_does(rendered):
    claims, page, dom, tmp = rendered
    parsed = Page(dom)
    # HOSTILE[0] would set the title to "pwned"; the others would add an attribute to <body> or elements
    assert [t for path, t in parsed.texts if path[-1:] == ("title",) and "svg" not in path] == ["Browser check"]
    for tag, attrs, _ in parsed.elements:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert "data-pwned" not in attrs, (tag, attrs)
        assert tag not in ("img", "iframe", "object", "embed", "link", "base", "form"), tag
    assert {a.get("class") for t, a, _ in parsed.elements if t == "svg"} == {"hitbar", "calib"}
    assert [t for t, _, _ in parsed.elements].count("script") == 1
    # the page's own script ran (so the policy's hash is right): it turned the sortable headers into buttons
    html_attrs = next(a for t, a, _ in parsed.elements if t == "html")
    assert html_attrs.get("data-sortable") == "yes"
    sortable = [a for t, a, _ in parsed.elements if t == "th" and "data-sort" in a]
    assert len(sortable) == 10 and [t for t, _, _ in parsed.elements].count("button") == 10


def test_scoreboard_lists_every_claimant_and_hostile_texts_show_as_text(rendered):
    claims, page, dom, tmp = rendered
    parsed = Page(dom)
    board = re.search(r'<table id="board".*?</table>', dom, re.S).group(0)
    names = [htmllib.unescape(m) for m in re.findall(r'<th scope="row"[^>]*><a [^>]*><bdi>(.*?)</bdi>', board, re.S)]
    expected = sorted({c["claimant"] for c in claims}, key=lambda s: (s.casefold(), s))
    assert [n.replace("\\u202e", "\u202e").replace("\\x1b", "\x1b") for n in names] == expected
    text = parsed.text()
    for bad in HOSTILE:
        assert bad.replace("\u202e", "\\u202e").replace("\x1b", "\\x1b") in text
    # the javascript: URL is text, never a link
    assert "javascript:document.title='pwned'" in text
    assert not re.search(r'href="\s*javascript:', dom, re.I)


def test_control_an_unescaped_page_would_have_run_the_payloads(rendered, tmp_path):
    """The checks above can fail: the same payloads pasted raw into a page do run in this browser."""
    raw = tmp_path / "raw.html"
    raw.write_text("<!DOCTYPE html><html><head><title>Browser check</title></head><body>"
                   + "".join(f"<p>{bad}</p>" for bad in HOSTILE[:3]) + "</body></html>", "utf-8")
    dom = browse(raw, tmp_path, "--dump-dom")
    assert "<title>pwned</title>" in dom and re.search(r"<body[^>]*data-pwned", dom)


@pytest.mark.parametrize("size, dark", [("1100,600", False), ("390,800", False), ("600,400", True)])
def test_screenshot_is_not_blank_on_a_wide_screen_a_phone_and_in_dark_mode(rendered, size, dark):
    """Not blank, status colours on screen, and the background follows the system's colour scheme
    (`--force-dark-mode` makes Chromium report prefers-color-scheme: dark)."""
    claims, page, dom, tmp = rendered
    shot = tmp / f"shot-{size.replace(',', 'x')}-{dark}.png"
    browse(page, tmp, f"--screenshot={shot}", f"--window-size={size}", *(["--force-dark-mode"] if dark else []))
    seen = colours(shot.read_bytes())
    total = sum(seen.values())
    background, most = seen.most_common(1)[0]
    assert len(seen) > 50, "too few colours: the page did not render"
    assert most / total < 0.97, "almost a single colour: blank"
    # status colours are on screen (the header's badges): green for confirmed, red for refuted
    assert any(g > r + 60 and g > b for (r, g, b) in seen), "no green"
    assert any(r > g + 100 and r > b + 60 for (r, g, b) in seen), "no red"
    brightness = sum(background) / 3
    assert (brightness < 40) if dark else (brightness > 220), background
