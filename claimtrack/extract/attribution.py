"""Who said it: speech attributions in a sentence, and the people and organisations they point to.

A sentence's attribution is a speaker (a name, a pronoun, "the analyst", "a Brussels-based trade analyst",
"JPMorgan analysts") and a verb of saying, predicting or believing, found in one of the shapes newspapers use:

    "...," said X / "...," X said        (after a quotation, or after a clause: ", X said.")
    X said: "..." / X expects the North to ... / X told CBC that ...
    ..., according to X / According to X, ...
    ..., X says, ...                      (in the middle)
    X's view is that ... / In X's view, ...
    JPMorgan cut the chances of a deal to 60 per cent   (an organisation setting odds)

`People` then follows the article in order and resolves each speaker to a claimant: a surname to the full name
of its first mention ("Kazianis" -> "Harry Kazianis"), "he"/"she" to the person who spoke last (or was last
introduced), "the analyst" to the last analyst, a source first described and named in the next sentence to
that name, an organisation's analysts to the organisation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .lexicon import (COUNTRIES, DEMONYMS, DETERMINERS, FRAME_ONLY, FUNCTION_WORDS, HONOURS, MONTH_WORDS, NOT_PERSON,
                      ORG_WORDS, PLURAL_GROUPS, POSITIONS, PROMISE, PRONOUNS, PUBLICATION_HEADS, ROLES, SPEECH, TITLES,
                      WEEKDAY_WORDS)
from .tokens import PARTICLE_NAME, QUOTE_MARKS, Tok

_AUX_ADV = {
    "also", "further", "now", "recently", "previously", "reportedly", "still", "however", "then", "has", "have",
    "had", "is", "are", "was", "were", "'s", "'ve", "'d", "would", "will", "did", "does", "do", "not", "n't",
    "never", "long", "already", "once", "just", "even", "only", "again", "often", "repeatedly", "publicly",
    "privately", "separately", "similarly", "flatly", "confidently", "boldly", "cautiously", "bluntly", "simply",
    "openly", "both", "all", "later", "earlier", "firmly", "strongly", "widely", "broadly", "generally",
    "personally", "increasingly", "initially", "originally", "first", "clearly", "doesn't", "don't", "didn't",
    "isn't", "wasn't", "hasn't", "haven't", "hadn't", "really", "actually", "honestly", "certainly", "told",
    "no", "longer", "mostly", "largely", "privately", "broadly", "nonetheless", "nevertheless",
}
#: Nouns that mean "the organisation this story is about" when nothing named before holds them.
_GENERIC_ORG_NOUNS = {"watchdog", "regulator", "forecaster", "carrier", "company", "firm", "group", "business",
                      "chipmaker", "carmaker", "automaker", "maker",
                      "manufacturer", "retailer", "lender", "bank", "insurer", "airline", "brewer", "miner",
                      "producer", "conglomerate", "startup", "start-up", "giant", "supplier", "operator", "club",
                      "team", "party", "agency", "studio", "publisher", "developer", "platform", "body",
                      "consultancy", "broker", "bookmaker", "pollster", "utility", "chain", "broadcaster", "charity",
                      "think-tank", "tank", "outfit", "housebuilder", "exchange"}
#: Documents that forecast on their owner's behalf ("the report predicts", "a study published on Tuesday").
#: "economists polled by Reuters", "analysts surveyed by FactSet": the panel a pollster speaks for.
POLLED = {"polled", "surveyed", "questioned", "canvassed", "interviewed", "asked", "tracked", "compiled"}

DOCUMENT_NOUNS = {"supercomputer", "tool", "tracker", "algorithm", "simulator", "simulations", "probabilities",
                  "advisory", "advisories", "figures", "guidance", "tally", "count", "calculation", "calculations", "manifesto", "programme", "program", "plan", "budget", "bill", "law", "policy", "strategy",
                  "agreement", "treaty", "charter", "constitution", "contract", "proposal", "proposals", "platform",
                  "report", "study", "survey", "assessment", "analysis", "paper", "outlook", "review", "poll",
                  "reports", "studies", "surveys",
                  "projection", "projections", "model", "models", "statement", "note", "research", "forecast",
                  "forecasts", "briefing", "memo", "index", "update", "bulletin", "estimate", "estimates",
                  "supercomputer", "computer", "algorithm", "simulation", "simulations", "tracker", "calculator",
                  "polling", "predictor", "nowcast", "barometer", "data", "figures", "pricing", "modelling", "modeling",
                  "scenario", "scenarios", "predictions", "prediction", "tracking"}
#: Common nouns that name an organisation when they head "the ..." ("the council says", "the fund expects").
ORG_NOUNS = {
    "watchdog",
    "kingdom", "republic", "emirate", "monarchy", "junta", "regime", "opposition", "coalition",
    "chipmaker", "carmaker", "automaker", "maker", "manufacturer", "brewer", "miner", "producer", "conglomerate",
    "startup", "start-up", "giant", "supplier", "studio", "publisher", "developer", "platform",
    "council", "government", "ministry", "company", "bank", "fund", "commission", "department", "agency", "union",
    "party", "club", "league", "board", "committee", "court", "army", "police", "firm", "group", "institute",
    "institution", "regulator", "state", "city", "administration", "authority", "authorities", "federation",
    "organisation", "organization", "association", "campaign", "team", "lender", "insurer", "bloc", "alliance",
    "secretariat", "cabinet", "treasury", "presidency", "embassy", "consultancy", "exchange", "operator",
    "manufacturer", "carrier", "airline", "retailer", "network", "broadcaster", "newspaper", "charity", "trust",
    "foundation", "university", "school", "hospital", "business", "industry", "sector", "market", "markets",
    "county", "province", "region", "country", "nation", "kremlin", "pentagon", "fed", "ecb", "imf",
    "service", "office", "centre", "center", "bureau", "observatory", "programme", "tracker", "consortium",
    "body", "distributor", "organiser", "organizer", "owner", "owners", "operators", "promoter", "promoters",
    "landlord", "developers", "tank", "think-tank",
}
#: Nouns that describe a news outlet after its name ("the Liverpool Echo newspaper", "the Nikkei business daily").
_OUTLET_NOUNS = {"newspaper", "paper", "daily", "weekly", "tabloid", "broadsheet", "magazine", "journal", "website",
                 "site", "blog", "agency", "broadcaster", "channel", "network", "station", "publication", "outlet",
                 "wire", "programme", "show"}
#: Adjectives that are also function words elsewhere but sit inside a speaker's noun phrase ("its new projections").
_NP_ADJECTIVES = {"new", "latest", "last", "first", "next", "other", "own", "more", "most", "former", "current"}
_NP_PREPS = {"of", "at", "for", "with", "from", "in", "on", "and", "&", "based"}
_PREPOSITIONS = {"to", "of", "for", "with", "on", "at", "in", "from", "by", "about", "against", "toward", "towards",
                 "into", "onto", "over", "under", "than", "like", "as"}
_NAME_PARTICLES = {"de", "van", "von", "der", "den", "bin", "al", "la", "le", "du", "da", "di", "ter", "y", "del",
                   "dos", "das", "ibn", "abu", "st", "mc", "o'"}
_ORG_GLUE = {"of", "for", "and", "&", "the", "on", "de"}
_CHANCE_NOUNS = {"chance", "chances", "odds", "probability", "likelihood", "forecast", "forecasts", "estimate",
                 "estimates", "outlook", "projection", "projections", "target", "prediction", "predictions",
                 "expectations", "expectation", "risk"}
_ODDS_VERBS = {"cut", "cuts", "raised", "raises", "raise", "lifted", "lifts", "lowered", "lowers", "trimmed", "trims",
               "boosted", "boosts", "slashed", "slashes", "revised", "revises", "upgraded", "upgrades",
               "downgraded", "downgrades", "put", "puts", "gave", "gives", "give", "set", "sets", "sees", "see",
               "placed", "places", "pegged", "pegs", "reduced", "reduces", "increased", "increases",
               "assigned", "assigns", "assign", "attached", "attaches", "attach", "pricing", "priced", "prices",
               "rates", "rated", "price"}
#: "... the total at $102 million", "... growth at 2.5 per cent": a value a forecast puts on something.
_VALUE_AT = re.compile(r"\s+(?:[\w'’-]+\s+){1,6}?at\s+(?:about\s+|around\s+|roughly\s+)?[$£€¥]?[0-9]")
#: Verbs that take "back" as a particle ("come back", "cut back", "fight back"), not "back" as backing a side.
_PARTICLE_VERBS = {"come", "comes", "came", "go", "goes", "went", "cut", "cuts", "roll", "rolls", "scale", "scales",
                   "pull", "pulls", "fight", "fights", "fought", "hit", "hits", "bounce", "bounces", "bring", "brings",
                   "brought", "get", "gets", "got", "step", "steps", "pay", "pays", "paid", "win", "wins", "won",
                   "hold", "holds", "held", "look", "looks", "call", "calls", "set", "sets", "put", "puts", "push",
                   "pushes", "pare", "pares", "claw", "claws", "dial", "dials", "ramp", "ramps", "trim", "trims",
                   "be", "is", "are", "was", "were", "been", "way", "bounced", "stepped", "pulled", "pushed"}
#: Words after a plural noun that is also a verb ("prices", "rates") which make it the noun: "prices are forecast".
_AUX_AFTER_NOUN = {"are", "were", "have", "had", "will", "would", "could", "may", "might", "should", "can", "remain",
                   "remained", "stay", "stayed", "continue", "rose", "fell", "'ll", "won't", "look", "seem"}
#: Verbs that quote a price: "Betting markets have Labour at 1-20", "Bookmakers make City 1-6 to lift it".
_PRICE_VERBS = {"have", "has", "make", "makes", "rate", "rates", "price", "prices", "quote", "quotes", "offer",
                "offers", "offering", "offered", "quoting", "quoted", "put", "puts", "list", "lists", "go", "make",
                "installed", "install", "installs"}


_EVENS_PRICE = re.compile(r"\b(?:evens|even-money|odds-on)\s+(?:favourites?|favorites?|shot|chance|to\s+[a-z]{2,})\b",
                          re.IGNORECASE)
_PRICE_AT = re.compile(r"\bat\s+(?:(?<![.0-9])[0-9]{1,3}\s*[-/]\s*[0-9]{1,3}\b(?![0-9%]|\.[0-9])|"
                       r"[-+−][0-9]{3,4}\b(?![0-9%]|\.[0-9])|"
                       r"evens\b|even\s+money\b)")
_PRICE_TAIL = re.compile(r"(?<![.0-9])\b[0-9]{1,3}\s*[-/]\s*[0-9]{1,3}\s+(?:to|on|against|shot|favourites?|about|that|"
                         r"favorites?|chance)\b")


#: Documents that hold their owner's forecasts ("the Bank's forecasts show ...").
_FORECAST_DOCUMENTS = {"forecast", "forecasts", "projection", "projections", "model", "models", "outlook", "estimates",
                       "scenario", "scenarios", "nowcast", "simulations", "tracking"}


#: The parts of a firm that forecast in its name: "TD Cowen's Washington research group".
#: The crowd on a market, whose prices are the market's: "Traders on Polymarket", "punters at Betfair".
_MARKET_CROWDS = {"traders", "punters", "bettors", "gamblers", "users", "forecasters", "participants"}
_UNIT_NOUNS = {"group", "team", "desk", "unit", "division", "arm"}


def _owner_before(view: SentenceView, start: int) -> Speaker | None:
    """ "The Climate Prediction Center's 8-14 day outlook": the owner whose possessive a number cut off from the
    document's noun phrase."""
    toks = view.tokens
    k = start - 1
    while k >= 0 and start - k <= 4 and not view.quoted[k] and (toks[k].text[:1].isdigit() or toks[k].text in "-–/"):
        k -= 1
    if k == start - 1 or k < 0 or not (toks[k].low.endswith("'s") and _is_cap_word(toks[k])):
        return None
    run, end = _strip_run(toks, _name_run_left(toks, k + 1, 0), k + 1)
    if run >= end:
        return None
    return Speaker(run_text(view.text, toks, run, end, view.base), "org", toks[run].start, toks[end - 1].end)


def _subordinate_after(view: SentenceView, k: int) -> bool:
    """Does a subordinate clause start at token k ("as carriers gathered", "after the vote", "amid fears")?"""
    toks = view.tokens
    subordinators = ("as", "when", "after", "before", "while", "because", "amid", "since", "although", "though",
                     "following", "ahead")
    if k < len(toks) and toks[k].low in ("on", "in", "at") and k + 1 < len(toks) and \
            (toks[k + 1].bare in WEEKDAY_WORDS or toks[k + 1].low in ("a", "its", "their")):
        # ("said on Monday as ...", "said in a statement as ...")
        m = k + 1
        while m < len(toks) and m - k <= 4 and toks[m].word and toks[m].low not in subordinators:
            m += 1
        k = m
    return k < len(toks) and toks[k].low in subordinators and not view.quoted[k]


def _modal_clause_follows(view: SentenceView, i: int) -> bool:
    """Does a short noun phrase then "will"/"would" follow ("the declines will help"), with no clause break?"""
    toks = view.tokens
    for k in range(i, min(len(toks), i + 7)):
        if toks[k].text in ",;:" or view.quoted[k] or toks[k].low in ("and", "but", "which", "who", "that"):
            return False
        if toks[k].low in ("will", "would", "could", "may", "might", "'ll", "won't"):
            return k > i + 1
    return False


def _chance_ahead(view: SentenceView, i: int, figure: bool = False) -> bool:
    """Does a word for a chance follow the verb at `i` in its clause ("gives the four parties of the red-green
    opposition a 58 per cent chance", "cut the odds")? `figure`: only a chance given as a number."""
    toks = view.tokens
    for k in range(i + 1, min(len(toks), i + 17)):
        if toks[k].text in ",;:" or view.quoted[k]:
            return False
        if toks[k].bare in _CHANCE_NOUNS:
            numbered = toks[k - 1].low in ("cent", "percent", "%") or toks[k - 1].low[:1].isdigit()
            return numbered or not figure and k - i <= 7
    return False


#: A bookmaker's name spelt with digits and in lower case: "bet365", "888sport".
_BRAND_WITH_DIGITS = re.compile(r"(?=[a-z0-9]*[a-z])(?=[a-z0-9]*[0-9])[a-z0-9]{4,}")


def _price_follows(view: SentenceView, i: int) -> bool:
    """Does a bookmaker's price ("at 1-20 to win", "1-6 to lift the trophy", "a 7-4 shot", "the evens favourite")
    follow closely?"""
    toks = view.tokens
    if i >= len(toks):
        return False
    window = view.text[toks[i].start - view.base:toks[min(len(toks) - 1, i + 14)].end - view.base]
    return bool(_PRICE_AT.search(window) or _PRICE_TAIL.search(window) or _EVENS_PRICE.search(window) or
                _SIDE_PRICE.search(window))


#: A points spread: "as 2.5-point favorites", "a 3.5-point underdog"; a chance given to a side: "makes Burnley 71
#: per cent likely to go down", "a 57 percent favorite".
_SIDE_PRICE = re.compile(r"\b[0-9]{1,2}(?:\.5)?-point\s+(?:favou?rites?|underdogs?|dogs?)\b|"
                     r"\b[0-9]{1,3}(?:\.[0-9])?\s*(?:%|per\s*cent|percent)\s+(?:likely|favou?rites?|shot)\b|"
                     # a race rating: "rates the race a toss-up", "as leaning Republican"
                     r"\b(?:as\s+)?(?:a\s+)?(?:toss-?up|(?:lean(?:s|ing)?|likely|safe|solid|tilts?)\s+(?:Republican|Democratic|"
                     r"Democrat|Labour|Conservative|GOP|Tory|Liberal|Reform|SNP))\b")


_HOLD_VERBS = {"kept", "keeps", "keep", "maintained", "maintains", "reiterated", "reiterates", "repeated", "repeats",
               "held", "holds", "stuck", "sticks", "stands", "stood", "restated", "restates", "affirmed", "affirms"}
_VIEW_NOUNS = {"view", "forecast", "prediction", "expectation", "bet", "guess", "verdict", "tip", "pick", "prognosis",
               "assessment", "projection", "reckoning", "estimate", "outlook", "hunch"}
PAST_TIME = re.compile(
    r"\b(?:last\s+(?:year|month|spring|summer|autumn|fall|winter|decade|time|season|january|february|march|april|"
    r"may|june|july|august|september|october|november|december)|(?:years?|months?|"
    r"decades?)\s+ago|at\s+the\s+time|back\s+then|back\s+in\s+\w+|in\s+the\s+past|previously|in\s+(?:19|20)[0-9]{2}|"
    r"earlier\s+this\s+year|in\s+(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b(?!\s+(?:19|20)[0-9]{2}))", re.IGNORECASE)


#: Past time in the words before an attribution verb ("Last year, X predicted", "in 2019 he predicted").
PAST_PREFIX = re.compile(
    r"\b(?:last\s+(?:year|month|week|spring|summer|autumn|fall|winter|decade|time|season|january|february|march|"
    r"april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)|(?:years?|months?|weeks?|"
    r"decades?)\s+ago|at\s+the\s+time|back\s+then|in\s+the\s+past|previously|earlier\s+this\s+(?:year|month)|"
    r"once|had)\b", re.IGNORECASE)


@dataclass
class Speaker:
    text: str  # the words as written, e.g. "he", "Kazianis", "a Brussels-based trade analyst"
    kind: str  # name, pronoun, definite, indefinite, group, org
    start: int
    end: int
    role: str | None = None  # the role word in a description ("analyst")
    again: bool = False  # a person named before, described again: "the Brazilian", "the Salford MP"


@dataclass
class Attribution:
    speaker: Speaker
    verb: str  # lemma: "say", "expect", "according", "view", "odds"...
    tense: str  # present, past, base, ing, perfect
    verb_start: int
    verb_end: int
    position: str  # initial, final, inverted, parenthetical, according, view, label
    span: tuple[int, int]  # the attribution words, to leave out of the forecast text
    content: tuple[int, int]  # the reported words
    negated: bool = False
    pluperfect: bool = False
    past_time: bool = False
    official: bool = False  # the speaker, once resolved, speaks for an office ("he" being the Fed chair)
    affiliation: str | None = None  # the speaker's organisation, once resolved ("WHO" for its regional director)


#: An ordinal inside a name: "the 45th Weather Squadron", "the 3rd Infantry Division".
_ORDINAL = re.compile(r"[0-9]+(?:st|nd|rd|th)")


def _is_cap_word(tok: Tok) -> bool:
    return tok.cap and tok.word and not tok.low.isdigit()


