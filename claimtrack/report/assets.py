"""The report's inline stylesheet and its one small script, and the Content-Security-Policy that allows them.

They are Python strings rather than files so they ship inside the package whatever installs it, and the
policy can name each by its SHA-256 hash: the page then runs no script and applies no style but these two,
so even a claim that slipped markup past the escaping could neither run nor restyle anything.
"""

from __future__ import annotations

import base64
import hashlib

CSS = """
:root{color-scheme:light dark;--bg:#fff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--card:#f6f8fa;
--grid:#e6eaef;--track:#e3e8ee;--accent:#0969da;--open:#0969da;--confirmed:#1a7f37;--refuted:#cf222e;
--partial:#9a6700;--void:#6e7781}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;
--card:#151b23;--grid:#262c36;--track:#2a313c;--accent:#4493f8;--open:#1f6feb;--confirmed:#238636;
--refuted:#da3633;--partial:#9e6a03;--void:#656c76}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0 auto;max-width:82rem;padding:1rem clamp(.75rem,3vw,2rem) 3rem;background:var(--bg);color:var(--fg);
font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:var(--accent)}
h1{font-size:clamp(1.6rem,4vw,2.3rem);line-height:1.2;margin:.5rem 0 .25rem;overflow-wrap:anywhere}
h2{font-size:1.4rem;margin:2.5rem 0 .5rem;padding-bottom:.25rem;border-bottom:1px solid var(--line)}
h3{font-size:1.15rem;margin:2rem 0 .25rem;overflow-wrap:anywhere}
.meta,.lead,.legend,.summary,.note{color:var(--muted)}
.legend,.note{font-size:.875rem}
.lead{margin:.25rem 0 1rem;max-width:48rem}
.counts{list-style:none;display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;padding:0;margin:.75rem 0}
.counts li{font-size:1.05rem}.counts b{font-size:1.3rem;margin-right:.3rem}
nav{display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:.5rem 0;border-block:1px solid var(--line);font-size:.95rem}
.st{display:inline-block;padding:0 .5em;border-radius:1em;font-size:.8rem;font-weight:600;line-height:1.6;
color:#fff;background:var(--c);white-space:nowrap}
.s-open{--c:var(--open)}.s-confirmed{--c:var(--confirmed)}.s-refuted{--c:var(--refuted)}
.s-partial{--c:var(--partial)}.s-void{--c:var(--void)}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:0 -.25rem;padding:0 .25rem}
table{border-collapse:collapse;font-variant-numeric:tabular-nums}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
caption{text-align:left;color:var(--muted);font-size:.875rem;padding:.25rem 0 .5rem;caption-side:top}
th,td{padding:.4rem .5rem;border-bottom:1px solid var(--line);vertical-align:middle}
thead th{text-align:left;font-size:.85rem;color:var(--muted);font-weight:600;white-space:nowrap;
border-bottom:2px solid var(--line)}
.num{text-align:right}
#board{min-width:100%}
#board td{white-space:nowrap}
#board tbody th,#board tfoot th{text-align:left;font-weight:600;background:var(--bg);position:sticky;left:0;
min-width:10rem;max-width:16rem;overflow-wrap:anywhere}
#board tfoot th,#board tfoot td{font-weight:700;border-top:2px solid var(--line);border-bottom:0}
#board .hit{white-space:nowrap}
.hitbar{vertical-align:middle;margin-right:.4rem}
.hitbar .track{fill:var(--track)}.hitbar .bar{fill:var(--accent);fill-opacity:.75}
.hitbar .whisker{stroke:var(--fg);stroke-width:2;fill:none}.hitbar .half{stroke:var(--muted);stroke-dasharray:2 2}
.dim{color:var(--muted);font-weight:400}
.g-above{color:var(--confirmed)}.g-below{color:var(--refuted)}
th button{font:inherit;color:inherit;background:none;border:0;padding:0;cursor:pointer;text-align:inherit}
th button::after{content:" \\2195";opacity:.45}
th[aria-sort=ascending] button::after{content:" \\2191";opacity:1}
th[aria-sort=descending] button::after{content:" \\2193";opacity:1}
.calwrap{display:grid;gap:1rem 2rem;align-items:start;grid-template-columns:minmax(0,32rem) minmax(0,1fr)}
@media (max-width:46rem){.calwrap{grid-template-columns:minmax(0,1fr)}}
.calib{width:100%;height:auto;max-width:32rem;font-size:13px}
.calib text{fill:var(--fg)}.calib .grid line{stroke:var(--grid)}
.calib .frame{fill:none;stroke:var(--muted)}.calib .diag{stroke:var(--muted);stroke-width:1.5;stroke-dasharray:6 4}
.calib .trend{fill:none;stroke:var(--accent);stroke-opacity:.5;stroke-width:1.5}
.calib circle{fill:var(--accent);fill-opacity:.5;stroke:var(--accent);stroke-width:1.5}
.calib .zone,.calib .empty{fill:var(--muted);font-style:italic}.calib .axis{font-weight:600}
.cal th{font-weight:400;text-align:left;white-space:nowrap}
.list td.text{min-width:16rem;max-width:40rem;overflow-wrap:anywhere}
.list td,.list th{font-size:.95rem}.list td:first-child,.list td:nth-child(2){white-space:nowrap}
.list td.text a{color:inherit;text-decoration-color:var(--line)}.list td.text a:hover{text-decoration-color:currentColor}
details{margin:.5rem 0}summary{cursor:pointer;color:var(--accent);padding:.25rem 0}
.list .late{color:var(--refuted);white-space:nowrap}
.person{content-visibility:auto;contain-intrinsic-size:auto 60rem}
.claim{background:var(--card);border:1px solid var(--line);border-left:.3rem solid var(--c);border-radius:.4rem;
padding:.6rem .9rem;margin:0;min-width:0}
.cards{display:grid;gap:.75rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,30rem),1fr));align-items:start}
.claim p{margin:.2rem 0}
.claim .head{display:flex;flex-wrap:wrap;gap:.25rem .6rem;align-items:center;font-size:.85rem;color:var(--muted)}
.claim .cid{color:var(--muted);text-decoration:none}
.tag{font-size:.8rem;color:var(--muted)}
.claim .text{font-size:1.05rem;font-weight:600;white-space:pre-line;overflow-wrap:anywhere}
.facts,.src,.verdict,.extra{font-size:.9rem;overflow-wrap:anywhere}
.facts{color:var(--muted)}.facts b,.src b,.verdict b,.extra b{color:var(--fg);font-weight:600}
.claim blockquote{margin:.4rem 0;padding:.1rem .8rem;border-left:3px solid var(--line);font-style:italic;
white-space:pre-line;overflow-wrap:anywhere}
.verdict{border-top:1px dashed var(--line);margin-top:.4rem!important;padding-top:.3rem}
.extra,.badurl{white-space:pre-line;color:var(--muted)}
.limit{border:1px solid var(--partial);border-radius:.4rem;padding:.5rem .8rem;background:var(--card)}
footer{margin-top:3rem;padding-top:.75rem;border-top:1px solid var(--line);color:var(--muted);font-size:.85rem}
footer dt{font-weight:600;color:var(--fg)}footer dd{margin:0 0 .5rem}
@media (max-width:40rem){body{font-size:15px}th,td{padding:.35rem .45rem}.claim{padding:.5rem .65rem}}
@media print{:root{--bg:#fff;--fg:#000;--muted:#444;--line:#bbb;--card:#fff;--grid:#ddd;--track:#ddd;
--accent:#0550ae}
body{max-width:none;padding:0;font-size:10.5pt}nav,th button::after{display:none}
.scroll{overflow:visible}#board tbody th{position:static}
.st{color:#000;background:none;border:1.5px solid var(--c)}
.person{content-visibility:visible}.cards{display:block}.claim{margin:.5rem 0}.claim,tr{break-inside:avoid}h2,h3{break-after:avoid}
.claim a[href^="http"]::after{content:" <" attr(href) ">";font-size:.8em;color:#444;overflow-wrap:anywhere}}
"""

