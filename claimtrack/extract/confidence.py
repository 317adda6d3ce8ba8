"""How sure the forecaster said they were: figures, odds and Sherman Kent's words, found in a clause.

"a 60 per cent chance", "cut the chances of a deal to 60 per cent", "one in five", "odds of 3 to 1", "a 70%
chance", "evens", "a toss-up", and the words of estimative probability `claimtrack.phrases.KENT_SCALE` reads
("almost certainly", "likely", "unlikely"...), and "more likely than not" as 0.6. A negated expectation ("I don't expect", "doubts that") reads as
unlikely. A percentage counts only next to a word of chance, so "prices will rise 3 per cent" states no
confidence. Odds follow the bookmaker's convention when they are a price ("Spain are 3-1 to win": 1 in 4) and
everyday speech otherwise ("odds of 3 to 1 that talks resume": 3 in 4; "3 to 1 against": 1 in 4). An American
price reads the same way ("at -190": 190 in 290; "+150": 100 in 250).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction


@dataclass(frozen=True)
class Confidence:
    value: float
    words: str | None  # None when stated as a number ("60 per cent")
    start: int  # position in the searched text
    end: int


_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1,
}
_NUM = r"(?:[0-9]+(?:\.[0-9]+)?|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_PCT = rf"(?P<pct>[0-9]+(?:\.[0-9]+)?|{'|'.join(k for k in _NUMBER_WORDS if k not in ('a', 'an'))}(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)\s*(?:%|per\s*cent\b|percent\b|pc\b|percentage\s+points?\b)"
_CHANCE = r"(?:chance|chances|probability|likelihood|odds|risk|possibility|prospect|prospects)"
_CONF_ADJ = r"(?:likely|unlikely|certain|sure|confident|probable|chance|probability|likelihood|risk|odds|favou?rite)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "a 60 per cent chance", "60% likely", "70 percent confident"
    ("pct_before", re.compile(rf"\b{_PCT}\s+(?:\w+\s+)?{_CONF_ADJ}\b", re.IGNORECASE)),
    # "the chances of a deal to 60 per cent", "put the odds at 70%", "probability is about 30 per cent"
    ("pct_after", re.compile(rf"\b{_CHANCE}\b(?:\s+of\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?|"
                             rf"(?:\s+[\w'’.,-]+){{0,16}}?\s+(?:to|at|is|are|was|around|about|"
                             rf"roughly|near|nearly|just|only|as\s+high\s+as|as\s+low\s+as)"
                             rf"\s+(?:about\s+|around\s+|roughly\s+|just\s+|only\s+|no\s+more\s+than\s+|not\s+more\s+than\s+|"
                             rf"less\s+than\s+|more\s+than\s+|at\s+least\s+|up\s+to\s+|almost\s+|close\s+to\s+|nearly\s+)?){_PCT}",
                             re.IGNORECASE)),
    # "the most likely champion, at 18 per cent": the figure the likelihood is given as
    ("pct_after", re.compile(rf"\b(?:likely|favou?rite)\s+[\w'’-]+,?\s+at\s+(?:about\s+|around\s+|roughly\s+)?{_PCT}",
                             re.IGNORECASE)),
    # "I'd put them at 40 per cent", "rates it at 70%": a figure given to an outcome
    ("pct_put", re.compile(rf"\b(?:(?:put|puts|putting)\s+(?:[\w'’-]+\s+){{0,6}}?|"
                           # "rates it at 70%", "rated their chances at 40%" (not "Bank Rate at 4%")
                           rf"(?:rate|rates|rated|rating)\s+(?:it|them|him|her|this|that|(?:the|their|his|her|its)\s+"
                           rf"(?:chances?|odds|probability|likelihood|prospects?))\s+(?:[\w'’-]+\s+){{0,4}}?|"
                           # "put the odds of bitcoin topping $100,000 before December 31 at 22%"
                           rf"(?:put|puts|putting|place|places|placed)\s+the\s+(?:odds|chances?|probability|likelihood)\s+"
                           rf"(?:of|that)\s+[^.;:?!]{{1,80}}?\s+)at\s+(?:maybe\s+|perhaps\s+|possibly\s+)?"
                           rf"(?:about\s+|around\s+|roughly\s+|no\s+more\s+than\s+|less\s+than\s+)?{_PCT}",
                           re.IGNORECASE)),
    # "one in five (chance)", "a one-in-three chance", "1 in 4"
    ("one_in", re.compile(rf"\b(?P<a>{_NUM})[- ]in[- ](?P<b>{_NUM})\b(?![- ](?:million|thousand|hundred|years?|people|households|adults|americans|voters|children|homes|businesses|companies|firms))", re.IGNORECASE)),
    # "odds of 3 to 1 (against)", "3-1 odds", "3/1"
    ("odds", re.compile(r"\b(?:odds\s+(?:of|at|are|were|is|stand\s+at)\s+)?(?P<a>[0-9]+)\s*(?:to|-|/|:)\s*(?P<b>[0-9]+)"
                        r"(?P<tail>\s+(?:against|on\s+(?=(?:the\s+|a\s+)?(?:[a-z-]+\s+){0,2}(?-i:[A-Z]))|on|that\s+(?=\S)|in\s+favou?r|odds|shot|chance|outsiders?|(?:second\s+|third\s+|joint\s+)?favou?rites?|to\s+\w+|"
                        r"(?:with|at)\s+(?:(?:most\s+|the\s+)?(?:bookmakers|bookies)\s+|(?:(?-i:[A-Z])[\w'’.&-]*\s+){1,3}|(?-i:[a-z]+[0-9]+[a-z0-9]*|[0-9]+[a-z]+)\s+)"
                        r"to\s+\w+|about\s+(?:[\w'’.&-]+\s+){1,4}?to\s+\w+))", re.IGNORECASE)),
    # "The drawn series is 11-2.", "is their 9-2 favourite": a price stated as a fact
    ("price", re.compile(r"\b(?:is|are|'s|'re|remains?)\s+(?:a\s+|their\s+|its\s+)?(?P<a>[0-9]{1,3})\s*[-/]\s*(?P<b>[0-9]{1,3})"
                         r"(?=\s*[,.;]|\s+(?:with|at|for)\s)(?P<tail>)", re.IGNORECASE)),
    # "Ruiz-Ocampo is 3-1 with Sky Bet, while ...": a price with the bookmaker that gives it (not "drew 1-1 with")
    ("price", re.compile(r"\b(?:is|are|'s|'re|now|remains?)\s+(?P<a>[0-9]{1,3})\s*[-/]\s*(?P<b>[0-9]{1,3})\s+with\s+"
                         r"(?-i:[A-Z])[\w'’.&-]*(?:\s+(?-i:[A-Z])[\w'’.&-]*){0,2}(?=\s*[,.;])(?P<tail>)", re.IGNORECASE)),
    ("odds_lead", re.compile(r"\bodds\s+(?:of|at|are|were|is|stand\s+at)\s+(?P<a>[0-9]+)\s*(?:to|-|/|:)\s*(?P<b>[0-9]+)(?P<tail>)", re.IGNORECASE)),
    # a bookmaker's price the odds were cut or pushed out to: "cut the odds of a white Christmas to 4-1"
    ("odds_to", re.compile(r"\bodds\b(?!\s+(?:of|at|are|is)\s+[0-9])[^.;]{0,80}?\b(?:to|at)\s+(?P<a>[0-9]{1,3})\s*[-/]\s*(?P<b>[0-9]{1,3})\b(?![-/%0-9]|\.[0-9])"
                           r"(?P<tail>)", re.IGNORECASE)),
    # a bookmaker's price after "at": "at 11-5 they are worth a bet", "available at 5/2"
    # ... and a split in someone's favour: "PredictIt has the race at 52-48 for Vásquez" (52 in 100)
    ("price", re.compile(r"\bat\s+(?P<a>[0-9]{1,3})\s*[-/]\s*(?P<b>[0-9]{1,2})\b(?![-/%0-9]|\.[0-9])"
                         r"(?P<tail>\s+(?:for|in\s+favou?r\s+of)\b)?", re.IGNORECASE)),
    # an American price: "lists the Nuggets at -190 to win the series" (190 staked wins 100: 190 in 290),
    # "Buffalo are +150" (100 staked wins 150: 100 in 250)
    ("moneyline", re.compile(r"\b(?:at|are|is|were|was|a|an)\s+(?P<sign>[-+−])(?P<n>[1-9][0-9]{2,3})\b(?![-.,%0-9])"
                             r"(?=\s+(?:to\s+\w+|on\s+the\s+moneyline|favou?rites?|underdogs?)|\s*[.,;])",
                             re.IGNORECASE)),
    # a bracketed figure closing a forecast: "The Bank cuts rates by the summer. (70 per cent)", "[60%]"
    ("pct_note", re.compile(rf"[(\[]\s*(?:about\s+|around\s+|roughly\s+)?{_PCT}\s*(?:chance|likely|probability|"
                            rf"confidence|confident|sure)?\s*[)\]]\s*$", re.IGNORECASE)),
    ("even", re.compile(r"\b(?:fifty[- ]fifty|50[- ]50|50/50|evens|even\s+money|a\s+coin[- ](?:toss|flip)|a\s+toss[- ]up|"
                        r"(?:odds|chances?|probability|likelihood)\b[^.;]{0,80}?\bat\s+(?:about\s+|around\s+|roughly\s+)?even\b|"
                        r"even\s+odds|even\s+chances?|chances\s+(?:are\s+)?about\s+even|chances\s+are\s+even)\b", re.IGNORECASE)),
]

# Kent's words and the common ways articles write them; each maps to an entry of KENT_SCALE.
_KENT_FORMS: list[tuple[str, str]] = [
    (r"almost\s+certainly\s+not|almost\s+certainly\s+won'?t|almost\s+certainly\s+will\s+not|virtually\s+no\s+chance|"
     r"no\s+chance|highly\s+unlikely|very\s+unlikely|extremely\s+unlikely|vanishingly\s+unlikely", "almost certainly not"),
    (r"(?:low|slim|small|remote|little|scant)\s+(?:possibility|probability|likelihood)", "probably not"),
    (r"(?:high|strong|good|real|distinct|significant)\s+(?:possibility|probability|likelihood)", "likely"),
    (r"(?:almost|virtually|near|nearly|all\s+but)[- ]certain(?:ly)?|highly\s+likely|very\s+likely|extremely\s+likely|"
     r"overwhelmingly\s+likely|near[- ]certainty", "almost certain"),
    (r"impossible|no\s+way", "impossible"),
    (r"chances?\b[^.;]{0,40}?\b(?:is|are)\s+(?:very|extremely)\s+(?:slim|remote)", "almost certainly not"),
    # "The possibility of carrying out this project is next to zero"
    (r"(?:possibility|chances?|likelihood|probability|odds)\b[^.;]{0,60}?\b(?:is|are)\s+(?:next\s+to|close\s+to|"
     r"almost|virtually|practically|effectively)\s+(?:zero|nil|nothing|none)", "almost certainly not"),
    (r"probably\s+not|probably\s+won'?t|not\s+(?:very\s+)?likely|(?:is|are|was|were)n['’]t\s+(?:very\s+)?likely|"
     # "a deal doesn't seem likely"
     r"(?:do|does|did)(?:n['’]t|\s+not)\s+(?:seem|look|appear|sound)\s+(?:very\s+|all\s+that\s+)?likely|"
     r"unlikely|improbable|doubtful|little\s+chance|slim\s+chance|"
     r"small\s+chance|long\s+shot|outside\s+chance|chances?\b[^.;]{0,40}?\b(?:is|are)\s+(?:slim|remote|small)|"
     # "would appear to make his chances of a first-team recall remote"
     r"(?:make|makes|made|making|leave|leaves|left|leaving)\s+(?:his|her|their|its|the|our|your|my)\s+chances?\b"
     r"[^.;,]{0,40}?\s(?:slim|remote|small)(?=\s*(?:[.;,!?]|$))", "probably not"),
    (r"(?:a\s+)?(?:near[- ]|virtual\s+)?certainty\s+to|(?:a\s+)?(?:near[- ]|virtual\s+)certainty", "almost certain"),
    # ("certain Force powers", "in certain areas": the determiner, no certainty)
    # "he was certain MPs would get another vote": certain after a verb of being, whatever follows
    (r"(?:he|she|i|we|they|you)\s+(?:is|was|are|were|am|feels|felt)\s+(?:absolutely\s+|quite\s+|completely\s+)?"
     r"certain|(?:i|we|you|they)['’](?:m|re)\s+(?:absolutely\s+|quite\s+|completely\s+)?certain", "certain"),
    (r"certainly|certain(?!\s+(?:of\s+(?:the|them|these|those|his|her|its|their)\b|"
     r"(?-i:(?!(?:this|thus|was|has|its|his|hers|is|as|us)\b)[a-z]{2,}s\b|[A-Z])))|"
     r"definitely|for\s+sure|surely|no\s+doubt|without\s+doubt|little\s+doubt|doubtless|undoubtedly|guaranteed|bound\s+to|sure\s+to|"
     r"inevitabl[ey]", "certain"),
    (r"more\s+likely\s+than\s+not|better\s+than\s+even", "more likely than not"),
    (r"(?:more\s+)?likely|probabl[ey]|good\s+chance|strong\s+chance|odds[- ]on|favou?rites?\s+to|(?<!not\s)(?<!n't\s)(?<!n’t\s)a\s+good\s+bet", "likely"),
    (r"toss[- ]up|coin[- ](?:toss|flip)|fifty[- ]fifty|even\s+chance|even\s+odds|evens|too\s+close\s+to\s+call", "even"),
]
_KENT_RE = re.compile(r"\b(?:" + "|".join(f"(?P<k{i}>{p})" for i, (p, _) in enumerate(_KENT_FORMS)) + r")\b",
                      re.IGNORECASE)
# "likely due to", "most likely because": a hedge that explains, not one that forecasts.
_EXPLAINING = re.compile(r"\s+(?:due\s+to|because|the\s+result|caused|stemm|reflect|explain|a\s+result)", re.IGNORECASE)
NEGATED_EXPECTATION = re.compile(
    r"\b(?:(?:do|does|did)\s*n[o'’]t|(?:do|does)\s+not|never|no\s+longer|nobody|no\s+one|"
    r"(?:very\s+)?few(?:\s+[a-z-]+){0,2}|hardly\s+any(?:\s+[a-z-]+){0,2}|not\s+many(?:\s+[a-z-]+){0,2})\s+"
    r"(?:really\s+|actually\s+|honestly\s+|now\s+)?(?:expects?|think|thinks|see|sees|believes?|anticipates?|foresees?|predicts?|envisages?)\b"
    # (not "there can be little doubt that", "no doubt that": certainty)
    r"|\b(?<!little\s)(?<!no\s)(?<!without\s)(?<!any\s)doubts?\s+(?:that|whether|if|it|they|he|she|the|a|an|this|we|"
    r"[a-z]+\s+(?:will|would|can|could))\b"
    r"|\bdoubtful\s+(?:that|whether|if)\b"
    r"|\b(?:hard|difficult)\s+to\s+(?:see|imagine|believe)\b|\bcan(?:no|')?t\s+see\b|\bskeptical|\bsceptical"
    r"|\bno\s+reason\s+to\s+(?:think|believe|expect|suppose)\b",  # "there's no reason to think they'll win out"
    re.IGNORECASE,
)


def _number(word: str) -> Fraction | None:
    word = word.lower().replace("-", " ")
    if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", word):
        return Fraction(word)
    total = 0
    for part in word.split():
        if part not in _NUMBER_WORDS:
            return None
        total += _NUMBER_WORDS[part]
    return Fraction(total)


def _round(value: Fraction) -> float:
    return round(float(value), 4)


_MAYBE_FIGURE = re.compile(r"[0-9]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|"
                           r"sixty|seventy|eighty|ninety|hundred|evens?|toss|coin)\b", re.IGNORECASE)


#: A word or figure in quote marks: 'a "slim" chance', 'no better than "50-50"' (blanked, so offsets stay).
_QUOTED_WORD = re.compile(r"(?<![\w'’])[\"“”'‘’]([\w][\w.-]*)[\"“”'‘’](?![\w'’])")


def find(text: str) -> Confidence | None:
    """The first stated confidence in `text` (the leftmost figure, else Kent's words); None when it states none."""
    text = _QUOTED_WORD.sub(lambda m: " " + m.group(1) + " ", text)
    best: Confidence | None = None
    if not _MAYBE_FIGURE.search(text):
        return kent_words(text)
    for name, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            value = _read(name, match)
            if value is not None and 0 <= value <= 1:
                words = None if name in ("pct_before", "pct_after", "pct_put", "pct_note") else " ".join(match.group().split())
                found = Confidence(_round(value), words, match.start(), match.end())
                if best is None or (found.start, -found.end) < (best.start, -best.end):
                    best = found
                break
    return best or kent_words(text)


def _read(name: str, match: re.Match[str]) -> Fraction | None:
    if name in ("pct_before", "pct_after", "pct_put", "pct_note"):
        number = _number(match["pct"])
        return number / 100 if number is not None else None
    if name == "one_in":
        a, b = _number(match["a"]), _number(match["b"])
        if a is None or b is None or b == 0 or a > b:
            return None
        return a / b
    if name in ("price", "odds_to"):
        a, b = Fraction(match["a"]), Fraction(match["b"])
        if match["tail"]:
            return a / (a + b) if a + b else None
        return b / (a + b) if a + b else None
    if name in ("odds", "odds_lead"):
        a, b = Fraction(match["a"]), Fraction(match["b"])
        if a + b == 0 or (name == "odds" and not match["tail"].strip()):
            return None
        tail = match["tail"].lower().strip()
        text = match.group().lower()
        if tail in ("on", "that") and match["tail"][-1:].isspace() and not text.startswith("odds"):
            return b / (a + b)  # "offers 12-1 on the British climber": a price on a selection, not odds-on
        if "on" == tail or ("favour" in tail or "favor" in tail) and "rite" not in tail:
            return a / (a + b)  # "3 to 1 in favour" (a bookmaker's "4-6 favourite" is a price: 6 in 10)
        if "against" in tail or tail.startswith(("to ", "shot", "chance", "outsider", "favourite", "favorite", "with ", "at ", "about ",
                                                 "second ", "third ", "joint ")):
            return b / (a + b)  # a bookmaker's price: 3-1 pays three for one staked, about a 1 in 4 chance
        if text.startswith("odds") and not re.match(r"odds\s+\w+(?:\s+at)?\s+[0-9]+\s*[-/]", text):
            return a / (a + b)  # "odds of 3 to 1 that ...": three times as likely as not ("odds of 6-9": a price)
        return b / (a + b)
    if name == "moneyline":
        n = Fraction(match["n"])
        return n / (n + 100) if match["sign"] in "-−" else 100 / (n + 100)
    if name == "even":
        return Fraction(1, 2)
    return None  # pragma: no cover


#: Between Kent's "chances about even" (0.5) and "probable" (0.75): just over even.
_BEYOND_KENT = {"more likely than not": 0.6}


def kent_words(text: str) -> Confidence | None:
    from claimtrack.phrases import KENT_SCALE

    scale = {**KENT_SCALE, **_BEYOND_KENT}
    for match in _KENT_RE.finditer(text):
        if _EXPLAINING.match(text, match.end()):
            continue
        if re.search(r"\b(?:less|no\s+more|no\s+less)\s+$", text[max(0, match.start() - 12):match.start()], re.IGNORECASE):
            continue  # "less likely to sign up": a comparison, no chance stated
        if match.start() > 0 and any(w[:1].isupper() for w in match.group().split()[1:]) and \
                text[match.start() - 1] not in ".!?\"“'‘(":
            continue  # 'Microsoft's "Plays for Sure" program': a name in title case, not a chance
        for i, (_, key) in enumerate(_KENT_FORMS):
            if match[f"k{i}"]:
                words = " ".join(match.group().lower().split())
                return Confidence(scale[key], words, match.start(), match.end())
    return None


def negated_expectation(text: str) -> re.Match[str] | None:
    return NEGATED_EXPECTATION.search(text)