def _name_run_left(tokens: list[Tok], end: int, lo: int) -> int:
    """Start index of the capitalised run that ends just before `end` (exclusive), or `end` if none."""
    i = end - 1
    while i >= lo:
        tok = tokens[i]
        if _is_cap_word(tok) or (i + 1 < end and _is_cap_word(tokens[i + 1]) and _ORDINAL.fullmatch(tok.text)) or \
                (tok.text == "." and i > lo and tokens[i - 1].cap and
                 (len(tokens[i - 1].text) == 1 or tokens[i - 1].low in TITLES or  # "J. Smith", "Dr. Ng"
                  re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", tokens[i - 1].text))):  # "the B.C. River Forecast Centre"
            i -= 1
            continue
        if tok.low in _NAME_PARTICLES | _ORG_GLUE and i > lo and i + 1 < end and _is_cap_word(tokens[i - 1]) and \
                _is_cap_word(tokens[i + 1]):
            i -= 1
            continue
        break
    return i + 1


#: A capitalised common noun that opens a sentence before a name: "Bookmakers Sky Bet", "Pollster YouGov".
_GENERIC_BEFORE_NAME = {"bookmakers", "bookmaker", "pollster", "pollsters", "broker", "brokers", "insurer", "lender",
                        "carmaker", "chipmaker", "retailer", "regulator", "rival", "rivals", "forecaster",
                        "forecasters", "consultancy",
                        # and a player's position: "Prop Adam Jones", and a headline's "Prop Jones"
                        "lock", "centre", "playmaker"} | POSITIONS


#: Letters after a name: an honour, a rank at the bar, a seat ("Guy Mansfield QC", "Jane Obi MP").
_POSTNOMINALS = {"QC", "KC", "MP", "MEP", "MSP", "AM", "MLA", "OBE", "MBE", "CBE", "KBE", "DBE", "FRS", "PhD", "Jr", "Snr",
                 "Sr", "Jnr"}


def is_project_noun(toks: list[Tok], i: int) -> bool:
    """Is "project(s)" at `i` the noun ("The Arduino project grew", "Smart Projects changed", "the projects were")
    rather than the verb ("Analysts project increased sales", "The IMF projects growth of 3%")? A singular "project"
    after a determiner, an adjective or a name has no subject to agree with; a plural one after "the" or "its" is the
    noun too."""
    if i == 0:
        return False
    prev = toks[i - 1]
    if toks[i].cap and _is_cap_word(prev):
        return True  # part of a name
    if i + 1 < len(toks) and toks[i + 1].low in ("manager", "managers", "director", "directors", "leader", "leaders",
                                                  "team", "lead", "officer", "coordinator", "engineer", "scientist",
                                                  "partners", "partner", "costs", "cost", "funding", "site"):
        return True  # "MMX project manager at JAXA", "the project's funding": a compound
    if toks[i].low == "projects":
        if prev.low in ("the", "its", "their", "our", "his", "her", "these", "those", "such", "new", "major", "big",
                        "several", "many", "some", "few", "other", "two", "three", "four", "five", "six", "ten") or \
                prev.low[:1].isdigit():
            return True  # "the projects were", "six green hydrogen projects"
        # "construction projects for", "large scale projects" (but "The ministry projects continued growth": a
        # subject with its article, then the verb)
        return prev.word and not prev.cap and prev.low not in FUNCTION_WORDS and not _plural_noun(prev.low) and \
            prev.bare not in PLURAL_GROUPS and prev.low not in PRONOUNS and \
            not (i >= 2 and toks[i - 2].low in ("the", "a", "an", "its", "their", "this", "that", "her", "his", "our",
                                                "my", "your"))
    if _is_cap_word(prev) and i - 1 > 0 and toks[i - 2].word and toks[i - 2].low not in ("at", "from", "of", "with"):
        return True  # "ESA's ExoMars project manager": a name mid-sentence, whatever its last letter
    # (a capitalised word left here opens the sentence or follows "at", "of": the subject, "Analysts project")
    return (prev.low in ("the", "a", "an", "this", "that", "its", "their", "our", "his", "her", "my", "new", "big",
                         "whole", "pilot", "research", "major", "joint")
            or prev.word and not prev.cap and prev.low not in FUNCTION_WORDS and not _plural_noun(prev.low) and
            prev.bare not in PLURAL_GROUPS and prev.low not in PRONOUNS and prev.bare not in ROLES) and \
        not (_plural_noun(prev.low) or prev.bare in PLURAL_GROUPS)


#: Possessors that only place what follows: "France's Peugeot", "Belgium's Inbev".
_PLACE_POSSESSORS = NOT_PERSON | COUNTRIES


def _strip_run(tokens: list[Tok], start: int, end: int) -> tuple[int, int]:
    """Drop sentence-initial function words and leading titles from a capitalised run, and an organisation's
    possessive before a person ("Bernstein's Stacy Rasgon-Whitfield")."""
    while start < end and (tokens[start].low in FUNCTION_WORDS or tokens[start].low in ("the",)):
        if len(tokens[start].text) == 1 and tokens[start].text.isupper() and start + 1 < end and \
                tokens[start + 1].text == ".":
            break  # an initial: "S. Murugesan", "A. Smith"
        if tokens[start].text == "The" and start > 0 and end - start >= 2 and tokens[start - 1].word and \
                tokens[start - 1].low in ("to", "by", "from", "at", "of", "in", "with", "for", "and"):
            break  # a capital "The" mid-sentence is part of the name: "according to The Dugout"
        if tokens[start].text == "The" and end - start >= 2 and tokens[end - 1].low in PUBLICATION_HEADS and \
                (end >= len(tokens) or not tokens[end].word or tokens[end].low.endswith(("s", "ed")) or
                 tokens[end].low in SPEECH and " and The " in " ".join(t.text for t in tokens[start:end])):
            break  # a paper's name: "The Detroit News reports", "The Sunday Times and The Sunday Telegraph say" (not
            # "The Racing Post website reports")
        if tokens[start].text in ("New", "Will") and start > 0 and end - start >= 2 and \
                tokens[start - 1].text not in "\"“‘'" and (tokens[start].text == "New" or
                                                           tokens[start - 1].low not in ("a", "an", "the")):
            break  # part of the name mid-sentence: "magazine New Media Age", "a New Hampshire Republican", "is Will Wright"
        start += 1
    if end - start >= 2 and tokens[start].low in _GENERIC_BEFORE_NAME and tokens[start + 1].low not in _ORG_GLUE:
        start += 1  # "Bookmakers Sky Bet make ...", "Pollster YouGov found": the kind, then the name
        # (but "the Centre for Economic Policy Research" is one name)
    while end - start >= 2 and tokens[start].bare in WEEKDAY_WORDS and start > 0 and \
            tokens[start - 1].low in ("on", "last", "this", "next", "by", "until", "since"):
        start += 1  # "But on Wednesday Mr Straw said": the day, then the name
    for k in range(end - 2, start - 1, -1):
        if k > start and tokens[k - 1].low.rstrip(".") in ("st", "saint"):
            continue  # "St David's Shopping Centre": a place's name
        if (tokens[k].low.endswith("'s") or tokens[k].low.endswith("s'")) and (
                end - (k + 1) >= 2 or end - (k + 1) == 1 and k == start and
                re.sub(r"['’]s$", "", tokens[k].low) in _PLACE_POSSESSORS):  # ("France's Peugeot warned": Peugeot)
            start = k + 1
            break
    while end > start and tokens[end - 1].low in _ORG_GLUE:
        end -= 1
    while end - start >= 3 and tokens[end - 1].text.replace(".", "") in _POSTNOMINALS:
        end -= 1  # "Guy Mansfield QC": the name without the letters after it
    return start, end


def run_text(text: str, tokens: list[Tok], start: int, end: int, base: int) -> str:
    """The run's words as written (possessive dropped)."""
    words = text[tokens[start].start - base:tokens[end - 1].end - base]
    return re.sub(r"[’']s?$", "", words).strip()


#: Surnames with a capital inside: "MacLeod", "McAllister", "DeSantis", "LeBlanc", "DiMaggio", "VanDyke".
_CAPITAL_SURNAME = re.compile(r"(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|Du|Fitz)[A-Z][a-z]+$")


def is_org_name(words: list[str]) -> bool:
    lows = [w.lower().rstrip(".").replace("’", "'") for w in words]
    if any(w in ORG_WORDS for w in lows):
        return True
    for word in words:
        bare = word.rstrip("'’s")
        if len(bare) >= 2 and bare.isupper() and bare.isalpha():
            return True  # IMF, OPEC, NHK
        if any(re.search(r"[a-z][A-Z]|^[A-Z]{2,}[a-z]{2}", part) and not _CAPITAL_SURNAME.match(part)
               for part in bare.split("-")):
            return True  # BlackRock, JPMorgan (not MacLeod, McAllister, DeSantis, LeBlanc)
    return False


def looks_like_person(words: list[str]) -> bool:
    lows = [w.lower().rstrip(".").replace("’", "'") for w in words]
    if not 2 <= len(words) <= 4 or is_org_name(words):
        return False
    first = lows[0]
    if first in NOT_PERSON or first in MONTH_WORDS or first in WEEKDAY_WORDS or \
            all(w in NOT_PERSON or w in MONTH_WORDS or w in WEEKDAY_WORDS for w in lows):
        return False  # "North Korea", "June 2024"; but "Jenny Town", "Theresa May" are people
    if any(w in FUNCTION_WORDS and w not in _NAME_PARTICLES and not (k == 0 and words[0] == "Will") and
           not (k == len(words) - 1 and k > 0 and words[k] == "May") and
           not (len(words[k]) == 1 and words[k].isupper())  # (an initial: "S. Murugesan")
           for k, w in enumerate(lows)):
        return False  # (but "Will Wright" and "Brian May" are names)
    return all(w[:1].isupper() or w.lower() in _NAME_PARTICLES or PARTICLE_NAME.match(w) for w in words)


class SentenceView:
    """A sentence's tokens with which of them are quoted, and helpers the attribution shapes need."""

    def __init__(self, text: str, base: int, tokens: list[Tok], quoted: list[bool]) -> None:
        self.text = text
        self.base = base
        self.tokens = tokens
        self.quoted = quoted

    def words(self, i: int, j: int) -> str:
        return self.text[self.tokens[i].start - self.base:self.tokens[j - 1].end - self.base]

    def index_at(self, position: int) -> int:
        """The first token that starts at or after `position` (an offset in the article), else len(tokens)."""
        return next((k for k, tok in enumerate(self.tokens) if tok.start >= position), len(self.tokens))


_SUBORDINATORS = {"because", "since", "although", "though", "while", "whereas", "if", "unless", "as", "when", "after",
                  "before", "once", "until", "so"}


#: Participles of forecasting whose passive may name its forecaster after "by".
_PASSIVE_FORECAST = {"tipped": "tip", "predicted": "predict", "forecast": "forecast", "forecasted": "forecast",
                     "expected": "expect", "backed": "back", "fancied": "fancy", "projected": "project",
                     "favoured": "back", "favored": "back", "rated": "estimate"}
#: Nouns of a share or a crowd before "of" and a group: "a number of analysts", "a majority of economists".
_SHARE_NOUNS = {"number", "handful", "majority", "minority", "couple", "host", "range", "string", "slew", "raft",
                "lot", "dozen", "dozens", "hundreds", "scores", "plenty", "series", "clutch", "chorus", "growing"}
#: Words that go on with a clause whose subject came before an aside ("This, said Sloncek, should make ...").
_AUXILIARIES = {"will", "would", "should", "could", "may", "might", "can", "must", "is", "are", "was", "were", "has",
                "have", "had", "won't", "wo", "'ll"}
#: How someone comes by a thing another wrote: its words are not theirs ("The BBC has obtained a memo saying").
_CAME_BY = {"obtained", "seen", "saw", "received", "found", "leaked", "got", "read", "heard", "quoted", "cited",
            "intercepted", "uncovered", "published"}
#: People by what they are, whose own words a participle after them reports ("fans saying they will stay").
_PEOPLE_NOUNS = {"people", "person", "man", "woman", "men", "women", "children", "someone", "anyone", "everyone",
                 "fans", "residents", "voters", "workers", "staff", "members", "friends", "colleagues", "sources",
                 "customers", "users", "readers", "viewers", "others", "many", "some", "critics", "supporters"}
#: Participles that report speech after a main clause ("..., saying it would ..."), with their verbs.
_SAYING = {"saying": "say", "adding": "add", "warning": "warn", "predicting": "predict", "arguing": "argue",
           "noting": "note", "claiming": "claim", "insisting": "insist", "forecasting": "forecast",
           "estimating": "estimate", "suggesting": "suggest", "cautioning": "warn", "believing": "believe"}
#: Adjectives of belief after "is": "Wenger is confident they will ...", "she was convinced that ...".
_SURE = {"confident", "convinced", "sure", "certain", "optimistic", "pessimistic", "adamant", "doubtful", "sceptical",
         "skeptical", "unconvinced", "hopeful", "positive",
         # (a fear of what comes: "Spamhaus is worried that the technique will give junk mailers ...")
         "worried", "concerned", "fearful", "afraid"}
#: "expressed doubts that", "voiced fears that", "raised concerns that": a view held, by the noun's kind.
_EXPRESS_VERBS = {"expressed": "past", "voiced": "past", "raised": "past", "expresses": "present", "voices": "present",
                  "raises": "present", "expressing": "ing", "voicing": "ing"}
#: The past forms, which report a view stated as "said" does ("expressed doubts that the system would work").
EXPRESSED_PAST = frozenset(form for form, tense in _EXPRESS_VERBS.items() if tense == "past")
_EXPRESSED_VIEWS = {"doubt": "doubt", "doubts": "doubt", "scepticism": "doubt", "skepticism": "doubt",
                    "concern": "fear", "concerns": "fear", "fear": "fear", "fears": "fear", "worries": "fear",
                    "worry": "fear", "confidence": "believe", "optimism": "believe", "belief": "believe",
                    "hope": "hope", "hopes": "hope"}
_QUANTIFIERS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "most",
               "some", "all", "few", "none", "both", "half", "each", "majority", "rest", "others"}
#: A count of a group's members: "29", "Twenty-nine" (of the 41 economists).
_COUNT = re.compile(r"[0-9]{1,4}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|"
                    r"six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
                    r"nineteen")
_ANONYMOUS_HEADS = {"people", "person", "persons", "sources", "source", "those", "officials", "insiders"}


#: Words for a firm that are also a person's title before their name ("Producer Kevin Wallace").
JOB_TITLES = {"producer", "developer", "publisher", "operator", "director"}


def _last_title_before_person(toks: list[Tok], start: int, end: int) -> int | None:
    """In a run of capitals, the last title word with a person's name after it ("Meridian Chief Executive Arjun
    Kapadia": "Executive"), or None."""
    # ("Farmer Geoff Brooks", "Comic Joe Pasquale": a role word opening a sentence before the name is one too)
    titles = [t for t in range(start, end - 2) if toks[t].bare in TITLES and toks[t].bare not in HONOURS or
              toks[t].bare in ROLES and toks[t].bare not in PLURAL_GROUPS or
              toks[t].bare in JOB_TITLES]
    if titles and looks_like_person([t.text for t in toks[titles[-1] + 1:end] if t.text != "."]):
        return titles[-1]
    return None


def _generic_owner(view: SentenceView, i: int, j: int) -> Speaker | None:
    """The organisation a generic possessive names inside tokens[i:j-1] ("the central bank's latest projections",
    "The bank's commodities research desk"), as a description to resolve: "the central bank"."""
    toks = view.tokens
    owners = [n for n in range(i, j - 1) if toks[n].low.endswith("'s") and toks[n].bare in ORG_NOUNS]
    if not owners:
        return None
    k = owners[-1]
    return Speaker(re.sub(r"[’']s$", "", view.words(i, k + 1)), "definite", toks[i].start, toks[k].end, toks[k].bare)


#: Roles that speak for a body rather than as someone the article names: "the White House spokesman" is the White
#: House, not the last person quoted.
_MOUTHPIECES = {"spokesman", "spokeswoman", "spokesperson", "official", "source", "aide", "representative", "insider",
                "staffer", "adviser", "advisor"}
_AGE = re.compile(r"(?:[0-9]{1,3}|[a-z]+(?:-[a-z]+)?)-year-old")


def _person_described(toks: list[Tok], i: int, j: int) -> str | None:
    """The head of "the Salford MP", "the New Zealander", "the 31-year-old", "the former England captain": a
    person named before, described again ("" when the head is no role to look up), else None."""
    if j - i < 2 or j - i > 5 or toks[i].low != "the":
        return None
    head, mods = toks[j - 1], toks[i + 1:j - 1]
    if any(not m.word or m.low.endswith(("'s", "’s")) or m.low in FUNCTION_WORDS and m.text != "New" for m in mods):
        return None  # ("the Bank of England governor", "Kim's sister")
    caps = [m.text for m in mods if m.cap]
    if caps and is_org_name(caps):
        return None  # ("the BBC presenter", "the Treasury official")
    if head.low in DEMONYMS or _AGE.fullmatch(head.low):
        return ""
    if head.bare in ROLES and head.bare not in _MOUTHPIECES and head.bare not in PLURAL_GROUPS and \
            not _plural_noun(head.low) and (head.text.isupper() or caps and not head.cap):
        # (a lower-case "the analyst" is read as before; "the Parliamentary Budget Officer" is an office's name)
        return head.bare
    return None


_SHARE_CORE = re.compile(r"half|(?:one|two|three|four)-(?:thirds?|quarters?|fifths?)|thirds?|quarters?|fifths?|"
                         r"majority|minority|[0-9]+(?:\.[0-9]+)?%?|percent|cent", re.IGNORECASE)


def _share_start(toks: list[Tok], k: int, lo: int) -> int | None:
    """Where a share that ends at toks[k] begins ("three-quarters", "fewer than 74 percent", "a majority"), if
    toks[k] ends one."""
    if k < lo or not _SHARE_CORE.fullmatch(toks[k].low):
        return None
    m = k
    while m - 1 >= lo and (_SHARE_CORE.fullmatch(toks[m - 1].low) or toks[m - 1].low in
                           ("a", "the", "one", "two", "three", "per", "than", "fewer", "more", "less", "about",
                            "nearly", "almost", "over", "roughly", "some", "just", "under", "around", "%")):
        m -= 1
    return m


_RELEASED = {"released", "published", "issued", "put", "out", "presented", "unveiled", "compiled", "commissioned",
             "carried", "conducted", "prepared"}


def _document_before(toks: list[Tok], k: int, lo: int) -> bool:
    """Does a document end at toks[k], or a document and what says when it came out ("a study released late last
    month", "a report published on Tuesday"), so that "by X" after it names its author?"""
    m = k
    while m > lo and k - m < 7 and (toks[m].low in _RELEASED or toks[m].low in _WHEN_POLLED or
                                    toks[m].low in ("late", "early", "earlier", "this", "last", "the") or
                                    toks[m].bare in WEEKDAY_WORDS or toks[m].low in MONTH_WORDS or
                                    toks[m].text[:1].isdigit()):
        m -= 1
    return toks[m].bare in DOCUMENT_NOUNS and (m == k or toks[m + 1].low in _RELEASED)


#: Adverbs that open a sentence before a comma ("Originally,", "Ultimately,", "Unfortunately,").
_SENTENCE_ADVERB = re.compile(
    r"originally|initially|previously|eventually|ultimately|finally|additionally|similarly|separately|currently|"
    r"recently|traditionally|historically|typically|generally|usually|fortunately|unfortunately|interestingly|"
    r"importantly|notably|specifically|basically|essentially|obviously|clearly|certainly|actually|apparently|"
    r"reportedly|ironically|alternatively|accordingly|consequently|subsequently|increasingly|admittedly|arguably|"
    r"frankly|hopefully|surprisingly|predictably|sadly|luckily|happily|personally|honestly|naturally|really")
#: Bodies named by their place: "the city of San Diego", "the government of Canada", "the state of Ohio".
_PLACE_BODIES = {"city", "state", "government", "county", "province", "town", "borough", "district", "commonwealth",
                 "municipality", "village", "parish", "port"}


def _speaker_from(view: SentenceView, i: int, j: int) -> Speaker | None:
    """Classify tokens[i:j] (a noun phrase) as a speaker, or None if it is not one."""
    toks = view.tokens
    if i >= j:
        return None
    while i < j and (toks[i].text in ",—–-" or (toks[i].low in _SUBORDINATORS or toks[i].low in ("but", "and", "yet"))
                     and j - i > 1):
        i += 1  # "Because the prime minister has said", "But the watchdog notes": the prime minister, the watchdog
    if i >= j:
        return None
    while i < j - 2 and toks[i].low in ("virtually", "nearly", "almost", "practically") and toks[i + 1].low == "all":
        i += 1  # "Virtually all Democratic insiders expect": all of them
    if j - i >= 3 and toks[i].low in ("those", "people", "others", "many", "some") and toks[i + 1].low == "who":
        # "those who know her believe": anonymous, and what describes them is all that identifies them
        return Speaker(view.words(i, j), "group", toks[i].start, toks[j - 1].end, toks[i].low)
    of = next((k for k in range(i + 1, min(j - 1, i + 6)) if toks[k].low == "of"), None)
    if of is not None and _share_start(toks, of - 1, i) == i:
        # "Fewer than three-quarters of Republicans think": the group a share of it is counted in
        i = of + 1 + (toks[of + 1].low == "the" and of + 2 < j)
    for k in range(i, j - 1):
        if toks[k].low in _ANONYMOUS_HEADS and toks[k + 1].low in ("familiar", "close", "briefed", "with", "involved",
                                                                  "knowledgeable", "aware"):
            # "people familiar with the matter", "sources close to the talks": anonymous sources keep what
            # describes them, which is all that identifies them
            return Speaker(view.words(i, j), "group", toks[i].start, toks[j - 1].end, toks[k].low)
    if j - i >= 4 and toks[i].low == "one" and toks[i + 1].low == "of" and \
            toks[i + 2].low in ("their", "its", "his", "her", "our") and _plural_noun(toks[j - 1].low):
        # "one of their frontbenchers has predicted": a person to be named further on
        return Speaker(view.words(i, j), "indefinite", toks[i].start, toks[j - 1].end, _singular(toks[j - 1].low))
    if j - i >= 3 and toks[i].low in _QUANTIFIERS and toks[i + 1].low == "of" and \
            toks[i + 2].low in ("them", "those", "the", "these"):
        # "one of them said", "one of the people said", "Five of the eight critics": of the group last spoken of
        return Speaker(view.words(i, j), "group", toks[i].start, toks[j - 1].end, "one of")
    if j - i == 1 and toks[i].low in ("all", "both", "many", "most", "several", "some", "others", "few"):
        return Speaker(view.words(i, j), "group", toks[i].start, toks[j - 1].end, "one of")
    if j - i == 1 and toks[i].bare in PLURAL_GROUPS and toks[i].bare in ROLES:
        return Speaker(view.words(i, j), "group", toks[i].start, toks[j - 1].end, toks[i].bare)  # "Traders see"
    if j - i >= 3 and toks[i].bare in _MARKET_CROWDS and toks[i + 1].low in ("on", "at") and \
            all(_is_cap_word(t) or t.text in ".-" for t in toks[i + 2:j]):
        # "Traders on Polymarket give her a 64% chance", "punters at Betfair": the market speaks
        return Speaker(run_text(view.text, toks, i + 2, j, view.base), "org", toks[i + 2].start, toks[j - 1].end)
    for k in range(i + 1, j - 1):
        if toks[k].bare in ROLES and not toks[k].cap and (toks[k + 1].low.endswith(("ed", "ing")) or
                                                            toks[k + 1].low in ("familiar", "close")):
            j = k + 1  # "a senior Egyptian official involved in the talks": the official
            break
    lows = [t.low for t in toks[i:j]]
    if j - i == 1 and (lows[0] in PRONOUNS or "'" in lows[0] and lows[0].split("'")[0] in PRONOUNS and
                       lows[0].split("'")[1] in ("ll", "d", "s", "re", "ve", "m")):  # (not "I'Anson")
        return Speaker(toks[i].text.replace("’", "'").split("'")[0], "pronoun", toks[i].start, toks[i].end)
    if any(t.text in QUOTE_MARKS or t.text in ";:()[]?!" for t in toks[i:j]):
        return None
    head = i + (toks[i].low in DETERMINERS)
    if j - head >= 3 and toks[head].low in _PLACE_BODIES and not toks[head].cap and toks[head + 1].low == "of" and \
            all(_is_cap_word(t) or t.text in ".-" for t in toks[head + 2:j]):
        # "the city of San Diego expects", "the government of Canada": the place's body, named so
        return Speaker(view.words(head, j), "org", toks[head].start, toks[j - 1].end)
    described = _person_described(toks, i, j)
    if described is not None:
        return Speaker(view.words(i, j), "definite", toks[i].start, toks[j - 1].end, described or None, again=True)
    named = toks[j - 1].cap and j - 1 > i and _is_cap_word(toks[j - 2]) and not toks[j - 2].low.endswith("'s") and \
        toks[j - 2].low not in FUNCTION_WORDS and not any(t.low.endswith("'s") for t in toks[i:j])
    if toks[j - 1].bare in DOCUMENT_NOUNS and not named:
        # "The IPCC's 2021 assessment", "a study published on Tuesday": its owner if named, else the document
        # (but "Counterpoint Research" is a firm's name)
        owners = [n for n in range(i, j) if toks[n].low.endswith("'s") and _is_cap_word(toks[n]) and
                  toks[n].bare not in WEEKDAY_WORDS and toks[n].bare not in MONTH_WORDS]  # (not "Friday's data")
        owner = None if owners else _generic_owner(view, i, j)
        if owner is not None:  # "the central bank's latest projections": the bank speaks
            return owner
        if not owners:
            caps = [n for n in range(i, j - 1) if _is_cap_word(toks[n]) and toks[n].low not in FUNCTION_WORDS and
                    toks[n].bare not in WEEKDAY_WORDS and toks[n].bare not in MONTH_WORDS]
            if caps:  # "the latest YouGov projection": the capitalised word owns it
                run = _name_run_left(toks, caps[-1] + 1, i)
                run, end = _strip_run(toks, run, caps[-1] + 1)
                if run < end:
                    return Speaker(run_text(view.text, toks, run, end, view.base), "org", toks[run].start,
                                   toks[end - 1].end)
        if owners:
            run, end = _strip_run(toks, _name_run_left(toks, owners[0] + 1, i), owners[0] + 1)
            if run < end:
                return Speaker(run_text(view.text, toks, run, end, view.base), "org", toks[run].start, toks[end - 1].end)
        kind = "indefinite" if lows[0] in ("a", "an", "one", "another") else "definite"
        return Speaker(view.words(i, j), kind, toks[i].start, toks[j - 1].end, "document:" + toks[j - 1].bare)
    for n in range(i, j - 1):
        if toks[n].low.endswith(("'s", "’s")) and _is_cap_word(toks[n]) and toks[n + 1].bare in ("panel", "jury") and \
                not toks[n + 1].cap:
            # "Gold Derby's panel of expert pundits predicts": the site whose panel it is
            run, end = _strip_run(toks, _name_run_left(toks, n + 1, i), n + 1)
            if run < end:
                return Speaker(run_text(view.text, toks, run, end, view.base), "org", toks[run].start, toks[end - 1].end)
    if toks[j - 1].bare in _UNIT_NOUNS and not toks[j - 1].cap:
        owners = [n for n in range(i, j - 1) if toks[n].low.endswith("'s") and _is_cap_word(toks[n])]
        if owners:
            # "TD Cowen's Washington research group", "Realtor.com's research team": the firm speaks
            run, end = _strip_run(toks, _name_run_left(toks, owners[0] + 1, i), owners[0] + 1)
            if run < end:
                return Speaker(run_text(view.text, toks, run, end, view.base), "org", toks[run].start,
                               toks[end - 1].end)
        owner = _generic_owner(view, i, j)
        if owner is not None:  # "The bank's commodities research desk": the bank speaks
            return owner
    for k in range(i + 2, j - 1):
        if toks[k].low in ("at", "from") and _is_cap_word(toks[k + 1]):
            run, end = _strip_run(toks, _name_run_left(toks, k, i), k)
            if end - run >= 2 and looks_like_person([t.text for t in toks[run:end]]):
                # "said analyst Ray Neidl at Calyon Securities": the analyst, not the firm
                return Speaker(run_text(view.text, toks, run, end, view.base), "name", toks[run].start, toks[end - 1].end)
            break
    if lows[0] == "the" and 2 <= j - i <= 4 and toks[j - 1].bare in ROLES and \
            all(_is_cap_word(t) and not t.low.endswith(("'s", "’s")) for t in toks[i + 1:j]) and \
            not is_org_name([t.text for t in toks[i + 1:j]]):
        # "The Director noted", "The Health Minister said": a role, capitalised as some papers write it, not a name
        return Speaker(view.words(i, j), "definite", toks[i].start, toks[j - 1].end, toks[j - 1].bare)
    # the last capitalised run in the phrase
    k = j
    while k > i and not _is_cap_word(toks[k - 1]):
        k -= 1
    if k == j and k - i >= 3:
        run = _name_run_left(toks, k, i)
        glue = run - 2 if run - 2 >= i and toks[run - 1].low == "the" and toks[run - 2].low == "of" else \
            run - 1 if run - 1 > i and toks[run - 1].low == "of" else None
        if glue is not None:
            left, left_end = _strip_run(toks, _name_run_left(toks, glue, i), glue)
            if left < left_end and is_org_name([t.text for t in toks[left:left_end]]):
                # "The German Association of the Automotive Industry (VDA) expects": the whole name
                return Speaker(run_text(view.text, toks, left, k, view.base), "org", toks[left].start, toks[k - 1].end)
        if run - 2 >= i and toks[run - 1].low == "in" and _is_cap_word(toks[run - 2]):
            left = _name_run_left(toks, run - 1, i)
            left, left_end = _strip_run(toks, left, run - 1)
            if left < left_end and is_org_name([t.text for t in toks[left:left_end]]):
                # "The National Weather Service in Fort Worth gives": the service, not the city
                return Speaker(run_text(view.text, toks, left, left_end, view.base), "org", toks[left].start,
                               toks[left_end - 1].end)
        if run - 2 >= i and toks[run - 1].low == "in" and toks[run - 2].bare in PLURAL_GROUPS and \
                toks[run - 2].low not in ("many", "some", "most", "few", "others") and not is_org_name(
                    [t.text for t in toks[run:k]]):
            # "forecasters in Colombo", "economists in London": people of a place, not the place
            first = i + 1 if toks[i].low == "the" else i
            return Speaker(view.words(first, j), "group", toks[first].start, toks[j - 1].end, toks[run - 2].bare)
    if i < k < j and toks[k - 1].low.endswith("'s") and (toks[j - 1].bare in PLURAL_GROUPS or _plural_noun(toks[j - 1].low)
                                                          and toks[j - 1].bare in ROLES):
        run = _name_run_left(toks, k, i)
        if all(t.bare.rstrip("'s") in NOT_PERSON or t.low.rstrip("'s’") in NOT_PERSON for t in toks[run:k]):
            # "the UK's leading movie critics", "Germany's top economists": a group a place describes
            first = i + 1 if toks[i].low == "the" else i
            return Speaker(view.words(first, j), "group", toks[first].start, toks[j - 1].end, toks[j - 1].bare)
    roles = [n for n in range(i, j) if toks[n].bare in ROLES]
    trailing_words = [t.bare for t in toks[k:j] if t.word]
    if k > i and trailing_words and toks[j - 1].bare in ROLES and \
            any(w not in ROLES and w not in DETERMINERS for w in trailing_words):
        k = i  # "a Brussels-based trade analyst": a description, the capitalised word only describes
    role_for = next((n for n in range(i, k - 2) if toks[n].bare in ROLES and toks[n + 1].low in ("for", "of", "at")),
                    None)
    if role_for is not None and i < k < j and not toks[j - 1].cap and lows[0] in DETERMINERS and \
            all(t.word for t in toks[k:j]) and \
            not any(t.low.endswith(("'s", "’s")) for t in toks[i:j]):  # ("the Secretary of State's office": a body)
        # "A spokesman for one US shop said": the role, described by the body it speaks for (the capitals describe
        # that body, they do not name it)
        kind = "indefinite" if lows[0] in ("a", "an", "one", "another") else "definite"
        return Speaker(view.words(i, j), kind, toks[i].start, toks[j - 1].end, toks[role_for].bare)
    if k > i:
        start = _name_run_left(toks, k, i)
        start, end = _strip_run(toks, start, k)
        while start < end and (toks[start].bare in TITLES and toks[start].bare not in HONOURS or
                               toks[start].text == ".") and end - start > 1 and toks[start + 1].low not in _ORG_GLUE \
                and not is_org_name([t.text for t in toks[start:end]]):
            start += 1  # (but "the Finance and Economy Ministry" keeps its first word)
        affiliated = False
        for glue in range(start + 2, min(end, start + 4)):
            if toks[glue].low in ("of", "at", "from") and looks_like_person([t.text for t in toks[start:glue]]):
                end, affiliated = glue, True  # "Jane Doe of Capital Economics": the person speaks
                break
        else:
            # (the last capitalised role word: "Chief Executive Officer Jane Doe of Acme Corp")
            titled = next((n for n in range(end - 4, start - 1, -1) if toks[n].bare in ROLES and toks[n].cap), None)
            glue = next((g for g in range(titled + 3, min(end, titled + 5)) if toks[g].low in ("of", "from")), None) \
                if titled is not None else None
            if glue is not None and looks_like_person([t.text for t in toks[titled + 1:glue]]):
                # "Senate Democratic Leader Greg Taylor of Indianapolis said": a titled person and their home town
                start, end, affiliated = titled + 1, glue, True
        if start < end and (all(t.low.rstrip(".") in NOT_PERSON for t in toks[start:end] if t.word) or
                            (end - start == 1 and (_DEMONYM.search(toks[start].low) or toks[start].low in DEMONYMS)
                             and end < j)) and \
                toks[j - 1].bare in ROLES and not toks[j - 1].cap:
            # "the South Korean president", "a senior EU official": a description, the capitals are not a name
            det = lows[0]
            kind = "indefinite" if det in ("a", "an", "one", "another") else "definite"
            if _plural_noun(toks[j - 1].low) or toks[j - 1].bare in PLURAL_GROUPS:
                kind = "group"  # "Most City economists"
            return Speaker(view.words(i, j), kind, toks[i].start, toks[j - 1].end, toks[j - 1].bare)
        title = _last_title_before_person(toks, start, end)
        if title is not None:
            start = title + 1  # "Meridian Chief Executive Arjun Kapadia", "County Clerk Marisol Begay"
        if start < end:
            words = [t.text for t in toks[start:end]]
            name = run_text(view.text, toks, start, end, view.base)
            trailing = [] if affiliated else [t.bare for t in toks[end:j] if t.word and
                                              t.text.replace(".", "") not in _POSTNOMINALS]
            # ("Supply-chain sources": a compound capitalised only as the sentence's first word describes them)
            compound = len(words) == 1 and start == 0 and "-" in words[0] and words[0].split("-")[1][:1].islower()
            # ("Independent analysts say": a sentence's capitalised first word shaped like an adjective describes them)
            adjective = len(words) == 1 and (start == 0 or toks[start - 1].text in ",;:") and \
                bool(ADJECTIVE_SHAPE.fullmatch(words[0]))
            if trailing and all(w in ROLES or w in DETERMINERS for w in trailing) and trailing[-1] in PLURAL_GROUPS:
                if (is_org_name(words) or toks[start].low not in NOT_PERSON) and not compound and not adjective:
                    # "JPMorgan analysts", "Goldman Sachs economists": the organisation speaks
                    return Speaker(name, "org", toks[start].start, toks[end - 1].end)
                return Speaker(view.words(i, j), "group", toks[i].start, toks[j - 1].end, trailing[-1])
            if trailing and trailing[-1] in ORG_NOUNS and toks[end - 1].low.endswith("'s") and \
                    all(t.word for t in toks[end:j]) and j - end <= 3:
                if trailing[-1] in _GENERIC_ORG_NOUNS:
                    # "South Korea's top car maker estimates": a firm described, to be found among those named
                    return Speaker(view.words(start, j), "definite", toks[start].start, toks[j - 1].end, trailing[-1])
                # "South Korea's finance ministry", "Germany's statistics office": the body speaks
                return Speaker(view.words(start, j), "org", toks[start].start, toks[j - 1].end, trailing[-1])
            own = start + 1 if end - start >= 2 and toks[start].low.endswith(("'s", "’s")) else start
            if trailing and trailing[-1] in ORG_NOUNS and not _plural_noun(trailing[-1]) and own > i and \
                    toks[own - 1].low.endswith(("'s", "’s")) and re.sub(r"['’]s$", "", toks[own - 1].low) in NOT_PERSON and \
                    j - end <= 4 and all(t.word for t in toks[end:j]):
                # "Germany's BdB private banks association said": the body named, described by its country
                return Speaker(run_text(view.text, toks, own, end, view.base), "org", toks[own].start, toks[end - 1].end)
            if trailing and trailing[-1] in _OUTLET_NOUNS and all(t.word and not t.cap for t in toks[end:j]) and \
                    not toks[end - 1].low.endswith(("'s", "’s", "-based")) and \
                    not all(w.lower().rstrip(".") in NOT_PERSON or w.lower() in DEMONYMS for w in words):
                # "The Liverpool Echo newspaper", "the Nikkei business daily": the outlet by its name (but "the
                # Chinese state news agency" is a description)
                return Speaker(name, "org", toks[start].start, toks[end - 1].end)
            if trailing and all(w in _GENERIC_ORG_NOUNS or w in ("think", "tank") for w in trailing) and \
                    is_org_name(words) and all(t.word and not t.cap for t in toks[end:j]):
                # "The Resolution Foundation think tank expects": the body by its name, then its kind
                return Speaker(name, "org", toks[start].start, toks[end - 1].end)
            if trailing and trailing[-1] in ORG_NOUNS and lows[0] in ("the", "this", "its", "their") and \
                    not _plural_noun(trailing[-1]) and j - i <= (6 if "and" in trailing else 5):
                # "The London-based consultancy expects": a body described, to be found among those named ("the
                # Commons science and technology committee": its remit joined by "and")
                return Speaker(view.words(i, j), "definite", toks[i].start, toks[j - 1].end, trailing[-1])
            if trailing and any(t not in ROLES and t not in DETERMINERS and t not in _NP_PREPS for t in trailing):
                if _plural_noun(trailing[-1]) and (len(trailing) <= 2 or len(trailing) <= 4 and
                                                   _singular(trailing[-1]) in _GENERIC_ORG_NOUNS | ORG_NOUNS):
                    # "Shipping companies", "Chinese experts": a group described by a capitalised word
                    return Speaker(view.words(i, j), "group", toks[i].start, toks[j - 1].end, trailing[-1])
                return None
            if trailing and trailing[-1] in ROLES and not any(toks[n].low in _NP_PREPS for n in range(end, j)):
                pass  # "Kim's sister" style: a role after the name is not the speaker's role
            both = next((k for k in range(start + 1, end - 1) if toks[k].low == "and"), None)
            if both is not None:
                first = start + 1 if toks[start].bare in ROLES and _plural_noun(toks[start].low) else start
                if looks_like_person([t.text for t in toks[first:both]]) and \
                        looks_like_person([t.text for t in toks[both + 1:end]]):
                    # "Producers Barbara Broccoli and Michael G Wilson expect": the first named speaks for both
                    start, end = first, both
                    words = [t.text for t in toks[start:end]]
                    name = run_text(view.text, toks, start, end, view.base)
            kind = "org" if is_org_name(words) or (start > i and toks[start - 1].low == "the") else "name"
            if kind == "name" and all(w.lower().rstrip(".") in NOT_PERSON for w in words):
                kind = "org"  # "Beijing", "North Korea", "the White House" speak as institutions
            return Speaker(name, kind, toks[start].start, toks[end - 1].end,
                           toks[roles[-1]].bare if roles else None)
    if toks[j - 1].bare in ORG_NOUNS and lows[0] in ("the", "this", "that", "its", "their", "our"):
        return Speaker(view.words(i, j), "definite", toks[i].start, toks[j - 1].end, toks[j - 1].bare)
    if lows[0] in ("a", "an") and j - i <= 5 and not toks[j - 1].cap and not any(w in DETERMINERS for w in lows[1:]) and \
            (toks[j - 1].bare in ORG_NOUNS or toks[j - 1].bare in _GENERIC_ORG_NOUNS):
        # "..., a charity has warned", "a London-based think-tank said": a body to be named further on
        return Speaker(view.words(i, j), "indefinite", toks[i].start, toks[j - 1].end, toks[j - 1].bare)
    if roles:
        head = toks[roles[-1]]
        det = lows[0]
        if head.bare in PLURAL_GROUPS or head.low.endswith("s") and head.bare not in ("boss", "ceo"):
            return Speaker(view.words(i, j), "group", toks[i].start, toks[j - 1].end, head.bare)
        if det in ("a", "an", "one", "another"):
            return Speaker(view.words(i, j), "indefinite", toks[i].start, toks[j - 1].end, head.bare)
        if det in ("the", "this", "that", "our", "its", "their", "his", "her"):
            return Speaker(view.words(i, j), "definite", toks[i].start, toks[j - 1].end, head.bare)
        return Speaker(view.words(i, j), "group", toks[i].start, toks[j - 1].end, head.bare)
    if lows and lows[-1] in PLURAL_GROUPS and lows[-1] in ("many", "some", "others", "most", "few"):
        return Speaker(view.words(i, j), "group", toks[i].start, toks[j - 1].end)
    if (1 <= j - i <= 3 or j - i == 4 and (toks[i].low in _QUANTIFIERS or toks[i].low in ("multiple", "other"))) and \
            _plural_noun(toks[j - 1].low) and all(t.word for t in toks[i:j]) and \
            not any(t.low in FUNCTION_WORDS and t.low not in DETERMINERS for t in toks[i:j]):
        return Speaker(view.words(i, j), "group", toks[i].start, toks[j - 1].end, toks[j - 1].low)
    return None


#: Adjectives of nationality ("Egyptian", "Chinese", "British", "Israeli") before a role: a description.
_DEMONYM = re.compile(r"(?:ian|ean|ese|ish|ic|i|an)$")


def _singular(low: str) -> str:
    return low[:-3] + "y" if low.endswith("ies") else low[:-1] if low.endswith("s") else low


def _plural_noun(low: str) -> bool:
    """A lower-case word that looks like a plural noun ("companies", "groups"), not "this" or "analysis"."""
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "ous", "'s")) and \
        low not in FUNCTION_WORDS and low not in SPEECH


