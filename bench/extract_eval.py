"""How well `claimtrack extract` finds forecasts: precision, recall, claimant, due and confidence accuracy.

    python bench/extract_eval.py             # the table, per article and overall, dev and held-out apart
    python bench/extract_eval.py --misses    # also each miss and each wrong field, to see why
    python bench/extract_eval.py --json      # the figures as JSON
    python bench/extract_eval.py --speed     # time per article, and for a 2,000-word article
    python bench/extract_eval.py --speed --processes-only   # only the 2,000-word article's whole processes

The gold set is tests/data/extract/: each article with a JSON file naming its forecasts (sentence, claimant,
due date, confidence, and whether it is a clear forecast or a borderline one) and the look-alike sentences in it
that are not forecasts, plus lookalikes.json, sentences read one at a time. Definitions:

- a gold forecast is *found* when a proposal at the default score threshold has a quote that contains it;
- *recall* = clear forecasts found / clear forecasts (borderline ones are not counted against recall);
- *precision* = default proposals whose quote holds a gold forecast (clear or borderline) / default proposals;
- *claimant*, *due* and *confidence* accuracy are over the clear forecasts found: the claimant equal (ignoring
  case), the due date exactly equal for those whose gold has one, the confidence within 0.1 for those whose
  gold states one;
- *look-alikes proposed* = look-alike sentences (in the articles and in lookalikes.json) inside a default
  proposal / look-alike sentences.

Articles in sets "heldout-1" to "heldout-10" were each written after the rules of their day were built (round 10
by writers who never saw the rules), and "heldout-real" holds six real BBC News articles of 2004-05 annotated the
same way; each was measured
once before anything was changed (the README keeps those first figures: they are the honest estimate of how the
rules do on articles they have not seen), and then used to improve the rules.

Real articles ("heldout-realN") belong to their publishers and to the datasets they come from, so only their gold
files are in the repository: each names its dataset, its path there and the SHA-256 of its text under "source".
Without their texts they are skipped, and the table says how many. To measure them, gather the texts into a folder
with bench/extract_corpus.py and pass it:

    python bench/extract_eval.py --corpus DIR           # or CLAIMTRACK_EXTRACT_CORPUS=DIR
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "extract"
CORPUS_ENV = "CLAIMTRACK_EXTRACT_CORPUS"
sys.path.insert(0, str(ROOT))

from claimtrack.extract import DEFAULT_MIN_SCORE, extract  # noqa: E402


#: The sets an article can belong to ("set" in its JSON), in the order the table shows them.
SETS = {
    "dev": "dev: seeds and articles the rules were built on",
    "heldout-1": "held out, round 1 (now tuned on; first figures in the README)",
    "heldout-2": "held out, round 2 (now tuned on; first figures in the README)",
    "heldout-3": "held out, round 3 (now tuned on; first figures in the README)",
    "heldout-4": "held out, round 4 (now tuned on; first figures in the README)",
    "heldout-5": "held out, round 5 (now tuned on; first figures in the README)",
    "heldout-6": "held out, round 6 (now tuned on; first figures in the README)",
    "heldout-7": "held out, round 7 (now tuned on; first figures in the README)",
    "heldout-8": "held out, round 8 (now tuned on; first figures in the README)",
    "heldout-9": "held out, round 9 (now tuned on; first figures in the README)",
    "heldout-10": "held out, round 10 (written blind to the rules; first figures in the README)",
    "heldout-11": "held out, round 11 (written blind to the rules; first figures in the README)",
    "heldout-12": "held out, round 12 (written blind to the rules; first figures in the README)",
    "heldout-13": "held out, round 13 (written blind to the rules; first figures in the README)",
    "heldout-14": "held out, round 14 (written blind to the rules; first figures in the README)",
    "heldout-15": "held out, round 15 (written blind to the rules; first figures in the README)",
    "heldout-16": "held out, round 16 (written blind to the rules; first figures in the README)",
    "heldout-17": "held out, round 17 (written blind to the rules; first figures in the README)",
    "heldout-18": "held out, round 18 (written blind to the rules; first figures in the README)",
    "heldout-19": "held out, round 19 (written blind to the rules; first figures in the README)",
    "heldout-20": "held out, round 20 (written blind to the rules; first figures in the README)",
    "heldout-21": "held out, round 21 (written blind to the rules; first figures in the README)",
    "heldout-22": "held out, round 22 (written blind to the rules; first figures in the README)",
    "heldout-23": "held out, round 23 (written blind to the rules; first figures in the README)",
    "heldout-24": "held out, round 24 (written blind to the rules; first figures in the README)",
    "heldout-25": "held out, round 25 (written blind to the rules; first figures in the README)",
    "heldout-26": "held out, round 26 (written blind to the rules; first figures in the README)",
    "heldout-27": "held out, round 27 (written blind to the rules; first figures in the README)",
    "heldout-28": "held out, round 28 (written blind to the rules; first figures in the README)",
    "heldout-29": "held out, round 29 (written blind to the rules; first figures in the README)",
    "heldout-30": "held out, round 30 (written blind, sealed until the extractor was final; first figures in the README)",
    "heldout-31": "held out, round 31 (written blind, sealed until the extractor was final; first figures in the README)",
    "heldout-32": "held out, round 32 (written blind, sealed until the extractor was final; first figures in the README)",
    "heldout-33": "held out, round 33 (written blind, sealed until the extractor was final; first figures in the README)",
    "heldout-34": "held out, round 34 (written blind, sealed until the extractor was final; first figures in the README)",
    "heldout-35": "held out, round 35 (written blind, sealed until the extractor was final; first figures in the README)",
    "heldout-36": "held out, round 36 (written blind, sealed until 9dc2bb6; first figures in the README)",
    "heldout-37": "held out, round 37 (written blind, sealed until ab2bf1d; first figures in the README)",
    "heldout-38": "held out, round 38 (written blind, sealed until b58e3bc; first figures in the README)",
    "heldout-39": "held out, round 39 (written blind, sealed until daf33ac; first figures in the README)",
    "heldout-40": "held out, round 40 (written blind, sealed until daf33ac; first figures in the README)",
    "heldout-41": "held out, round 41 (written blind, sealed until ee44191; first figures in the README)",
    "heldout-42": "held out, round 42 (written blind, sealed until ee44191; first figures in the README)",
    "heldout-43": "held out, round 43 (written blind, sealed until the final extractor, 993ff84; first figures in the README)",
    "heldout-44": "held out, round 44 (written blind, sealed until the final extractor, 993ff84; first figures in the README)",
    "heldout-real": "held out, real articles (BBC News 2004-05; first figures in the README)",
    "heldout-real2": "held out, more real articles (BBC News 2004-05; first figures in the README)",
    "heldout-real3": "held out, real articles, third batch (BBC News 2004-05; first figures in the README)",
    "heldout-real4": "held out, real articles, fourth batch (BBC News 2004-05; first figures in the README)",
    "heldout-real5": "held out, real articles, fifth batch (BBC News 2004-05; first figures in the README)",
    "heldout-real6": "held out, real articles, sixth batch (BBC News 2004-05; first figures in the README)",
    "heldout-real7": "held out, real articles, seventh batch (BBC News 2004-05; first figures in the README)",
    "heldout-real8": "held out, real articles, eighth batch (BBC News 2004-05; first figures in the README)",
    "heldout-real9": "held out, real articles, ninth batch (BBC News 2004-05; first figures in the README)",
    "heldout-real10": "held out, real articles, tenth batch (BBC News 2004-05; first figures in the README)",
    "heldout-real11": "held out, real articles, eleventh batch (BBC News 2004-05; first figures in the README)",
    "heldout-real12": "held out, real articles, twelfth batch (BBC News 2004-05; first figures in the README)",
    "heldout-real13": "held out, real articles, thirteenth batch (BBC News 2004-05; first figures in the README)",
    "heldout-real14": "held out, real articles, fourteenth batch (BBC News 2004-05; first figures in the README)",
    "heldout-real15": "held out, real articles, fifteenth batch (BBC News 2004-05; first figures in the README)",
    "heldout-real16": "held out, real articles, sixteenth batch (BBC News 2004-05; first figures in the README)",
    "heldout-real17": "held out, real articles, seventeenth batch (BBC News 2004-05; first figures in the README)",
    "heldout-real18": "held out, real articles, eighteenth batch (BBC News 2004-05; sealed until the extractor was final)",
    "heldout-real19": "held out, real articles, nineteenth batch (BBC News 2004-05; sealed until the extractor was final)",
    "heldout-real20": "held out, real articles, twentieth batch (BBC News 2004-05; sealed until the extractor was final)",
    "heldout-real21": "held out, real articles, twenty-first batch (BBC News 2004-05; sealed until the extractor was final)",
    "heldout-real22": "held out, real articles, twenty-second batch (BBC News 2004-05; sealed until the extractor was final)",
    "heldout-real23": "held out, real articles, twenty-third batch (BBC News 2004-05; sealed until the extractor was final)",
    "heldout-real24": "held out, real articles, twenty-fourth batch (BBC News 2004-05; sealed until 9dc2bb6)",
    "heldout-real25": "held out, real articles, twenty-fifth batch (BBC News 2004-05; sealed until 9dc2bb6)",
    "heldout-real26": "held out, real articles, twenty-sixth batch (BBC News 2004-05; sealed until ab2bf1d)",
    "heldout-real27": "held out, real articles, twenty-seventh batch (BBC News 2004-05; sealed until ab2bf1d)",
    "heldout-real28": "held out, real articles, twenty-eighth batch (BBC News 2004-05; sealed until ab2bf1d)",
    "heldout-real29": "held out, real articles, twenty-ninth batch (BBC News 2004-05; sealed until ab2bf1d)",
    "heldout-real30": "held out, real articles, thirtieth batch (BBC News 2004-05; sealed until b58e3bc)",
    "heldout-real31": "held out, real articles, thirty-first batch (BBC News 2004-05; sealed until b58e3bc)",
    "heldout-real32": "held out, real articles, thirty-second batch (BBC News 2004-05; sealed until daf33ac)",
    "heldout-real33": "held out, real articles, thirty-third batch (BBC News 2004-05; sealed until daf33ac)",
    "heldout-real34": "held out, real articles, thirty-fourth batch (BBC News 2004-05; sealed until daf33ac)",
    "heldout-real35": "held out, real articles, thirty-fifth batch (BBC News 2004-05; sealed until daf33ac)",
    "heldout-real36": "held out, real articles, thirty-sixth batch (BBC News 2004-05; sealed until daf33ac)",
    "heldout-real37": "held out, real articles, thirty-seventh batch (BBC News 2004-05; sealed until daf33ac)",
    "heldout-real38": "held out, real web pages, thirty-eighth batch (Zyte article-extraction benchmark, 2019; sealed until ee44191)",
    "heldout-real39": "held out, real web pages, thirty-ninth batch (Zyte article-extraction benchmark, 2019; sealed until ee44191)",
    "heldout-real40": "held out, real web pages, fortieth batch (Zyte article-extraction benchmark, 2019; sealed until ee44191)",
    "heldout-real41": "held out, real web pages, forty-first batch (Zyte article-extraction benchmark, 2019; sealed until ee44191)",
    "heldout-real42": "held out, real web pages, forty-second batch (Postlight and Readability test pages; sealed until 81eb386)",
    "heldout-real43": "held out, real web pages, forty-third batch (Postlight and Readability test pages; sealed until 81eb386)",
    "heldout-real44": "held out, real web pages, forty-fourth batch (Postlight and Readability test pages; sealed until 81eb386)",
    "heldout-real45": "held out, real web pages, forty-fifth batch (Postlight and Readability test pages; sealed until 81eb386)",
    "heldout-real46": "held out, real web pages, forty-sixth batch (newspaper3k and goose3 test pages; sealed until c537001)",
    "heldout-real47": "held out, real web pages, forty-seventh batch (newspaper3k and goose3 test pages; sealed until c537001)",
    "heldout-real48": "held out, real web pages, forty-eighth batch (newspaper3k and goose3 test pages; sealed until c537001)",
    "heldout-real49": "held out, real texts, forty-ninth batch (Dragnet corrected texts, 2012; sealed until 80995ca)",
    "heldout-real50": "held out, real texts, fiftieth batch (Dragnet corrected texts, 2012; sealed until 80995ca)",
    "heldout-real51": "held out, real texts, fifty-first batch (Dragnet corrected texts, 2012; sealed until 80995ca)",
    "heldout-real52": "held out, real web pages, fifty-second batch (trafilatura evaluation pages; sealed until 1d970f0)",
    "heldout-real53": "held out, real web pages, fifty-third batch (trafilatura evaluation pages; sealed until 1d970f0)",
    "heldout-real54": "held out, real texts, fifty-fourth batch (Dragnet corrected texts, 2012; sealed until 1d970f0)",
    "heldout-real55": "held out, real texts, fifty-fifth batch (Dragnet corrected texts, 2012; sealed until 1d970f0)",
    "heldout-real56": "held out, real web pages, fifty-sixth batch (fundus news pages, 2023-2026; sealed until 3732f47)",
    "heldout-real57": "held out, real web pages, fifty-seventh batch (fundus news pages, 2023-2026; sealed until 3732f47)",
    "heldout-real58": "held out, real texts, fifty-eighth batch (Dragnet corrected texts, 2011-2012; sealed until 3732f47)",
    "heldout-real59": "held out, real texts, fifty-ninth batch (Dragnet corrected texts, 2012; sealed until 4759e70)",
    "heldout-real60": "held out, real texts, sixtieth batch (Dragnet corrected texts, 2012; sealed until 4759e70)",
    "heldout-real61": "held out, real texts, sixty-first batch (BBC News dataset, 2004-2005; sealed until 4759e70)",
    "heldout-real62": "held out, real texts, sixty-second batch (Dragnet corrected texts, 2012; sealed until 6687745)",
    "heldout-real63": "held out, real texts, sixty-third batch (BBC News dataset, 2004-2005; sealed until 6687745)",
    "heldout-real64": "held out, real texts, sixty-fourth batch (BBC News dataset, 2004-2005; sealed until 6687745)",
    "heldout-real65": "held out, real texts, sixty-fifth batch (Dragnet corrected texts, 2012; sealed until 6687745)",
    "heldout-real66": "held out, real texts, sixty-sixth batch (BBC News dataset, 2004-2005; sealed until 3b22a27)",
    "heldout-real67": "held out, real texts, sixty-seventh batch (Dragnet corrected texts, 2012; sealed until 3b22a27)",
    "heldout-real68": "held out, real texts, sixty-eighth batch (BBC News dataset, 2004-2005; sealed until 6f7bdca)",
    "heldout-real69": "held out, real texts, sixty-ninth batch (Dragnet corrected texts, 2012; sealed until 6f7bdca)",
    "heldout-real70": "held out, real web pages, seventieth batch (Zyte article-extraction benchmark, 2019; sealed until 961faf0)",
    "heldout-real71": "held out, real web pages, seventy-first batch (Zyte article-extraction benchmark, 2019; sealed until 961faf0)",
    "heldout-real72": "held out, real texts, seventy-second batch (BBC News dataset, 2004-2005; sealed until 961faf0)",
    "heldout-real73": "held out, real texts, seventy-third batch (BBC News dataset, 2004-2005; sealed until 961faf0)",
    "heldout-real74": "held out, real web pages, seventy-fourth batch (newspaper4k test pages, 2023; sealed until 10b93a4)",
    "heldout-real75": "held out, real texts, seventy-fifth batch (BBC News dataset, 2004-2005; sealed until 10b93a4)",
    "heldout-real76": "held out, real texts, seventy-sixth batch (BBC News dataset, 2004-2005; sealed until 10b93a4)",
    "heldout-real77": "held out, real texts, seventy-seventh batch (BBC News dataset, 2004-2005; sealed until 631a84b)",
    "heldout-real78": "held out, real texts, seventy-eighth batch (Dragnet corrected texts, 2012; sealed until 631a84b)",
    "heldout-real79": "held out, real texts, seventy-ninth batch (BBC News dataset, 2004-2005; sealed until 631a84b)",
    "heldout-real80": "held out, real web pages, eightieth batch (Postlight Parser fixtures, 2016-2022; sealed until 6a5caa7)",
    "heldout-real81": "held out, real texts, eighty-first batch (BBC News dataset, 2004-2005; sealed until 44f3b74)",
    "heldout-real82": "held out, real texts, eighty-second batch (BBC News dataset, 2004-2005; sealed until 44f3b74)",
    "heldout-real83": "held out, real texts, eighty-third batch (BBC News dataset, 2004-2005; sealed until 49c46d4)",
    "heldout-real84": "held out, real texts, eighty-fourth batch (BBC News dataset, 2004-2005; sealed until 49c46d4)",
    "heldout-real85": "held out, real texts, eighty-fifth batch (Dragnet corrected texts, 2012; sealed until 49c46d4)",
    "heldout-real86": "held out, real texts, eighty-sixth batch (BBC News dataset, 2004-2005; sealed until 1547d03)",
    "heldout-real87": "held out, real texts, eighty-seventh batch (BBC News dataset, 2004-2005; sealed until 1547d03)",
    "heldout-real88": "held out, real texts, eighty-eighth batch (BBC News dataset, 2004-2005; sealed until 1547d03)",
    "heldout-real89": "held out, real texts, eighty-ninth batch (BBC News dataset, 2004-2005; sealed until 1547d03)",
    "heldout-real90": "held out, real texts, ninetieth batch (BBC News dataset, 2004-2005; sealed until 1547d03)",
    "heldout-real91": "held out, real texts, ninety-first batch (Dragnet corrected texts, 2011-2012; sealed until 1547d03)",
    "heldout-real92": "held out, real texts, ninety-second batch (BBC News dataset, 2004-2005; sealed until 595246b)",
    "heldout-real93": "held out, real texts, ninety-third batch (BBC News dataset, 2004-2005; sealed until 595246b)",
    "heldout-real94": "held out, real texts, ninety-fourth batch (BBC News dataset, 2004-2005; sealed until 595246b)",
    "heldout-real95": "held out, real texts, ninety-fifth batch (Dragnet corrected texts, 2011-2012; sealed until 595246b)",
    "heldout-real96": "held out, real texts, ninety-sixth batch (BBC News dataset, 2004-2005; sealed until b1b38b2)",
    "heldout-real97": "held out, real texts, ninety-seventh batch (BBC News dataset, 2004-2005; sealed until f05b0f6)",
    "heldout-real98": "held out, real texts, ninety-eighth batch (BBC News dataset, 2004-2005; sealed until b1b38b2)",
    "heldout-real99": "held out, real web pages, ninety-ninth batch (Zyte article-extraction benchmark, 2019; sealed until b1b38b2)",
    "heldout-real100": "held out, real texts, hundredth batch (BBC News dataset, 2004-2005; sealed until c22344f)",
    "heldout-real101": "held out, real texts, hundred-and-first batch (BBC News dataset, 2004-2005; sealed until 8a51d3f)",
    "heldout-real102": "held out, real texts, hundred-and-second batch (BBC News dataset, 2004-2005; sealed until 8a51d3f)",
    "heldout-real103": "held out, real texts, hundred-and-third batch (Dragnet corrected texts, 2011-2012; sealed until 8a51d3f)",
    "heldout-real104": "held out, real texts, hundred-and-fourth batch (BBC News dataset, 2004-2005; sealed until fbb886f)",
    "heldout-real105": "held out, real texts, hundred-and-fifth batch (BBC News dataset, 2004-2005; sealed until fbb886f)",
    "heldout-real106": "held out, real texts, hundred-and-sixth batch (Dragnet corrected texts, 2011-2012; sealed until fbb886f)",
    "heldout-real107": "held out, real web pages, hundred-and-seventh batch (Zyte article-extraction benchmark, 2019; sealed until fbb886f)",
    "heldout-real108": "held out, real texts, hundred-and-eighth batch (BBC News dataset, 2004-2005; sealed until b88a531)",
    "heldout-real109": "held out, real texts, hundred-and-ninth batch (BBC News dataset, 2004-2005; sealed until b88a531)",
    "heldout-real110": "held out, real texts, hundred-and-tenth batch (Dragnet corrected texts, 2011-2012; sealed until b88a531)",
    "heldout-real111": "held out, real web pages, hundred-and-eleventh batch (Zyte article-extraction benchmark, 2019; sealed until b88a531)",
    "heldout-real112": "held out, real web pages, hundred-and-twelfth batch (trafilatura evaluation pages; sealed until ab43309)",
    "heldout-real113": "held out, real web pages, hundred-and-thirteenth batch (trafilatura evaluation pages; sealed until ab43309)",
    "heldout-real115": "held out, real web pages, hundred-and-fifteenth batch (trafilatura evaluation pages; sealed until ab43309)",
    "heldout-real116": "held out, real web pages, hundred-and-sixteenth batch (trafilatura evaluation pages; sealed until ab43309)",
    "heldout-real117": "held out, real web pages, hundred-and-seventeenth batch (trafilatura evaluation pages; sealed until ab43309)",
    "heldout-real118": "held out, real texts, hundred-and-eighteenth batch (BBC News dataset, 2004-2005; sealed until ab43309)",
    "heldout-real119": "held out, real texts, hundred-and-nineteenth batch (BBC News dataset, 2004-2005; sealed until ab43309)",
    "heldout-real120": "held out, real texts, hundred-and-twentieth batch (BBC News dataset, 2004-2005; sealed until 448544e)",
    "heldout-real121": "held out, real texts, hundred-and-twenty-first batch (BBC News dataset, 2004-2005; sealed until 448544e)",
    "heldout-real122": "held out, real texts, hundred-and-twenty-second batch (BBC News dataset, 2004-2005; sealed until c227264)",
    "heldout-real123": "held out, real texts, hundred-and-twenty-third batch (Dragnet corrected texts, 2011-2012; sealed until 448544e)",
    "heldout-real124": "held out, real texts, hundred-and-twenty-fourth batch (Dragnet corrected texts, 2011-2012; sealed until c227264)",
    "heldout-real125": "held out, real texts, hundred-and-twenty-fifth batch (Dragnet corrected texts, 2011-2012; sealed until 448544e)",
    "heldout-real126": "held out, real web pages, hundred-and-twenty-sixth batch (Zyte article-extraction benchmark, 2019; sealed until 448544e)",
    "heldout-real127": "held out, real web pages, hundred-and-twenty-seventh batch (Zyte article-extraction benchmark, 2019; sealed until 448544e)",
    "heldout-real128": "held out, real texts, hundred-and-twenty-eighth batch (BBC News dataset, 2004-2005; sealed until 900e4bf)",
    "heldout-real129": "held out, real texts, hundred-and-twenty-ninth batch (BBC News dataset, 2004-2005; sealed until 900e4bf)",
    "heldout-real130": "held out, real texts, hundred-and-thirtieth batch (BBC News dataset, 2004-2005; sealed until 900e4bf)",
    "heldout-real131": "held out, real texts, hundred-and-thirty-first batch (BBC News dataset, 2004-2005; sealed until 900e4bf)",
    "heldout-real133": "held out, real texts, hundred-and-thirty-third batch (Dragnet corrected texts, 2011-2012; sealed until 900e4bf)",
    "heldout-real134": "held out, real texts, hundred-and-thirty-fourth batch (BBC News dataset, 2004-2005; sealed until 91d7407)",
    "heldout-real135": "held out, real texts, hundred-and-thirty-fifth batch (BBC News dataset, 2004-2005; sealed until 91d7407)",
    "heldout-real136": "held out, real texts, hundred-and-thirty-sixth batch (BBC News dataset, 2004-2005; sealed until 91d7407)",
    "heldout-real137": "held out, real texts, hundred-and-thirty-seventh batch (BBC News dataset, 2004-2005; sealed until 91d7407)",
    "heldout-real138": "held out, real texts, hundred-and-thirty-eighth batch (Dragnet corrected texts, 2011-2012; sealed until 91d7407)",
    "heldout-real139": "held out, real texts, hundred-and-thirty-ninth batch (Dragnet corrected texts, 2011-2012; sealed until 91d7407)",
    "heldout-real140": "held out, real texts, hundred-and-fortieth batch (BBC News dataset, 2004-2005; sealed until 31dedcf)",
    "heldout-real141": "held out, real texts, hundred-and-forty-first batch (BBC News dataset, 2004-2005; sealed until 31dedcf)",
    "heldout-real142": "held out, real texts, hundred-and-forty-second batch (BBC News dataset, 2004-2005; sealed until 31dedcf)",
    "heldout-real143": "held out, real texts, hundred-and-forty-third batch (Dragnet corrected texts, 2011-2012; sealed until 31dedcf)",
    "heldout-real145": "held out, real texts, hundred-and-forty-fifth batch (BBC News dataset, 2004-2005; sealed until 8f54c72)",
    "heldout-real146": "held out, real texts, hundred-and-forty-sixth batch (BBC News dataset, 2004-2005; sealed until 8f54c72)",
    "heldout-real147": "held out, real texts, hundred-and-forty-seventh batch (BBC News dataset, 2004-2005; sealed until 8f54c72)",
    "heldout-real148": "held out, real texts, hundred-and-forty-eighth batch (BBC News dataset, 2004-2005; sealed until 8f54c72)",
    "heldout-real149": "held out, real texts, hundred-and-forty-ninth batch (BBC News dataset, 2004-2005; sealed until 8f54c72)",
    "heldout-real150": "held out, real texts, hundred-and-fiftieth batch (BBC News dataset, 2004-2005; sealed until 8f54c72)",
    "heldout-real151": "held out, real web pages, hundred-and-fifty-first batch (fundus news pages, 2023-2026; sealed until 92e5cc8)",
    "heldout-real152": "held out, real web pages, hundred-and-fifty-second batch (fundus news pages, 2023-2026; sealed until 92e5cc8)",
    "heldout-real153": "held out, real web pages, hundred-and-fifty-third batch (fundus news pages, 2023-2026; sealed until 92e5cc8)",
    "heldout-real154": "held out, real web pages, hundred-and-fifty-fourth batch (fundus news pages, 2023-2026; sealed until 92e5cc8)",
    "heldout-real155": "held out, real texts, hundred-and-fifty-fifth batch (BBC News dataset, 2004-2005; sealed until 92e5cc8)",
    "heldout-real156": "held out, real texts, hundred-and-fifty-sixth batch (BBC News dataset, 2004-2005; sealed until 92e5cc8)",
    "heldout-real157": "held out, real web pages, hundred-and-fifty-seventh batch (Postlight Parser fixtures, 2016-2020; sealed until fac1e29)",
    "heldout-real158": "held out, real web pages, hundred-and-fifty-eighth batch (Postlight Parser fixtures, 2016-2020; sealed until fac1e29)",
    "heldout-real159": "held out, real web pages, hundred-and-fifty-ninth batch (Postlight Parser fixtures, 2016-2020; sealed until fac1e29)",
    "heldout-real160": "held out, real web pages, hundred-and-sixtieth batch (Mozilla Readability test pages, 2015-2023; sealed until fac1e29)",
    "heldout-real161": "held out, real web pages, hundred-and-sixty-first batch (Mozilla Readability test pages, 2015-2023; sealed until fac1e29)",
    "heldout-real162": "held out, real texts, hundred-and-sixty-second batch (BBC News dataset, 2004-2005; sealed until fac1e29)",
    "heldout-real163": "held out, real texts, hundred-and-sixty-third batch (BBC News dataset, 2004-2005; sealed until fac1e29)",
    "heldout-real164": "held out, real texts, hundred-and-sixty-fourth batch (BBC News dataset, 2004-2005; sealed until fac1e29)",
    "heldout-real165": "held out, real texts, hundred-and-sixty-fifth batch (BBC News dataset, 2004-2005; sealed until f5eb0b6)",
    "heldout-real166": "held out, real texts, hundred-and-sixty-sixth batch (BBC News dataset, 2004-2005; sealed until f5eb0b6)",
    "heldout-real167": "held out, real texts, hundred-and-sixty-seventh batch (BBC News dataset, 2004-2005; sealed until f5eb0b6)",
    "heldout-real168": "held out, real texts, hundred-and-sixty-eighth batch (BBC News dataset, 2004-2005; sealed until f5eb0b6)",
    "heldout-real169": "held out, real texts, hundred-and-sixty-ninth batch (BBC News dataset, 2004-2005; sealed until f5eb0b6)",
    "heldout-real170": "held out, real web pages, hundred-and-seventieth batch (Zyte article-extraction benchmark, 2018-2019; sealed until f5eb0b6)",
    "heldout-real171": "held out, real web pages, hundred-and-seventy-first batch (Zyte article-extraction benchmark, 2018-2019; sealed until f5eb0b6)",
    "heldout-real172": "held out, real texts, hundred-and-seventy-second batch (BBC News dataset, 2004-2005; sealed until f79ff03)",
    "heldout-real173": "held out, real texts, hundred-and-seventy-third batch (BBC News dataset, 2004-2005; sealed until f79ff03)",
    "heldout-real174": "held out, real texts, hundred-and-seventy-fourth batch (BBC News dataset, 2004-2005; sealed until f79ff03)",
    "heldout-real175": "held out, real texts, hundred-and-seventy-fifth batch (BBC News dataset, 2004-2005; sealed until f79ff03)",
    "heldout-real176": "held out, real texts, hundred-and-seventy-sixth batch (BBC News dataset, 2004-2005; sealed until f79ff03)",
    "heldout-real177": "held out, real texts, hundred-and-seventy-seventh batch (BBC News dataset, 2004-2005; sealed until f79ff03)",
    "heldout-real178": "held out, real web pages, hundred-and-seventy-eighth batch (Zyte article-extraction benchmark, 2018-2019; sealed until f79ff03)",
    "heldout-real179": "held out, real web pages, hundred-and-seventy-ninth batch (Zyte article-extraction benchmark, 2018-2019; sealed until f79ff03)",
    "heldout-real180": "held out, real texts, hundred-and-eightieth batch (BBC News dataset, 2004-2005; sealed until c4b933b)",
    "heldout-real181": "held out, real texts, hundred-and-eighty-first batch (BBC News dataset, 2004-2005; sealed until c4b933b)",
    "heldout-real182": "held out, real texts, hundred-and-eighty-second batch (BBC News dataset, 2004-2005; sealed until c4b933b)",
    "heldout-real183": "held out, real texts, hundred-and-eighty-third batch (BBC News dataset, 2004-2005; sealed until c4b933b)",
    "heldout-real184": "held out, real texts, hundred-and-eighty-fourth batch (BBC News dataset, 2004-2005; sealed until c4b933b)",
    "heldout-real185": "held out, real web pages, hundred-and-eighty-fifth batch (Zyte article-extraction benchmark, 2018-2019; sealed until c4b933b)",
    "heldout-real186": "held out, real web pages, hundred-and-eighty-sixth batch (Zyte article-extraction benchmark, 2018-2019; sealed until c4b933b)",
    "heldout-real187": "held out, real web pages, hundred-and-eighty-seventh batch (fundus news pages, 2022-2026; sealed until c4b933b)",
    "heldout-real188": "held out, real texts, hundred-and-eighty-eighth batch (BBC News dataset, 2004-2005; sealed until 456e9c1)",
    "heldout-real189": "held out, real texts, hundred-and-eighty-ninth batch (BBC News dataset, 2004-2005; sealed until 456e9c1)",
    "heldout-real190": "held out, real texts, hundred-and-ninetieth batch (BBC News dataset, 2004-2005; sealed until 456e9c1)",
    "heldout-real191": "held out, real texts, hundred-and-ninety-first batch (BBC News dataset, 2004-2005; sealed until 456e9c1)",
    "heldout-real192": "held out, real texts, hundred-and-ninety-second batch (BBC News dataset, 2004-2005; sealed until 456e9c1)",
    "heldout-real194": "held out, real web pages, hundred-and-ninety-fourth batch (fundus news pages, 2022-2026; sealed until 456e9c1)",
    "heldout-real195": "held out, real web pages, hundred-and-ninety-fifth batch (Postlight Parser test fixtures, 2016-2020; sealed until 456e9c1)",
    "heldout-real196": "held out, real texts, hundred-and-ninety-sixth batch (BBC News dataset, 2004-2005; sealed until 63ada86)",
    "heldout-real197": "held out, real texts, hundred-and-ninety-seventh batch (BBC News dataset, 2004-2005; sealed until 63ada86)",
    "heldout-real198": "held out, real texts, hundred-and-ninety-eighth batch (BBC News dataset, 2004-2005; sealed until 63ada86)",
    "heldout-real199": "held out, real texts, hundred-and-ninety-ninth batch (BBC News dataset, 2004-2005; sealed until 63ada86)",
    "heldout-real200": "held out, real texts, two-hundredth batch (BBC News dataset, 2004-2005; sealed until 63ada86)",
    "heldout-real201": "held out, real texts, two-hundred-and-first batch (BBC News dataset, 2004-2005; sealed until 63ada86)",
    "heldout-real202": "held out, real web pages, two-hundred-and-second batch (Mozilla Readability test pages, 2015-2019; sealed until 63ada86)",
    "heldout-real203": "held out, real web pages, two-hundred-and-third batch (Mozilla Readability test pages, 2015-2019; sealed until 63ada86)",
    "heldout-real204": "held out, real texts, two-hundred-and-fourth batch (BBC News dataset, 2004-2005; sealed until ac4a3b0)",
    "heldout-real205": "held out, real texts, two-hundred-and-fifth batch (BBC News dataset, 2004-2005; sealed until ac4a3b0)",
    "heldout-real206": "held out, real texts, two-hundred-and-sixth batch (BBC News dataset, 2004-2005; sealed until ac4a3b0)",
    "heldout-real207": "held out, real texts, two-hundred-and-seventh batch (BBC News dataset, 2004-2005; sealed until ac4a3b0)",
    "heldout-real208": "held out, real texts, two-hundred-and-eighth batch (BBC News dataset, 2004-2005; sealed until ac4a3b0)",
    "heldout-real209": "held out, real texts, two-hundred-and-ninth batch (BBC News dataset, 2004-2005; sealed until ac4a3b0)",
    "heldout-real210": "held out, real web pages, two-hundred-and-tenth batch (fundus news pages, 2022-2026; sealed until ac4a3b0)",
    "heldout-real211": "held out, real texts, two-hundred-and-eleventh batch (BBC News dataset, 2004-2005; sealed until 8c79eb3)",
    "heldout-real212": "held out, real texts, two-hundred-and-twelfth batch (BBC News dataset, 2004-2005; sealed until 8c79eb3)",
    "heldout-real213": "held out, real texts, two-hundred-and-thirteenth batch (BBC News dataset, 2004-2005; sealed until 8c79eb3)",
    "heldout-real214": "held out, real texts, two-hundred-and-fourteenth batch (BBC News dataset, 2004-2005; sealed until 8c79eb3)",
    "heldout-real215": "held out, real texts, two-hundred-and-fifteenth batch (BBC News dataset, 2004-2005; sealed until 8c79eb3)",
    "heldout-real216": "held out, real texts, two-hundred-and-sixteenth batch (BBC News dataset, 2004-2005; sealed until 8c79eb3)",
    "heldout-real217": "held out, real web pages, two-hundred-and-seventeenth batch (Postlight Parser test fixtures, 2016; sealed until 8c79eb3)",
    "heldout-real219": "held out, real texts, two-hundred-and-nineteenth batch (BBC News dataset, 2004-2005; sealed until 397d8b1)",
    "heldout-real220": "held out, real texts, two-hundred-and-twentieth batch (BBC News dataset, 2004-2005; sealed until 397d8b1)",
    "heldout-real221": "held out, real texts, two-hundred-and-twenty-first batch (BBC News dataset, 2004-2005; sealed until 397d8b1)",
    "heldout-real222": "held out, real texts, two-hundred-and-twenty-second batch (BBC News dataset, 2004-2005; sealed until 397d8b1)",
    "heldout-real223": "held out, real texts, two-hundred-and-twenty-third batch (BBC News dataset, 2004-2005; sealed until 397d8b1)",
    "heldout-real225": "held out, real texts, two-hundred-and-twenty-fifth batch (BBC News dataset, 2004-2005; sealed until 7e373c2)",
    "heldout-real226": "held out, real texts, two-hundred-and-twenty-sixth batch (BBC News dataset, 2004-2005; sealed until 7e373c2)",
    "heldout-real227": "held out, real texts, two-hundred-and-twenty-seventh batch (BBC News dataset, 2004-2005; sealed until 7e373c2)",
    "heldout-real228": "held out, real texts, two-hundred-and-twenty-eighth batch (BBC News dataset, 2004-2005; sealed until 7e373c2)",
    "heldout-real229": "held out, real texts, two-hundred-and-twenty-ninth batch (BBC News dataset, 2004-2005; sealed until 7e373c2)",
    "heldout-real230": "held out, real texts, two-hundred-and-thirtieth batch (BBC News dataset, 2004-2005; sealed until 7e373c2)",
    "heldout-real231": "held out, real texts, two-hundred-and-thirty-first batch (BBC News dataset, 2004-2005; sealed until ad94c0f)",
    "heldout-real232": "held out, real texts, two-hundred-and-thirty-second batch (BBC News dataset, 2004-2005; sealed until ad94c0f)",
    "heldout-real233": "held out, real texts, two-hundred-and-thirty-third batch (BBC News dataset, 2004-2005; sealed until ad94c0f)",
    "heldout-real235": "held out, real texts, two-hundred-and-thirty-fifth batch (BBC News dataset, 2004-2005; sealed until ad94c0f)",
    "heldout-real236": "held out, real texts, two-hundred-and-thirty-sixth batch (BBC News dataset, 2004-2005; sealed until ad94c0f)",
    "heldout-real234": "held out, real texts, two-hundred-and-thirty-fourth batch (BBC News dataset, 2004-2005; sealed until f32480f)",
    "heldout-real237": "held out, real texts, two-hundred-and-thirty-seventh batch (BBC News dataset, 2004-2005; sealed until f32480f)",
    "heldout-real238": "held out, real texts, two-hundred-and-thirty-eighth batch (BBC News dataset, 2004-2005; sealed until f32480f)",
    "heldout-real239": "held out, real texts, two-hundred-and-thirty-ninth batch (BBC News dataset, 2004-2005; sealed until f32480f)",
    "heldout-real240": "held out, real texts, two-hundred-and-fortieth batch (BBC News dataset, 2004-2005; sealed until f32480f)",
    "heldout-real241": "held out, real texts, two-hundred-and-forty-first batch (BBC News dataset, 2004-2005; sealed until f32480f)",
    "heldout-real242": "held out, real texts, two-hundred-and-forty-second batch (BBC News dataset, 2004-2005; sealed until f32480f)",
    "heldout-real243": "held out, real texts, two-hundred-and-forty-third batch (BBC News dataset, 2004-2005; sealed until f80a439)",
    "heldout-real244": "held out, real texts, two-hundred-and-forty-fourth batch (BBC News dataset, 2004-2005; sealed until f80a439)",
    "heldout-real245": "held out, real texts, two-hundred-and-forty-fifth batch (BBC News dataset, 2004-2005; sealed until f80a439)",
    "heldout-real246": "held out, real texts, two-hundred-and-forty-sixth batch (BBC News dataset, 2004-2005; sealed until f80a439)",
    "heldout-real247": "held out, real texts, two-hundred-and-forty-seventh batch (BBC News dataset, 2004-2005; sealed until f80a439)",
    "heldout-real248": "held out, real texts, two-hundred-and-forty-eighth batch (BBC News dataset, 2004-2005; sealed until f80a439)",
    "heldout-real249": "held out, real texts, two-hundred-and-forty-ninth batch (BBC News dataset, 2004-2005; sealed until 3d87942)",
    "heldout-real250": "held out, real texts, two-hundred-and-fiftieth batch (BBC News dataset, 2004-2005; sealed until 3d87942)",
    "heldout-real251": "held out, real texts, two-hundred-and-fifty-first batch (BBC News dataset, 2004-2005; sealed until 3d87942)",
    "heldout-real252": "held out, real texts, two-hundred-and-fifty-second batch (BBC News dataset, 2004-2005; sealed until 3d87942)",
    "heldout-real253": "held out, real texts, two-hundred-and-fifty-third batch (BBC News dataset, 2004-2005; sealed until 3d87942)",
    "heldout-real254": "held out, real texts, two-hundred-and-fifty-fourth batch (BBC News dataset, 2004-2005; sealed until 3d87942)",
    "heldout-real255": "held out, real texts, two-hundred-and-fifty-fifth batch (BBC News dataset, 2004-2005; sealed until 8beeb05)",
    "heldout-real256": "held out, real texts, two-hundred-and-fifty-sixth batch (BBC News dataset, 2004-2005; sealed until 8beeb05)",
    "heldout-real257": "held out, real texts, two-hundred-and-fifty-seventh batch (BBC News dataset, 2004-2005; sealed until 8beeb05)",
    "heldout-real258": "held out, real texts, two-hundred-and-fifty-eighth batch (BBC News dataset, 2004-2005; sealed until 8beeb05)",
    "heldout-real259": "held out, real texts, two-hundred-and-fifty-ninth batch (BBC News dataset, 2004-2005; sealed until 8beeb05)",
    "heldout-real260": "held out, real texts, two-hundred-and-sixtieth batch (BBC News dataset, 2004-2005; sealed until 8beeb05)",
    "heldout-real261": "held out, real texts, two-hundred-and-sixty-first batch (BBC News dataset, 2004-2005; sealed until ba660e4)",
    "heldout-real262": "held out, real texts, two-hundred-and-sixty-second batch (BBC News dataset, 2004-2005; sealed until ba660e4)",
    "heldout-real263": "held out, real texts, two-hundred-and-sixty-third batch (BBC News dataset, 2004-2005; sealed until ba660e4)",
    "heldout-real264": "held out, real texts, two-hundred-and-sixty-fourth batch (BBC News dataset, 2004-2005; sealed until ba660e4)",
    "heldout-real265": "held out, real texts, two-hundred-and-sixty-fifth batch (BBC News dataset, 2004-2005; sealed until ba660e4)",
    "heldout-real266": "held out, real texts, two-hundred-and-sixty-sixth batch (BBC News dataset, 2004-2005; sealed until ba660e4)",
    "all": "all articles",
}


def norm(text: str) -> str:
    for a, b in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("—", "-"), ("–", "-"), ("\u00ad", "")):
        text = text.replace(a, b)
    return " ".join(text.split())


def load_gold(gold_dir: Path | None = None, corpus: Path | None = None) -> list[dict]:
    """The gold files, each with "path": its article beside it, else in `corpus`, else None (text not here)."""
    items = []
    for path in sorted((gold_dir or GOLD).glob("*.json")):
        if path.name == "lookalikes.json":
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        gold["name"] = path.stem
        gold["dir"] = path.parent
        candidates = [path.parent / gold["article"]] + ([corpus / gold["article"]] if corpus else [])
        gold["path"] = next((c for c in candidates if c.is_file()), None)
        items.append(gold)
    return items


class CorpusMismatch(Exception):
    """An article's text is not the one its gold file was annotated on: measuring it would mislead."""