SCRIPT = """
(function () {
  var table = document.getElementById("board");
  if (!table || !table.tHead || !table.tBodies.length) return;
  var body = table.tBodies[0], heads = table.tHead.rows[0].cells;
  function value(row, col) {
    var v = row.cells[col].getAttribute("data-v");
    return v === null ? "" : v;
  }
  Array.prototype.forEach.call(heads, function (th, col) {
    var kind = th.getAttribute("data-sort");
    if (!kind) return;
    var button = document.createElement("button");
    button.type = "button";
    button.title = "Sort by this column";
    while (th.firstChild) button.appendChild(th.firstChild);
    th.appendChild(button);
    button.addEventListener("click", function () {
      var now = th.getAttribute("aria-sort");
      var up = now ? now === "descending" : kind === "text";
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", up ? "ascending" : "descending");
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = value(a, col), y = value(b, col);
        if (x === "" || y === "") return (x === "") - (y === "");
        var d = kind === "text" ? x.localeCompare(y) : x - y;
        return up ? d : -d;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
  document.documentElement.setAttribute("data-sortable", "yes");
})();
"""


def _sha256(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


# No default source at all: no fetch, image, font, frame, form target or base URL may be loaded or changed.
CSP = (
    f"default-src 'none'; style-src {_sha256(CSS)}; script-src {_sha256(SCRIPT)}; "
    "base-uri 'none'; form-action 'none'"
)