#: Head nouns of a description that make the name before it an organisation's ("Castlegate Homes, the FTSE 250
#: housebuilder, said"), beyond the generic ones.
_APPOSITION_ORGS = _GENERIC_ORG_NOUNS - {"team", "party", "club", "group", "giant"} | {
    "housebuilder", "builder", "union", "association", "federation", "body", "consultancy", "institute",
    "think-tank", "charity", "broadcaster", "network", "exchange", "bookmaker", "pollster", "utility", "chain",
    "distributor", "partnership", "fund", "maker", "producer", "group"}


def _org_apposition(view: SentenceView, end: int, verb: int) -> bool:
    """ "Castlegate Homes, the FTSE 250 housebuilder, said": a name described as a company, between commas."""
    toks = view.tokens
    if end >= verb or toks[end].text != "," or end + 2 >= verb:
        return False
    close = next((k for k in range(end + 1, verb) if toks[k].text == ","), None)
    if close is None or close - end < 3 or not (toks[end + 1].low in ("the", "a", "an") or
                                                toks[end + 1].low.endswith("'s") and toks[end + 1].cap):
        return False
    inner = toks[end + 1:close]
    if any(t.low.endswith("'s") for t in inner[1:]) or any(t.bare in ROLES for t in inner):
        return False  # "X, the bank's chief economist,": a person
    head = toks[close - 1].bare
    return head in _APPOSITION_ORGS or head.endswith(("maker", "builder", "retailer"))


#: "They still see the token at $150,000 by the end of 2027": a level a forecaster sees.
#: What someone sees ahead when they forecast ("choppier waters ahead", "more pain ahead", "tough times ahead").
_AHEAD_WORDS = {"more", "less", "tough", "hard", "difficult", "rough", "choppy", "bumpy", "dark", "troubled", "trouble",
                "challenging", "challenges", "problems", "pain", "headwinds", "risks", "storms", "turbulence",
                "volatility", "growth", "gains", "losses", "better", "worse", "bright", "grim", "lean", "uncertain"}


#: A capitalised word shaped like an adjective ("Independent", "Leading", "Senior"): at a sentence's start, before
#: "analysts", it describes them rather than naming their firm.
ADJECTIVE_SHAPE = re.compile(r"[A-Z][a-z]{3,}(?:ent|ant|al|ive|ous|ic|ful|less|ary|ior|ate|ing|ed|ible|able)")
#: What is backed when "back" is support, not a tip: "backed plans to write off debts".
_SUPPORTED = {"plan", "plans", "proposal", "proposals", "call", "calls", "move", "moves", "effort", "efforts",
              "measure", "measures", "legislation", "bill", "bills", "bid", "bids", "idea", "scheme", "schemes",
              "deal", "motion", "reform", "reforms", "policy", "policies", "law", "ban", "request", "demand", "demands"}


def _figure_seen(toks: list[Tok], k: int) -> bool:
    """Does a year's figure follow "sees" in its own clause ("sees fiscal year 2019 sales growth of 1.8 percent")?"""
    year = False
    for t in toks[k:k + 12]:
        if t.text in ",;:.!?" or t.low in ("and", "but", "as", "because", "since", "after"):
            return False
        year = year or bool(re.fullmatch(r"(?:19|20)[0-9]{2}", t.low))
        if year and t.low in ("%", "percent", "cent"):
            return True
    return False


def seen_ahead(toks: list[Tok], lo: int, hi: int) -> bool:
    """Does what is seen end in "ahead", described as a course ("choppier waters ahead"; not "the road ahead",
    "the line ahead of her")?"""
    for k in range(lo, hi):
        if toks[k].low == "ahead":
            return (k + 1 >= len(toks) or toks[k + 1].low != "of") and any(
                t.low in _AHEAD_WORDS or len(t.low) > 5 and t.low.endswith(("ier", "er")) and not t.cap
                for t in toks[lo:k])
    return False


_SEE_AT = re.compile(r"\s+(?:[\w'’-]+\s+){1,5}?(?:back\s+)?(?:at|near|around|above|below|hitting|reaching)\s+"
                     r"(?:about\s+|around\s+)?[$£€¥]?\s?[0-9]")
#: What someone forecast, named as a thing: "the IFS's predictions that ...".
_CLAIM_NOUNS = {"prediction", "predictions", "forecast", "forecasts", "projection", "projections", "warning",
                "warnings", "expectation", "expectations", "estimate", "estimates"}
#: Words that date an estimate to before the article: "Early calculations gave it ...".
_EARLY_WORDS = {"early", "initial", "original", "earlier", "previous", "first", "old", "older"}
_AT_THE_START = re.compile(r"\b(?:at|by)\s+the\s+(?:start|beginning|end)\s+of\s+(?:january|february|march|april|may|"
                           r"june|july|august|september|october|november|december|last|the\s+(?:year|month|campaign))\b",
                           re.IGNORECASE)
#: A forecaster's stance, said of them before their words are reported: "Kotak is more cautious."
_STANCE = {"cautious", "optimistic", "pessimistic", "bullish", "bearish", "gloomy", "upbeat", "sanguine", "hawkish",
           "dovish", "downbeat", "gloomier", "rosier"}
_STANCE_ADVERBS = {"more", "less", "much", "far", "slightly", "rather", "even", "also", "somewhat", "considerably",
                   "a", "shade", "little", "bit", "touch", "still", "now", "a", "lot", "no", "not", "markedly"}


#: Verbs of speech whose past participle is their present form.
_OWN_PARTICIPLE = {"forecast", "put", "bet"}


#: Words of an aside set off by commas between a subject and its verb: "X, meanwhile, predicts".
#: Words that say when a panel was polled: "surveyed last week", "polled earlier this month".
_WHEN_POLLED = {"last", "this", "week", "month", "year", "weekend", "on", "in", "earlier", "recently", "ago", "days"}
#: The words of a share given as an aside: "97 percent", "or 62%", "about a third" (with a figure).
_SHARE_WORDS = {"percent", "per", "cent", "%", "or", "about", "some", "nearly", "almost", "roughly", "around", "of", "them"}
_ASIDES = {"meanwhile", "however", "though", "too", "also", "instead", "meantime", "nonetheless", "nevertheless",
           "moreover", "for", "its", "his", "her", "their", "part", "in", "turn", "by", "contrast", "likewise",
           "similarly", "separately", "again", "now", "still", "the", "mean", "time"}


def _described_body(view: SentenceView, verb: int) -> tuple[int, int, dict] | None:
    """A body described at length from the start of its clause to the verb: "The world's largest maker of chips
    for mobile phones believes" (the phrase up to its head noun), else None."""
    toks = view.tokens
    start = verb - 1
    while start >= 0 and not view.quoted[start] and toks[start].text not in ",;:—–\"“”" and verb - start <= 12:
        start -= 1
    start += 1
    if start < verb and toks[start].low in ("but", "and", "yet"):
        start += 1
    if start >= verb or toks[start].low not in ("the", "a", "an") or verb - start > 12:
        return None
    heads = [k for k in range(start + 1, verb) if (toks[k].bare in _GENERIC_ORG_NOUNS or toks[k].bare in DOCUMENT_NOUNS)
             and not toks[k].cap]
    if not heads or not all(toks[k].word or toks[k].text in "-'’" for k in range(start, verb)) or \
            any(toks[k].low in _FINITE or toks[k].low in ("who", "which", "that") for k in range(start, verb)):
        return None
    head = heads[0]
    if toks[head].bare in DOCUMENT_NOUNS and toks[head].bare not in _GENERIC_ORG_NOUNS and \
            toks[head + 1].low not in ("on", "into", "about"):
        return None  # ("The median forecast in the poll showed": the poll's, read elsewhere)
    if not all(toks[k].low in ("of", "for", "in", "and", "the", "a") or toks[k].word and not toks[k].cap or
               _is_cap_word(toks[k]) for k in range(head + 1, verb)) or \
            toks[head + 1].low not in ("of", "for", "in", "on", "into", "about"):
        return None
    return start, head + 1, _plain_flags()


#: Words in -ly that are no adverb of manner between an auxiliary and its verb.
_NOT_MANNER = {"only", "early", "likely", "unlikely", "family", "daily", "weekly", "monthly", "quarterly", "yearly",
               "july", "italy", "ally", "rally", "supply", "reply", "apply", "fly", "belly", "holly", "jolly",
               # hedges and certainty, which the forecast reader weighs ("will undoubtedly claim", "probably hopes")
               "probably", "possibly", "certainly", "undoubtedly", "surely", "definitely", "inevitably", "doubtless",
               "clearly", "presumably", "reportedly", "allegedly", "apparently", "supposedly", "seemingly",
               "evidently", "obviously", "hardly", "scarcely", "barely", "nearly", "really", "actually"}


def _manner_adverb(tok: Tok) -> bool:
    """ "David Moyes has defiantly claimed": an adverb of manner, part of the verb group."""
    return len(tok.low) > 4 and tok.low.endswith("ly") and not tok.cap and tok.low not in _NOT_MANNER


def _plain_flags() -> dict:
    """The flags of a noun phrase before its verb when no auxiliary says otherwise."""
    return {"negated": False, "pluperfect": False, "perfect": False, "progressive": False, "did": False}