def run_article(gold: dict, min_score: float = DEFAULT_MIN_SCORE) -> dict:
    data = article_bytes(gold.get("path") or gold.get("dir", GOLD) / gold["article"])
    expected = gold.get("source", {}).get("sha256")
    if expected and hashlib.sha256(data).hexdigest() != expected:
        raise CorpusMismatch(f"{gold['name']}: the text found is not the one annotated (SHA-256 differs)")
    proposals = extract(data, min_score=min_score, **gold.get("options", {}))
    quotes = [norm(p.quote) for p in proposals]
    counts = {"proposals": len(proposals), "precise": 0, "clear": 0, "found": 0, "claimant_ok": 0,
              "due_n": 0, "due_ok": 0, "due_none_n": 0, "due_extra": 0, "conf_n": 0, "conf_ok": 0,
              "lookalikes": len(gold.get("lookalikes", [])), "lookalikes_proposed": 0}
    misses: list[str] = []
    gold_sentences = [norm(f["sentence"]) for f in gold["forecasts"]]
    for p, q in zip(proposals, quotes):
        if any(s in q for s in gold_sentences):
            counts["precise"] += 1
        else:
            misses.append(f"  not gold ({p.score:.2f}, {p.claimant}): {p.quote[:150]}")
    for forecast, sentence in zip(gold["forecasts"], gold_sentences):
        if not forecast.get("clear", True):
            continue
        counts["clear"] += 1
        # A sentence may hold several forecasts, by several people or one person's two chances, each its own
        # proposal with the same quote: the match is one whose claimant is the gold one, else the first; among
        # several, the one whose claim shares most words with the gold forecast's own words.
        candidates = [p for p, q in zip(proposals, quotes) if sentence in q]
        same = [p for p in candidates if norm(p.claimant).lower() == norm(forecast["claimant"]).lower()]
        words = set(sentence.lower().split())
        match = max(same, key=lambda p: len(words & set(norm(p.text).lower().split()))) if same else \
            (candidates[0] if candidates else None)
        if match is None:
            misses.append(f"  missed: {forecast['sentence'][:150]}")
            continue
        counts["found"] += 1
        if norm(match.claimant).lower() == norm(forecast["claimant"]).lower():
            counts["claimant_ok"] += 1
        else:
            misses.append(f"  claimant {match.claimant!r} != {forecast['claimant']!r}: {forecast['sentence'][:90]}")
        if forecast.get("due"):
            counts["due_n"] += 1
            if match.due == forecast["due"]:
                counts["due_ok"] += 1
            else:
                misses.append(f"  due {match.due} ({match.due_text}) != {forecast['due']}: {forecast['sentence'][:90]}")
        else:
            # a deadline the forecast does not have: as wrong for a user as a wrong one, so it is counted too
            counts["due_none_n"] += 1
            if match.due is not None:
                counts["due_extra"] += 1
                misses.append(f"  due {match.due} ({match.due_text}) given, none in gold: {forecast['sentence'][:90]}")
        if forecast.get("confidence") is not None:
            counts["conf_n"] += 1
            if match.confidence is not None and abs(match.confidence - forecast["confidence"]) <= 0.1 + 1e-9:
                counts["conf_ok"] += 1
            else:
                misses.append(f"  confidence {match.confidence} ({match.confidence_text}) != {forecast['confidence']}: "
                              f"{forecast['sentence'][:90]}")
    for look in gold.get("lookalikes", []):
        if any(norm(look) in q for q in quotes):
            counts["lookalikes_proposed"] += 1
            misses.append(f"  look-alike proposed: {look[:150]}")
    return {"counts": counts, "misses": misses}