def _np_left(view: SentenceView, verb: int, lo: int = 0) -> tuple[int, int, dict] | None:
    """The subject noun phrase that ends just before the verb at `verb`: (start, end, flags) or None."""
    toks = view.tokens
    flags = _plain_flags()
    j = verb - 1
    # "forecast", "put" and "bet" are their own participles: "Unemployment is forecast to peak" is a passive too
    past_form = SPEECH.get(toks[verb].low, ("", ""))[1] == "past" or toks[verb].low in _OWN_PARTICIPLE
    if past_form:
        k = j
        while k > lo and (toks[k].low.endswith("ly") or toks[k].low in _AUX_ADV):
            k -= 1  # ("It's widely expected")
        if k >= lo and re.fullmatch(r"(?:it|that|there|he|she|they|we|you|who|what)'(?:s|re)",
                                    toks[k].low.replace("’", "'")):
            return None  # "It's expected that ...": a passive, its "is" inside the pronoun's contraction
    if j - 1 > lo and toks[j].low == "to" and toks[j - 1].low in ("continues", "continue") and not past_form:
        j -= 2  # "he continues to expect a bounce-back": he still expects it
    # ("we've been expecting this announcement for some time": what has now come is no forecast)
    ing_form = SPEECH.get(toks[verb].low, ("", ""))[1] == "ing" and not (
        verb + 1 < len(toks) and toks[verb + 1].low in ("this", "it", "that", "these", "them", "him", "her"))
    while j >= lo and (toks[j].low in _AUX_ADV or ing_form and toks[j].low == "been" or _manner_adverb(toks[j])) and \
            not view.quoted[j]:
        low = toks[j].low
        if low == "been":
            flags["progressive"] = True  # "Most commentators have been expecting an election": expecting still
        if past_form and low in ("is", "are", "was", "were", "'s", "'re", "isn't", "aren't", "wasn't", "weren't"):
            return None  # "prices are expected to fall": a passive, nobody is speaking
        if low in ("not", "n't", "never", "doesn't", "don't", "didn't", "longer"):
            flags["negated"] = True
        if low in ("did", "didn't"):
            flags["did"] = True  # "I didn't see him coming": the past
        if low in ("had", "'d", "hadn't"):
            flags["pluperfect"] = True
        if low in ("has", "have", "'ve", "hasn't", "haven't"):
            flags["perfect"] = True
        if low in ("is", "are", "was", "were", "'s"):
            flags["progressive"] = True
        j -= 1
    if j < lo and verb - 1 >= lo and toks[lo].low in ("all", "both") and toks[lo].cap:
        return lo, lo + 1, flags  # "All expect The Aviator to win": all of them
    if j - 1 > lo and toks[j].low in WEEKDAY_WORDS and toks[j - 1].low == "on" or \
            j > lo and toks[j].low in ("yesterday", "today", "overnight"):
        # "Traders on the prediction market Kalshi on Tuesday put the odds": when, not who
        j -= 2 if toks[j - 1].low == "on" else 1
        while j >= lo and toks[j].low in _AUX_ADV and not view.quoted[j]:
            j -= 1
    if j - 3 > lo and toks[j].low in ("week", "weeks", "month", "fortnight", "days", "weekend") and \
            any(t.low in POLLED for t in toks[max(lo, j - 10):j]):
        # "economists polled by Bloomberg News over the past week expect": when they were asked, not who
        k = j - 1
        while k > lo and (toks[k].low in ("past", "last", "this", "the", "few", "two", "three", "several") or
                          toks[k].low[:1].isdigit()):
            k -= 1
        if k < j - 1 and toks[k].low in ("over", "in", "during", "within"):
            j = k - 1  # (a bare "last week" after the pollster is read where "polled" is)
    if j - 2 > lo and toks[j].text == ")" and toks[j - 2].text == "(" and toks[j - 1].text.isupper():
        j -= 3  # "the United Nations Economic Commission for Europe (UNECE) said": the name, not its acronym
    if j - 2 > lo and toks[j].text == ",":
        # "Gold Derby's consensus of experts, meanwhile, predicts": an aside between the subject and its verb
        k = j - 1
        while k > lo and toks[k].low in _ASIDES:
            k -= 1
        if k == j - 1:
            # "Virtually all Democratic insiders surveyed last week, 97 percent, expect": a share as an aside
            m = j - 1
            while m > lo and j - m <= 4 and (toks[m].text[:1].isdigit() or toks[m].low in _SHARE_WORDS):
                m -= 1
            if m < j - 1 and toks[m].text == "," and any(t.text[:1].isdigit() for t in toks[m + 1:j]):
                k = m
        if k < j - 1 and toks[k].text == "," and k - 1 >= lo and toks[k - 1].word:
            j = k - 1
        elif k == j - 1:
            # "An assessment by the consultancy Lichfields, commissioned by the developer, estimates": a participle's
            # aside
            m = j - 1
            while m > lo and toks[m].text not in ",;:" and not view.quoted[m] and j - m < 12:
                m -= 1
            if toks[m].text == "," and m + 1 < j and toks[m + 1].low.endswith(("ed", "en")) and \
                    toks[m + 1].low not in ("need", "seen") and m - 1 >= lo and toks[m - 1].word and \
                    any(toks[q].bare in DOCUMENT_NOUNS for q in range(max(lo, m - 8), m)):
                j = m - 1
    polled = next((k for k in range(j, max(lo, j - 5) - 1, -1) if toks[k].low in POLLED), None)
    if polled is not None and polled > lo and all(toks[k].low in MONTH_WORDS or toks[k].text[:1].isdigit() or
                                                 toks[k].text in "-–" or toks[k].bare in WEEKDAY_WORDS or
                                                 toks[k].low in _WHEN_POLLED for k in range(polled + 1, j + 1)):
        # "economists polled June 9-13 forecast", "insiders surveyed last week expect": the panel, not when
        j = polled - 1
    if j < lo or view.quoted[j]:
        return None
    end = j + 1
    who = next((k for k in range(j - 1, max(lo, j - 7), -1) if toks[k].low == "who"), None)
    if who is not None and who - 1 >= lo and toks[who - 1].low in ("those", "people", "others", "many", "some") and \
            not any(t.text in ",;:" or q for t, q in zip(toks[who:end], view.quoted[who:end])) and \
            (who - 1 == lo or toks[who - 2].text in ",;:" or toks[who - 2].low in ("but", "and", "yet", "while")):
        return who - 1, end, flags  # "But those who know her believe": the ones described
    for h in range(j - 2, max(lo - 1, j - 12), -1):
        # "Two sources familiar with the talks said", "people briefed on the plans say": the whole description
        if toks[h].text in ",;:" or view.quoted[h] or toks[h].low == "that" or toks[h].low in SPEECH:
            break  # (not across "people briefed on the talks said Trump has decided that rolling back")
        if toks[h].low in _ANONYMOUS_HEADS and toks[h + 1].low in ("familiar", "close", "briefed", "involved",
                                                                   "knowledgeable", "aware"):
            first = h
            while first - 1 >= lo and (toks[first - 1].low in _QUANTIFIERS or _COUNT.fullmatch(toks[first - 1].low) or
                                       toks[first - 1].low in DETERMINERS or
                                       toks[first - 1].word and not toks[first - 1].cap and
                                       toks[first - 1].low not in FUNCTION_WORDS and h - first < 3):
                first -= 1
            return first, end, flags
    if toks[j].low in ("them", "those") and j - 2 >= lo and toks[j - 1].low == "of" and toks[j - 2].low == "one":
        return j - 2, end, flags  # "one of them said"
    for q in range(j - 1, max(lo, j - 12) - 1, -1) if toks[j].text != "," else ():
        # (not an appositive: "Scandinavians and Koreans, two of the most adventurous groups of users, are")
        # "several of those surveyed by the BBC News website think", "Five of the eight critics tipped": part
        # of a group named before
        if toks[q].text in ",;:" or view.quoted[q]:
            break
        if (toks[q].low in _QUANTIFIERS or _COUNT.fullmatch(toks[q].low)) and q + 2 <= j and toks[q + 1].low == "of" and \
                toks[q + 2].low in ("the", "those", "these", "them", "us", "their", "its", "his", "her", "our") and \
                (q == lo or toks[q - 1].text in ",;:" or toks[q - 1].low in ("but", "and", "yet", "while")):
            return q, end, flags
    if toks[j].low in PRONOUNS or (toks[j].low.split("'")[0] in PRONOUNS and "'" in toks[j].low):
        return j, end, flags
    if toks[j].text == ",":
        run = _name_run_left(toks, j, lo)
        if lo + 1 < run < j and toks[run - 1].bare in ROLES and not toks[run - 1].cap and \
                (toks[run - 2].low.endswith("'s") or toks[run - 2].low in ("the", "its", "their")) and \
                looks_like_person([t.text for t in toks[run:j]]):
            return run, j, flags  # "the MDA's chairman Mike Short, has predicted": a stray comma after the name
        # "Lisa Collins, a fellow with ..., also sees": skip the appositive back to the name before it
        k = j - 1
        while k >= lo and toks[k].text != "," and not view.quoted[k] and toks[k].text not in ".;:":
            k -= 1
        if k < lo or toks[k].text != "," or k + 1 >= j:
            return None
        if toks[k + 1].low in ("which", "who", "whose", "where") and k - 1 > lo:
            # "Fred Hasson, head of Tiga, which represents independent developers, said": a relative clause
            # closes the description; the description before it leads to the name
            m = k - 1
            while m >= lo and toks[m].text != "," and not view.quoted[m] and toks[m].text not in ".;:" and k - m < 15:
                m -= 1
            if m >= lo and toks[m].text == "," and m + 1 < k and not toks[m + 1].low in ("which", "who", "whose"):
                j, k = k, m
        inner = toks[k + 1]
        if inner.low == "the" and 1 <= j - (k + 2) <= 4 and all(_is_cap_word(t) for t in toks[k + 2:j]) and \
                is_org_name([t.text for t in toks[k + 2:j]]):
            return k + 1, j, flags  # "Manufacturers' organisation, the EEF, said": the body named between commas
        if inner.bare in TITLES and k + 2 < j and (looks_like_person(
                [t.text for t in toks[k + 1:j] if t.text != "." and t.bare not in TITLES]) or
                inner.bare in _COURTESY and all(_is_cap_word(t) or t.text == "." for t in toks[k + 2:j]) and
                any(toks[m].bare in ROLES for m in range(max(lo, k - 6), k))):
            # (and "A spokesman for DLF Builders, Dr Vancheshwar, told the BBC": a titled surname after a role)
            # "NHS England's national medical director, Professor Sir Matthew Kelleher, warned": the titled name
            return k + 1, j, flags
        if _is_cap_word(inner) and inner.bare not in TITLES and inner.low not in DETERMINERS:
            # "the bank's chief China economist, Andrew Tilton, wrote": the name between the commas speaks
            run = _name_run_left(toks, j, k + 1)
            words = [t.text for t in toks[run:j] if t.text != "."]
            if run == k + 1 and looks_like_person(words):
                # "the bank's chief economist, X, said"; "Their leader in Scotland, X, said": a role just before
                if any(toks[m].bare in ROLES or toks[m].bare in ORG_NOUNS for m in range(max(lo, k - 6), k)):
                    return k + 1, j, flags
            if run == k + 1 and toks[k - 1].bare in ORG_NOUNS and j - run <= 4:
                return k + 1, j, flags  # "The French statistics agency, INSEE, expects": the body, by its name
            described = any(t.bare in ROLES and not t.cap for t in toks[k + 2:min(j, k + 5)]) and \
                all(_is_cap_word(t) for t in toks[k + 1:next(m for m in range(k + 2, j) if not toks[m].cap)])
            # ("Cory Doctorow, European co-ordinator for the EFF, said": a capitalised word and a role describe him)
            if not described and not (inner.low.endswith("'s") or any(t.low.endswith("'s") for t in toks[k + 1:j]) and
                                      any(t.bare in ROLES or t.bare == "member" for t in toks[k + 1:j])):
                return None  # (but "Andrew Pendleton, Christian Aid's head of Trade Policy, said": a description)
            # "Northwind Air, Europe's fourth-largest budget airline, said": a description; the name is before it
        elif not (inner.low in DETERMINERS or inner.bare in ROLES or inner.low in ("who", "which", "whose") or
                not inner.cap or inner.bare in TITLES):
            return None
        name_end = k
        name_start = _name_run_left(toks, name_end, lo)
        if name_start >= name_end:
            # "The analyst, who asked not to be named, said": a description before the comma
            d = name_end - 1
            while d >= lo and toks[d].word and toks[d].low not in ("and", "but") and not view.quoted[d] and \
                    (toks[d].low in DETERMINERS or not toks[d].cap or toks[d].bare in ROLES):
                d -= 1
            if d + 1 < name_end and toks[name_end - 1].bare in ROLES:
                return d + 1, name_end, flags
            if toks[name_end - 1].bare in DOCUMENT_NOUNS:
                # "The Opta supercomputer, which runs 10,000 simulations ..., now gives", "The bureau's long-range
                # outlook, released on Tuesday, gives": its owner speaks
                d = name_end - 1
                while d - 1 >= lo and not view.quoted[d - 1] and (_is_cap_word(toks[d - 1]) or toks[d - 1].low in DETERMINERS
                                                                   or toks[d - 1].low.endswith("'s") or
                                                                   "-" in toks[d - 1].text and toks[d - 1].word or
                                                                   toks[d - 1].bare in ORG_NOUNS or
                                                                   # ("Opta's tournament model, which ...")
                                                                   name_end - d <= 2 and toks[d - 1].word and
                                                                   toks[d - 1].low not in FUNCTION_WORDS and
                                                                   d - 2 >= lo and toks[d - 2].low.endswith("'s")):
                    d -= 1
                return (d, name_end, flags) if d < name_end - 1 else None
            return None
        if name_start - 2 >= lo and toks[name_start - 1].low in _NP_PREPS and toks[name_start - 2].bare in ROLES:
            # "A spokeswoman for Hanover Re, Europe's fifth-largest reinsurer, estimated": the whole phrase
            m = name_start - 2
            while m - 1 >= lo and not view.quoted[m - 1] and (toks[m - 1].bare in ROLES or toks[m - 1].low in DETERMINERS
                                                              or toks[m - 1].word and not toks[m - 1].cap and
                                                              toks[m - 1].low not in FUNCTION_WORDS) and name_start - m < 6:
                m -= 1
            return m, name_end, flags
        # a role or title before the name belongs to it ("professor Jordan Tama, ..."); so does a description
        # from the clause's start ("The councils' umbrella organisation Cosla, which ..., warned")
        d = name_start
        while d - 1 >= lo and not view.quoted[d - 1] and toks[d - 1].word and toks[d - 1].low not in ("and", "but") and \
                (toks[d - 1].low in DETERMINERS or not toks[d - 1].cap or toks[d - 1].low.endswith(("'s", "s'", "’s"))) and \
                (toks[d - 1].low not in FUNCTION_WORDS or toks[d - 1].low in DETERMINERS) and name_start - d < 6:
            d -= 1
        if d < name_start and (d == lo or toks[d - 1].text in ",;:—–") and toks[d].low in DETERMINERS:
            return d, name_end, flags
        return name_start, name_end, flags
    start = end
    lower_count = 0
    while start - 1 >= lo:
        tok = toks[start - 1]
        if view.quoted[start - 1] or tok.text in QUOTE_MARKS:
            break
        if _is_cap_word(tok) or tok.bare in ROLES or tok.low in DETERMINERS:
            start -= 1
            continue
        if tok.text in ("-", "&", ".") or tok.low in ("'s", "'") or \
                tok.text == "/" and start - 2 >= lo and _is_cap_word(toks[start - 2]) and _is_cap_word(toks[start]):
            start -= 1  # ("InStat/MDR": a name with a slash)
            continue
        if tok.low in _NP_PREPS and start - 2 >= lo and (_is_cap_word(toks[start - 2]) or toks[start - 2].bare in ROLES
                                                         or toks[start - 2].low in DETERMINERS or
                                                         # "the city of San Diego expects": the body of a place
                                                         tok.low == "of" and toks[start - 2].low in ORG_NOUNS and
                                                         _is_cap_word(toks[start])):
            start -= 1
            continue
        if tok.low == "and" and start < end and toks[start].word and not toks[start].cap and \
                toks[start].low not in FUNCTION_WORDS and start - 3 >= lo and toks[start - 2].word and \
                not toks[start - 2].cap and toks[start - 2].low not in FUNCTION_WORDS and \
                (toks[start - 3].low in ("the", "a", "an") or _is_cap_word(toks[start - 3])) and \
                toks[end - 1].bare in ORG_NOUNS:
            start -= 1  # "the Commons science and technology committee": one body, its remit joined by "and"
            continue
        if tok.word and not tok.cap and (tok.low not in FUNCTION_WORDS or tok.low in _NP_ADJECTIVES) and \
                (tok.low not in SPEECH or tok.low == "think" and toks[start].low in ("tank", "tanks") or
                 tok.bare in DOCUMENT_NOUNS and start - 2 >= lo and
                 (toks[start - 2].low in DETERMINERS or _is_cap_word(toks[start - 2]) or
                  # "The Met Office's long-range forecast suggests", "Boxoffice Pro's final forecast puts"
                  "-" in toks[start - 2].text and toks[start - 2].word and not toks[start - 2].cap or
                  toks[start - 2].word and not toks[start - 2].cap and toks[start - 2].low not in FUNCTION_WORDS and
                  start - 3 >= lo and (toks[start - 3].low.endswith(("'s", "’s")) or toks[start - 3].low in DETERMINERS))) \
                and lower_count < 4 \
                and (not tok.low[:1].isdigit() or re.fullmatch(r"(?:19|20)[0-9]{2}", tok.low) or _AGE.fullmatch(tok.low) or
                     _ORDINAL.fullmatch(tok.low) and _is_cap_word(toks[start])) \
                and (not tok.low.endswith("ly") or tok.bare in _OUTLET_NOUNS):  # (but "the Nikkei business daily")
            lower_count += 1
            start -= 1
            continue
        break
    if start >= end:
        return None
    if start - 3 >= lo and toks[start - 1].low == "by" and toks[start - 2].low in ("led", "headed") and \
            _is_cap_word(toks[start]):
        # "Goldman Sachs analysts led by Jan Hatzius said": the team speaks, under its leader
        team = _np_left(view, start - 2, lo)
        if team is not None and (toks[team[1] - 1].bare in PLURAL_GROUPS or toks[team[1] - 1].bare in _UNIT_NOUNS):
            return team[0], team[1], flags
    # the phrase must end in a head: a name, a pronoun, a role, an organisation noun, or (at the start of the
    # clause) a plural noun: "Shipping companies say"
    head = toks[end - 1]
    clause_start = start - 1 < lo or toks[start - 1].text in ",;:—–" or toks[start - 1].low in ("but", "and", "yet", "so")
    if not (_is_cap_word(head) or head.bare in ROLES or head.low in PRONOUNS or head.bare in PLURAL_GROUPS or
            _AGE.fullmatch(head.low) and end - start == 2 and toks[start].low == "the" or
            head.bare in ORG_NOUNS or head.bare in DOCUMENT_NOUNS or
            head.bare in _OUTLET_NOUNS and any(_is_cap_word(t) for t in toks[start:end - 1]) or
            head.bare in _UNIT_NOUNS and any(t.low.endswith("'s") for t in toks[start:end - 1]) or
            # "A spokesman for the shop said", "the head of the local chamber of commerce said": a role, then whose
            any(toks[k].bare in ROLES and toks[k + 1].low in ("for", "of", "at") for k in range(start, end - 2)) or
            (clause_start and _plural_noun(head.low) and
             (end - start <= 3 or end - start <= 6 and _singular(head.low) in _GENERIC_ORG_NOUNS | ORG_NOUNS))):
        # "Three leading UK video game companies predicted": a longer description, when its head is organisations
        return None
    # drop lower-case words before the head phrase if the phrase then starts mid-clause ("that the bank")
    while start < end and toks[start].low in _NP_PREPS:
        start += 1
    if start - 2 >= lo and toks[start - 1].low == "of" and (share := _share_start(toks, start - 2, lo)) is not None \
            and (head.bare in ROLES or head.bare in PLURAL_GROUPS or _plural_noun(head.low) or _is_cap_word(head)):
        return share, end, flags  # "three-quarters of Republicans think", "74 percent of economists expect"
    if start - 2 >= lo and toks[start - 1].low == "by" and toks[start - 2].low in POLLED and _is_cap_word(head):
        return start, end, flags  # "analysts polled by LSEG expect": the pollster speaks for its panel
    if start - 2 >= lo and toks[start - 1].low in ("by", "from") and _document_before(toks, start - 2, lo) and \
            _is_cap_word(head):
        return start, end, flags  # "A separate study by Gartner has also said", "A projection from R.W. Baird"
    if start - 1 >= lo and start + 1 < end and toks[start].bare in WEEKDAY_WORDS | MONTH_WORDS and \
            toks[start - 1].low in ("on", "in", "last", "this", "since", "by", "until") and _is_cap_word(head):
        return start + 1, end, flags  # "..., but on Wednesday Mr Straw said": when, then who
    if start - 1 >= lo and toks[start - 1].low in _PREPOSITIONS and toks[start - 1].low not in ("at", "of", "as") and \
            not (start - 1 == lo and toks[lo].low in _TIME_STARTS):  # ("in early as experts predict": a clause)
        # "a tough response to the North say": the phrase is an object; the subject is before a relative pronoun
        k = start - 1
        while k >= lo and toks[k].low not in ("who", "which", "that") and toks[k].text not in ",.;:":
            k -= 1
        if k >= lo and toks[k].low in ("who", "which", "that"):
            sub = _np_left_plain(view, k, lo)
            if sub:
                return sub[0], sub[1], flags
        sub = _np_then_modifier(view, start - 1, lo)
        if sub:
            return sub[0], sub[1], flags
        return None
    return start, end, flags


def _name_after_quote(view: SentenceView, verb: int) -> tuple[int, int, dict] | None:
    """ '"...," Dr Mark Tuffy games systems director at digital content firm THX told the BBC': the person named
    right after a quotation, before a description that runs on to the verb without commas."""
    toks = view.tokens
    q = verb - 1
    while q >= 0 and not view.quoted[q] and toks[q].text not in QUOTE_MARKS and verb - q <= 16:
        if toks[q].text in ".;:!?()":
            return None
        q -= 1
    if q < 0 or not (view.quoted[q] or toks[q].text in QUOTE_MARKS):
        return None
    start = q + 1
    while start < verb and (toks[start].text in ",-—–" or toks[start].bare in TITLES):
        start += 1
    end = start
    while end < verb and _is_cap_word(toks[end]):
        end += 1
    if end - start < 2 or end >= verb or not looks_like_person([t.text for t in toks[start:end]]):
        return None
    return start, end, _plain_flags()


def _sentence_subject(view: SentenceView, verb: int) -> tuple[int, int, dict] | None:
    """The noun phrase that opens the sentence (after a dateline such as "WASHINGTON, March 20, 2024 -")."""
    toks = view.tokens
    start = 0
    for k in range(min(verb, 14)):
        if toks[k].text in "-—–" and k + 1 < verb:
            start = k + 1
            break
    if start == 0 and toks[0].low in _PREPOSITIONS | {"after", "before", "during", "despite", "in"}:
        # "In an upbeat pre-Budget report, he ... but insisted": the subject after the opening phrase
        comma = next((k for k in range(1, min(verb, 16)) if toks[k].text == ","), None)
        if comma is not None and comma + 1 < verb:
            start = comma + 1
    if toks[start].low in ("he", "she", "they", "it") and start + 1 < verb:
        return start, start + 1, _plain_flags()
    end = start
    while end < verb and (_is_cap_word(toks[end]) or toks[end].low in DETERMINERS or toks[end].bare in ORG_NOUNS or
                          toks[end].bare in ROLES or toks[end].low in _ORG_GLUE and end > start or
                          # "UK advertising giant WPP": a trade word before the kind of firm
                          toks[end].word and not toks[end].cap and end + 1 < verb and
                          toks[end + 1].bare in ORG_NOUNS and toks[end].low not in FUNCTION_WORDS or
                          # "Analysts at Morgan Stanley, led by ..., raised ... and said"
                          toks[end].low in ("at", "from") and end > start and toks[end - 1].bare in PLURAL_GROUPS and
                          end + 1 < verb and _is_cap_word(toks[end + 1])):
        end += 1
    if end == start or end >= verb or toks[end].cap or not toks[end].word:
        return None
    # "Popular drinking hole The Idle Hour will be closing, and have said": the name after what it is
    m = end
    while m < min(verb, end + 3) and toks[m].word and not toks[m].cap and toks[m].low not in FUNCTION_WORDS and \
            not toks[m].low.endswith(("ed", "'s", "’s")):
        m += 1
    if end < m < verb and toks[m].low == "the" and m + 1 < verb and _is_cap_word(toks[m + 1]):
        m += 1
    if end < m < verb and _is_cap_word(toks[m]):
        name_end = m
        while name_end < verb and _is_cap_word(toks[name_end]):
            name_end += 1
        if name_end < verb and toks[name_end].word and not toks[name_end].cap:
            return m, name_end, _plain_flags()
    flags = _plain_flags()
    return start, end, flags


def _np_then_modifier(view: SentenceView, k: int, lo: int) -> tuple[int, int] | None:
    """ "Most economists polled by the association expect": the group at the clause start, before a participle
    ("polled", "surveyed") that modifies it."""
    toks = view.tokens
    start = k
    while start - 1 >= lo and toks[start - 1].text not in ",;:—–" and not view.quoted[start - 1] and \
            toks[start - 1].text not in QUOTE_MARKS:
        start -= 1
    if start > lo and toks[start - 1].text not in ",;:—–" and toks[start - 1].text not in QUOTE_MARKS:
        return None
    end = start
    while end < k and (toks[end].low in DETERMINERS or toks[end].bare in ROLES or _is_cap_word(toks[end]) or
                       (toks[end].word and not toks[end].cap and not toks[end].low.endswith("ed") and
                        toks[end].low not in FUNCTION_WORDS)):
        end += 1
    if end == start or end >= k or not toks[end].low.endswith("ed") or toks[end].low in SPEECH:
        return None
    head = toks[end - 1]
    if head.bare in ROLES or head.bare in PLURAL_GROUPS or _plural_noun(head.low):
        return start, end
    return None


def _np_left_plain(view: SentenceView, end: int, lo: int) -> tuple[int, int] | None:
    toks = view.tokens
    start = end
    while start - 1 >= lo and not view.quoted[start - 1]:
        tok = toks[start - 1]
        if _is_cap_word(tok) or tok.bare in ROLES or tok.low in DETERMINERS or tok.text in "-&." or _AGE.fullmatch(tok.low) or \
                (tok.word and not tok.cap and tok.low not in FUNCTION_WORDS and not tok.low.endswith("ly")):
            start -= 1
            continue
        break
    if start >= end:
        return None
    head = toks[end - 1]
    if not (_is_cap_word(head) or head.bare in ROLES or head.bare in PLURAL_GROUPS):
        return None
    return start, end


#: Finite verbs that end a noun phrase: what follows them is a clause.
_FINITE = {"will", "would", "could", "should", "may", "might", "must", "can", "shall", "won't", "is", "are", "was",
           "were", "has", "have", "had", "does", "do", "did", "wo", "ca"}
#: Words in -ing that describe people rather than start a clause: "the UK's leading movie critics".
_ING_ADJECTIVES = {"leading", "ruling", "governing", "founding", "remaining", "visiting", "striking", "competing",
                   "emerging", "outgoing", "incoming", "sitting", "reigning", "polling", "investing", "consulting",
                   "managing", "practising", "practicing", "working", "voting", "betting", "opposing"}


def _np_right(view: SentenceView, i: int) -> int | None:
    """End index of the noun phrase starting at token i (after an inverted 'said'), or None."""
    toks = view.tokens
    j = i
    while j < len(toks) and j - i < 14:
        tok = toks[j]
        if view.quoted[j] or tok.text in QUOTE_MARKS or tok.text in ",;:!?()":
            break
        if j > i and tok.low in _FINITE and not (
                tok.text == "May" and toks[j - 1].cap and looks_like_person([toks[j - 1].text, "May"]) and
                (j + 1 >= len(toks) or not toks[j + 1].word or toks[j + 1].low in ("who", "on", "in", "at", "last"))):
            break  # "said the Fed will cut rates in June": a clause, not who said it (but "said Brian May.")
        if tok.text == "." and not (j > i and toks[j - 1].cap and (len(toks[j - 1].text) == 1 or
                                                                   toks[j - 1].low in TITLES)):
            break  # (but "said Dr. Adaeze Nwosu", "said J. Smith")
        if tok.word and not tok.cap and tok.low not in DETERMINERS and tok.bare not in ROLES and \
                tok.low not in _NP_PREPS and tok.low not in PRONOUNS:
            if j > i and (tok.low in ("who", "which", "that", "in", "on", "after", "when", "as", "during",
                                      "before", "while", "adding", "noting", "referring", "speaking")):
                break
            noun = tok.bare in DOCUMENT_NOUNS and (j == i and j + 1 < len(toks) and toks[j + 1].low in ("from", "by") or
                                                   toks[j - 1].low in DETERMINERS or (
                j - 1 > i and toks[j - 2].low in DETERMINERS and toks[j - 1].word))  # "a forecast", "the latest forecast"
            # (and "according to reports from Interfax": the noun first)
            if tok.low.endswith("ing") and tok.low not in _ING_ADJECTIVES and tok.bare not in DOCUMENT_NOUNS or \
                    (tok.low in SPEECH and not noun):  # ("according to modelling by the UK Health Security Agency")
                break
        j += 1
    return j if j > i else None


#: Plain words of a description before a name: "British number one Tim Henman", "world champion X".
_DESCRIPTION_WORDS = {"number", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                      "twelve", "thirteen", "fourteen", "fifteen", "world", "former", "new", "fellow", "top", "reigning",
                      "defending", "champion", "seed", "star", "veteran", "rising", "young", "record"}


def _framed_by(view: SentenceView) -> Attribution | None:
    """ "But for Allen Weiner, a research director at Gartner, the future of search is not going to be ...": a
    sentence set in a named person's view."""
    toks = view.tokens
    k = 1 if toks and toks[0].low in ("but", "and", "yet") else 0
    if k + 3 >= len(toks) or toks[k].low != "for" or view.quoted[k]:
        return None
    end = next((m for m in range(k + 1, min(len(toks), k + 6)) if not _is_cap_word(toks[m])), None)
    if end is None or _name_run_left(toks, end, k + 1) != k + 1 or toks[end].text != "," or \
            not looks_like_person([t.text for t in toks[k + 1:end]]):
        return None
    comma = end
    if end + 1 < len(toks) and (toks[end + 1].low in ("a", "an", "the") or toks[end + 1].bare in ROLES):
        # past the description between commas
        comma = next((m for m in range(end + 1, min(len(toks), end + 30)) if toks[m].text == ","), None)
        if comma is None:
            return None
    if comma + 1 >= len(toks):
        return None
    speaker = Speaker(view.words(k + 1, end), "name", toks[k + 1].start, toks[end - 1].end)
    return Attribution(speaker, "view", "present", toks[k].start, toks[k].end, "initial",
                       (toks[k].start, toks[comma].end), (toks[comma + 1].start, toks[-1].end))


def find(view: SentenceView) -> Attribution | None:
    """The sentence's attribution, if it has one (the most specific shape wins)."""
    found = find_all(view)
    return found[0] if found else None