def run_lookalikes(min_score: float = DEFAULT_MIN_SCORE) -> dict:
    spec = json.loads((GOLD / "lookalikes.json").read_text(encoding="utf-8"))
    proposed = []
    for sentence in spec["sentences"]:
        if extract(sentence, said=spec["said"], outlet="Lookalike Daily", min_score=min_score):
            proposed.append(sentence)
    return {"n": len(spec["sentences"]), "proposed": proposed}


def ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def summarise(counts: dict) -> dict:
    return {
        "proposals": counts["proposals"],
        "precision": ratio(counts["precise"], counts["proposals"]),
        "recall": ratio(counts["found"], counts["clear"]),
        "claimant": ratio(counts["claimant_ok"], counts["found"]),
        "due": ratio(counts["due_ok"], counts["due_n"]),
        "due_extra": ratio(counts.get("due_extra", 0), counts.get("due_none_n", 0)),
        "confidence": ratio(counts["conf_ok"], counts["conf_n"]),
        "lookalikes": ratio(counts["lookalikes_proposed"], counts["lookalikes"]),
        "n": {"clear": counts["clear"], "found": counts["found"], "due": counts["due_n"],
              "no_due": counts.get("due_none_n", 0), "confidence": counts["conf_n"],
              "lookalikes": counts["lookalikes"]},
    }