def find_all(view: SentenceView) -> list[Attribution]:
    """Every attribution the sentence could have, the most likely first."""
    toks = view.tokens
    n = len(toks)
    candidates: list[tuple[int, Attribution]] = []
    end_of = toks[-1].end if toks else view.base
    start_of = toks[0].start if toks else view.base
    framed = _framed_by(view)
    if framed is not None:
        candidates.append((3, framed))
    for i, tok in enumerate(toks):
        if view.quoted[i]:
            continue
        low = tok.low
        # according to X
        if low == "according" and i + 1 < n and toks[i + 1].low == "to":
            j = _np_right(view, i + 2)
            if j:
                for k in range(i + 2, j - 1):
                    if toks[k].bare in DOCUMENT_NOUNS and toks[k + 1].low in ("published", "released", "issued", "sent",
                                                                              "dated", "posted", "circulated",
                                                                              "presented", "submitted", "prepared",
                                                                              "delivered", "shown", "handed", "seen"):
                        j = k + 1  # "according to a note published Monday": the note, not Monday
                        break
                docs = [k for k in range(i + 2, j) if toks[k].bare in DOCUMENT_NOUNS]
                owner = None
                if docs and docs[0] + 1 < n and toks[docs[0] + 1].low in ("by", "from") and not view.quoted[docs[0] + 1]:
                    # "according to a forecast by the research firm GlobalData": the firm whose forecast it is
                    k = docs[0] + 2
                    while k < n and not toks[k].cap and toks[k].word and k - docs[0] < 6:
                        k += 1
                    m = k
                    while m < n and (_is_cap_word(toks[m]) or toks[m].text == "&" or
                                     m > k and toks[m].low in ("of", "and", "de") and m + 1 < n and
                                     _is_cap_word(toks[m + 1])) \
                            and not view.quoted[m]:
                        m += 1  # ("forecasts from the Ministry of Commerce")
                    if m > k and _is_cap_word(toks[k]):
                        owner = _speaker_from(view, k, m)
                        if owner is not None:
                            j = m
                if owner is None and docs and docs[0] + 1 < j and toks[docs[0] + 1].low in ("of", "by", "from", "in", "on"):
                    j = docs[0] + 1  # "according to a tally of statements by MPs": the tally, not the MPs
                speaker = owner or _speaker_from(view, i + 2, j)
                if speaker and owner is None and toks[j - 1].text.endswith(("'", "’")) and j < n and \
                        toks[j].word and not toks[j].cap and toks[j].low not in DETERMINERS:
                    # "According to analysts' forecasts, HSBC will ...": the analysts, whose forecasts they are
                    speaker = replace(speaker, text=speaker.text.rstrip("'’"))
                    while j < n and toks[j].word and not toks[j].cap and toks[j].low not in DETERMINERS:
                        j += 1
                if speaker:
                    if i > 0 and toks[i - 1].text == ",":
                        span = (toks[i - 1].start, toks[j - 1].end)
                        content = (start_of, toks[i - 1].start)
                        if j + 2 < n and toks[j].text == "," and toks[j + 1].word:
                            # "By 2008, according to Gartner, 95% of all mobiles sold there will have cameras": an
                            # aside; the forecast is the whole sentence around it
                            content = (start_of, end_of)
                    else:
                        k = j + 1 if j < n and toks[j].text == "," else j
                        if k > j and k < n and (toks[k].low in DETERMINERS or toks[k].bare in ROLES or
                                                toks[k].low in ("who", "which")):
                            # "According to Tom Whitlock, a former rate-setter who ..., inflation is likely to"
                            m = k
                            relative = False
                            while m < n and toks[m].text != "," and not view.quoted[m] and m - k < 20:
                                relative = relative or toks[m].low in ("who", "which", "that")
                                if not relative and toks[m].low in _FINITE:
                                    break  # ("According to the Independent, his resignation is expected ...": a clause)
                                m += 1
                            if m < n and toks[m].text == ",":
                                k = m + 1
                        elif k > j and k < n and speaker.kind in ("group", "definite", "indefinite") and \
                                _is_cap_word(toks[k]) and not view.quoted[k]:
                            # "According to technology analysts, TDG Research, there will be ...": the name that
                            # the description introduces speaks
                            m = k
                            while m < n and m - k < 5 and (_is_cap_word(toks[m]) or toks[m].text == "&") and \
                                    not view.quoted[m]:
                                m += 1
                            named = _speaker_from(view, k, m) if m + 1 < n and toks[m].text == "," and m > k and \
                                toks[m + 1].low in ("there", "it") else None
                            if named is not None and named.kind in ("name", "org"):
                                speaker, k = named, m + 1
                        span = (tok.start, toks[k - 1].end)
                        content = (toks[k].start if k < n else end_of, end_of)
                    candidates.append((4, Attribution(speaker, "according", "present", tok.start, toks[i + 1].end,
                                                      "according", span, content)))
            continue
        # a passive with its agent: "The Aviator has been tipped by UK bookmakers as the favourite", "rates are
        # expected by most economists to fall"
        if low in _PASSIVE_FORECAST and i + 2 < n and toks[i + 1].low == "by" and i >= 1 and not view.quoted[i + 1]:
            j = _np_right(view, i + 2)
            # the agent ends before what it forecasts: "rates are expected by most economists to fall"
            stop = next((k for k in range(i + 3, j or i + 3) if toks[k].low in ("to", "as", "for", "that", ",")), None)
            j = stop if stop is not None else j
            # a passive ("are expected by"), or a participle after its noun ("the 43 million Americans expected by
            # AAA to travel"), when what is forecast follows ("to ...")
            passive = toks[i - 1].low in ("is", "are", "been", "being", "'s", "'re", "widely", "also", "now", "still")
            reduced = j is not None and j < n and toks[j].low == "to" and toks[i - 1].word and \
                toks[i - 1].low not in FUNCTION_WORDS and low != "backed"
            speaker = _speaker_from(view, i + 2, j) if j and (passive or reduced) else None
            if speaker is not None and speaker.kind in ("name", "org", "group") and \
                    not any(t.low in MONTH_WORDS or t.low[:1].isdigit() for t in toks[i + 2:j]):
                candidates.append((3, Attribution(speaker, _PASSIVE_FORECAST[low], "present", tok.start, tok.end,
                                                  "parenthetical", (toks[i + 1].start, toks[j - 1].end),
                                                  (start_of, end_of))))
                continue
        # "..., with analysts predicting that the tourist industry will struggle": the group after "with"
        if low in ("predicting", "forecasting", "warning", "estimating", "expecting", "saying", "claiming",
                   "arguing", "insisting", "suggesting", "believing") and i >= 2 and \
                not view.quoted[i - 1]:
            w = next((k for k in range(i - 1, max(-1, i - 6), -1) if toks[k].low == "with"), None)
            if w is not None and w + 1 < i and all(not view.quoted[k] for k in range(w, i)):
                speaker = _speaker_from(view, w + 1, i)
                if speaker is not None and speaker.kind in ("name", "org", "group", "definite", "indefinite"):
                    rest = i + 2 if i + 1 < n and toks[i + 1].low == "that" else i + 1
                    candidates.append((2, Attribution(speaker, _SAYING.get(low, "expect"), "present", tok.start, tok.end,
                                                      "initial",
                                                      (toks[w].start, toks[rest - 1].end),
                                                      (toks[rest].start if rest < n else end_of, end_of))))
                    continue
        # '"...," the newspaper quoted Qantas chief executive Geoff Dixon as saying': the one quoted speaks
        if low == "quoted" and i >= 2 and not view.quoted[i]:
            as_at = next((k for k in range(i + 1, min(n - 1, i + 14)) if toks[k].low == "as" and
                          toks[k + 1].low == "saying"), None)
            if as_at is not None and toks[i - 1].low in ("was", "were", "is", "been") and \
                    (np := _np_left(view, i - 1)) is not None and (speaker := _speaker_from(view, np[0], np[1])) and \
                    speaker.kind in ("name", "org", "definite", "pronoun"):
                # "Chief executive Geoff Dixon was quoted by The Australian as saying the carrier could ...": his
                rest = as_at + 3 if as_at + 2 < n and toks[as_at + 2].low == "that" else as_at + 2
                candidates.append((2, Attribution(speaker, "say", "past", tok.start, toks[as_at + 1].end, "initial",
                                                  (toks[np[0]].start, toks[rest - 1].end),
                                                  (toks[rest].start if rest < n else end_of, end_of))))
                continue
            closing = max((k for k in range(i) if view.quoted[k] or toks[k].text in QUOTE_MARKS), default=None)
            if as_at is not None and closing is not None:
                speaker = _speaker_from(view, i + 1, as_at)
                # (and '..., Reuters quoted one trader as saying', 'Apcom quoted several lawmakers as saying')
                if speaker is not None and speaker.kind in ("name", "org", "definite", "indefinite", "group"):
                    candidates.append((1, Attribution(speaker, "say", "past", tok.start, tok.end, "inverted",
                                                      (toks[closing].end, toks[as_at + 1].end),
                                                      (start_of, toks[closing].end))))
                    continue
        # "Cory Doctorow expressed doubts that the Marlin system would achieve its aims": a view, by its noun
        if low in _EXPRESS_VERBS and i >= 1 and i + 2 < n:
            k = i + 1
            while k < i + 4 and k < n and toks[k].low not in _EXPRESSED_VIEWS and toks[k].word and not toks[k].cap and \
                    toks[k].low not in ("that", "about", "over"):
                k += 1  # ("expressed serious doubts that")
            if k + 1 < n and toks[k].low in _EXPRESSED_VIEWS and toks[k + 1].low == "that" and not view.quoted[k + 1]:
                np = _np_left(view, i)
                speaker = _speaker_from(view, np[0], np[1]) if np else None
                if speaker is not None:
                    view_verb = _EXPRESSED_VIEWS[toks[k].low]
                    candidates.append((2, Attribution(speaker, view_verb, _EXPRESS_VERBS[low], tok.start, toks[k].end,
                                                      "initial", (toks[np[0]].start, toks[k + 1].end),
                                                      (toks[k + 2].start if k + 2 < n else end_of, end_of),
                                                      negated=view_verb == "doubt")))
                    continue
        # "Wenger is confident they will prove more than capable": a belief held by the subject
        if low in _SURE and i >= 2 and toks[i - 1].low in ("is", "are", "remains", "remain", "'s", "'re", "seems",
                                                           "feels", "am", "'m") \
                and i + 1 < n and (toks[i + 1].low in ("that", "the", "a", "an", "it", "they", "he", "she", "we", "this",
                                                       "its", "their", "his", "her", "our", "my")
                                   or toks[i + 1].cap):
            np = _np_left(view, i - 1)
            speaker = _speaker_from(view, np[0], np[1]) if np else None
            if speaker is not None:
                rest = i + 2 if toks[i + 1].low == "that" else i + 1
                negated = toks[i].low in ("doubtful", "unconvinced", "sceptical", "skeptical") or np[2]["negated"]
                candidates.append((2, Attribution(speaker, "believe", "present", tok.start, tok.end, "initial",
                                                  (toks[np[0]].start, toks[rest - 1].end),
                                                  (toks[rest].start if rest < n else end_of, end_of),
                                                  negated=negated)))
                continue
        # a participle after the main clause: "Christian Aid condemned the move, saying it would cost a million
        # jobs": the main clause's subject says it
        giving = low in ("giving", "putting") and _chance_ahead(view, i, figure=True)
        if (low in _SAYING or giving) and i >= 3 and toks[i - 1].text == "," and i + 1 < n and not view.quoted[i + 1]:
            m = 0
            while m < i and toks[0].low not in ("the", "a", "an") and (
                    _is_cap_word(toks[m]) or m > 0 and toks[m].low in _ORG_GLUE and m + 1 < i and _is_cap_word(toks[m + 1])
                    # "Tory leader Michael Howard reiterated calls ..., warning: ...": a role before the name
                    or m > 0 and toks[m].bare in ROLES and not toks[m].cap and m + 1 < i and _is_cap_word(toks[m + 1])):
                m += 1
            if m == 0 and toks[0].low in ("the", "a", "an", "its", "their"):
                m = 1
                while m < min(i, 4) and toks[m].word and not (toks[m].bare in ROLES or toks[m].bare in ORG_NOUNS):
                    m += 1
                m = m + 1 if m < i and (toks[m].bare in ROLES or toks[m].bare in ORG_NOUNS) else 0
            main_verb = toks[m] if 0 < m < i else None
            # (not "Countries accounting for a third of output will contract ..., suggesting ...": no finite verb)
            speaker = _speaker_from(view, 0, m) if main_verb is not None and main_verb.word and not main_verb.cap and \
                not main_verb.low.endswith("ing") and \
                not toks[m - 1].low.endswith("'s") and main_verb.bare not in ROLES and (giving or any(
                    t.low in ("will", "would", "'ll", "could") or t.low.endswith("'ll") for t in toks[i + 1:])) else None
            if speaker is not None and speaker.kind != "pronoun":
                if giving:
                    # "ESPN's Basketball Power Index is a little more bullish, giving the Wolves a 41% chance"
                    candidates.append((3, Attribution(speaker, "odds", "present", tok.start, tok.end, "initial",
                                                      (toks[0].start, toks[m - 1].end), (start_of, end_of))))
                    continue
                rest = i + 2 if i + 1 < n and toks[i + 1].low == "that" else i + 1
                candidates.append((3, Attribution(speaker, _SAYING[low], "past", tok.start, tok.end, "initial",
                                                  (toks[i - 1].start, toks[rest - 1].end),
                                                  (toks[rest].start if rest < n else end_of, end_of))))
                continue
        # with no comma, after a thing done: "The Restaurants Association of Ireland have hit out at the decision
        # saying 180,000 workers will lose their jobs" (but not "he heard workers saying": theirs)
        if low in _SAYING and i >= 4 and toks[i - 1].word and not toks[i - 1].cap and \
                toks[i - 1].low not in FUNCTION_WORDS and toks[i - 1].bare not in ROLES and \
                _singular(toks[i - 1].bare) not in ROLES and toks[i - 1].bare not in PLURAL_GROUPS and \
                toks[i - 1].low not in _PEOPLE_NOUNS and not view.quoted[i] and i + 1 < n and not view.quoted[i + 1] and \
                any(t.low in ("will", "would") or t.low.endswith(("'ll", "’ll")) for t in toks[i + 1:i + 10]):
            main = next((k for k in range(1, min(i - 2, 12)) if toks[k].word and not toks[k].cap and
                         (toks[k].low in ("have", "has", "had") or toks[k].low.endswith("ed"))), None)
            np = _np_left(view, main) if main is not None else None
            speaker = _speaker_from(view, np[0], np[1]) if np and np[1] == main and \
                (np[0] == 0 or np[0] == 1 and toks[0].low == "the") else None
            if speaker is not None and speaker.kind in ("name", "org", "definite") and \
                    not any(t.text in ",;:" for t in toks[main:i]) and \
                    not any(t.low in _CAME_BY for t in toks[main:i]):  # ("The BBC has obtained a memo saying": not its)
                rest = i + 2 if toks[i + 1].low == "that" else i + 1
                candidates.append((3, Attribution(speaker, _SAYING[low], "past", tok.start, tok.end, "initial",
                                                  (toks[i - 1].end, toks[rest - 1].end),
                                                  (toks[rest].start if rest < n else end_of, end_of))))
                continue
        # "Analysts at Barclays are a shade more cautious than IATA.": a stance, no words yet; the "they" that
        # follows speaks for them
        if low in _STANCE and i >= 2 and not view.quoted[i]:
            c = i - 1
            while c > 0 and toks[c].low in _STANCE_ADVERBS:
                c -= 1
            if toks[c].low in ("is", "are", "was", "were", "remains", "remain", "seems", "seem", "looks", "look"):
                np = _np_left(view, c)
                speaker = _speaker_from(view, np[0], np[1]) if np else None
                if speaker is not None and speaker.kind in ("name", "org", "group", "definite") and \
                        (np[0] == 0 or toks[np[0] - 1].low in ("but", "however", "meanwhile", ",") or
                         all(t.word and (t.cap or t.bare in ROLES or t.low in DETERMINERS) for t in toks[:np[0]])):
                    # "Other analysts were less optimistic, predicting consumers would ...", "Boxoffice Pro is more
                    # bullish, pegging the debut at $47 million": the participle says what they forecast
                    part = next((k for k in range(i + 1, min(n - 1, i + 8)) if toks[k].text == "," and
                                 (toks[k + 1].low in _SAYING or toks[k + 1].low in ("pegging", "putting", "seeing",
                                                                                   "expecting", "tipping"))), None)
                    if part is not None:
                        rest = part + 3 if part + 2 < n and toks[part + 2].low == "that" else part + 2
                        candidates.append((2, Attribution(speaker, _SAYING.get(toks[part + 1].low, "expect"), "present",
                                                          toks[part + 1].start, toks[part + 1].end, "initial",
                                                          (toks[np[0]].start, toks[rest - 1].end),
                                                          (toks[rest].start if rest < n else end_of, end_of))))
                        continue
                    candidates.append((6, Attribution(speaker, "stance", "present", tok.start, tok.end, "initial",
                                                      (toks[np[0]].start, tok.end), (tok.end, end_of))))
                    continue
        # "Mr Howard pointed to the Institute for Fiscal Studies' predictions that Labour will need to raise
        # taxes": the owner's forecast, reported
        if low in _CLAIM_NOUNS and 1 <= i < n - 2 and toks[i + 1].low == "that" and not view.quoted[i + 1] and \
                (toks[i - 1].low.endswith("'s") or toks[i - 1].low.endswith("s'")) and _is_cap_word(toks[i - 1]):
            start = _name_run_left(toks, i, 0)
            while start < i - 1 and (toks[start].low in ("the",) or toks[start].low in _ORG_GLUE):
                start += 1
            owner = _speaker_from(view, start, i)
            if owner is not None and owner.kind in ("name", "org"):
                candidates.append((3, Attribution(owner, "predict", "present", tok.start, toks[i + 1].end, "initial",
                                                  (toks[start].start, toks[i + 1].end), (toks[i + 2].start, end_of))))
                continue
        # X's view is that ... / In X's view, ...
        if low.endswith("'s") and i + 1 < n and toks[i + 1].low in _VIEW_NOUNS and tok.cap and \
                not (toks[i + 1].cap and i + 2 < n and _is_cap_word(toks[i + 2])) and \
                tok.bare not in MONTH_WORDS and tok.bare not in WEEKDAY_WORDS:
            # (not "January's View From Great Edinburgh race": a title, and a month's; nor "Monday's forecast")
            start = _name_run_left(toks, i + 1, 0)
            speaker = _speaker_from(view, start, i + 1)
            if speaker and speaker.kind in ("name", "org"):
                rest = i + 2
                while rest < n and toks[rest].low in ("is", "was", "that", ":", ",", "remains", "bet", "pick", "tip", "on"):
                    rest += 1
                if rest < n:
                    candidates.append((5, Attribution(speaker, "view", "present", tok.start, toks[i + 1].end, "view",
                                                      (toks[start].start, toks[rest - 1].end), (toks[rest].start, end_of))))
            continue
        # a view held: "Citi kept its view that prices will fall", "the bank reiterated its forecast of $90"
        if low in _HOLD_VERBS and i + 2 < n and toks[i + 1].low in ("its", "his", "her", "their", "a", "the") and \
                toks[i + 2].bare in _CHANCE_NOUNS | _VIEW_NOUNS:
            np = _np_left(view, i)
            speaker = _speaker_from(view, np[0], np[1]) if np else None
            if speaker:
                rest = i + 3
                while rest < n and toks[rest].low in ("that", "of", "for", ":", ","):
                    rest += 1
                candidates.append((3, Attribution(speaker, "view", "present", tok.start, toks[i + 2].end, "initial",
                                                  (toks[np[0]].start, toks[min(rest, n) - 1].end),
                                                  (toks[rest].start if rest < n else end_of, end_of))))
            continue
        # a bookmaker named after its price: "Arsenal are 1-8 with Paddy Power to reach the semi-finals"
        priced = i >= 1 and (re.fullmatch(r"[0-9]{1,3}\s*[-/]\s*[0-9]{1,3}", view.text[toks[max(0, i - 3)].start - view.base:
                                                                                      toks[i - 1].end - view.base].split()[-1]
                                       if toks[i - 1].text[:1].isdigit() else "x") is not None or
                             toks[i - 1].low in ("favourite", "favorite", "favourites", "favorites", "shot", "outsider",
                                                 "chance")
                             and re.search(r"[0-9]{1,3}\s*[-/]\s*[0-9]{1,3}|\bevens\b|odds-on|(?<![\w.])[-+−][1-9][0-9]{2,3}\b",
                                           view.text[toks[max(0, i - 4)].start - view.base:toks[i - 1].start - view.base]))
        if low in ("with", "at") and i + 1 < n and (toks[i + 1].cap or _BRAND_WITH_DIGITS.fullmatch(toks[i + 1].text)) \
                and priced:
            j = i + 1
            while j < n and (_is_cap_word(toks[j]) or j == i + 1) and j - i <= 3:
                j += 1
            # "... 1-8 with Paddy Power to reach", "The Italian is the 6-4 favourite with William Hill.", "is 8-1
            # with bet365 to win", "Ruiz-Ocampo is 3-1 with Sky Bet, while ..."
            if j < n and (toks[j].low == "to" or (toks[j].text in ".,;" or toks[j].low == "for") and (toks[i - 1].low in (
                    "favourite", "favorite", "favourites", "favorites", "shot", "outsider", "chance") or
                    i >= 2 and toks[i - 2].low in ("is", "are", "'s", "'re", "remains", "remain", "now", "at"))):
                speaker = _speaker_from(view, i + 1, j) if toks[i + 1].cap else \
                    Speaker(toks[i + 1].text, "org", toks[i + 1].start, toks[i + 1].end)
                if speaker and speaker.kind in ("name", "org"):
                    candidates.append((3, Attribution(speaker, "odds", "present", tok.start, tok.end, "parenthetical",
                                                      (tok.start, toks[j - 1].end), (start_of, end_of))))
            continue
        # an organisation setting odds: "JPMorgan cut the chances of a deal to 60 per cent"
        if low in ("prices", "rates", "sets", "cuts", "increases") and i + 1 < n and toks[i + 1].low in _AUX_AFTER_NOUN:
            continue  # "Wheat prices are forecast to ease": a noun, the subject of what follows
        if (low in _ODDS_VERBS and _chance_ahead(view, i, figure=low in ("rates", "rated"))) or \
                (low in _PRICE_VERBS and _price_follows(view, i + 1)) or \
                (low in ("puts", "put") and i > 0 and toks[i - 1].bare in _FORECAST_DOCUMENTS and
                 _VALUE_AT.match(view.text, toks[i].end - view.base)):
            # ("Boxoffice Pro's final forecast puts the Friday-to-Sunday total at $102 million": its figure)
            np = _np_left(view, i)
            if np:
                speaker = _speaker_from(view, np[0], np[1])
                if speaker is not None and (speaker.role or "").startswith("document:"):
                    speaker = _owner_before(view, np[0]) or speaker
                if speaker is not None and speaker.kind == "name" and toks[np[0]].low in _EARLY_WORDS:
                    speaker = None  # "Early calculations gave it a 2.7 per cent chance": no one named "Early"
                # "Its model gave her an 81% chance at the start of October", "Early calculations gave": an
                # estimate given before, not now
                old = low == "put" and toks[np[0]].low in _EARLY_WORDS or \
                    low in ("gave", "placed", "pegged", "assigned", "attached") and (
                    toks[np[0]].low in _EARLY_WORDS or PAST_TIME.search(view.text[tok.end - view.base:]) or
                    _AT_THE_START.search(view.text[tok.end - view.base:]))
                if speaker or old:
                    speaker = speaker or _speaker_from(view, np[0], np[1]) or Speaker(
                        view.words(np[0], np[1]), "definite", toks[np[0]].start, toks[np[1] - 1].end)
                    candidates.append((3, Attribution(speaker, "odds", "past" if old else "present", tok.start,
                                                      tok.end, "initial",
                                                      (toks[np[0]].start, toks[np[1] - 1].end), (tok.start, end_of),
                                                      negated=np[2]["negated"], past_time=bool(old))))
            continue
        points = low in ("points", "point") and i + 2 < n and toks[i + 1].low == "to"
        if (low in ("show", "shows") or points) and i >= 1 and i + 1 < n:
            # "The Bank's own forecasts, published last week, show inflation returning to target": the owner;
            # "The Met Office's long-range outlook ... points to a wetter-than-average winter"
            d = i - 1
            if toks[d].text == ",":
                m = next((k for k in range(d - 1, max(-1, d - 12), -1) if toks[k].text == ","), None)
                d = m - 1 if m is not None else -1
            if d >= 0 and toks[d].bare in _FORECAST_DOCUMENTS:
                st = d
                while st > 0 and toks[st - 1].text not in ",;:" and not view.quoted[st - 1] and d - st < 8:
                    st -= 1
                speaker = _speaker_from(view, st, d + 1)
                if speaker is not None and speaker.kind in ("org", "definite") and \
                        not speaker.role or speaker is not None and (speaker.role or "").startswith("document:"):
                    after = i + 2 if points else i + 1
                    candidates.append((3, Attribution(speaker, "show", "present", tok.start, toks[after - 1].end,
                                                      "initial", (toks[st].start, toks[after - 1].end),
                                                      (toks[after].start, end_of))))
                    continue
        if low not in SPEECH:
            continue
        if tok.cap and i > 0 and _is_cap_word(toks[i - 1]) and not view.quoted[i - 1]:
            continue  # part of a name: "Sky Bet", "Fox Says"
        lemma, tense = SPEECH[low]
        if tense == "ing" and i > 0 and toks[i - 1].low in ("her", "his", "their", "its", "our", "my", "your", "the"):
            continue  # "people familiar with her thinking said": a noun, not a verb
        if lemma in PROMISE and tense == "base" and i > 0 and toks[i - 1].low.endswith(("'s", "’s")) and \
                toks[i - 1].cap:
            continue  # "the Conservatives accepted Tony Blair's promise that ...": a noun ("'s promised" is a verb)
        if low in ("anticipated", "expected", "awaited", "predicted", "forecast") and i > 0 and \
                toks[i - 1].low in ("most", "much", "highly", "eagerly", "hotly", "keenly", "long", "widely", "less",
                                    "least", "more") and i + 1 < n and toks[i + 1].word and \
                toks[i + 1].low not in ("to", "that", "by", "in", "on", "for", "at"):
            continue  # "the most anticipated witness", "a hotly anticipated debut": an adjective before a noun
        if lemma == "back" and low == "back" and i > 0 and (toks[i - 1].low.endswith(("ing", "ed")) or
                                                            toks[i - 1].low in _PARTICLE_VERBS or
                                                            i + 1 >= n or toks[i + 1].text in ",.;:!?" or
                                                            toks[i + 1].low in ("and", "but", "again")):
            # "Coming back to the market, experts say", "rolling back tariffs", "reeled the leaders back, and":
            # a particle, not backing a horse
            continue
        if lemma in ("see", "view") and i > 0 and toks[i - 1].low in ("will", "would", "'ll", "could", "may", "might",
                                                                        "should", "can", "to"):
            continue  # "Easy-to-play titles will see real growth": what they will go through, not a view
        if tense == "base" and tok.bare in DOCUMENT_NOUNS and i + 1 < n and toks[i + 1].text == "," and \
                any(t.low in ("its", "their", "his", "her", "the", "a", "an") for t in toks[max(0, i - 8):i]):
            continue  # "In its annual Music in the Air report, the bank expects": the report, a noun
        if tense == "base" and tok.bare in DOCUMENT_NOUNS and i > 0 and \
                any(t.low.endswith(("'s", "’s")) for t in toks[max(0, i - 4):i]) and \
                not any(t.low in ("that", "and", "but", ",") for t in toks[max(0, i - 4):i]) and \
                not (_plural_noun(toks[i - 1].low) or toks[i - 1].bare in PLURAL_GROUPS):
            # "April's flash GDP estimate signalling a gain": the estimate, a noun after a possessive (not "the
            # bank's economists estimate", a verb after its plural subject)
            continue
        if lemma == "doubt" and i > 1 and toks[i - 1].low == "no" and (
                toks[i - 2].low in ("will", "would", "could", "should", "may", "might", "must", "can") or
                toks[i - 2].low.endswith(("'ll", "’ll"))):
            continue  # "it will no doubt confuse users": an adverb of certainty, not a doubt
        if lemma == "think" and i + 1 < n and toks[i + 1].low in ("tank", "tanks"):
            continue  # "a London-based think tank, concluded": a noun
        if low in ("project", "projects") and is_project_noun(toks, i):
            continue  # "The Arduino project grew out of ...", "the LibreOffice project has": a noun
        if lemma == "figure" and i > 0 and (toks[i - 1].low in MONTH_WORDS or toks[i - 1].bare in WEEKDAY_WORDS or
                                            toks[i - 1].low in ("the", "these", "those", "latest", "official", "new",
                                                                "weak", "strong", "trade", "sales", "jobs", "growth")):
            continue  # "The weak October figures it published": a noun
        if lemma == "figure" and i + 1 < n and (toks[i + 1].low == "to" or low == "figures" and toks[i + 1].low in (
                "will", "would", "could", "may", "might", "can", "are", "were", "have", "had")):
            # "Spiller figures to start": he is expected to, no one's belief; "Democratic Party figures will back
            # him": people, a noun
            continue
        if lemma == "back" and any(t.low in _SUPPORTED for t in toks[i + 1:i + 4]) and \
                not any(t.low in ("as", "at", "favourite", "favorite", "odds") for t in toks[i + 1:i + 8]):
            continue  # "G7 finance ministers backed plans to write off debts": support for a plan, no tip
        if lemma in ("pick", "tip") and i + 1 < n and toks[i + 1].low in ("up", "out", "off", "over"):
            continue  # "Parmar picked up the injury last week", "tipped over": a phrasal verb, no tip
        if lemma in ("tip", "back", "fancy", "pick") and not any(t.low == "to" for t in toks[i + 1:i + 12]) and \
                not any(t.low in ("for", "as") for t in toks[i + 2:i + 6]):
            # ("tipped another contender - most likely The Aviator - to walk away", "tipped Phil Davis for a prize")
            continue
        if lemma in ("see",) and not _SEE_AT.match(view.text, tok.end - view.base) and \
                not seen_ahead(toks, i + 1, min(n, i + 8)) and \
                not any(t.bare in _CHANCE_NOUNS or t.low in ("%", "percent", "cent", "that") or
                                         (t.low.endswith("ing") and len(t.low) > 5 and not t.cap)
                                         for t in toks[i + 1:i + 7]) and \
                not _figure_seen(toks, i + 1) and \
                not (i + 2 < n and toks[i + 1].low in ("the", "a", "an", "two", "three", "further", "more", "no") and
                     any(t.low in ("cut", "cuts", "hike", "hikes", "rise", "fall", "increase", "reduction", "recession",
                                   "deal", "recovery", "peak", "bottom", "rebound", "default", "election", "win")
                         for t in toks[i + 2:i + 5]) and
                     any(t.low in MONTH_WORDS or re.fullmatch(r"(?:19|20)[0-9]{2}", t.low) or
                         t.low in ("quarter", "half", "year", "spring", "summer", "autumn", "winter")
                         for t in toks[i + 2:i + 9])):
            continue  # kept: "economists now see the first cut in January"
        if lemma in ("put", "give") and not _chance_ahead(view, i) and \
                not (lemma == "put" and i + 1 < n and toks[i + 1].low == "it") and \
                not (lemma == "put" and re.search(r"\bat\s+(?:about\s+|around\s+)?[0-9]+(?:\.[0-9]+)?\s*(?:%|per\s*cent|percent)",
                                                  view.text[tok.end - view.base:tok.end - view.base + 60])):
            continue  # kept: "as X put it:", "I'd put them at 40 per cent"
        prev = toks[i - 1] if i else None
        # inverted: '"...," said X' / ', says professor Jordan Tama.'
        if prev is not None and (prev.text == "," or prev.text in QUOTE_MARKS or view.quoted[i - 1]) and \
                (tense in ("past", "present") or tense == "base" and lemma in ("say", "warn", "argue", "claim", "add")) \
                and (lemma not in ("tell", "expect", "think", "believe", "hope", "fear", "tip", "back", "fancy", "pick") or
                     lemma in ("think", "believe") and tense == "present" and i + 1 < n and _is_cap_word(toks[i + 1])) and \
                not (i + 1 < n and toks[i + 1].low == "that") and \
                not (i + 1 < n and toks[i + 1].low in ("on", "in", "at", "to", "for", "from", "via", "during", "after",
                                                       "before", "following", "ahead", "outside", "inside", "while")):
            # ('..., wrote on X on Sunday': the writer is before the verb, not "X on Sunday")
            j = _np_right(view, i + 1)
            if j and (j >= n or toks[j].text in ",.;:!?" or toks[j].text in QUOTE_MARKS or view.quoted[j] or
                      toks[j].low in ("who", "which", "whose")):
                # 'said chief financial officer Lorraine Castellanos on a call with analysts': the name, not where
                cut = next((k for k in range(i + 2, j) if toks[k].low in ("on", "in", "during", "after", "before",
                                                                           "while", "when", "earlier", "later",
                                                                           "yesterday", "today", "last", "this") and
                            (_is_cap_word(toks[k - 1]) or toks[k - 1].bare in ROLES)), None)
                if cut is not None:
                    j = cut
                speaker = _speaker_from(view, i + 1, j)
                if j + 2 < n and toks[j].text == "," and toks[j - 1].bare in ROLES and \
                        any(t.low.endswith("'s") for t in toks[i + 1:j - 1]):
                    # 'said Oyama's coach, Hiroshi Tanabe, who flew in': the person the role introduces
                    m = j + 1
                    while m < n and _is_cap_word(toks[m]):
                        m += 1
                    if m < n and toks[m].text in ",.;" and looks_like_person([t.text for t in toks[j + 1:m]]):
                        speaker = Speaker(view.words(j + 1, m), "name", toks[j + 1].start, toks[m - 1].end, toks[j - 1].bare)
                        j = m
                if speaker and speaker.kind != "pronoun" or (speaker and j == i + 2):
                    k = i - 1 if prev.text == "," else i
                    span = (toks[k].start, _attribution_tail(view, j))
                    content = (start_of, toks[k].start)
                    after = _after_attribution(view, j)
                    if prev.text == "," and j + 1 < n and toks[j].text == "," and not view.quoted[j + 1] and \
                            toks[j + 1].low in _AUXILIARIES and not any(view.quoted[:k]) and k <= 6:
                        # "This, said Sloncek, should make the system less vulnerable": the subject before the
                        # aside, the rest of the clause after it
                        candidates.append((1, Attribution(speaker, lemma, tense, tok.start, tok.end, "parenthetical",
                                                          (toks[k].start, toks[j].end), (start_of, end_of))))
                        continue
                    candidates.append((1, Attribution(speaker, lemma, tense, tok.start, tok.end, "inverted", span,
                                                      content if after is None else (start_of, end_of))))
                    continue
        if prev is not None and prev.word and not prev.cap and prev.low not in FUNCTION_WORDS and \
                lemma in ("say", "add") and tense in ("past", "present") and i >= 4 and not view.quoted[i]:
            # the comma left out: "Digital music players will be behind this market growth said Jupiter ."
            j = _np_right(view, i + 1)
            # (or the name and what they are: "... said Lindsay Schroth, an analyst with research firm The Yankee
            # Group.")
            described = bool(j) and j + 2 < n and toks[j].text == "," and toks[j + 1].low in ("a", "an") and \
                n - j <= 16 and toks[n - 1].text in ".!?" and \
                not any(t.low in _AUXILIARIES or t.low in ("said", "says", "who", "which", "that") or t.text in ",;:"
                        for t in toks[j + 1:n - 1])
            if j and (j >= n or toks[j].text in ".!?" and j >= n - 1 or described):
                speaker = _speaker_from(view, i + 1, j)
                if speaker is not None and speaker.kind in ("name", "org") and \
                        not any(t.low in WEEKDAY_WORDS or t.low in MONTH_WORDS for t in toks[i + 1:j]):
                    candidates.append((2, Attribution(speaker, lemma, tense, tok.start, tok.end, "inverted",
                                                      (tok.start, toks[j - 1].end), (start_of, tok.start))))
                    continue
        if lemma in FRAME_ONLY and lemma not in ("see", "put", "give", "tip", "back", "fancy", "pick", "hope",
                                                 "fear", "worry", "feel", "figure", "claim", "estimate", "project",
                                                 "show"):
            # these report speech only right after a quotation or a comma, or with "that"/":" after them
            nxt = toks[i + 1] if i + 1 < n else None
            if not (nxt is None or nxt.low == "that" or nxt.text in ":,." or (i + 1 < n and view.quoted[i + 1]) or
                    _adverbial_after(view, i + 1) is not None or _adverbial_then_that(view, i + 1) or
                    (nxt.low in PRONOUNS and lemma in ("announce", "confirm", "signal", "indicate", "report", "state",
                                                       "add", "note", "stress", "claim", "estimate", "project",
                                                       "hint")) or  # ("Holmes has hinted she will not run")
                    # "the watchdog notes the declines will help exporters": a clause without "that"
                    lemma in ("note", "add", "stress", "claim", "believe", "think", "fear", "warn", "predict", "say",
                              "insist", "argue") and (tense in ("present", "past") or
                                                      tense == "base" and i > 0 and toks[i - 1].low in ("and", "but")) and
                    nxt.low in ("the", "a", "an", "this", "these", "such") and _modal_clause_follows(view, i + 1)):
                continue
        np = _np_left(view, i)
        if np and lemma == "hope" and np[1] - np[0] == 1 and i + 1 < n and _is_cap_word(toks[i + 1]) and \
                (toks[np[0]].low in DEMONYMS or _DEMONYM.search(toks[np[0]].low)):
            continue  # "British hope Imelda Staunton is one of the favourites": a hopeful, not a wish
        if np and lemma == "expect" and tense == "past" and np[0] == 0 and i + 1 < n and toks[i + 1].low == "to":
            main = next((k for k in range(i + 3, n) if toks[k].low in ("are", "is", "include", "includes") or
                         toks[k].text in ",;:"), None)
            if main is not None and toks[main].text not in ",;:":
                continue  # "Other actors expected to add to the glamour ... are Gael Garcia Bernal": a description
        relative = False
        # (and "The Idle Hour will be closing, and have said it's unlikely they'll be back")
        conj = i - 2 if i >= 2 and toks[i - 1].low in ("have", "has") and tense == "past" else i - 1
        if not np and conj >= 0 and toks[conj].low in ("and", "but") and tense in ("past", "present", "base") and \
                i + 1 < n and (toks[i + 1].low == "that" or toks[i + 1].low in PRONOUNS or
                               # "he slightly increased borrowing but insisted economic targets would be met"
                               lemma in ("say", "insist", "warn", "predict", "claim", "argue", "add", "forecast",
                                         "believe", "think", "expect", "fear") and
                               any(t.low in ("will", "would") or t.low.endswith(("'ll", "’ll")) or
                                   t.low in ("likely", "unlikely") for t in toks[i + 1:i + 9])):
            np = _sentence_subject(view, i)  # "X left rates unchanged and signalled that it expects ..."
            relative = np is not None  # (the sentence's own subject, wherever its name starts)
        if not np and lemma == "show" and i >= 3 and toks[i - 1].text == ",":
            # "The Bank's own forecasts, published last week, show ...": the document before an aside
            m = next((k for k in range(i - 2, max(0, i - 12), -1) if toks[k].text == ","), None)
            if m is not None:
                np = _np_left(view, m)
        if not np and i >= 3 and toks[i - 1].low in ("who", "which") and toks[i - 2].text == "," and \
                tense in ("present", "past"):
            # "campaigners, including Labour backbencher Gwyneth Dunwoody, who says it will ...": the name before
            # ("... will be merged with United, which expects post-merger to have half the market": the body)
            run = _name_run_left(toks, i - 2, 0)
            words = [t.text for t in toks[run:i - 2] if t.text != "."]
            if run < i - 2 and toks[i - 1].low == "who" and looks_like_person(words) or \
                    run < i - 2 and is_org_name(words) or \
                    run < i - 2 and toks[i - 1].low == "which" and run > 0 and \
                    not all(w.lower() in NOT_PERSON for w in words):  # (no person is a "which")
                np = (run, i - 2, _plain_flags())
                relative = True
        if not np and i >= 3 and toks[i - 1].low == "who" and _is_cap_word(toks[i - 2]) and tense == "past" and \
                lemma in ("say", "predict", "forecast", "warn", "add", "tell", "estimate", "expect"):
            # the comma left out: "given by economics minister Heizo Takenaka who said the economy would grow"
            run = _name_run_left(toks, i - 1, 0)
            words = [t.text for t in toks[run:i - 1] if t.text != "."]
            before = toks[run - 1].low if run > 0 else ""
            # (not "Aides to Gordon Brown who said ...", "It was not Tony Blair who predicted ...": the name is not the
            # clause's own, or is denied)
            if run < i - 1 and looks_like_person(words) and before not in (
                    "to", "of", "for", "with", "from", "but", "not", "than", "is", "was", "it's", "and", "or"):
                np = (run, i - 1, _plain_flags())
                relative = True
        if not np:
            np = _described_body(view, i)  # "The world's largest maker of chips for mobile phones believes"
        named = _name_after_quote(view, i) if lemma in ("say", "tell", "add", "explain", "predict", "warn") else None
        np = named or np
        if not np:
            continue
        speaker = _speaker_from(view, np[0], np[1])
        if speaker is None or speaker.kind == "name" and _SENTENCE_ADVERB.fullmatch(speaker.text.lower()):
            continue  # ("Originally, they had applied ..., expecting that ...": an adverb, capitalised first)
        if speaker.kind == "name" and _org_apposition(view, np[1], i):
            speaker = Speaker(speaker.text, "org", speaker.start, speaker.end, speaker.role)
        if lemma == "show" and toks[np[1] - 1].bare not in DOCUMENT_NOUNS:
            continue  # only a document "shows" what its owner forecasts
        flags = np[2]
        if flags["perfect"] and tense == "past":
            tense = "perfect"
        if flags["progressive"] and tense == "ing":
            tense = "present"
        if flags["did"] and tense in ("base", "present"):
            tense = "past"  # "I didn't really see him coming", "we did expect it": the past
        np_start = toks[np[0]].start
        before_np = -1 if relative else np[0] - 1
        while before_np >= 0 and toks[before_np].bare in TITLES:
            before_np -= 1
        # "Former England striker Alan Shearer": a description before the name, from the sentence's start
        pre = before_np
        plain = 0  # ("British number one Tim Henman": a description's plain words)
        while pre >= 0 and not view.quoted[pre] and (toks[pre].bare in TITLES or toks[pre].bare in ROLES or
                                                     _is_cap_word(toks[pre]) or toks[pre].low in DETERMINERS or
                                                     toks[pre].text in "-'" or
                                                     toks[pre].word and not toks[pre].cap and plain < 2 and
                                                     toks[pre].low in _DESCRIPTION_WORDS or
                                                     # "Wales number 8 Michael Owen": a shirt's number
                                                     toks[pre].text.isdigit() and pre >= 1 and
                                                     toks[pre - 1].low in ("number", "no")):
            plain += toks[pre].low in _DESCRIPTION_WORDS
            pre -= 1
        if pre < 0 and before_np >= 0 and speaker.kind == "name":
            before_np = -1
        elif pre >= 0 and pre < before_np and toks[pre].text in ",;:" and speaker.kind == "name" and \
                any(toks[m].bare in ROLES for m in range(pre + 1, np[0])):
            before_np = pre  # "Looking further ahead, the MDA's chairman Mike Short, has predicted"
        if before_np >= 2 and toks[before_np].low == "the" and toks[before_np - 1].low in ("by", "from"):
            before_np -= 1  # "A study by the Centre for Economic Policy Research, ..., concluded"
        if before_np >= 1 and (toks[before_np].low == "by" and toks[before_np - 1].low in POLLED or
                               toks[before_np].low in ("by", "from") and _document_before(toks, before_np - 1, 0)):
            # "..., and analysts polled by LSEG expect", "A separate study by Gartner has also said": the clause
            # starts before the panel or the document
            m = before_np - 2
            while m >= 0 and toks[m].word and toks[m].low not in ("and", "but", "while") and before_np - m < 6:
                m -= 1
            before_np = m
        after = i + 1
        if lemma == "tell":  # "X told CBC (that) ...": skip the listener
            while after < n and not view.quoted[after] and (toks[after].cap or toks[after].low in
                                                                ("reporters", "journalists", "the", "a", "an", "us",
                                                                 "conference", "briefing", "press",
                                                                 "me", "him", "her", "them", "viewers", "listeners",
                                                                 "investors", "clients", "news", "radio", "lawmakers")
                                                                or toks[after].low[:1].isdigit() and after > i + 1 and
                                                                toks[after - 1].cap or
                                                                toks[after].low in ("programme", "program", "show",
                                                                                    "channel", "station") and
                                                                after > i + 1 and toks[after - 1].cap):
                after += 1  # ("told BBC Radio 4's Today programme that ...")
            that = next((k for k in range(after, min(n, after + 5)) if toks[k].low == "that"), None)
            if that is not None and after > i + 1 and \
                    not (after - 1 > i + 1 and toks[after - 1].low in ("the", "a", "an")) and all(
                    t.word and not view.quoted[after + m] and t.low not in _FINITE_BEFORE_THAT
                    for m, t in enumerate(toks[after:that])):
                after = that  # ("told the TT news agency that ...", "told the Financial Times on Monday that ...")
        if lemma == "put" and after < n and toks[after].low == "it":
            after += 1
        listener_end = after  # the first word after the verb and its listener
        if after == i + 1 and _adverbial_then_that(view, after):
            # "wrote in a note to clients that Apple will ...", "said on Tuesday that": the words after "that"
            while toks[after].low != "that":
                after += 1
        while after < n and toks[after].low in ("that", ":", ",", "-", "—", "–") and not view.quoted[after]:
            after += 1
        if before_np >= 1 and toks[before_np].low == "of" and toks[before_np - 1].low in _SHARE_NOUNS and \
                speaker.kind == "group":
            # "a number of analysts say", "a growing majority of economists expect": the group speaks
            before_np -= 2
            while before_np >= 0 and toks[before_np].low in ("a", "an", "the", "large", "small", "growing",
                                                              "significant", "substantial", "whole"):
                before_np -= 1
        # where is the attribution: the sentence start (initial), the end (final), or between commas
        starts_clause = before_np < 0 or toks[before_np].text in ",;:—–-" or toks[before_np].text in QUOTE_MARKS or \
            view.quoted[before_np] or toks[before_np].low in _CLAUSE_OPENERS or \
            _time_adverbial(toks, 0, before_np + 1) or \
            any(_time_adverbial(toks, b + 1, before_np + 1) and (toks[b].text in ",;:" or toks[b].low in _CLAUSE_OPENERS)
                and toks[b + 1].low in ("on", "in", "last", "this", "earlier", "later", "yesterday", "today", "now")
                for b in range(max(0, before_np - 5), before_np))  # "..., but on Wednesday Mr Straw said"
        if not starts_clause:
            continue
        ends_sentence = after >= n or (toks[after].text in ".!?" and after == n - 1)
        followed_by_comma = i + 1 < n and toks[i + 1].text == ","
        adverbial_end = _adverbial_after(view, i + 1)
        if adverbial_end is not None and lemma != "tell":
            # "the WMO said on Tuesday, even as ...", "the WMO said in its annual decadal update."
            ends_sentence = adverbial_end >= n or (toks[adverbial_end].text in ".!?" and adverbial_end == n - 1)
            followed_by_comma = adverbial_end < n and toks[adverbial_end].text == ","
        last_comma = max([k for k in range(np[1], i) if toks[k].text == ","], default=np[1] - 1)
        past_time = bool(toks[np[0]].low in _EARLY_WORDS | {"past", "prior"} or  # "Past CBO forecasts said"
                         PAST_TIME.search(view.words(np[0], np[1]) + " " + view.words(last_comma + 1, i + 1)) or
                         PAST_TIME.match(view.text, tok.end - view.base + 1) or
                         PAST_TIME.match(view.text, tok.end - view.base + 1, tok.end - view.base + 30))
        if past_time and np[1] < i and toks[np[1]].low in POLLED and tense in ("present", "base") and \
                not PAST_TIME.search(view.words(np[0], np[1])):
            past_time = False  # "insiders surveyed last week expect": when they were asked, not a belief gone
        if before_np >= 1 and toks[before_np].text == "," and not view.quoted[before_np - 1] and \
                toks[before_np - 1].text not in QUOTE_MARKS:
            # '"...," the bank's chief economist, Andrew Tilton, wrote': a short description sits between
            d = before_np - 1
            while d >= 0 and not view.quoted[d] and toks[d].text not in QUOTE_MARKS and before_np - d <= 12 and \
                    toks[d].low not in SPEECH and toks[d].text not in ".;:!?":
                d -= 1
            if d >= 0 and (view.quoted[d] or toks[d].text in QUOTE_MARKS) and before_np - d > 1 and \
                    speaker.kind == "name" and (toks[d + 1].low in DETERMINERS or toks[d + 1].low.endswith("'s") or
                                                toks[d + 1].text in "," or toks[d + 1].bare in ROLES):
                before_np = d + 1 if toks[d + 1].text in QUOTE_MARKS else d
                if toks[before_np].text not in QUOTE_MARKS and not view.quoted[before_np]:
                    before_np = d
        after_quote = before_np >= 0 and (toks[before_np].text in QUOTE_MARKS or view.quoted[before_np] or
                                          (toks[before_np].text == "," and before_np >= 1 and
                                           (toks[before_np - 1].text in QUOTE_MARKS or view.quoted[before_np - 1])))
        if after_quote:
            k = before_np - 1 if toks[before_np].text in QUOTE_MARKS and before_np >= 1 and toks[before_np - 1].text == "," else before_np
            if toks[k].text in QUOTE_MARKS:
                k += 1
            tail = _attribution_tail(view, i + 1)
            span = (toks[k].start, tail)
            resumes = _after_attribution(view, i + 1)
            opening = _quotation_start_before(view, k)
            content = (opening, toks[k].start) if resumes is None else (opening, end_of)
            position = "final"
            rank = 1
        elif before_np >= 0 and toks[before_np].text == "," and not view.quoted[before_np - 1] and \
                (_subordinate_after(view, adverbial_end if adverbial_end is not None else i + 1) or
                 listener_end < n and toks[listener_end].text == "," and _subordinate_after(view, listener_end + 1)):
            # "..., their main trade body said on Monday as carriers gathered in Delhi": the words before
            # ("..., Mr Mendis told reporters, although he would not say by how much")
            k = before_np
            span = (toks[k].start, end_of)
            content = (start_of, toks[k].start)
            position = "final"
            rank = 2
        elif ends_sentence and before_np >= 0:
            k = before_np if toks[before_np].text == "," else before_np + 1
            span = (toks[k].start, end_of)
            content = (start_of, toks[k].start)
            position = "final"
            rank = 2
        elif followed_by_comma and before_np >= 0 and toks[before_np].text == ",":
            comma = adverbial_end if adverbial_end is not None else i + 1
            span = (toks[before_np].start, toks[comma].end)
            content = (start_of, end_of)
            position = "parenthetical"
            rank = 3
        else:
            span = (np_start if before_np < 0 else toks[before_np + 1].start, toks[after - 1].end if after > i else tok.end)
            content = (toks[after].start if after < n else end_of, end_of)
            position = "initial"
            rank = 2 if before_np < 0 or toks[before_np].low in ("but", "and", "yet", "so", "still", "now") else 3
        candidates.append((rank, Attribution(speaker, lemma, tense, tok.start, tok.end, position, span, content,
                                             negated=flags["negated"], pluperfect=flags["pluperfect"],
                                             past_time=past_time)))
    # "beat Wall Street estimates for third-quarter revenue", "cut their forecasts of growth": a plural noun
    candidates = [c for c in candidates if not _noun_not_verb(view, c[1])]
    if not candidates:
        return []
    candidates.sort(key=lambda c: (c[0], c[1].verb_start))
    ordered = [c[1] for c in candidates]
    best = ordered[0]
    for other in ordered:
        # "We expect a deal by Friday, a senior EU official told reporters": the official speaks, "we" is theirs
        if other.position in ("final", "inverted") and other is not best and \
                other.content[0] <= best.verb_start < other.content[1] and best.speaker.kind == "pronoun":
            ordered.remove(other)
            ordered.insert(0, other)
            break
    best = ordered[0]
    named = [a for a in ordered if a.verb == "according" and a.speaker.kind in ("name", "org")]
    if best.speaker.kind == "group" and named and named[0] is not best and \
            named[0].content[0] <= best.verb_start < named[0].content[1]:
        # "Futures markets put the probability ... at 60 per cent, according to CME Group": the source named
        ordered.remove(named[0])
        ordered.insert(0, named[0])
    return ordered


#: Plural nouns that are also verbs of forecasting, and the words around them that make them nouns.
_FORECAST_NOUNS = {"estimates", "forecasts", "projections", "bets", "predictions"}
_BEFORE_A_NOUN = {"beat", "beats", "missed", "misses", "topped", "tops", "back", "up", "down", "placing", "placed",
                  "place", "taking", "took", "take", "cut", "pared", "raised", "any", "more", "fewer", "of", "on", "in",
                  "with", "and", "their", "its", "analysts'", "consensus", "best", "safest", "surest", "better",
                  "good", "safe", "big", "biggest", "side", "long", "outside"}


def used_as_noun(tokens: list[Tok], k: int, end: int | None = None) -> bool:
    """Is the forecasting word at k a plural noun ("beat Wall Street estimates for revenue", "forecasts of growth",
    "scale back bets on a cut") rather than a verb? `end`: where the words to look at stop."""
    end = len(tokens) if end is None else end
    return tokens[k].low in _FORECAST_NOUNS and (
        k + 1 < end and tokens[k + 1].low in ("for", "of") or k > 0 and tokens[k - 1].low in _BEFORE_A_NOUN)


def _noun_not_verb(view: SentenceView, attribution: Attribution) -> bool:
    """Is the attribution's verb a plural noun, not a verb?"""
    toks = view.tokens
    k = next((i for i, t in enumerate(toks) if t.start == attribution.verb_start), None)
    return k is not None and toks[k].end == attribution.verb_end and used_as_noun(toks, k)


_TIME_STARTS = {"in", "on", "at", "last", "this", "earlier", "later", "back", "since", "by", "during", "after",
                "before", "next", "then", "now", "today", "yesterday", "tomorrow", "previously", "once", "until"}
_ADVERBIAL_STARTS = {"on", "in", "at", "during", "this", "last", "yesterday", "today", "earlier", "late", "via",
                     "recently", "separately", "privately", "publicly", "later", "afterwards", "overnight"}


_CLAUSE_OPENERS = {"but", "and", "yet", "so", "still", "now", "meanwhile", "however", "indeed", "also", "although", "after",
                   "though", "while", "whereas", "because", "since", "as", "if", "when", "unless", "whether", "or",
                   "nor", "where", "then", "besides", "instead", "moreover", "furthermore", "nonetheless"}


def _adverbial_after(view: SentenceView, i: int) -> int | None:
    """After "said": the end of a phrase of time or place ("on Tuesday", "in a statement", "in its annual
    update") that runs to a comma or the sentence's end; None if what follows is something else."""
    toks = view.tokens
    n = len(toks)
    # (and a bare weekday, as American wire copy has it: "..., he said Tuesday.")
    if i >= n or toks[i].low not in _ADVERBIAL_STARTS and toks[i].bare not in WEEKDAY_WORDS or view.quoted[i]:
        return None
    m = i
    while m < n and m - i < 10 and (toks[m].word or toks[m].text == "." and toks[m - 1].low in ("a.m", "p.m")) and \
            not view.quoted[m] and toks[m].low != "that" and \
            (toks[m].low not in SPEECH or toks[m - 1].low in DETERMINERS):  # "in a report published on ..."
        m += 1  # (and "in its 11 a.m. advisory")
    if m >= n or toks[m].text in ",.!?;":
        return m
    return None


def _adverbial_then_that(view: SentenceView, i: int) -> bool:
    """After a verb that reports speech only with "that": a short phrase of place or time, then "that" ("posted on X
    on Sunday that ...")."""
    toks = view.tokens
    # (and a bare weekday, as American wire copy has it: "Senator Lee said Tuesday that ..."; not "expect Friday's
    # report to show that")
    if i >= len(toks) or view.quoted[i]:
        return False
    if toks[i].low in WEEKDAY_WORDS:
        k = i + 2 if i + 1 < len(toks) and toks[i + 1].low in ("morning", "afternoon", "evening", "night") else i + 1
        return k < len(toks) and toks[k].low == "that"
    if toks[i].low not in _ADVERBIAL_STARTS:
        return False
    m = i
    while m < len(toks) and m - i < 8 and toks[m].word and not view.quoted[m] and toks[m].low != "that":
        m += 1
    return m < len(toks) and toks[m].low == "that"


def _time_adverbial(toks: list[Tok], i: int, j: int) -> bool:
    """Is tokens[i:j] a short phrase of time that opens the sentence ("In 2015", "Last year", "On Tuesday")?"""
    if not 1 <= j - i <= 5 or toks[i].low not in _TIME_STARTS:
        return False
    return all(t.word for t in toks[i:j])


def _attribution_tail(view: SentenceView, j: int) -> int:
    """Where an inverted attribution ends: its appositive (", chief economist at Foo Bank") runs to the end of
    the sentence or to the next quotation."""
    toks = view.tokens
    k = j
    while k < len(toks) and not view.quoted[k] and toks[k].text not in "\"“":
        k += 1
    return toks[k - 1].end if k > j else toks[j - 1].end


def _quotation_start_before(view: SentenceView, k: int) -> int:
    """Where the quotation that ends just before token k opens (the sentence start if it opened earlier)."""
    toks = view.tokens
    j = k - 1
    while j >= 0 and not view.quoted[j]:
        j -= 1
    while j >= 0 and view.quoted[j]:
        j -= 1
    return toks[j].start if j >= 0 else (toks[0].start if toks else view.base)


def _after_attribution(view: SentenceView, j: int) -> int | None:
    """Index of a quotation that continues right after the attribution ('"...," he said, "..."'), if any; not a
    scare quote later in the sentence ('Kazianis said, making for "touching" optics')."""
    toks = view.tokens
    k = j
    while k < len(toks) and not view.quoted[k] and toks[k].text not in QUOTE_MARKS and k - j < 12 and \
            (toks[k].text in ",:;" or _is_cap_word(toks[k]) or toks[k].bare in ROLES or toks[k].low in DETERMINERS or
             toks[k].low in _NP_PREPS):
        k += 1  # the speaker's name and appositive: '"...," said X, an analyst at Y, "..."'
    if k < len(toks) and (view.quoted[k] or toks[k].text in QUOTE_MARKS) and k > 0 and \
            (toks[k - 1].text in ",:" or toks[k].text in QUOTE_MARKS and k + 1 < len(toks) and view.quoted[k + 1]
             and toks[k - 1].text in ",:"):
        return k
    return None


# -- resolving speakers to claimants --------------------------------------------------------------------------
@dataclass
class Person:
    name: str
    roles: set[str] = field(default_factory=set)
    org: bool = False
    gender: str | None = None  # learnt from the pronouns that refer to them: "m" or "f"
    known: bool = False  # introduced ("X, an analyst at ...") or heard speaking, not just a capitalised run
    #: the organisation the introduction ties them to ("the WHO's regional director", "chief executive of X")
    affiliation: str | None = None


_DEFINED_ACRONYM = re.compile(
    r"(?P<run>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|for|the|on|de|&))*)\s*\((?P<acronym>[A-Z][A-Z.&]{1,9})\)")


#: A dotted abbreviation as tokenized ("U.S" of "U.S."), which a name may begin with ("U.S. Department of ...").
_DOTTED = re.compile(r"[A-Z](?:\.[A-Z])+")


def _initials(name: str) -> str:
    """"World Meteorological Organization" -> "WMO"; "The National Institute of Economic and Social Research"
    -> "NIESR" (a leading "The" and the small words do not count)."""
    words = name.split()
    if words and words[0] in ("The", "the"):
        words = words[1:]
    # ("U.S. Department of Agriculture" -> "USDA": a dotted abbreviation gives all its letters)
    return "".join(w.replace(".", "") if re.fullmatch(r"[A-Z](?:\.[A-Z])+\.?", w) else w[0] for w in words if w[:1].isupper())


def _spells(name: str, acronym: str) -> bool:
    """Is `acronym` the name's initials, with or without its small words ("ERCOT" for "Electric Reliability
    Council of Texas", "NIESR" for "National Institute of Economic and Social Research")?"""
    words = [w for w in name.split() if w not in ("The", "the")]
    acronym = acronym.replace("&", "")
    return acronym in (_initials(name), "".join(w[0].upper() for w in words if w[:1].isalpha())) or \
        len(words) == 1 and len(acronym) >= 3 and len(name) > len(acronym) + 2 and \
        "".join(c for c in name if c.isupper()) == acronym  # "BloombergNEF"


_COURTESY = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev"}


def _possessive_of(full: str, name: str) -> bool:
    """Does `full` begin with `name`'s ("Moody's Ratings" for "Moody")?"""
    rest = full[len(name):] if full.startswith(name) else ""
    if rest[:2] not in ("'s", "’s") or len(rest) > 2 and not rest[2].isspace():
        return False
    owned = rest[2:].split()
    # (not "Toshiba's HD-DVD": a product the firm owns)
    return not owned or is_org_name(owned) or not any("-" in w or any(c.isdigit() for c in w) or
                                                        w.isupper() and len(w) > 1 for w in owned)


def _compound_of(name: str, noun: str) -> bool:
    """Is this one capitalised word a compound ending in the noun ("Commerzbank", "Rabobank" for "bank")?"""
    return " " not in name and len(name) > len(noun) + 2 and name[:1].isupper() and name.lower().endswith(noun)