def add(total: dict, counts: dict) -> None:
    for key, value in counts.items():
        total[key] = total.get(key, 0) + value


def evaluate(min_score: float = DEFAULT_MIN_SCORE, gold_dir: Path | None = None, only: str | None = None,
             corpus: Path | None = None) -> dict:
    """Every figure the table shows, by article and by set ('dev', 'heldout-N', 'all'). `gold_dir`: another folder
    of articles with gold files (a new round before it joins the set); `only`: the articles of one set; `corpus`:
    a folder holding the texts of real articles that the repository does not ship."""
    articles = {}
    totals: dict[str, dict] = {name: {} for name in SETS}
    misses = {}
    skipped = []
    for gold in load_gold(gold_dir, corpus):
        if only and gold.get("set", "dev") != only:
            continue
        if gold["path"] is None:
            skipped.append(gold["name"])
            continue
        result = run_article(gold, min_score)
        articles[gold["name"]] = {"set": gold.get("set", "dev"), **summarise(result["counts"])}
        misses[gold["name"]] = result["misses"]
        add(totals.setdefault(gold.get("set", "dev"), {}), result["counts"])
        add(totals["all"], result["counts"])
    looks = run_lookalikes(min_score)
    sets = {}
    for name, counts in totals.items():
        if not counts:
            continue
        sets[name] = summarise(counts)
    return {"articles": articles, "sets": sets, "lookalikes": {"n": looks["n"], "proposed": len(looks["proposed"]),
                                                              "rate": ratio(len(looks["proposed"]), looks["n"]),
                                                              "sentences": looks["proposed"]},
            "misses": misses, "skipped": skipped}


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def table(result: dict) -> str:
    lines = ["| article | set | proposals | precision | recall (clear) | claimant | due exact | confidence ±0.1 | look-alikes proposed |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|"]

    def row(name: str, s: dict, kind: str) -> str:
        n = s["n"]
        return (f"| {name} | {kind} | {s['proposals']} | {_pct(s['precision'])} | {_pct(s['recall'])} ({n['found']}/{n['clear']}) "
                f"| {_pct(s['claimant'])} | {_pct(s['due'])} (n={n['due']}) | {_pct(s['confidence'])} (n={n['confidence']}) "
                f"| {_pct(s['lookalikes'])} (n={n['lookalikes']}) |")

    for name, s in result["articles"].items():
        lines.append(row(name, s, s["set"]))
    order = [name for name in SETS if name != "all"] + sorted(set(result["sets"]) - set(SETS)) + ["all"]
    for name in order:
        if name in result["sets"]:
            lines.append(row(f"**{SETS.get(name, f'{name} (first measurement)')}**", result["sets"][name], name))
    looks = result["lookalikes"]
    lines.append("")
    if "all" in result["sets"]:
        whole = result["sets"]["all"]
        lines.append(f"Deadlines given to found forecasts that have none: {_pct(whole['due_extra'])} "
                     f"(n={whole['n']['no_due']}).")
    lines.append(f"Stand-alone look-alikes (lookalikes.json): {looks['proposed']} of {looks['n']} proposed "
                 f"({_pct(looks['rate'])}).")
    return "\n".join(lines)


def _two_thousand_words() -> tuple[str, bytes]:
    """A 2,000-word article, as plain text and as an HTML page, built from the gold set's own prose."""
    prose = []
    for name in ("rates_quoted.txt", "trade_odds.txt", "trade_sources.txt", "port_editorial.txt",
                 "heldout_election.txt", "heldout_weather.txt", "heldout_column.txt", "seed_002.txt"):
        text = (GOLD / name).read_text(encoding="utf-8")
        prose += [p for p in text.split("\n\n")[1:] if len(p.split()) > 12]
    paragraphs, words = [], 0
    while words < 2000:
        for paragraph in prose:
            paragraphs.append(" ".join(paragraph.split()))
            words += len(paragraph.split())
            if words >= 2000:
                break
    text = "A long article\n\nMarch 2, 2020\n\n" + "\n\n".join(paragraphs) + "\n"
    import html

    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>A long article</title>"
            "<meta name='author' content='A. Writer'><meta property='article:published_time' content='2020-03-02'>"
            "</head><body><nav><a href='/'>Home</a></nav><article><h1>A long article</h1>"
            + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs) + "</article><footer>Footer</footer></body></html>")
    return text, page.encode("utf-8")


def _median_run(args: list[str], runs: int, env: dict[str, str] | None = None) -> float:
    import subprocess

    exe = str(Path(sys.executable).with_name("claimtrack"))
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([exe, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def article_bytes(path: Path) -> bytes:
    """A gold article's bytes; saved web pages taken from a benchmark that ships them gzipped stay gzipped."""
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def speed(runs: int = 9, per_article: bool = True) -> None:
    """In-process time per gold article (unless `per_article` is false), then whole processes on a 2,000-word
    article (text and HTML) against 'claimtrack --version', alternating, median of `runs`."""
    import tempfile

    for path in (sorted(GOLD.glob("*.txt")) + sorted(GOLD.glob("*.html"))) if per_article else []:
        data = path.read_bytes()
        extract(data, said="2020-01-01")  # warm: imports, compiled patterns
        times = []
        for _ in range(5):
            start = time.perf_counter()
            extract(data, said="2020-01-01")
            times.append(time.perf_counter() - start)
        words = len(data.decode("utf-8", "replace").split())
        print(f"{path.name:28} {words:6,} words  {statistics.median(times) * 1000:7.1f} ms in-process (median of 5)")
    sys.path.insert(0, str(ROOT / "bench"))
    import run as bench  # bench/run.py: the bytecode step and the timed processes' environment

    # as an installed claimtrack runs: from compiled bytecode (a machine with PYTHONDONTWRITEBYTECODE=1 would
    # otherwise recompile the extractor's sources in every process, ~100 ms that no installed copy pays)
    note = bench.prepare_bytecode(bench.find_claimtrack())
    text, page = _two_thousand_words()
    with tempfile.TemporaryDirectory() as tmp:
        txt = Path(tmp) / "article.txt"
        txt.write_text(text, encoding="utf-8")
        htm = Path(tmp) / "article.html"
        htm.write_bytes(page)
        db = str(Path(tmp) / "claims.json")
        # the compiled-pattern cache (claimtrack/regex_cache.py) in a folder of the bench's own: warm, as every
        # run after a user's first one finds it, and cold, an empty folder per run, as the first run finds it
        warm = bench.child_env(XDG_CACHE_HOME=str(Path(tmp) / "cache"))
        times: dict[str, list[float]] = {}
        for n in range(runs):
            cold = bench.child_env(XDG_CACHE_HOME=str(Path(tmp) / f"cold{n}"))
            colder = bench.child_env(XDG_CACHE_HOME=str(Path(tmp) / f"colder{n}"))
            for label, args, env in (("claimtrack --version", ["--version"], warm),
                                     ("extract article.txt --json", ["extract", str(txt), "--json"], warm),
                                     ("extract article.html --json", ["extract", str(htm), "--json"], warm),
                                     ("  the same, cold cache: .txt", ["extract", str(txt), "--json"], cold),
                                     ("  the same, cold cache: .html", ["extract", str(htm), "--json"], colder)):
                if n == 0 and env is warm and label != "claimtrack --version":
                    _median_run(["--db", db, *args], 1, env)  # fills the warm cache; not timed
                times.setdefault(label, []).append(_median_run(["--db", db, *args], 1, env))
        base = statistics.median(times["claimtrack --version"])
        print(f"\n{note}.")
        print(f"2,000-word article ({len(text.split()):,} words), whole processes, median of {runs}:")
        for label, values in times.items():
            value = statistics.median(values)
            beyond = "" if value is base else f"  (+{(value - base) * 1000:.0f} ms beyond start-up)"
            print(f"  {label:32} {value * 1000:7.1f} ms{beyond}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--misses", action="store_true", help="list every miss and wrong field")
    parser.add_argument("--speed", action="store_true", help="time the extraction of each article")
    parser.add_argument("--processes-only", action="store_true",
                        help="with --speed: only the whole processes on the 2,000-word article")
    parser.add_argument("--min-score", type=float, default=DEFAULT_MIN_SCORE)
    parser.add_argument("--gold", type=Path, help="a folder of articles with gold files (default: the gold set)")
    parser.add_argument("--set", dest="only", help="only the articles of this set (e.g. heldout-10)")
    parser.add_argument("--corpus", type=Path, default=os.environ.get(CORPUS_ENV) or None,
                        help=f"a folder with the real articles' texts (default: ${CORPUS_ENV}; see above)")
    args = parser.parse_args()
    if args.speed:
        speed(per_article=not args.processes_only)
        return
    try:
        result = evaluate(args.min_score, args.gold, args.only, Path(args.corpus) if args.corpus else None)
    except CorpusMismatch as err:
        sys.exit(f"extract_eval: {err}")
    if args.json:
        out = dict(result)
        if not args.misses:
            out.pop("misses")
        print(json.dumps(out, indent=2))
        return
    print(table(result))
    if result["skipped"]:
        print(f"\n{len(result['skipped'])} real articles skipped: their texts are not in the repository "
              "(give --corpus; see the top of this file).")
    if args.misses:
        for name, misses in result["misses"].items():
            if misses:
                print(f"\n{name}:")
                print("\n".join(misses))
        if result["lookalikes"]["sentences"]:
            print("\nlookalikes.json proposed:")
            for sentence in result["lookalikes"]["sentences"]:
                print("  " + sentence)


if __name__ == "__main__":
    main()