class People:
    """The people and organisations an article has named so far, and who spoke last."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self.by_name: dict[str, Person] = {}  # (the first met under each name, lower-cased)
        self.by_last_word: dict[str, list[Person]] = {}  # everyone met, by their name's last word, in order
        self.by_last: dict[str, Person] = {}
        self.by_first: dict[str, Person] = {}
        self.last_speaker: Person | None = None
        self.last_speaker_sentence = -10
        self.last_introduced: Person | None = None
        self.last_subject: Person | None = None  # introduced as a sentence's subject ("Luiz Ferreira, a ..., was")
        self.last_subject_sentence = -10
        self.last_org: Person | None = None
        #: how many names were seen before the sentence being read (set as `register_mentions` begins one)
        self.sentence_mark = 0
        #: where each sentence's names begin in `names_seen`
        self.marks: dict[int, int] = {}
        #: the head noun and description of the last group that spoke ("people", "people familiar with the matter")
        self.last_group: tuple[str, str] | None = None
        #: every capitalised name run seen, in order (organisations are known by what they are called)
        self.names_seen: list[str] = []
        #: (sentence, name) of each organisation that opened a sentence as its subject ("The Countryside Alliance
        #: had its latest legal bid ... thwarted"), for the "the group" that follows
        self.subject_orgs: list[tuple[int, str]] = []
        self.name_counts: dict[str, int] = {}
        #: bodies described by their place and kind ("Malaysia's central bank"), by the kind, for "the central bank"
        self.described: dict[str, str] = {}
        #: acronyms the article defines in brackets, to the names they stand for ("JAXA")
        self.aliases: dict[str, str] = {}

    def find(self, name: str) -> Person | None:
        return self.by_name.get(name.lower())

    def add(self, name: str, *, org: bool = False, role: str | None = None) -> Person:
        person = self.find(name)
        if person is None:
            words = name.split()
            if not org and len(words) == 1:
                known = self.by_last.get(words[0].lower()) or self.by_first.get(words[0].lower())
                if known:
                    return known
            person = Person(name, org=org)
            self.people.append(person)
            self.by_name.setdefault(person.name.lower(), person)
            self.by_last_word.setdefault(words[-1].lower(), []).append(person)
            if not org and len(words) >= 2:
                self.by_last.setdefault(words[-1].lower(), person)
                if len(words) == 3 and words[0].lower() not in HONOURS and len(words[1]) > 2 and \
                        words[1][:1].isupper() and not words[1].endswith("."):
                    # "Rafael Montoya Quispe" is "Montoya" later: a double surname goes by its first part
                    self.by_last.setdefault(words[1].lower(), person)
                first = words[1] if words[0].lower() in HONOURS and len(words) > 2 else words[0]
                self.by_first.setdefault(first.lower(), person)
        elif org and not person.org and not person.roles and person.gender is None:
            # "Castlegate Homes", met as a capitalised run, then described as "the FTSE 250 housebuilder"
            person.org = True
            for index in (self.by_last, self.by_first):
                for key in [k for k, v in index.items() if v is person]:
                    del index[key]
        if role:
            person.roles.add(role)
        return person

    def resolve_name(self, name: str, org: bool, titled: bool = False) -> Person:
        """The person or organisation a name means, met before or new. `titled`: the article gave it a courtesy
        title ("Mr Balls"), so it is a person even when named by one word."""
        words = name.split()
        while len(words) > 1 and words[0].lower().rstrip(".") in TITLES - HONOURS and words[1].lower() not in _ORG_GLUE \
                and not is_org_name(words):
            titled = titled or words[0].lower().rstrip(".") in _COURTESY
            words = words[1:]
        if len(words) == 2 and words[0].lower() in HONOURS:
            # "Sir Digby added": the knight met before as "Sir Digby Jones"
            known = self.by_first.get(words[1].lower())
            if known is not None and known.name.split()[0].lower() in HONOURS:
                return known
        if len(words) > 1 and words[0].lower() in HONOURS and self.find(name) is None and \
                (known := self.by_last.get(words[-1].lower())) is not None:
            return known  # "Sir John Curtice" for "Professor Sir John Curtice" met before
        name = " ".join(words)
        if len(words) == 1 and name.replace(".", "") in self.aliases:
            full = self.aliases[name.replace(".", "")]
            return self.find(full) or self.add(full, org=True)
        if len(words) == 1 and (name.replace("&", "").isupper() and len(name) >= 2 or
                                re.fullmatch(r"[A-Z][a-z]{2,5}", name) and any(_spells(f, name.upper())
                                                                            for f in self.names_seen)):
            # ("Sepa", "Nato": an acronym written as a word, for a name whose initials it spells)
            # an acronym for an organisation named in full before: "WMO" -> "World Meteorological Organization"
            acronym = name.replace(".", "").upper()
            for person in reversed(self.people):
                if person.name != name and _spells(person.name, acronym):
                    return person
            for full in reversed(self.names_seen):
                if _spells(full, acronym):
                    return self.add(re.sub(r"^(?:The|the)\s+", "", full), org=True)
        if len(words) == 1 and (not org or words[0].lower() in self.by_last and not name.isupper()):
            # a surname that is also a word for a country or people: "said French" after "Philip French"
            key = words[0].lower()
            if key in self.by_last:
                return self.by_last[key]
            if key in self.by_first:
                return self.by_first[key]
        if len(words) >= 2 and not org:
            for person in self.by_last_word.get(words[-1].lower(), ()):
                if not person.org and len(person.name.split()) > len(words) and \
                        person.name.lower().endswith(" " + name.lower()) and \
                        not re.search(r"(?:\band|&)\s+" + re.escape(name) + "$", person.name):  # not "Munich Re and Swiss Re"
                    return person
        if len(words) >= 2 and org:
            # "Commonwealth Bank now forecasts" after "Commonwealth Bank of Australia": the whole name met before
            longer = next((f for f in self.names_seen if f.startswith(name + " of ") and
                           len(f.split()) - len(words) <= 4), None)  # (not "Norvane Research for The Courier")
            if longer is not None:
                return self.add(longer, org=True)
        if len(words) == 1 and not titled:
            # "Castlegate said" after "Castlegate Homes, the FTSE 250 housebuilder": the company met before
            known = next((p for p in reversed(self.people) if p.org and p.name.split()[0] == name and
                          len(p.name.split()) > 1 and " and " not in p.name), None)  # (not "DraftKings and BetMGM")
            if known is not None:
                return known
            # "according to Moody's" after "Moody's Ratings expects": a name that is a possessive; "Jupiter" after
            # "Jupiter Research"; "MDR" after "In-Stat/MDR"
            full = next((f for f in self.names_seen if _possessive_of(f, name) or
                         f.startswith(name) and f[len(name):len(name) + 1].isspace() and is_org_name(f.split()[1:]) and
                         f.split()[1:2] != ["and"] or
                         f.endswith("/" + name)), None)
            if full is not None:
                return self.add(full, org=True)
            # "the Fed sees" after "the Federal Reserve": a name cut short, as the fullest form met
            if re.fullmatch(r"[A-Z][a-z]{2,3}", name):
                # (the first met, without a country's abbreviation before it: "U.S. Federal Reserve")
                full = next((f for f in (re.sub(r"^(?:[A-Z]\.)+\s+", "", f) for f in self.names_seen)
                             if len(f.split()) >= 2 and f.split()[0].startswith(name) and
                             len(f.split()[0]) >= len(name) + 3 and is_org_name(f.split()[1:])), None)
                if full is not None:
                    return self.add(full, org=True)
        # one capitalised word that names no one met before ("Deloitte has warned", "Nomura expects") is an
        # organisation: news names a person in full the first time
        return self.add(name, org=org or len(words) == 1 and not titled)

    def spoke(self, person: Person, sentence: int) -> None:
        person.known = True
        if person.org:
            self.last_org = person
        self.last_speaker = person
        self.last_speaker_sentence = sentence

    def introduce(self, person: Person) -> None:
        person.known = True
        if not person.org:
            self.last_introduced = person
        else:
            self.last_org = person

    def by_role(self, role: str | None) -> Person | None:
        if role:
            for person in reversed(self.people):
                if role in person.roles or (role.endswith("s") and role[:-1] in person.roles):
                    return person
        return None

    def last_person_named(self) -> Person | None:
        """The person named last before this sentence, whom "the Brazilian" or "the 31-year-old" describes."""
        for full in reversed(self.names_seen[:self.sentence_mark]):
            known = self.find(full)
            if known is not None and not known.org:
                return known
            if known is None and looks_like_person(full.split()):
                return self.by_last.get(full.split()[-1].lower())
        return None

    def org_named_since(self, mark: int, loose: bool = False) -> Person | None:
        """The organisation named last between `mark` and this sentence, if any (`loose`: or a lone name that is
        no one's and no place's, "Qantas")."""
        names = self.names_seen[mark:self.sentence_mark]
        for full in reversed(names):
            known = self.find(full)
            if known is not None and known.org or known is None and is_org_name(full.split()):
                return known or self.resolve_name(full, True)
        for full in reversed(names if loose else []):
            if self.find(full) is None and " " not in full and full.lower() not in NOT_PERSON and \
                    full.lower() not in MONTH_WORDS and full.lower() not in WEEKDAY_WORDS and \
                    full.lower() not in self.by_last and full.lower() not in self.by_first:
                # (not "in the 12 months through June. It made a loss": a month is nobody)
                return self.resolve_name(full, True)
        return None

    def last_org_named(self) -> Person | None:
        """The organisation named last before this sentence ("JPMorgan was more cautious. Its analysts ...")."""
        for full in reversed(self.names_seen[:self.sentence_mark]):
            known = self.find(full)
            if known is not None and known.org or known is None and is_org_name(full.split()):
                return known or self.add(full, org=True)
        return self.last_org

    def org_with(self, noun: str, sentence: int = 10**9) -> Person | None:
        """The organisation "the fund" or "the company" means: one named before whose name holds the noun
        ("... Monetary Fund"), else, for a generic noun, the organisation the article is most about."""
        for person in reversed(self.people):
            if person.org and (noun in person.name.lower().split() or _compound_of(person.name, noun)):
                return person
        for full in reversed(self.names_seen):
            if noun in full.lower().split() and is_org_name(full.split()) or _compound_of(full, noun):
                # ("Bank" is seen as the head of "Bank of Canada": the whole name)
                whole = next((f for f in self.names_seen if f.startswith(full + " ") and
                              f.split()[len(full.split())].lower() in _ORG_GLUE), full)
                return self.add(whole, org=True)  # "... Monetary Fund", "Commerzbank" for "the bank"
        if noun in _GENERIC_ORG_NOUNS:
            if self.last_speaker is not None and self.last_speaker.org and sentence - self.last_speaker_sentence <= 3:
                return self.last_speaker  # "Goldman Sachs lifted its forecast ... analysts at the bank wrote"
            if self.last_speaker is not None and self.last_speaker.affiliation and \
                    sentence - self.last_speaker_sentence <= 2:
                # '..., said Colm Halloran, the BRC's director of economics. ..., according to the trade body'
                return self.resolve_name(self.last_speaker.affiliation, True)
            subject = next((name for at, name in reversed(self.subject_orgs) if 0 < sentence - at <= 2), None)
            if subject is not None:
                return self.add(subject, org=True)  # "The Countryside Alliance had its bid thwarted. But the group says"
            if noun in self.described:
                return self.add(self.described[noun], org=True)  # "Malaysia's central bank ... the central bank"
            topic = self.topic_org()
            if topic:
                return self.add(topic, org=True)
            if self.last_org is not None:
                return self.last_org
        return None

    def topic_org(self) -> str | None:
        """The name the article repeats most that is not a person's or a place's, in its longest first form."""
        people = {p.name for p in self.people if not p.org and p.known}
        best, count = None, 1
        for name, seen in self.name_counts.items():
            if seen > count and name not in people and not any(name in p.split() for p in people) and \
                    name.lower() not in NOT_PERSON and name.lower() not in MONTH_WORDS | WEEKDAY_WORDS:
                best, count = name, seen
        if best is None:
            return None
        fulls = [f for f in self.names_seen if best in f.split() and len(f.split()) > 1 and f not in people]
        leading = [f for f in fulls if f.split()[0] == best]
        return (leading or fulls or [best])[0]

    def saw(self, name: str) -> None:
        self.names_seen.append(name)
        for word in name.split():
            if word[:1].isupper() and word.lower() not in FUNCTION_WORDS:
                self.name_counts[word] = self.name_counts.get(word, 0) + 1

    def pronoun(self, word: str, sentence: int) -> Person | None:
        """Who "he", "she", "they" or "it" speaking here is: the one who spoke last (within a few sentences),
        unless someone was since introduced as a sentence's subject; never someone whose pronoun differs."""
        word = word.lower()
        if word == "it":
            if self.last_org is None and self.last_speaker is not None and self.last_speaker.org:
                return self.last_speaker
            if self.last_org:
                return self.last_org
            last = self.last_speaker
            if last is not None and last.gender is None and not last.roles and not last.affiliation and \
                    0 < sentence - self.last_speaker_sentence <= 2:
                # "Hyundai Motor has announced ... By 2010, it expects": a name read as a person's, never "he" or
                # "she" and given no job, that "it" refers to is a body's
                last.org = True
                self.last_org = last
                return last
            # "Qantas shares fell after it warned": nobody has spoken yet; the organisation named last
            mark = self.sentence_mark
            self.sentence_mark = len(self.names_seen)
            try:
                return self.org_named_since(self.marks.get(sentence - 1, mark), loose=True)
            finally:
                self.sentence_mark = mark
        if word == "they":
            if self.last_speaker and (self.last_speaker.org or " " not in self.last_speaker.name):
                return self.last_speaker
            return self.last_org
        gender = "m" if word == "he" else "f" if word == "she" else None
        speaker = self.last_speaker if self.last_speaker and not self.last_speaker.org else None
        candidates: list[Person | None] = []
        if self.last_subject is not None and self.last_subject_sentence > self.last_speaker_sentence:
            candidates.append(self.last_subject)
        if speaker is not None and sentence - self.last_speaker_sentence <= 3:
            candidates.append(speaker)
        candidates += [self.last_introduced, speaker]
        candidates += [p for p in reversed(self.people) if not p.org]
        for person in candidates:
            if person is not None and (gender is None or person.gender in (None, gender)):
                if gender:
                    person.gender = gender
                return person
        return None


def _affiliation(view: SentenceView, start: int, end: int) -> str | None:
    """The organisation a person's introduction names: "the WHO's regional director, Amara Nwosu",
    "Gareth Lindqvist, chief executive of Harbourside Living, said"."""
    toks = view.tokens
    for k in range(start - 1, max(-1, start - 9), -1):
        if view.quoted[k] or toks[k].text in ".;:":
            break
        if toks[k].low.endswith("'s") and toks[k].cap and any(toks[m].bare in ROLES for m in range(k + 1, start)):
            run = _name_run_left(toks, k + 1, max(0, k - 5))
            return run_text(view.text, toks, run, k + 1, view.base)
    if end + 1 < len(toks) and toks[end].text == ",":
        for k in range(end + 1, min(len(toks) - 1, end + 10)):
            if toks[k].text in ",;:." or view.quoted[k]:
                break
            leads = any(toks[m].low in ("leads", "led", "heads", "runs", "directs", "chairs", "manages")
                        for m in range(end + 1, k))
            if toks[k].low.endswith("'s") and toks[k].cap and k + 1 < len(toks) and \
                    (leads or any(toks[m].bare in ROLES for m in range(k + 1, min(len(toks), k + 4)))):
                # "Amara Nwosu, the WHO's regional director for Africa, said"
                run = _name_run_left(toks, k + 1, end + 1)
                return run_text(view.text, toks, run, k + 1, view.base)
            if toks[k].low in ("of", "at", "for", "with") and (leads or any(toks[m].bare in ROLES for m in range(end + 1, k))):
                m = k + 1 + (toks[k + 1].low == "the")
                e = m
                while e < len(toks) and (_is_cap_word(toks[e]) or toks[e].low in _ORG_GLUE and e + 1 < len(toks)
                                         and _is_cap_word(toks[e + 1])):
                    e += 1
                return run_text(view.text, toks, m, e, view.base) if e > m else None
    return None


def _plural_kind(word: str) -> bool:
    low = word.lower()
    return low.endswith("s") and (low[:-1] in ORG_WORDS or low[:-1] in ORG_NOUNS)


#: Words that show a clause began before a "that": "told him prices were so high that ..." is no listener.
_FINITE_BEFORE_THAT = {"is", "are", "was", "were", "will", "would", "could", "may", "might", "can", "should", "has",
                       "have", "had", "so", "such", "be", "been", "not", "do", "does", "did"}


def _note_described_bodies(toks: list[Tok], view: SentenceView, people: People) -> None:
    """Remember "Malaysia's central bank", "Germany's biggest carmaker": a body named by its place and kind, which
    a later "the central bank" means when no body of that kind is named."""
    for k, tok in enumerate(toks):
        if not (tok.cap and tok.low.endswith(("'s", "’s")) and tok.bare in _PLACE_POSSESSORS):
            continue
        first = k - 1 if k > 0 and toks[k - 1].cap and f"{toks[k - 1].low} {tok.bare}" in _PLACE_POSSESSORS else k
        for end in range(k + 1, min(k + 5, len(toks))):
            if not toks[end].word or toks[end].cap:
                break
            if toks[end].low in _GENERIC_ORG_NOUNS or toks[end].low in ORG_NOUNS and toks[end].low not in COUNTRIES:
                if end + 1 < len(toks) and toks[end + 1].word and toks[end + 1].low in ORG_NOUNS:
                    continue  # ("Malaysia's central bank governor": the kind is the last noun)
                people.described[toks[end].low] = view.words(first, end + 1)
                break


def register_mentions(view: SentenceView, people: People, sentence_index: int = 0) -> list[Person]:
    """Record the people a sentence introduces ("Harry Kazianis, director of ...", "professor Jordan Tama")."""
    toks = view.tokens
    introduced = []
    people.sentence_mark = len(people.names_seen)
    people.marks[sentence_index] = people.sentence_mark
    for match in _DEFINED_ACRONYM.finditer(view.text):
        # "The National Institute of Economic and Social Research (NIESR)": the shortest tail of the run whose
        # initials spell the acronym is its full name
        words = match["run"].split()
        acronym = match["acronym"].replace(".", "")
        for k in range(len(words)):
            if words[k][:1].isupper() and _initials(" ".join(words[k:])) == acronym:
                people.saw(" ".join(words[k:]))
                people.aliases[acronym] = re.sub(r"^(?:The|the)\s+", "", " ".join(words[k:]))
                break
        else:
            # "Japan Aerospace Exploration Agency (JAXA)": defined, though not by its initials; the longest tail
            # that begins with the acronym's letter
            k = next((k for k in range(len(words)) if words[k][:1] == acronym[:1] and len(words) - k >= 2), None)
            if k is None and len(words) >= 2 and is_org_name(words):
                # "The German Association of the Automotive Industry (VDA)": an acronym of another language
                k = 1 if words[0] in ("The", "the") else 0
            if k is not None and acronym not in people.aliases:
                people.aliases[acronym] = " ".join(words[k:])
    _note_described_bodies(toks, view, people)
    i = 0
    n = len(toks)
    while i < n:
        if not _is_cap_word(toks[i]):
            i += 1
            continue
        j = i
        while j < n and (_is_cap_word(toks[j]) or (toks[j].low in _NAME_PARTICLES and j + 1 < n and
                                                      _is_cap_word(toks[j + 1]) and j > i) or
                         (toks[j].text == "/" and j > i and j + 1 < n and _is_cap_word(toks[j + 1]) and
                          toks[j].start == toks[j - 1].end and toks[j + 1].start == toks[j].end) or
                         (toks[j].text == "." and j > i and toks[j - 1].cap and
                          (len(toks[j - 1].text) == 1 or _DOTTED.fullmatch(toks[j - 1].text)) and
                          j + 1 < n and _is_cap_word(toks[j + 1]) and toks[j + 1].start == toks[j].end + 1)):
            j += 1
        start, end = _strip_run(toks, i, j)
        while start < end and toks[start].bare in TITLES and toks[start].bare not in HONOURS and \
                not (start + 1 < end and toks[start + 1].low in _ORG_GLUE) and \
                not is_org_name([t.text for t in toks[start:end] if t.text != "."]):
            start += 1  # (not "General Motors")
        if end - start >= 3 and toks[start].low.endswith("s") and _singular(toks[start].bare) in ROLES:
            start += 1  # "Producers Barbara Broccoli and ...": a role, capitalised as the sentence's first word
        if start == 0 and end - start >= 2 and SPEECH.get(toks[0].low, ("", ""))[1] == "ing":
            start += 1  # "Explaining Beijing's changed position, observers said": a participle, not a first name
        title = _last_title_before_person(toks, start, end)
        if title is not None:
            # "Cleveland Federal Reserve President Margaret Okonjo-Hale": the person after the title
            people.saw(run_text(view.text, toks, start, title, view.base))
            start = title + 1
        words = [t.text for t in toks[start:end] if t.text != "."]
        glued = j
        while glued + 1 < n and toks[glued].low in ("of", "for", "and", "&", "on") and \
                (_is_cap_word(toks[glued + 1]) or toks[glued].low == "of" and toks[glued + 1].low == "the" and
                 glued + 2 < n and _is_cap_word(toks[glued + 2])) and \
                toks[glued + 1].bare not in WEEKDAY_WORDS and toks[glued + 1].bare not in MONTH_WORDS:  # ("Furse on Thursday")
            glued += 2 if toks[glued + 1].low == "the" else 1  # ("the German Association of the Automotive Industry")
            while glued < n and _is_cap_word(toks[glued]):
                glued += 1
        if glued > j and start < end:
            # "the Office for Budget Responsibility": an organisation's whole name, so that "OBR" finds it
            people.saw(run_text(view.text, toks, start, glued, view.base))
        if start < end and (not (end - start == 1 and start == 0) or is_org_name(words) and not _plural_kind(words[0])):
            # (a lone capital opening a sentence is no name, unless it is spelt like one: "JPMorgan was ...", but
            # not "Banks in Malaysia will ...", a kind of body in the plural)
            people.saw(run_text(view.text, toks, start, end, view.base))
            after = end + 3 if end + 2 < n and toks[end].text == "(" and toks[end + 2].text == ")" else end
            # ("Research group JD Power estimates": the body named after the kind of body it is)
            described = 0 < start <= 3 and toks[start - 1].bare in ORG_NOUNS and \
                all(t.word and (k == 0 or not t.cap) for k, t in enumerate(toks[:start]))
            kind_only = after + 1 < n and toks[after].bare in ORG_NOUNS and _is_cap_word(toks[after + 1])
            if sentence_index >= 0 and (start == 0 or start == 1 and toks[0].low == "the" or described) and \
                    not kind_only and \
                    is_org_name(words) and after < n and toks[after].low[:1].isalpha() and not toks[after].cap:
                # ("The International Air Transport Association (IATA) now expects")
                people.subject_orgs.append((sentence_index, run_text(view.text, toks, start, glued if glued > j else end,
                                                                      view.base)))
        lead = 1 if start >= 1 and toks[start - 1].bare in TITLES - HONOURS else 0  # "Mr Howard, however, was"
        if end - start == 1 and (start == lead or start == lead + 1 and toks[0].low in ("but", "and", "yet", "meanwhile") or
                                 start > 2 and toks[start - 1].text == "," and
                                 (toks[0].low.endswith("ing") or toks[0].low in ("after", "before", "despite", "asked"))) and \
                toks[start].low in people.by_last and end < n and (toks[end].text == "," or toks[end].word and
                                                                   not toks[end].cap):
            # "Whitcombe, who owns a chain of hardware stores, sees it differently": a person met before is the
            # sentence's subject, so the "he" that follows is theirs
            people.last_subject = people.by_last[toks[start].low]
            people.last_subject_sentence = sentence_index
        if start < end and looks_like_person(words) and not (start > 0 and toks[start - 1].low == "the"):
            # (a person is not "the Treasure Valley")
            name = run_text(view.text, toks, start, end, view.base)
            before = toks[start - 1] if start > 0 else None
            if before is not None and before.text == "." and start >= 2 and toks[start - 2].bare in TITLES:
                before = toks[start - 2]  # "Sen. Lorraine Castellanos"
            after = toks[end] if end < n else None
            after2 = toks[end + 1] if end + 1 < n else None
            role = None
            strong = False
            if before is not None and (before.bare in ROLES or before.bare in TITLES or
                                       before.cap and before.bare in JOB_TITLES):
                strong = True
                role = before.bare if before.bare in ROLES or before.cap else None  # ("Producer Kevin Wallace")
            if after is not None and after.text == "," and after2 is not None and \
                    (after2.low in DETERMINERS or after2.bare in ROLES or after2.bare in TITLES or
                     (after2.word and not after2.cap and after2.low not in FUNCTION_WORDS)):
                strong = True
                for t in toks[end + 1:min(n, end + 8)]:  # "chief economist at Foo Bank": the economist
                    if t.low in ("at", "of", "with", "for", "from", "in") or t.text in ",;":
                        break
                    if t.bare in ROLES:
                        role = t.bare
            if after is not None and after.low in SPEECH:
                strong = True
            if before is not None and before.text == "," and start >= 2 and \
                    (toks[start - 2].bare in ROLES or toks[start - 2].bare in ORG_NOUNS):
                strong = True  # "The analyst, Marta Kowalczyk, ..."
                role = toks[start - 2].bare if toks[start - 2].bare in ROLES else role
            if after is not None and after.low in ("of", "at", "from", "with") and after2 is not None and \
                    (after2.cap or after2.low == "the"):
                strong = True  # "Marta Kowalczyk of the Bruegel think tank"
            person = people.find(name)
            is_new = person is None
            person = people.add(name, role=role)
            if person.affiliation is None:
                person.affiliation = _affiliation(view, start, end)
            if strong:
                people.introduce(person)
                if is_new:
                    introduced.append(person)
                if start == 0 or (before is not None and before.text in ",;:" and sentence_index >= 0 and
                                  _time_adverbial(toks, 0, start - 1)) or \
                        all(_is_cap_word(t) or t.bare in ROLES or t.bare in TITLES or t.low in DETERMINERS or
                            t.text in "-'." for t in toks[:start]) or \
                        before is not None and before.text == "," and start >= 3 and toks[start - 2].bare in ROLES and \
                        after is not None and after.text == "," and \
                        all(_is_cap_word(t) or t.bare in ROLES or t.low in DETERMINERS or t.low.endswith("'s") or
                            (t.word and not t.cap and t.low not in FUNCTION_WORDS) for t in toks[:start - 1]) or \
                        start <= 8 and before is not None and (before.bare in ROLES or before.bare in TITLES) and \
                        all(t.word and t.low not in SPEECH and t.low not in FUNCTION_WORDS - DETERMINERS
                            for t in toks[:start]):
                    # the sentence's subject ("City boss Pep Guardiola was cautious", "Conservative shadow
                    # international development secretary Alan Duncan accused Mr Brown ...")
                    people.last_subject = person
                    people.last_subject_sentence = sentence_index
            elif start == 0 and end - start >= 2 and sentence_index >= 0 and after is not None and \
                    after.low in ("has", "have", "had", "is", "was", "will") and end + 1 < n and toks[end + 1].word \
                    and not toks[end + 1].cap:
                # "Gordon Brown has addressed the conference. The Chancellor said ...": what the sentence is about
                people.last_subject = person
                people.last_subject_sentence = sentence_index
            if strong:
                pronouns = {t.low for t in toks[end:] if t.low in ("he", "his", "him", "she", "her", "hers")}
                if pronouns and len([t for t in toks if _is_cap_word(t)]) <= 6 and person.gender is None:
                    male = bool(pronouns & {"he", "his", "him"})
                    female = bool(pronouns & {"she", "her", "hers"})
                    if male != female:  # "Joanne Pike insists her side will not be overawed"
                        person.gender = "m" if male else "f"
        i = max(j, i + 1)
    return introduced
