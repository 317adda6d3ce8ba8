"""Is this sentence a forecast? The cue words that make it one, the shapes that make it not one, and a score.

A forecast is a statement about the future relative to the day it was made. Its cues: "will", "'ll", "is going
to", "expects/predicts/forecasts", "is expected/likely/set to", "likely", "probably", odds and chances, and
(weaker) "may/might/could" and a deadline ("by April"). It is not a forecast when it is:

- a question ('Will talks resume?'), or a "will" inside an indirect one ("it is not clear whether X will");
- about the past: "was expected to", "may have landed", "probably wanted", "likely due to", a belief held then
  ("I thought England would go home", "many had expected"), or words said long ago ("said last year that");
- a wish or a demand ("we hope X will", "must make clear that any attempt will"), or "it will be up to X";
- a statement of intent or policy by the one speaking ("We'll take care of it", "Beijing says it will comply",
  "pseudonyms will no longer be permitted");
- boilerplate (cookies, comments, subscriptions) or a photo caption.

Each cue has a strength; the score adds a little for a deadline, a stated confidence and a named speaker, and
takes a little for a condition or a cue only inside a relative clause ("a missile that could reach").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Callable

from . import confidence as confidence_mod
from .attribution import (ORG_NOUNS as _ORG_ROLE_NOUNS, EXPRESSED_PAST, Attribution, SentenceView, is_project_noun,
                          looks_like_person, seen_ahead, used_as_noun)
from .lexicon import (BELIEVE, DETERMINERS, FUNCTION_WORDS, MONTH_WORDS, PLURAL_GROUPS, PREDICT, PROMISE, PRONOUNS,
                      PUBLICATION_HEADS, ROLES, SPEECH, WEEKDAY_WORDS)
from .tokens import CAP, QUOTE_MARKS

_WILL_NOUN_BEFORE = {"the", "political", "free", "good", "ill", "his", "her", "their", "its", "our", "my", "your",
                     "of", "against", "own", "popular", "public", "strong", "national", "general", "last", "a"}
_VERB_SKIP = {"not", "n't", "also", "still", "soon", "then", "never", "ever", "only", "just", "all", "both", "almost",
              "probably", "likely", "certainly", "definitely", "surely", "eventually", "quickly", "again", "now",
              "likely,", "undoubtedly", "inevitably", "further", "finally", "ultimately", "in", "fact", "very",
              "soon,", "well", "actually", "really", "simply", "easily", "most", "more", "even", "indeed", "no",
              "longer", "necessarily", "possibly", "perhaps", "at", "least", "one", "day", "someday", "shortly",
              "next", "first", "formally", "officially", "jointly"}
_QUESTION_WORDS = {"whether", "if", "what", "how", "when", "why", "where", "whatever", "extent"}
#: Hoping, wishing, wanting: a wish even when reported in the past ("said he hoped she would return").
_HOPES = {"hope", "hopes", "hoped", "hoping", "wish", "wishes", "wished", "want", "wants", "wanted", "pray", "prays",
          "prayed"}
_WISH_WORDS = _HOPES | {"hopefully", "demand", "demands", "demanded", "insist", "insists", "ensure", "ensures", "require",
                        "requires", "urge", "urges", "urged", "must", "should", "ought", "need", "needs"}
_POLICY_PASSIVE = {"permitted", "allowed", "accepted", "tolerated", "required", "published", "moderated", "removed",
                   "deleted", "charged", "refunded", "shared", "processed", "stored", "notified", "banned",
                   "prohibited", "reviewed", "closed", "suspended", "emailed", "sent", "contacted", "billed",
                   "asked", "used", "displayed", "collected", "retained", "subject", "eligible", "entitled",
                   "obliged", "barred", "exempt", "liable"}
#: A contest's outcome, not in the gift of who speaks of it: what a runner or side "should" do is a tip under any
#: name ("Velvet Harbour should make the frame"), and "We will beat them" a forecast ("finish" only with a placing).
_CONTEST_VERBS = {"win", "beat", "lose", "finish", "qualify", "advance", "prevail", "triumph", "survive", "edge",
                  "top", "progress", "retain", "regain", "clinch"}
# Verbs whose "we will ..." is a forecast rather than an intention ("we will see a recession").
_NON_VOLITIONAL = (_CONTEST_VERBS - {"finish"}) | {"flip",
                   "overtake", "surpass", "exceed", "outpace", "outstrip", "reach", "hit", "top", "slip", "decline",
                   "climb", "double", "halve", "improve", "worsen", "slow", "accelerate", "outperform", "underperform",
                   "narrow", "widen", "peak", "rebound", "score", "concede", "want", "struggle", "suffer", "spell",
                   "mean", "cost", "affect", "breach", "outweigh", "dominate",
                   "see", "have", "get", "be", "face", "need", "find", "know",
                   "learn", "lose", "win", "suffer",
                   "experience", "feel", "hear", "become", "fall", "rise", "grow", "shrink", "fail", "struggle", "miss",
                   "beat", "survive", "recover", "end", "hurt", "regret", "notice", "discover", "witness", "die",
                   "live", "go", "come", "face", "run", "slip", "drop", "sink", "collapse", "break", "probably", "benefit",
                   "likely", "never", "enter", "head", "look", "ease", "soften", "weaken", "strengthen", "cool",
                   "fade", "stabilise", "stabilize", "recede", "pick", "bite", "shrink", "contract", "expand"}
_PAST_IRREGULAR = {"was", "were", "had", "did", "went", "came", "saw", "got", "made", "took", "gave", "said", "told",
                   "thought", "knew", "left", "felt", "became", "began", "brought", "bought", "caught", "chose",
                   "fell", "found", "fought", "held", "kept", "led", "lost", "meant", "met", "paid", "ran", "rose",
                   "sent", "set", "shot", "sold", "stood", "struck", "won", "wrote", "spent", "built", "sought"}
_BOILERPLATE = re.compile(
    # (and an official statement's closing line: "A further announcement will be made in due course.")
    r"\bfurther\s+(?:announcements?|statements?|updates?|details|information)\s+will\s+be\s+(?:made|issued|given|"
    r"provided|released|published)\b|"
    # (a site's words about itself, not the news: "privacy laws", "your data is going to double", "login info",
    # "the third party" and "his Power On newsletter" are news)
    r"\b(?:cookies?\s+(?:policy|settings|notice|preferences|on\s+(?:this|our|your))|"
    r"(?:use|uses|accept|allow|enable|disable|block)\s+cookies|privacy\s+(?:policy|notice|statement|settings|"
    r"centre|center|preferences)|your\s+privacy|opt[- ]out\s+(?:of\s+(?:cookies|tracking|marketing|e-?mails?)|"
    r"here|at\s+any\s+time)|(?:your|our\s+use\s+of)\s+personal\s+(?:information|data)|"
    r"(?:our|free|daily|weekly)\s+(?:[\w-]+\s+)?newsletters?|newsletters?\s+(?:sign|subscri|delivered)|"
    r"subscribe\s+(?:now|here|today|to\s+(?:our|receive))|^\W*subscribe|"
    r"(?:our|your|a\s+free|digital|premium)\s+subscri(?:ption|bers?)|"
    r"^\W*(?:your\s+|all\s+|reader\s+)?comments?\s+(?:may|must|should|can(?:not)?|will\s+be\s+(?:moderated|reviewed|"
    r"posted|published|removed))\b|"  # a comment box's rules: "Comments may be no longer than 2000 characters"
    r"terms of (?:use|service)|your browser|advertis(?:ing|ers?|ements?) partners|comments? (?:are|is|on this)|"
    r"pseudonyms?|submission guidelines|sign (?:up|in)\s+(?:now|here|today|to\s+(?:our|receive)|for\s+(?:our|free|"
    r"the\s+newsletter))|^\W*sign (?:up|in)|log ?in\s+(?:here|now|to|with)|^\W*log ?in|your account|"
    r"(?:enable|disable)d?\s+javascript|javascript\s+(?:is\s+)?(?:disabled|enabled|required)|all rights reserved|"
    r"reproduce and publish|this website|our website|our site|click here|read more|follow (?:us|him|her) on|"
    r"you can follow|free trial|paywall|unsubscribe|your (?:selection|preferences|settings|consent|rights|interests|"
    r"activity|device)|websites? you visit|^\W*adverts?(?:isement)?\b|adverts?\s+(?:help|keep|support|fund)|"
    r"targeted ads|third[- ]part(?:y|ies)\s+(?:cookies|partners|sites|websites|vendors|advertis\w*)|"
    r"personali[sz]ed (?:ads|advertising|experience)|tracking technologies)\b|©",
    re.IGNORECASE)
#: "Also be sure to catch the latest ...", "stay tuned": a plug; "Video: Dr Hilary suggests ...": a caption.
_PLUG_OR_CAPTION = re.compile(r"\W*(?:(?:also\s+|please\s+)?be\s+sure\s+to\b|.*\bstay\s+tuned\b|"
                              r"(?:video|watch|photos?|gallery|listen|audio)\s*:)", re.IGNORECASE)
_LABEL = re.compile(r"^\W*(?:my\s+|our\s+|the\s+)?(?:prediction|verdict|tip|pick|best bet|forecast|score prediction|"
                    r"(?:my|our)\s+(?:view|call|read|take|guess|hunch)|"
                    r"bet of the day|nap|selection)s?\s*[:–—-]\s*\S", re.IGNORECASE)
#: "My pick remains Barcelona", "our tip is Galway Bay", "my bet would be a draw": a pundit's pick in a sentence.
_MY_PICK = re.compile(r"^\W*(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:pick|tip|prediction|bet|selection|fancy|verdict|"
                      r"forecast|call|nap|banker)s?\s+(?:(?:is|are|remains?|stays?|would\s+be|has\s+to\s+be|'s)\b|[:–—-])"
                      # "My hunch is that Northampton keep him": a guess about what comes
                      r"|^\W*(?:but\s+|and\s+)?(?:my|our)\s+(?:[\w-]+\s+)?(?:hunch|guess|feeling|instinct|expectation|"
                      r"suspicion|sense)\s+is\s+that\b"
                      r"|^\W*give\s+me\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*(?:,|to\b|by\b|in\b|[0-9])"
                      # "I'll take the Pistons in seven", "I like the Rockets in five games", "I have the Timberwolves
                      # closing it out in six": a series pick
                      r"|^\W*I(?:'ll|’ll|\s+will)?\s+(?:take|like|have|fancy|back)\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*"
                      r"(?:\s+(?-i:[A-Z])[\w'’.-]*)*[^.;]{0,40}?\bin\s+(?:four|five|six|seven|[4-7])\b",
                      re.IGNORECASE)  # (and a picks column's "Give me the Eagles, 23-17")
#: A belief frame that is not a verb: "The first cut comes in March, in my view."
_VIEW_FRAME = re.compile(r"\b(?:in\s+(?:my|our)\s+(?:view|opinion|judgement|judgment|estimation|book)|to\s+my\s+mind|"
                         r"as\s+(?:i|we)\s+see\s+it|my\s+(?:guess|hunch|sense|bet|expectation)\s+is|"
                         r"(?:i|we)\s+(?:think|believe|reckon|suspect|expect|fancy|bet)|i'm\s+(?:sure|confident|convinced))\b",
                         re.IGNORECASE)
#: Present-tense verbs of things that happen rather than are scheduled: with a belief ("I think Arsenal go
#: through") or a forecaster and a time to come ("the heatwave arrives next week, according to AEMET"), the
#: present tense speaks of the future. Timetable verbs (open, close, start, meet, take effect) are not here.
_EVENT_PRESENT = {
    f for base in ("come", "arrive", "go", "get", "win", "lose", "tip", "peak", "fall", "rise", "hit", "reach",
                   "bottom", "return", "break", "collapse", "recover", "end", "happen", "beat", "survive", "slow",
                   "ease", "turn", "drop", "climb", "slip", "stay", "hold", "sink", "edge", "crash", "fade",
                   "finish", "top", "fail", "struggle", "succeed", "prevail", "triumph", "score", "qualify",
                   "advance", "overtake", "outperform", "underperform", "rebound", "bounce", "stall", "shrink",
                   "grow", "double", "halve", "soar", "plunge", "tumble", "surge", "dip", "cool", "warm", "last",
                   "worsen", "improve", "strengthen", "weaken", "pick", "settle", "land", "cross")
    for f in (base, base + ("es" if base.endswith(("s", "sh", "ch", "x", "o")) else "s"))
} | {"goes", "does", "wins", "gets"}
#: More present-tense verbs that, in a list of the writer's own predictions, tell what will happen ("Passkeys
#: become the default", "Netflix raises the price", "The judge orders Google to sell", "Google appeals").
_PREDICTED_PRESENT = {
    f for base in ("become", "keep", "change", "raise", "cut", "order", "appeal", "ship", "launch", "sell", "buy",
                   "join", "leave", "quit", "replace", "start", "stop", "die", "disappear", "spread", "merge", "split",
                   "ban", "approve", "reject", "rule", "sign", "pass", "call", "announce", "release", "hire", "fire",
                   "resign", "default", "lift", "lower", "abandon", "acquire", "unveil", "overtake", "remain",
                   "take", "make", "lead", "miss", "beat", "launch", "walk", "run", "force", "block", "drop", "add")
    for f in (base, base + ("es" if base.endswith(("s", "sh", "ch", "x", "o")) else "s"))
} | _EVENT_PRESENT
_NOT_SUBJECT_BEFORE = {"to", "will", "would", "could", "may", "might", "can", "should", "must", "shall", "'ll", "not",
                       "n't", "did", "does", "do", "didn't", "doesn't", "don't", "the", "a", "an", "this", "that",
                       "these", "those", "its", "their", "his", "her", "our", "my", "your", "of", "in", "on", "at",
                       "for", "with", "from", "by", "about", "and", "or", "but", "than", "as", "no", "every", "each",
                       "any", "some", "sharp", "big", "small", "further", "first", "next", "last", "which", "who",
                       "that's", "let", "they'll", "we'll", "i'll", "you'll", "it'll", "he'll", "she'll"}


#: A clause that opens with a month and no year ("In October the company guided ..."): with a verb in the past
#: tense, that month is gone.
_MONTH_GONE = re.compile(r"^\W*(?:back\s+)?(?:in|on|during|since|early\s+in|late\s+in|until)\s+(?:jan(?:uary)?|feb(?:ruary)?|"
                         r"march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|"
                         r"dec(?:ember)?)\b\.?(?!\s*[0-9])", re.IGNORECASE)


#: Subjects that open advice: "Those struggling to pay should contact their supplier", "Anyone affected should".
_ADVISED = {"those", "anyone", "anybody", "everyone", "everybody", "people", "customers", "households", "consumers",
            "you", "parents", "patients", "passengers", "drivers", "residents", "travellers", "travelers", "users",
            "investors", "borrowers", "homeowners", "employers", "staff", "members", "visitors", "fans"}
#: "I'd be surprised if", "I'd be amazed if": the speaker expects the opposite.
_SURPRISED = {"surprised", "amazed", "astonished", "shocked", "stunned"}
#: A future perfect's deadline said first, which the phrase reader need not date: "By the end of the school year,
#: they'll have missed out on ...", "By the time it is complete, ...", "By then, ...".
_BY_THE_TIME = re.compile(r"\W*by\s+(?:the\s+(?:end|time|close|middle|start)\b|then\b|(?:19|20)[0-9]{2}\b)",
                          re.IGNORECASE)
#: A clause's negation besides the "-n't" forms: "surprised if he did not win".
_NOT_WORDS = {"not", "never", "no"}
#: Words that end the clause after "if": "surprised if they scored, no matter who plays".
_CLAUSE_ENDS = {"because", "since", "but", "and", "though", "although", "whoever", "whatever"}
#: Verbs of tipping, which also mean supporting or choosing: "backed X to win" is a tip, "backed the cuts" is not.
_TIPPING = {"back", "pick", "tip", "fancy"}
#: Past forms that still give a tip with "X to win" ("backed Briggs to finish"), unlike "fought off X to take".
_TIPPED_TO = {"backed", "tipped", "picked", "fancied", "expected", "predicted", "projected", "forecast", "rated",
              "reckoned", "made", "installed", "set", "led"}
#: Words before an "-ing" noun rather than a participle: "opportunities for delivering", "the cost of running".
_BEFORE_A_GERUND = {"for", "of", "in", "about", "by", "at", "on", "from", "with", "without", "the", "a", "an", "its",
                    "their", "his", "her", "our", "my", "your", "this", "that"}
#: "sees X as Y", "sees itself as": a view of what something is, not of its course.
_SEEN_AS = {"as", "itself", "themselves", "himself", "herself"}
#: "expressed doubts that", "voiced confidence that": a view stated.
_EXPRESSED = re.compile(rf"(?:{'|'.join(sorted(EXPRESSED_PAST))})\b")


def _seen_as(toks: list, start: int, end: int) -> bool:
    return any(toks[k].low in _SEEN_AS for k in range(start, end))


def _course_ahead(toks: list, start: int, end: int) -> bool:
    """After "see": an -ing verb that tells a course ("sees earnings peaking"), not a gerund ("opportunities for
    delivering")."""
    return any(toks[k].low.endswith("ing") and len(toks[k].low) > 5 and toks[k - 1].low not in _BEFORE_A_GERUND
               for k in range(start, end))


_A_TIP = re.compile(r"\bto\s+(?!(?:the|a|an|his|her|their|its|our|my|your|him|them|me|us|this|that)\b)[a-z]+|"
                    r"\bfor\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?(?:title|top|crown|glory|gold|win|victory|"
                    r"promotion|relegation|drop|nomination|award|prize|job|post|role|cup|championship|medal|honours?|"
                    r"success|stardom|greatness)\b|"
                    r"\bas\s+(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+)?(?:\w+\s+)?(?:favou?rites?|winners?|"
                    r"champions?|successor|next|likely|best\s+bet)|"
                    r"\b(?:at|from)\s+[0-9]{1,3}\s*[-/]\s*[0-9]{1,3}\b|\b(?:will|would|'ll|going\s+to)\b",
                    re.IGNORECASE)


def _names_a_tip(content: str) -> bool:
    """Does the content of "back", "pick", "tip" or "fancy" say what is tipped to happen ("to win", "for the title",
    "as favourite", "at 5-1")?"""
    return bool(_A_TIP.search(" ".join(content.split()[:14])))


#: Verbs of a state that holds now: a belief about them is about the present ("I don't think they believe me").
_STATES = {"believe", "believes", "think", "thinks", "know", "knows", "like", "likes", "want", "wants", "mean",
           "means", "understand", "understands", "care", "cares", "agree", "agrees", "remember", "remembers",
           "realise", "realises", "realize", "realizes", "trust", "trusts"}


def _a_state_now(view: SentenceView, lo: int, hi: int) -> bool:
    """Is the clause [lo, hi) a subject and a verb of state in the present, with nothing ahead in it?"""
    toks = view.tokens
    k = next((k for k in range(lo, min(hi, lo + 4)) if toks[k].low in _STATES), None)
    return k is not None and k > lo and all(t.word and not t.cap or t.low in ("i", "they", "he", "she", "we", "you")
                                            for t in toks[lo:k]) and \
        not _FUTURE_WORDS.search(view.text[toks[k].end - view.base:toks[hi - 1].end - view.base])


def _finite_past(view: SentenceView, lo: int, hi: int) -> bool:
    """Does the clause [lo, hi) have a verb in the past tense after its subject ("margins bottomed")?"""
    toks = view.tokens
    return any(_is_past_verb(toks[k].low) and k > lo and toks[k - 1].word and not toks[k - 1].low in (
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "'s", "'re", "get",
        "gets", "to", "the", "a", "an", "its", "their", "our", "my") and "-" not in toks[k - 1].low and
        not toks[k - 1].low[:1].isdigit()
        for k in range(lo, hi))


def _holds_now(view: SentenceView, lo: int, hi: int) -> bool:
    """Is the clause [lo, hi) a state that holds now, told with "have", "has", "are", "is" after its subject
    ("millions of under-18s also have MP3 players")?"""
    toks = view.tokens
    for k in range(lo + 1, hi):
        low = toks[k].low
        if low in _MODALS or low.endswith(("'ll", "’ll")) or low in ("going", "to"):
            return False
        if low in ("have", "has", "are", "is", "own", "owns", "know", "knows", "hold", "holds") and toks[k - 1].word \
                and toks[k - 1].low not in ("to", "will", "would", "may", "might", "could", "can"):
            return not (k + 1 < hi and (toks[k + 1].low in ("to", "going", "been") or toks[k + 1].low.endswith("ing")))
    return False


def _present_event(view: SentenceView, lo: int, hi: int, verbs: set[str] = _EVENT_PRESENT) -> int | None:
    """The first present-tense verb of something happening in [lo, hi) ("comes", "go through", "tips into"),
    read as a verb only after a word that can be its subject (not "the fall in prices", "to win")."""
    toks = view.tokens
    for k in range(lo, hi):
        low = toks[k].low
        if low not in verbs or k == lo or toks[k].cap and k > lo:
            continue
        if low == "does" and k + 1 < hi and toks[k + 1].low in ("not", "n't", "never"):
            continue  # "the Fed does not want to rock the boat": an auxiliary
        prev = toks[k - 1]
        if any(c.isdigit() for c in prev.low) or prev.low in ("their", "its", "his", "her", "our", "my", "your", "the",
                                                                "a", "an"):
            continue  # "below their early-2022 peak", "the fall": a noun
        pronoun_after_belief = prev.low in ("this", "that", "it") and k >= 2 and toks[k - 2].low in (
            "think", "believe", "reckon", "suspect", "expect", "bet", "guess")  # "I think this gets done"
        if (prev.low in _NOT_SUBJECT_BEFORE and not pronoun_after_belief) or not prev.word or \
                prev.low.endswith("ly") and not prev.cap:
            continue
        if low in ("come", "go", "get", "win", "lose", "hold", "stay", "end", "turn", "last", "land", "pick", "top",
                   "fall", "rise", "drop", "dip", "double") and not (prev.cap or prev.low in ("they", "we", "you", "i")
                                                                or prev.low.endswith("s") and not prev.low.endswith("ss")):
            continue  # a base form needs a plural or named subject: "Arsenal go through", "they get one"
        return k
    return None


_TO_WIN = re.compile(rf"\b{CAP}[\w'’.-]*(?:\s+{CAP}[\w'’.-]*)*\s+to\s+(?:win|beat|edge|take|claim|lift|reach|finish|"
                     r"go\s+through|qualify|advance|triumph|prevail|retain|score|top|hold\s+on|cause\s+an\s+upset)\b")
#: "(in talks with SAIC) to take a 20% stake", "to take control": a deal's terms, not a pick to win.
_TAKE_A_STAKE = re.compile(r"(?<=take)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w%.-]+\s+){0,2}?(?:stakes?|over|"
                           r"part|charge|place|office|effect|action|legal|shares?|ownership)\b", re.IGNORECASE)
#: A clause that tells what was done before "X to take ...": "The 22-year-old pipped Maurice Greene on the last leg
#: of the relay in Athens to take top honours" (an outcome, not a pick).
_TOLD_DONE = re.compile(r"^\W*(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+(?!backed|tipped|picked|fancied|expected|"
                        r"predicted|projected|forecast|rated|fancies)(?:[a-z]+ed|won|beat|took|came|ran|went|got|made|"
                        r"held|led|struck|sealed|clinched)\s", re.IGNORECASE)
#: A price stated as a fact: "are 2-1 to regain the urn", "is their 9-2 favourite", "at 4-1", "is a 50-1 shot"
#: (not a score: "won 2-1", "are 2-1 up", "a 2-1 win").
_BARE_PRICE = re.compile(r"\b(?:is|are|'re|at|remains?|now|into|from|was|were)\s+(?:(?:a|an|the|their|its|joint|second|"
                         r"third|clear|hot|big|rank|well-backed|general)\s+)*"
                         # (a price's second number is small: 11-2, 50-1, 4-6, 8-13; not a record such as 53-29)
                         r"(?P<p>[0-9]{1,3}\s*[-/]\s*(?:[1-9]|1[0-3])|evens)\b"
                         r"(?!\s*(?:%|per\s*cent|up\b|down\b|wins?\b|victory|defeat|lead|loss|draw|on\s+aggregate|"
                         r"aggregate|scoreline|home|away|at\s+home|on\s+the\s+road|in\s+the\s+|series\s+lead|margin|"
                         r"record|stretch|run\b|season|start))", re.IGNORECASE)
_DISCOURSE = re.compile(
    r"^(?:but|and|yet|so|still|now|however|indeed|really|also|in fact|of course|then|well|or|plus|instead|"
    r"meanwhile|in the meantime|for now|as a result|additionally|moreover|furthermore|nevertheless|nonetheless|"
    r"regardless|in any case|either way|ultimately|frankly|honestly|look|listen|that said|even so|sure|"
    r"in short|overall|crucially|importantly|for his part|for her part|for their part|in turn|by contrast|"
    r"in other words|put simply|simply put|at the same time|similarly|likewise|first|second|third|finally)"
    r"\b\s*,?\s*", re.IGNORECASE)


@dataclass
class Cue:
    start: int
    end: int
    kind: str  # will, going-to, expect, passive, likely, chance, modal, would, deadline, label, negated
    strength: float


@dataclass
class Reading:
    cues: list[Cue] = field(default_factory=list)
    reject: str | None = None
    conditional: bool = False
    relative_only: bool = False
    passive_forecast: bool = False
    first_person: bool = False
    negated_expectation: re.Match[str] | None = None
    backshift: bool = False
    habitual: bool = False

    @property
    def strength(self) -> float:
        return max((c.strength for c in self.cues), default=0.0)


_PAST_PARTICIPLES = {"driven", "done", "taken", "written", "known", "shown", "grown", "thrown", "broken",
                     "chosen", "spoken", "stolen", "forgotten", "hidden", "ridden", "beaten", "eaten", "fallen", "risen",
                     "begun", "drawn", "flown", "gone", "undone", "overtaken", "outgrown", "brought", "sunk", "shrunk"}


#: Words before a plural that make it the noun: "placing little bets", "several forecasts", "two projects".
_QUANTITY_BEFORE_NOUN = {"little", "small", "big", "large", "few", "several", "many", "some", "no", "any", "more",
                         "other", "such", "two", "three", "four", "five", "latest", "recent", "earlier", "previous",
                         "own", "various", "different", "similar", "both", "all", "these", "those"}


def _perfect_after(view: SentenceView, k: int, hi: int) -> bool:
    """Is a participle next after "have" ("would have been", "would have already gone"), making it a perfect rather
    than the verb "have" ("would have no impact") or "have to"?"""
    toks = view.tokens
    while k < hi and toks[k].low in ("never", "already", "probably", "also", "still", "easily", "surely", "certainly",
                                     "likely", "not", "n't", "really", "just", "even", "all", "definitely"):
        k += 1
    if k >= hi:
        return True
    return toks[k].low in ("been", "had", "got", "gotten") or _is_past_verb(toks[k].low)


def _tells_the_past(view: SentenceView, lo: int, hi: int) -> bool:
    """Does the clause open on a short subject and a past auxiliary ("he hadn't checked", "they were"), with nothing
    of the future after it?"""
    toks = view.tokens
    for k in range(lo, min(hi, lo + 4)):
        low = toks[k].low
        if low in ("had", "hadn't", "was", "were", "wasn't", "weren't", "did", "didn't"):
            return k > lo and not any(t.low in _MODALS or t.low.endswith(("'ll", "’ll")) or t.low == "going"
                                      for t in toks[k:hi])
        if not (toks[k].cap or low in PRONOUNS or low in ("the", "a", "an", "that", "this")):
            return False
    return False


def _is_past_verb(low: str) -> bool:
    if low in _PAST_IRREGULAR or low in _PAST_PARTICIPLES:
        return True
    return len(low) > 4 and low.endswith("ed") and low not in ("need", "indeed", "speed", "proceed", "exceed",
                                                               "succeed", "breed", "feed", "seed", "bed", "red")


#: A race rating: "a toss-up", "leaning Republican", "Safe Labour".
_RACE_RATING = re.compile(r"^\s*(?:the\s+)?[\w\s'’-]{0,40}?\b(?:as\s+)?(?:a\s+)?(?:toss-?up|(?:lean(?:s|ing)?|likely|safe|"
                          r"solid|tilts?)\s+(?:Republican|Democratic|Democrat|Labour|Conservative|GOP|Tory|Liberal|"
                          r"Reform|SNP))\b", re.IGNORECASE)
#: Words after "finish" that tell a placing: "finish in the top two", "finish second", "finish above Leeds".
_PLACINGS = {"in", "as", "top", "first", "second", "third", "fourth", "fifth", "sixth", "last", "above", "below",
             "ahead", "behind", "outside", "inside", "bottom", "level", "runners-up", "higher", "lower"}
#: What things are expected to do under "should": change, cause, help ("should help underpin profits").
_OUTCOME_VERBS = {v for v in _EVENT_PRESENT if not v.endswith("s") or v in ("last", "cross")} | {
    "help", "lead", "mean", "make", "cut", "boost", "reduce", "increase", "raise", "lift", "cushion", "emerge",
    "prove", "allow", "enable", "ensure", "give", "bring", "result", "spell", "remain", "continue", "decline",
    "underpin", "support", "attract", "benefit", "hurt", "dent", "offset", "narrow", "widen", "push", "pave",
    "spur", "fuel", "trigger", "generate", "deliver", "empower", "cap", "curb", "limit", "lower", "outweigh", "uplift"}
#: How someone or something is expected to be: "should be fit", "should be able to".
_EXPECTED_STATES = {"fit", "able", "ready", "available", "back", "enough", "sufficient", "fine", "okay", "higher",
                    "lower", "stronger", "weaker", "better", "worse", "bigger", "smaller", "positive", "negative",
                    "clear", "over", "done", "complete", "completed", "finished", "fully", "in"}
_SHOULD_SUBJECTS = {"it", "this", "that", "which", "these", "those"}


def _expected_ahead(attribution: Attribution, toks: list, lo: int, deadline_near: Callable[[], bool]) -> bool:
    """ "It expected 2005 to be a transitional year and to return to profitability in 2006": a body's outlook
    reported in the past tense, its time still ahead of the day it was said (not "I expected", nor a belief the
    sentence says was wrong)."""
    return attribution.verb == "expect" and attribution.tense == "past" and attribution.position == "initial" and \
        attribution.speaker.text.lower() not in ("i", "we") and deadline_near() and \
        not any(t.low in ("but", "instead", "actually", "wrong", "had", "'d", "surprised", "surprise", "turned",
                          "proved") for t in toks[lo:]) and \
        not any(t.low in ("start", "beginning", "earlier", "last", "previously", "originally", "initially", "once",
                          "ago") and t.end <= attribution.speaker.start for t in toks)


#: What people say there "should be" as a demand: "there should be an inquiry".
_DEMANDED = {"inquiry", "investigation", "review", "debate", "vote", "referendum", "ban", "law", "laws", "apology",
             "action", "crackdown", "rethink", "reform", "reforms", "limit", "limits", "cap", "moratorium", "change",
             "changes", "penalty", "penalties", "sanctions", "consultation", "statement", "guarantee", "compensation"}
_WITHIN_A_SPAN = re.compile(r"\b(?:in|within|over)\s+the\s+(?:next|coming)\s+(?:[\w-]+\s+)?(?:days?|weeks?|months?|years?)\b|"
                            r"\b(?:by|before)\s+(?:the\s+end\s+of\s+)?(?:next|this)\s+(?:week|month|year)\b|"
                            r"\b(?:by|before)\s+(?:19|20)[0-9]{2}\b", re.IGNORECASE)


def _should_expects(view: SentenceView, i: int, lo: int, hi: int, text: str) -> bool:
    """Does the "should" at i tell what is expected rather than what ought to be done?"""
    toks = view.tokens
    # ('these actions should "significantly uplift earnings"': the verb inside the quotation)
    verb = _next_verb(view, i + 1 if i + 1 < hi and toks[i + 1].text in QUOTE_MARKS else i, hi)
    if verb is None or i <= lo or _VALUE_WORDS.search(text) or _in_question(view, i, lo):
        return False
    before = toks[i - 1]
    if before.text == ",":
        # "This, said Sloncek, should make the system less vulnerable": the subject before the aside
        opening = next((k for k in range(i - 2, max(lo, i - 8) - 1, -1) if toks[k].text == ","), None)
        if opening is not None and opening > lo and any(t.low in SPEECH for t in toks[opening + 1:i - 1]):
            before = toks[opening - 1]
    if before.low in ("if", "nor", "why", "how") or toks[lo].low in ("if", "unless", "should"):
        return False  # ("if it should rain": a condition)
    if toks[verb].low == "be" and verb + 1 < hi and toks[verb + 1].low in _EXPECTED_STATES:
        return before.low not in ("you", "we", "i")  # ("you should be ready": advice)
    if before.low == "there" and toks[verb].low == "be" and \
            not any(t.low in _DEMANDED for t in toks[verb + 1:min(hi, verb + 5)]) and \
            _WITHIN_A_SPAN.search(view.text, toks[verb].end - view.base, toks[hi - 1].end - view.base):
        return True  # "There should be handsets out in the UK in the next six months": expected, within a span
    if before.cap and not before.low in ("i", "we") and (
            toks[verb].low in _CONTEST_VERBS or toks[verb].low == "make" and verb + 2 < hi and
            toks[verb + 1].low == "the" and toks[verb + 2].low in ("frame", "cut", "final", "playoffs", "podium")):
        return True  # "Velvet Harbour should make the frame at a big price", "Arsenal should beat Fulham": a tip
    if toks[verb].low not in _OUTCOME_VERBS:
        return False
    if before.low in _SHOULD_SUBJECTS:
        return True
    return _a_thing(before)


#: What someone "should" do, as advice: "anyone hoping for an early night should think again".
_ADVICE_VERBS = {"think", "consider", "look", "watch", "avoid", "buy", "sell", "wait", "try", "keep", "stay", "go",
                 "take", "check", "beware", "expect", "plan", "book", "bring", "remember", "know", "read", "see"}


def _a_thing(before: Tok) -> bool:
    """Is the word before "should" a thing, not a person or a body that acts ("the economies ... should emerge",
    "These orders should help"), so that "should" tells what is expected of it?"""
    return before.word and not before.cap and before.low not in _PRONOUN_SUBJECTS and \
        before.low not in SPEECH and before.bare not in _ORG_ROLE_NOUNS and before.bare not in ROLES and \
        before.low not in PLURAL_GROUPS and not (before.low.endswith("s") and before.low[:-1] in ROLES) and \
        before.low not in ("people", "everyone", "nobody", "workers", "voters", "consumers", "shoppers", "buyers",
                           "sellers", "players", "fans", "customers", "users", "members", "parents", "drivers")


def _next_verb(view: SentenceView, i: int, end: int) -> int | None:
    """Index of the verb after a modal at i (skipping 'not' and adverbs), or None."""
    toks = view.tokens
    j = i + 1
    if j + 2 < end and toks[j].low in ("more", "less") and toks[j + 1].low == "than":
        j += 2  # "should more than double"
    while j < end and (toks[j].low in _VERB_SKIP or toks[j].low.endswith("ly") and toks[j].low not in ("fly", "rely", "apply", "supply", "reply", "rally", "tally") or toks[j].text == ","):
        j += 1
    if j < end and toks[j].word:
        return j
    return None


def _clause_start(view: SentenceView, i: int, lo: int) -> int:
    toks = view.tokens
    j = i - 1
    while j >= lo:
        if toks[j].text in ",;:—–()" or toks[j].text in QUOTE_MARKS:
            return j + 1
        j -= 1
    return lo


_SUBJECT_PRONOUNS = PRONOUNS | {"this", "that"}
#: Verbs that show or tell how a thing will go ("highlights how X will"), and the words a "how" asks a measure with.
_SHOWING_HOW = {"shows", "show", "showed", "shown", "highlights", "highlighted", "demonstrates", "demonstrated",
                "illustrates", "illustrated", "explains", "explained", "explain", "describes", "described",
                "outlines", "outlined", "details", "detailed", "reveals", "revealed"}
_TELLING_ABOUT = {"talk", "talks", "talked", "write", "writes", "wrote", "demonstration", "story", "post", "piece",
                  "article", "video", "explanation", "lesson"}
_HOW_DEGREE = {"much", "many", "long", "far", "soon", "big", "large", "small", "high", "low", "fast", "often", "well",
               "bad", "good", "serious", "severe", "deep", "strong", "hard", "likely"}


def _in_question(view: SentenceView, i: int, lo: int) -> bool:
    """Is the token at i inside an indirect question ("not clear whether X will", "to what extent X will")?"""
    toks = view.tokens
    start = _clause_start(view, i, lo)
    for k in range(i - 2, start, -1):
        if toks[k].low in ("and", "but") and toks[k + 1].low.split("'")[0].split("’")[0] in _SUBJECT_PRONOUNS:
            start = k + 1  # "what the tactics are going to be and it's going to be fear": a new clause
            break
    for k in range(start, i):
        low = toks[k].low
        if low in _QUESTION_WORDS:
            if low == "when" and k == _clause_start(view, i, lo):
                continue  # "when talks resume, ..." is a time clause, not a question (its own clause)
            if low == "when" and k > lo and (toks[k - 1].bare in WEEKDAY_WORDS | MONTH_WORDS or toks[k - 1].low in (
                    "day", "week", "month", "year", "time", "moment", "date", "point", "season", "then", "night")):
                continue  # "on Thursday when projected increases will be ...": that day, not a question
            if low == "if" and (k == _clause_start(view, i, lo) or k > lo and toks[k - 1].low == "as"):
                continue  # (and "looked as if it would stimulate growth": a likeness, not a question)
            if low == "whatever" and k == _clause_start(view, i, lo):
                continue  # "Whatever coalition they cobble together will not survive two years": its subject
            if low == "why" and k > lo and toks[k - 1].low in ("is", "'s", "was", "reason", "that's"):
                continue  # "which is why it will beat Aviator": a reason, not a question
            if low == "how" and k > 0 and k + 1 < i and toks[k + 1].low not in _HOW_DEGREE and \
                    not toks[k + 1].low.endswith("ly") and (toks[k - 1].low in _SHOWING_HOW or toks[k - 1].low == "about"
                                                            and k > 1 and toks[k - 2].low in _TELLING_ABOUT):
                continue  # "it highlights how vVols will enable things": what will happen, shown, not asked
            if low == "what" and k + 3 < i and toks[k + 1].low in ("is", "'s", "seems", "looks") and \
                    toks[k + 3].low in ("is", "'s") and toks[k + 2].low in ("certain", "clear", "likely", "sure", "obvious",
                                                                        "inevitable", "probable"):
                continue  # "What is certain is that the new machines will provide ...": a statement, not a question
            if low == "what" and k > lo and k + 2 <= i and toks[k + 1].low in ("is", "are", "was", "'s") and \
                    toks[k + 2].low in ("expected", "likely", "set", "tipped", "predicted", "forecast", "projected",
                                        "widely", "now", "shaping", "bound", "certain", "sure", "poised") and \
                    (toks[k - 1].low in ("for", "in", "into", "to", "at", "on", "of", "be", "from", "with", "ahead")
                     or toks[k - 1].text == ",") and \
                    any(toks[m].low == "be" and m + 1 < len(toks) and toks[m + 1].low in DETERMINERS
                        for m in range(k + 3, min(len(toks) - 1, k + 6))):
                # (not "focused on what is likely to happen", "depend on what is likely to be decided": a question)
                continue  # "gathering for what is expected to be their last conference": a thing, not a question
            return True
    return False


def _under_wish(view: SentenceView, i: int, lo: int) -> bool:
    """Is the 'will' at i in the complement of a wish or a demand ("we hope X will", "must make clear that")?"""
    toks = view.tokens
    for k in range(lo, i):
        if toks[k].low in _WISH_WORDS and view.quoted[k] == view.quoted[i]:
            if toks[k].low in ("hope", "wish") and k + 2 < i and toks[k + 1].low in ("is", "was") and \
                    toks[k + 2].low == "that":
                return True  # "the hope is that sequester won't happen": a wish, though "hope" is a noun
            if k + 1 == i or toks[k - 1].low in ("the", "a", "an", "its", "their", "consumer", "global", "for") if k > lo \
                    else k + 1 == i:
                continue  # "Demand will rise", "the demand for copper will": a noun, not a wish
            if k + 1 < i and toks[k + 1].low == "of":
                continue  # "The physical demands of the grind will only get harder": a noun
            r = k - 1
            while r > lo and toks[r].low in ("do", "does", "did", "not", "n't", "don't", "doesn't", "also", "still"):
                r -= 1
            if r > lo and toks[r].low in ("that", "which", "who") and toks[r - 1].word and \
                    toks[r - 1].low not in SPEECH and toks[r - 1].low not in _WISH_WORDS:
                continue  # "Titles that do not require much time will see real growth": a relative clause's verb
            between = [t.low for t in toks[k + 1:i]]
            if toks[k].low in ("must", "should", "ought", "need", "needs"):
                if "that" in between:
                    return True
                continue
            return True
    return False


#: A bracketed chance closing a sentence: "(70 per cent)", "[60%]".
_CONFIDENCE_NOTE = re.compile(r"[(\[]\s*(?:about\s+|around\s+|roughly\s+)?[0-9]{1,3}(?:\.[0-9]+)?\s*(?:%|per\s*cent|percent)"
                              r"\s*(?:chance|likely|probability|confidence|confident|sure)?\s*[)\]]\s*$", re.IGNORECASE)
#: A time of day: "previews at 3 p.m. local time", "at 19:45 GMT".
_CLOCK_TIME = re.compile(r"\b(?:at|after|before|from|until|by)\s+[0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b)|"
                         r"\bat\s+[0-9]{1,2}[:.][0-9]{2}\b|\b(?:at|after|from|until)\s+(?:noon|midnight)\b", re.IGNORECASE)
#: Team news: what a suspension or an announced line-up settles ("will miss the final through suspension").
_TEAM_NEWS = re.compile(r"^(?:will|'ll|wo\s*n't|won't)\s+(?:now\s+|also\s+)?(?:miss|sit\s+out|captain|deputise)\b[^.;]*?"
                        r"\b(?:suspension|suspended|ban|banned|in\s+place\s+of)\b", re.IGNORECASE)
#: Words that put an estimate ahead of its time: "estimates the market will grow", "estimated to reach next year".
_FUTURE_WORDS = re.compile(r"\b(?:will|would|'ll|going\s+to|next|by\s+(?:the\s+end|19|20)|within|over\s+the\s+(?:next|coming)|"
                           r"to\s+(?:reach|rise|fall|grow|hit|climb|drop|top|exceed|double|halve))\b", re.IGNORECASE)
#: A belief given up: "I could have sworn", "I would have thought", "we might have guessed".
_COUNTERFACTUAL_BELIEF = re.compile(r"\b(?:could|would|might|'d)\s+(?:never\s+)?have\s+(?:sworn|thought|bet|guessed|"
                                    r"said|predicted|expected|imagined|believed|assumed)\b", re.IGNORECASE)
#: A belief held before ("I thought England would go home", "we never expected to", "I didn't expect them to
#: pay me"): in the speaker's own words, what they once thought, not what they now forecast.
_HELD = (r"(?:I|we)\s+(?:(?:always|really|honestly|genuinely|never|all)\s+)?(?:thought|believed|expected|imagined|"
         r"assumed|reckoned|figured|suspected)\b|"
         r"(?:I|we)\s+(?:did\s+not|didn['’]t|never)\s+(?:think|believe|expect|imagine|dream)\b")
_HELD_BEFORE = re.compile(rf"^\W*(?:(?:but|and|so|yet|because|honestly|frankly)\s+)?(?:{_HELD})", re.IGNORECASE)
#: The same held belief after a clause's start: "I was quite surprised because I didn't think I'd end up second".
_HELD_BEFORE_INSIDE = re.compile(rf"(?:,|\b(?:because|as|since|when|but|and|though|although))\s+(?:{_HELD})",
                                 re.IGNORECASE)
_HABITUAL = re.compile(r"^\W*(?:every|each)\s+(?:january|february|march|april|may|june|july|august|september|"
                       r"october|november|december|year|month|week|day|time|spring|summer|autumn|winter|season)\b|"
                       r"\bwhenever\b|"
                       # "the bureau would update its outlook every fortnight": a routine
                       r"\b(?:will|would|'ll)\b[^.;]*\bevery\s+(?:day|week|fortnight|month|quarter|morning|evening|"
                       r"night|weekday|weekend|two\s+weeks|few\s+(?:days|weeks|months))\b(?!\s+(?:of|in|until|through)\b)|"
                       # "screens will be small by definition": what always holds, no forecast
                       r"\bby\s+definition\b",
                       re.IGNORECASE)
#: A pledge named by its maker's possessive: "Gordon Brown's promise that", "Ryanair's guarantee that".
_A_PLEDGE = re.compile(r"\b(?-i:[A-Z])[\w-]*['’]s?\s+(?:\w+\s+)?(?:promise|pledge|vow|guarantee|undertaking|commitment)s?\s+"
                       r"(?:that|to)\b", re.IGNORECASE)
#: How someone will feel if something happens: "I will be disappointed if", "we will be entirely happy if".
_FEELING_IF = re.compile(r"\b(?:will|'ll|would|'d)\s+(?:be\s+)?(?:\w+ly\s+)?(?:very\s+)?(?:be\s+)?(?:disappointed|delighted|"
                         r"happy|pleased|upset|thrilled|gutted|satisfied|content|glad|sad|angry|relieved)\s+"
                         r"(?:if|when|should)\b", re.IGNORECASE)
#: A rate compared across groups: "six times more likely to", "twice as likely to": a statistic, not a forecast.
_TIMES_MORE_LIKELY = re.compile(r"\b(?:[0-9.]+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+times\s+"
                                r"(?:more|less|as)\s+likely\s+to\b|\btwice\s+as\s+likely\s+to\b", re.IGNORECASE)
#: A body setting its own target: "has set itself a target of ...", "set a goal of".
_SETS_A_TARGET = re.compile(r"\b(?:has|have|had)\s+(?:also\s+)?set\s+(?:itself|themselves|ourselves\s+)?\s*(?:a|an|the)\s+"
                            r"(?:[\w-]+\s+)?(?:target|goal|aim|ambition)\b", re.IGNORECASE)
#: A hedge that explains what happened: "The drop was likely due to ...", "was probably driven by ...".
_EXPLAINS_THE_PAST = re.compile(r"\b(?:was|were|has\s+been|had\s+been)\s+(?:most\s+|very\s+|also\s+)?(?:likely|probably|"
                                r"almost\s+certainly)\s+(?:due\s+to|driven|caused|the\s+result|a\s+result|the\s+product|"
                                r"a\s+product|because|down\s+to|linked|explained|a\s+reflection)\b", re.IGNORECASE)


#: A sentence that tells what a plan or a deal provides: "Under the agreement, ...", "As part of the deal, ...".
_UNDER_A_PLAN = re.compile(r"\W*(?:under|as\s+part\s+of)\s+(?:the|its|their|his|her|a|an|this|these|those|our|"
                           r"[A-Z][\w'’.-]*['’]s?)\s+(?:[\w'’-]+\s+){0,4}?(?:plans?|deal|agreement|terms|package|"
                           r"proposals?|scheme|restructuring|reforms?|contract|law|act|bill|budget|arrangements?|"
                           r"settlement|vision|programme|program|pact|treaty|offer|merger|takeover|shake-up|overhaul|"
                           r"changes|legislation|regulations?|rules|policy|strategy|efforts?|measures)\b",
                           re.IGNORECASE)
_VALUE = re.compile(r"\b(?:to|at|of|from)\s+(?:about\s+|around\s+|roughly\s+|just\s+|no\s+more\s+than\s+)?"
                    r"(?:[$£€¥]\s?)?[0-9]|\b(?:to|at)\s+(?:even|evens|one\s+in)\b|[0-9]\s*(?:%|per\s*cent|percent)",
                    re.IGNORECASE)


#: Verbs that report someone's view, under which "should" tells what they expect of things.
_REPORTS_A_VIEW = {"say", "add", "predict", "expect", "believe", "think", "warn", "argue", "reckon", "suggest", "tell",
                   "note", "write", "according"}
_PRONOUN_SUBJECTS = {"i", "we", "you", "he", "she", "they", "it", "one"}
#: Words of a judgement rather than a forecast near "should": "ought", "must", "need".
_VALUE_WORDS = re.compile(r"\b(?:ought|must|needs?\s+to|have\s+to|has\s+to|urged?|demand|call(?:s|ed)?\s+for)\b",
                          re.IGNORECASE)
#: "Our forecast has the 30-year rate at 6.1 per cent", "the model puts Labour on 22 seats": a forecast's value.
_FORECAST_HAS = re.compile(r"\b(?:forecasts?|projections?|models?|outlook|estimates?|base\s+case|median|consensus)"
                           # "The median forecast in the poll has", "Its projection, published with its May decision,"
                           r"(?:\s+(?:in|of|from)\s+(?:the\s+|its\s+|their\s+)?[\w'’-]+)?(?:\s*,[^,;]{3,60},)?"
                           r"\s+(?:now\s+|still\s+)?"
                           r"(?:has|have|puts?|sees?|shows?|showed)\s+(?:[\w'’-]+\s+){1,6}?(?:at|on|around|near|reaching|"
                           r"hitting|falling|rising|ending|easing|climbing|slowing)\s+(?:(?:back\s+)?(?:to|at)\s+)?"
                           r"(?:[\w'’-]+\s+){0,2}?(?:about\s+|around\s+)?[$£€]?[0-9]", re.IGNORECASE)
#: "The higher the fill power, the warmer the bag will be", "the more loft there is, the warmer you will be": a rule
#: of thumb, true whenever, not a forecast.
_COMPARATIVES = (r"(?:more|less|fewer|better|worse|higher|lower|bigger|smaller|longer|shorter|faster|slower|earlier|"
                 r"later|sooner|greater|larger|warmer|colder|cooler|hotter|heavier|lighter|stronger|weaker|richer|"
                 r"poorer|cheaper|dearer|harder|easier|deeper|wider|closer|further|farther|older|younger|louder|"
                 r"quieter|safer|riskier|thicker|thinner)")
_THE_MORE_THE_MORE = re.compile(rf"\W*the\s+{_COMPARATIVES}\b(?:(?!\b(?:will|would|'ll|could|may|might)\b)[^.;:]){{2,80}}?"
                                rf",?\s*(?:[—–-]+\s*)?the\s+{_COMPARATIVES}\b", re.IGNORECASE)
#: "expecting" with no object, or a baby for one: a pregnancy, not an expectation.
_PREGNANT = re.compile(r"(?:^|[.;:!?]\s+|,\s+)(?:[Ss]he|[Hh]e|[Tt]hey|[Ww]e|I|(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?)"
                       r"\s+(?:is|are|'s|'re|was|were|am|'m)\s+(?:not\s+|now\s+|reportedly\s+)?expecting\s*(?:[.!,;]|$|"
                       r"(?:a\s+(?:baby|child|boy|girl|son|daughter)|twins|triplets|(?:her|their|his|a|our)\s+"
                       r"(?:first|second|third|fourth|fifth|next|new)\s+(?:child|baby|son|daughter))\b)", re.IGNORECASE)
#: "are confident of completing the deal", "is increasingly confident that the bill will pass".
_CONFIDENT_OF = re.compile(r"['’]m\s+(?:really\s+|very\s+|quite\s+|fairly\s+)?(?:confident|optimistic)\s+(?:in|about|of)\s+"
                           r"(?:[\w'’-]+\s+){0,3}?\w+ing\b|"
                           r"(?:\b(?:is|are|am|remains?|feels?)|['’](?:s|re))\s+"
                           r"(?:now\s+|increasingly\s+|still\s+|very\s+|quietly\s+|really\s+|quite\s+|fairly\s+)?"
                           r"(?:(?:confident|optimistic)\s+(?:of\s+\w+ing|(?:that\s+)?[^.;:]*?\b(?:will|would|'ll|can)\b|"
                           # "I'm really confident in Andy winning that first match"
                           r"(?:in|about|of)\s+(?:[\w'’-]+\s+){1,3}?\w+ing\b)|"
                           # "I am positive we can put everything together against England" (not "I'm sure you would
                           # agree": a courtesy)
                           r"(?:sure|positive|convinced|certain)\s+(?:that\s+)?(?:we|they|he|she|it|you|(?-i:[A-Z])[\w'’-]*)\s+"
                           r"(?:can|will|'ll|are\s+going\s+to|is\s+going\s+to)\b)",
                           re.IGNORECASE)
#: More shapes a forecast takes without a verb of forecasting.
_FORECAST_SHAPES = re.compile(
    # "The upcoming quarters look difficult for AMD", "which is not looking good for the next couple of quarters":
    # a time ahead, judged
    r"\b(?:upcoming|coming|next)\s+(?:few\s+|couple\s+of\s+)?(?:quarters?|months?|years?|weeks?|seasons?)\s+"
    r"(?:look|looks|looking)\s+(?:\w+\s+)?(?:difficult|tough|good|bad|bleak|grim|challenging|promising|bright|"
    r"brighter|better|worse|rosy)\b|"
    r"\b(?:look|looks|looking)\s+(?:\w+\s+)?(?:difficult|tough|good|bad|bleak|grim|challenging|promising|bright|"
    r"brighter|better|worse|rosy)\s+for\s+(?:the\s+)?(?:next|coming|upcoming|rest\s+of)\b|"
    r"\b(?:the|clear|hot|red-hot|strong|firm|overwhelming|heavy)\s+favou?rites?\s+(?:in|for)\s+[^.;]{1,40}?\s+(?:is|are)\b|"
    r"\b(?:is|are)\s+(?:now\s+|also\s+)?(?:expected|forecast|projected|seen)\s+at\s+(?:about\s+|around\s+)?[$£€]?[0-9]|"
    r"\bwith\s+(?:[\w$£€%.,-]+\s+){1,4}(?:expected|forecast|predicted|projected)\s+(?:in|by|for|next|this)\b|"
    # "With prices set to drop even further in coming months, Mr Danton advises ..."
    r"^\W*with\s+(?:[\w'’-]+\s+){1,4}(?:set|expected|tipped|likely|poised|forecast|predicted)\s+to\s+(?!be\s+held\b)\w+|"

    r"\bchances?\b[^.;]{0,40}?\b(?:is|are)\s+(?:very\s+|extremely\s+|pretty\s+)?(?:slim|remote|small|good|high)\b|"
    r"\b(?:looks?|is|are|seems?)\s+(?:like\s+)?(?:a\s+)?(?:near[- ]|virtual\s+)?certainty\s+to\b|"
    r"\b(?:is|are)\s+(?:widely\s+|strongly\s+|heavily\s+|also\s+)?tipped\s+for\b|"
    r"\bforecasts?\s+(?:for\s+[\w\s]{1,30}?\s+)?(?:were|was|have\s+been|has\s+been)\s+(?:also\s+)?(?:scaled\s+back|cut|raised|"
    r"revised\s+(?:up|down)(?:wards?)?|lowered|trimmed|upgraded|downgraded)\s+to\s+[$£€]?[0-9]|"
    r"\b(?:it|they|he|she)\s+(?:was|were)\s+expecting\b|"
    # "makes Ekaterina Volkova the most likely champion", "a 57 percent favorite", "3.5-point favorites",
    # "A seat projection ... gives the opposition 180 seats"
    r"\bthe\s+most\s+likely\s+(?:winner|champion|outcome|candidate|successor|nominee|victor|result|scenario)\b|"
    r"\b[0-9]+(?:\.[0-9]+)?\s*(?:%|percent|per\s+cent)\s+favou?rites?\b|"
    r"\b[0-9]+(?:\.[0-9]+)?-point\s+(?:favou?rites?|underdogs?)\b|"
    r"\b(?:projections?|models?|forecasts?|polls?)\b[^.;]{0,60}?\b(?:gives?|puts?)\s+(?:[\w'’-]+\s+){1,6}?[0-9][0-9,]*\s+seats\b|"
    # "the glory days are on their way back", "is on the verge of signing", "there is more to come from him", "a
    # bigger problem ahead"
    r"\b(?:is|are|'s|'re)\s+(?:now\s+|surely\s+|already\s+)?on\s+(?:its|their|his|her|the)\s+way(?:\s+back)?\s*(?=[.,;:!]|$)|"
    r"\b(?:is|are|'s|'re)\s+(?:now\s+|also\s+)?on\s+the\s+(?:verge|brink|point|cusp)\s+of\s+\w+ing\b|"
    r"\bmore\s+to\s+come\b|\b(?:is|are|'s|'re)\s+(?:still\s+|yet\s+)to\s+come\b|"
    # "Boxoffice Pro is tracking the film at $42 million", "I have New Zealand winning the series 2-1", "Wandsworth
    # is genuinely a toss-up"
    r"\b(?:is|are|'s|'re)\s+(?:now\s+)?tracking\s+(?:[\w'’-]+\s+){0,4}?(?:at|for)\s+(?:about\s+|around\s+)?[$£€]?[0-9]|"
    # "this has the legs to reach $400 million domestically"
    r"\bha(?:s|ve)\s+(?:got\s+)?the\s+legs\s+to\b|"
    # "The film is tracking to open to $45 million", "Futures imply two cuts by June", "market pricing points to"
    r"\b(?:is|are|'s|'re)\s+(?:now\s+|currently\s+|still\s+)?tracking\s+(?:to|toward|towards)\s+(?:an?\s+)?"
    r"(?:open|debut|earn|gross|make|take|finish|win|land|hit|reach|bring|launch|[$£€]?[0-9])|"
    r"\b(?:futures|markets?|market\s+pricing|pricing|swaps|options|contracts)\s+(?:now\s+|currently\s+)?"
    r"(?:imply|implies|points?\s+to)\b|"
    r"\b(?:I|we)\s+(?:have|'ve\s+got|had)\s+(?:[A-Z][\w'’.-]*\s+){1,4}(?:winning|to\s+win|finishing|beating|taking|"
    r"lifting|going\s+through|edging|claiming|retaining)\b|"
    r"\b(?:is|are|looks?|remains?|seems?)\s+(?:genuinely\s+|really\s+|still\s+|now\s+)?(?:a\s+)?(?:genuine\s+)?"
    r"toss-?up\b|"
    # "observers believe the contest is too close to call": an outcome judged open
    r"\b(?:is|are|'s|'re|looks?|remains?|seems?)\s+(?:still\s+|now\s+|simply\s+)?too\s+close\s+to\s+call\b|"
    # "problems looming on the horizon", "a great career ahead of him", "are in for a dose of shock therapy", "looks
    # likeliest to", "seems assured of a place", "only a matter of time before"
    r"\b(?:looms?|looming)\s+(?:large\s+)?on\s+the\s+horizon\b|"
    r"\b(?:career|future|season|summer|year|task|battle|fight|job|challenge|road|months|weeks|days|time)\s+ahead\s+of\s+"
    r"(?:him|her|them|us|it|you|me)\b|"
    r"\b(?:is|are|'s|'re)\s+in\s+for\s+(?:a|an|some)\b|"
    r"\blikeliest\s+to\b|"
    r"\b(?:is|are|seems?|looks?|appears?)\s+(?:already\s+|now\s+|virtually\s+|all\s+but\s+)?assured\s+of\b|"
    r"\b(?:only|just|(?:it\s+is|it's)|but)\s+(?:be\s+)?(?:only\s+)?a\s+matter\s+of\s+time\s+(?:before|until)\b|"
    # "Foxx is regarded as almost unbeatable", "is seen as the favourite", "is considered a shoo-in"
    r"\b(?:is|are|'s|'re)\s+(?:widely\s+|now\s+|still\s+|being\s+)?(?:regarded|seen|considered|viewed|rated|"
    r"earmarked|touted|billed)\s+as\s+"
    r"(?:an?\s+|the\s+)?(?:almost\s+|virtually\s+|all\s+but\s+|near(?:ly)?\s+|clear\s+|hot\s+|strong\s+)?"
    r"(?:unbeatable|favou?rites?|front-?runners?|shoo-?ins?|(?:a\s+)?certainty|dead\s+certs?|"
    r"(?:likely|probable)\s+(?:winners?|champions?|successors?|nominees?))\b|"
    r"\b(?:problems?|troubles?|difficulties|challenges|storms?|pain|turbulence|headwinds|battles?)\s+ahead\b|"
    # "Federer, seeded one, is the hot favourite having won three of the four grand slams": a contest's favourite
    # (not "a fan favourite", nor what one was)
    r"\b(?:is|are|'s|'re|remains?)\s+(?:now\s+|still\s+)?(?:the\s+)?(?:hot|clear|firm|strong|red-hot|overwhelming|"
    r"heavy|big|runaway|short-priced|odds-on|out-and-out)\s+favou?rites?\b(?=\s*,?\s*(?:having|after|ahead\s+of|going\s+"
    r"into|heading\s+into|to\s+(?:win|lift|take|claim|land|retain|be\s+named)|for\s+(?:the\s+)?(?:title|race|"
    r"nomination|cup|crown|championship|trophy|award|prize|gold|medal|final|election|contest|job|post|presidency|"
    r"leadership|oscar)))",
    re.IGNORECASE)
#: "campaigning hard for an expected election in May", "from an expected 180,000 tonnes this year": a thing expected,
#: with its time (checked for a past verb before it: "He missed an expected appearance in court on Monday").
_AN_EXPECTED = re.compile(r"\ban\s+(?:widely\s+)?(?:expected|anticipated|forecast|projected)\s+(?:[\w$£€%.,-]+\s+){1,3}?"
                          r"(?:in|on|by|this|next|later)\s+(?:(?:19|20)[0-9]{2}\b|(?:the\s+)?(?:year|month|week|summer|"
                          r"spring|autumn|winter)\b|(?-i:(?:January|February|March|April|May|June|July|August|September|"
                          r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))",
                          re.IGNORECASE)
#: "a part in the poll, expected in May": an event, then when it is expected, set off by a comma.
_COMMA_EXPECTED = re.compile(r",\s+(?:widely\s+|now\s+|generally\s+)?(?:expected|predicted|tipped|forecast)\s+(?:to\s+be\s+)?"
                             r"(?:in|on|by|for|this|next|later)\s+(?:(?:19|20)[0-9]{2}\b|(?:the\s+)?(?:year|month|week|summer|"
                             r"spring|autumn|winter)\b|(?-i:(?:January|February|March|April|May|June|July|August|September|"
                             r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))",
                             re.IGNORECASE)
#: "It is predicted that ...", "it is widely expected that ...": a forecast nobody is named for.
_IT_IS_EXPECTED = re.compile(r"\bit(?:\s+is|['’]s)\s+(?:now\s+|widely\s+|generally\s+|also\s+)?(?:predicted|expected|"
                             r"forecast|anticipated|projected|thought\s+likely|likely|"
                             # "it is thought that soon Microsoft will be charging users": with its "will"
                             r"(?:thought|believed)(?=\s+that\b[^.;:]*\b(?:will|'ll|is\s+going\s+to)\b))(?:\s+that\b|"
                             # "It is expected the trial could last as long as a year": "that" left out
                             r"(?=\s+(?:the|a|an|this|these|its|their)\s+[^.;:]*?\b(?:will|would|could|may|might|'ll)\b))",
                             re.IGNORECASE)
#: "We see bitcoin back at $50,000", "I see the index at 6,000 by June": a level a forecaster sees.
#: A passive of telling before a that-clause: what those told were told is someone's plan.
_TOLD_THAT = re.compile(r"\b(?:were|was|have\s+been|has\s+been|had\s+been|being)\s+(?:told|informed|notified|advised)\s+"
                        r"(?:[\w'’-]+\s+){0,6}?that\s+[^.;:]*$", re.IGNORECASE)
#: Words that put a "you will" in the time to come rather than in how a thing works: "Eventually ... you will find".
_HORIZON_WORDS = re.compile(r"\b(?:eventually|one\s+day|some\s+day|someday|soon|before\s+long|in\s+(?:the\s+)?future|"
                            r"in\s+years\s+to\s+come|by\s+then)\b", re.IGNORECASE)
def _how_it_works(view: SentenceView, i: int, attribution: Attribution | None, predicting: bool,
                  deadline_near: Callable[[], bool]) -> bool:
    """Does a "you will" at i, in the article's own words, tell how a thing works for whoever uses it rather than
    what is coming? Not when the sentence names a time, or a word of the time to come ("Eventually ...")."""
    return attribution is None and not view.quoted[i] and not predicting and \
        not deadline_near() and not _HORIZON_WORDS.search(view.text)


_DID_NOT = re.compile(r"\bdid(?:n['’]t|\s+not)\b", re.IGNORECASE)
_WE_SEE = re.compile(r"\b(?:i|we)\s+(?:now\s+|still\s+)?see\s+(?:[\w'’-]+\s+){1,5}?(?:(?:back\s+)?(?:at|near|around|"
                     r"above|below|under|over|to)\s+(?:about\s+|around\s+)?[$£€¥]?\s?[0-9]|"
                     # "We see Wednesday's hike as the last one of this cycle"
                     r"as\s+(?:the\s+)?(?:last|final|peak|high|low|top|bottom)\b)", re.IGNORECASE)
#: A bookmaker's price before what it is for: "makes the SNP 1-20 to be the largest party", "are 9-1 to win".
_PRICE_TO = re.compile(r"(?:\b[0-9]{1,3}\s*[-/]\s*[0-9]{1,3}|\bevens|\beven-money|\bodds-on|(?<![\w.])[-+−][1-9][0-9]{2,3})"
                       r"\s+(?:(?:on\s+)?to\s+[a-z]{2,}|on\s+the\s+moneyline|"
                       # "offers 12-1 on the British climber Owen Fairbairn", "2-1 on Labour's Akhtar holding the seat"
                       r"on\s+(?:the\s+|a\s+)?(?:[a-z-]+\s+){0,2}(?-i:[A-Z])|that\s+\S|(?:with|about)\s+(?:[\w'’.&-]+\s+){1,3}?to\s+[a-z]{2,}|"
                       r"(?:joint[- ])?(?:favourites?|favorites?|shot|outsiders?)(?:\s+(?:for|to|in|at|with)\b|\s*[.,;]|$))")


def _states_a_value(text: str) -> bool:
    return bool(_VALUE.search(text))


_MODALS = {"will", "would", "should", "could", "must", "can", "might", "may", "shall", "wo", "won't", "'d", "'ll"}
#: Adverbs of habit after "will": a rule or a custom ("will usually be covered"), not a forecast.
_HABIT = {"usually", "normally", "generally", "typically", "always", "often", "routinely", "sometimes", "ordinarily"}
_BE_OR_MOTION = {"is", "are", "was", "were", "be", "been", "being", "'s", "'re", "get", "gets", "got", "getting",
                 "come", "comes", "came", "coming", "go", "goes", "went", "going", "bounce", "bounced", "fight",
                 "fought", "hit", "hits", "way", "step", "stepped", "look", "looked", "looking", "hold", "held",
                 "brought", "bring", "put", "sit", "sat", "stay", "stayed", "all", "straight", "right", "way"}


def _was_before(view: SentenceView, verb_start: int) -> bool:
    """Is the verb starting at `verb_start` in the past progressive ("were expecting", "was still predicting")?"""
    toks = view.tokens
    k = view.index_at(verb_start) - 1
    while k >= 0 and (toks[k].low.endswith("ly") or toks[k].low in ("still", "also", "already", "widely", "all")):
        k -= 1
    return k >= 0 and toks[k].low in ("was", "were", "wasn't", "weren't")


def _reported(attribution: Attribution | None) -> bool:
    """Reported speech in the past tense, whose "was"/"would" stand for "is"/"will" ("she said X was unlikely")."""
    return attribution is not None and attribution.tense in ("past", "perfect") and (
        attribution.verb in _SAY_VERBS or attribution.verb == "find")  # ("the report found costs were likely to")


def _belief_before(view: SentenceView, lo: int, hi: int) -> bool:
    """A present-tense belief verb in the clause ("I think", "she believes", "we reckon")."""
    for k in range(lo, hi):
        low = view.tokens[k].low
        if low in SPEECH and SPEECH[low][0] in ("think", "believe", "reckon", "expect", "suspect", "guess", "bet",
                                                 "imagine", "suppose") \
                and SPEECH[low][1] in ("present", "base") and not _in_question(view, k, lo):
            return True  # (and "I'd imagine in five years we'll be competing for the major honours")
        if low in ("convinced", "confident", "sure", "certain", "adamant") and k > lo and \
                not (k + 1 < len(view.tokens) and view.tokens[k + 1].text in ("of", ":", "about", ",", ".")) and \
                view.tokens[k - 1].low in ("i'm", "am", "we're", "are", "is", "'m", "'re", "i’m", "we’re", "remain",
                                           "remains", "feel", "feels"):
            return True  # "I'm convinced Oyama will be lifting the Claret Jug", "she is confident they will"
        if low == "doubt" and k > lo and view.tokens[k - 1].low in ("no", "little") and k + 1 < hi and \
                view.tokens[k + 1].low not in ("about", "of", ",", "."):
            return True  # "I'm in no doubt that I'll play again", "I have no doubt we will win"
    return False


#: What a warning foretells when it is "of" a change: "warned of lower margins", "of further job losses".
_CHANGE_AHEAD = {"more", "fewer", "less", "further", "higher", "lower", "rising", "falling", "slower", "weaker",
                 "bigger", "smaller", "deeper", "worse", "greater", "steeper", "sharper", "cuts", "losses", "delays",
                 "shortages", "rises", "falls", "slowdown", "recession", "downturn", "redundancies", "layoffs",
                 "job", "price", "tax", "rate", "possible", "potential", "likely", "imminent", "looming", "coming",
                 "renewed", "new", "another"}


def _warned_of_a_change(view: SentenceView, attribution: Attribution) -> bool:
    toks = view.tokens
    k = view.index_at(attribution.verb_end)
    if k >= len(toks) or toks[k].low != "of" or attribution.pluperfect or attribution.past_time:
        return False
    words = [t.low for t in toks[k + 1:k + 4] if t.word]
    words = words[1:] if words and words[0] in ("a", "an", "the") else words
    return bool(words) and (words[0] in _CHANGE_AHEAD or words[0].endswith("er") and len(words[0]) > 4 and
                            words[0] not in ("other", "power", "water", "order", "number", "border", "danger"))


#: What a promise says will turn out, rather than what the one promising will do: "(I promise) you, it will be
#: worth the wait".
_ASSURED = re.compile(r"\W*(?:(?:you|us|them|him|her)\s*,?\s*)?(?:it|this)\s+(?:will|'ll|is\s+going\s+to)\s+be\b",
                      re.IGNORECASE)


#: What a rule or a product lets people do, or makes them do, after "will".
_ALLOWED = re.compile(r"\s+(?:also\s+|only\s+|no\s+longer\s+|now\s+|still\s+|then\s+)?(?:be\s+able\s+to|"
                      r"have\s+access\s+to|be\s+allowed\s+to|be\s+free\s+to|be\s+required\s+to)\b",
                      re.IGNORECASE)


#: An obligation after "will": "(every force will) be expected to keep to a contract".
_OBLIGED = re.compile(r"\s+(?:also\s+|now\s+|then\s+)?be\s+expected\s+to\s+(?!be\b|have\b)([a-z]+)\b")


def _an_obligation(view: SentenceView, will_end: int) -> bool:
    """Does the "will" that ends at `will_end` say what someone must do ("will be expected to keep to a contract"),
    rather than what is expected to happen ("will be expected to fall")?"""
    obliged = _OBLIGED.match(view.text, will_end - view.base)
    return obliged is not None and obliged.group(1).lower() not in _NON_VOLITIONAL


#: A decision timetabled: "A decision will be made Thursday", "an announcement will be made at noon".
_DECISION_MADE = re.compile(r"(?:decision|announcement|determination)s?\s+will\s+(?:then\s+)?be\s+(?:made|taken|announced)\b",
                            re.IGNORECASE)


#: What someone "stands to" do, as a forecast of it.
_STAND_TO = {"gain", "lose", "benefit", "suffer", "profit", "win", "earn", "make", "reap", "collect", "receive",
             "pocket", "inherit", "save", "miss", "forfeit"}


def read(view: SentenceView, attribution: Attribution | None, lo: int, hi: int, *,
         has_deadline: Callable[[], bool] | bool = False, predicting: bool = False, betting: bool = False,
         opinion: bool = False) -> Reading:
    """Cues and rejections for the sentence's content tokens [lo, hi) (its words without the attribution).
    `predicting`: the sentence is one of a list of the writer's own predictions ("10 tech predictions for 2026",
    under "4. Google loses its ad exchange"), so its bare present tense and its "will launch" are forecasts.
    `betting`: the article quotes bookmakers, so a bare price ("England are 2-1 to regain the urn") is one.
    `opinion`: a signed column in the first person, whose own voice foresees rather than reports plans."""
    toks = view.tokens
    reading = Reading()
    # (a caller may give the answer, or a function to work it out only if a rule asks)
    deadline_near: Callable[[], bool] = has_deadline if callable(has_deadline) else lambda: bool(has_deadline)
    text = view.text
    stripped = text.rstrip(" \"'”’)]»!")  # (and "... in the next 9 months?!")
    if stripped.endswith("?"):
        reading.reject = "question"
        return reading
    content_text = "".join(view.text[toks[k].start - view.base:toks[k].end - view.base] + " " for k in range(lo, hi))
    if content_text.rstrip(" \"'”’,!").endswith("?"):
        reading.reject = "question"
        return reading
    if _PREGNANT.search(text):
        reading.reject = "pregnancy"  # "She is not expecting.", "Kunis is expecting her first child"
        return reading
    if _THE_MORE_THE_MORE.match(content_text) and not deadline_near() and \
            not any(toks[k].low in ("this", "that", "these", "those") or toks[k].cap and k > lo for k in range(lo, hi)):
        # "The higher the fill power number the warmer the bag will be." (but "The longer this situation lasts, the
        # more harmful it will be for North Korea": a course foreseen for a case in hand)
        reading.reject = "rule of thumb"
        return reading
    if lo < hi and toks[lo].low == "will" and lo + 1 < hi and (toks[lo + 1].low in ("someone", "anyone", "anybody", "he", "she", "they", "it", "we", "you", "i", "the", "this", "that") or toks[lo + 1].cap):
        reading.reject = "question"
        return reading
    if _BOILERPLATE.search(text) or _PLUG_OR_CAPTION.match(text):
        reading.reject = "boilerplate"
        return reading
    if _COUNTERFACTUAL_BELIEF.search(content_text):
        reading.reject = "past belief"  # "Up until recently I could have sworn Scorsese would get it"
        return reading
    if re.match(r"\W*(?:but\s+)?not\s+(?:everyone|everybody|all)\s+(?:is|are)\s+(?:so\s+)?(?:convinced|sure|persuaded)\b",
                content_text, re.IGNORECASE):
        reading.reject = "doubt of others"  # "Not everyone is convinced the recovery will hold": no one's forecast
        return reading
    if re.fullmatch(r"\W*(?:here\s+is|here's|this\s+is)\s+what\s+(?:I|we)\s+(?:expect|predict|think|see)\W*", content_text,
                    re.IGNORECASE):
        reading.reject = "heading"  # "Here is what I expect.": the forecasts follow
        return reading
    if _FEELING_IF.search(content_text) and not re.search(r"\b(?:expect|think|believe|predict|likely|probably)\b",
                                                          content_text, re.IGNORECASE):
        reading.reject = "feeling"  # "I will be disappointed if I am not given a chance": how they will feel, if
        return reading
    if _TIMES_MORE_LIKELY.search(content_text):
        reading.reject = "statistic"  # "Teenagers from well-off homes are six times more likely to go to university"
        return reading
    held_before = _HELD_BEFORE.match(content_text) or _HELD_BEFORE_INSIDE.search(content_text)
    if held_before and (attribution is None or attribution.position != "initial") and \
            not re.search(r"\b(?:will|'ll|won't|going\s+to|now\s+(?:think|expect|believe))\b", content_text,
                          re.IGNORECASE):
        reading.reject = "past belief"  # '"I thought England would go home," he said'
        return reading
    if attribution is None and _MONTH_GONE.match(content_text) and _finite_past(view, lo, hi) and \
            not re.search(r"\b(?:will|'ll|is\s+going\s+to|expects?|predicts?|forecasts?)\b", content_text):
        # "In October the company guided for ... and said it expected ...": what was said or done that month
        reading.reject = "said in the past"
        return reading
    if attribution is not None:
        verb = attribution.verb
        tense = attribution.tense
        expected_ahead = _expected_ahead(attribution, toks, lo, deadline_near)
        if tense in ("ing", "present") and view.text[attribution.verb_end - view.base - 3:attribution.verb_end - view.base] == "ing" \
                and _was_before(view, attribution.verb_start) and \
                not re.search(r"\b(?:said|told|added|wrote|noted|reported)\b", view.text[:attribution.speaker.start - view.base]):
            # (but "He said analysts were expecting rates to rise": reported speech, shifted back)
            tense = "past"  # "Analysts surveyed by Refinitiv were expecting $2.52 a share": an expectation then
        if verb in ("hope", "wish", "want", "pray", "urge", "demand"):
            reading.reject = "wish"  # "officials hope the new rules will reduce congestion"
            return reading
        if verb in PROMISE and not _ASSURED.match(content_text):
            # (but "I promise you, it will be worth the wait": an assurance of how things will turn out)
            reading.reject = "promise"  # "the manifesto promises that the party will not raise income tax"
            return reading
        if verb in ("suggest", "recommend", "advise", "propose") and attribution.speaker.kind in ("name", "pronoun") and \
                any(toks[k].low == "should" and k + 1 < hi and toks[k + 1].word and
                    toks[k + 1].low not in _NON_VOLITIONAL and toks[k + 1].low not in ("not", "be")
                    for k in range(lo, hi)):
            reading.reject = "wish"  # "Mr Walsh suggested that new studios should make games for phones": advice
            return reading
        if attribution.pluperfect:
            reading.reject = "past"  # "analysts had predicted"
            return reading
        if attribution.past_time:
            reading.reject = "said in the past"
            return reading
        if tense == "past" and attribution.speaker.text.lower() in ("i", "we") and \
                verb in ("say", "predict", "forecast", "argue", "write", "tip", "bet", "claim", "warn", "pick", "back",
                         "fancy", "wager") and \
                attribution.position == "initial":
            reading.reject = "said in the past"  # "I said the pound would hit $1.40, and it did not"
            return reading
        if tense == "past" and (verb in BELIEVE or verb in ("expect", "anticipate")) and \
                (attribution.speaker.text.lower() in ("i", "we") or any(toks[k].low in ("would", "'d") for k in range(lo, hi))
                 or verb in ("think", "believe", "assume", "suppose", "imagine", "expect", "hope", "fear")):
            reported = attribution.position == "initial" and verb in ("think", "believe", "expect", "reckon") and \
                (attribution.speaker.kind == "name" or attribution.speaker.text.lower() in ("he", "she")) and \
                any(toks[k].low == "would" for k in range(lo, hi)) and \
                not any(toks[k].low in ("but", "instead", "actually", "turned", "proved", "wrong", "had", "'d", "did",
                                        "didn't", "was", "were", "wasn't", "weren't") for k in range(lo, len(toks)))
            # ("He thought that the machine would appeal to ...": a report of the view he gave, as "he said he
            # thought"; not "They thought Google would just be a provider, but it has become ...")
            # ("expressed doubts that the system would work": a view stated, as "said he doubted")
            reported = reported or bool(_EXPRESSED.match(view.text, attribution.verb_start - view.base))
            # ("It expected 2005 to be a transitional year and to return to profitability in 2006": a company's
            # outlook reported in the past tense, its time still ahead)
            reported = reported or expected_ahead
            if not (attribution.position in ("inverted", "final") and verb in PREDICT) and not reported:
                reading.reject = "past belief"
                return reading
        if verb in PREDICT and (tense in ("present", "base", "ing", "perfect") or
                                tense == "past" and attribution.position in ("inverted", "final") or
                                tense == "past" and verb in ("predict", "forecast", "project", "tip", "back",
                                                             "pick", "bet", "wager", "estimate") or
                                tense == "past" and expected_ahead) and \
                not (verb == "estimate" and not _FUTURE_WORDS.search(content_text) and
                     not deadline_near()) and \
                not (attribution.position == "initial" and _tells_the_past(view, lo, hi)) and \
                not (verb == "expect" and attribution.position == "initial" and _expects_of_someone(toks, lo - 1, hi)
                     and not deadline_near()):
            # (an estimate of what is, "has estimated the destruction at 20bn baht", is no forecast; nor is "I'll bet
            # he hadn't checked that one": a guess at what was; nor "Fans expect a lot of him", a demand)
            # (not "AOL backed the price cuts", "Air China picked the London Stock Exchange": support, a choice)
            if verb not in _TIPPING or _names_a_tip(content_text):
                if attribution.negated:
                    reading.negated_expectation = confidence_mod.negated_expectation(
                        text[attribution.span[0] - view.base:attribution.verb_end - view.base + 1])
                reading.cues.append(Cue(attribution.verb_start, attribution.verb_end, "expect", 0.6))
        if verb == "odds" and _RACE_RATING.search(text[attribution.verb_end - view.base:]):
            # "The Cook Political Report rates the race a toss-up": a rating is a forecast of the race
            reading.cues.append(Cue(attribution.verb_start, attribution.verb_end, "expect", 0.55))
        if verb == "odds" and _states_a_value(text[attribution.verb_end - view.base:]):
            # "JPMorgan cut the chances of a deal to 60 per cent", "lifted its forecast for Brent to $95": a new
            # value is a forecast; "several banks raised their forecasts" is news about forecasts
            reading.cues.append(Cue(attribution.verb_start, attribution.verb_end, "chance", 0.55))
        # ('"It was ... deliberate," was Mr Marr's assessment': with nothing after the view, its words come before)
        held = (lo, hi) if any(toks[k].word for k in range(lo, hi)) else \
            (0, next((k for k, t in enumerate(toks) if t.start >= attribution.span[0]), len(toks)))
        if verb == "view" and not (
                (any(toks[k].low == "that" for k in range(lo, min(hi, lo + 4))) or held[0] != lo) and
                any(_is_past_verb(toks[k].low) for k in range(*held)) and
                not any(toks[k].low in _MODALS or toks[k].low.endswith(("'ll", "’ll")) or
                        toks[k].low in ("going", "likely", "unlikely") for k in range(*held))):
            # (not "repeated his view on Friday that all mergers led to some job cuts", '"It was ... deliberate," was Mr
            # Marr's assessment': a view of what was)
            reading.cues.append(Cue(attribution.verb_start, attribution.verb_end, "expect", 0.5))
        if verb == "warn" and _warned_of_a_change(view, attribution):
            # "the firm warned of lower margins this year", "The IMF warned of slower growth": a change foretold
            # (not "warned of the dangers of smoking", a risk that always is)
            reading.cues.append(Cue(attribution.verb_start, attribution.verb_end, "expect", 0.55))
        if verb == "odds" and not reading.cues and (_PRICE_TO.search(text[attribution.verb_end - view.base:]) or
                                                     attribution.position == "parenthetical" and _PRICE_TO.search(text)):
            # (or named after the price: "The Italian is the 6-4 favourite with William Hill")
            # "William Hill makes the SNP 1-20 to be the largest party": a bookmaker's price
            reading.cues.append(Cue(attribution.verb_start, attribution.verb_end, "chance", 0.55))
        if verb in ("show", "suggest") and tense in ("present", "base") and \
                attribution.speaker.kind in ("org", "definite") and \
                re.search(r"\b(?:forecasts?|projections?|models?|outlook|estimates?|nowcast|scenarios?|tracking)\b",
                          text[attribution.span[0] - view.base:attribution.verb_start - view.base], re.IGNORECASE) and \
                (any(toks[k].low.endswith("ing") and len(toks[k].low) > 5 for k in range(lo, min(hi, lo + 5))) or
                 text[attribution.verb_start - view.base:attribution.verb_end - view.base].lower().startswith("point") or
                 verb == "suggest" and lo < hi and toks[lo].low in ("a", "an", "another", "further")):
            # "The Bank's own forecasts show inflation returning to target in 2027", "the outlook points to a wet
            # winter", "the long-range forecast suggests a colder than average start to winter": its forecast
            reading.cues.append(Cue(attribution.verb_start, attribution.verb_end, "expect", 0.55))
        if verb == "see" and tense in ("present", "base", "ing") and not _seen_as(toks, lo, min(hi, lo + 6)) and \
                (_course_ahead(toks, lo + 1, min(hi, lo + 6)) or seen_ahead(toks, lo, min(hi, lo + 7))
                 or deadline_near()):
            # "Nomura sees earnings peaking in the second quarter", "others see choppier waters ahead"
            reading.cues.append(Cue(attribution.verb_start, attribution.verb_end, "expect", 0.55))
        if verb in ("put", "give") and confidence_mod.find(text[attribution.verb_start - view.base:]) is not None:
            # "I'd put them at 40 per cent", "gives them a one-in-four chance"
            reading.cues.append(Cue(attribution.verb_start, attribution.verb_end, "chance", 0.55))
        if verb == "doubt" and (tense in ("present", "base", "ing") or _EXPRESSED.match(text, attribution.verb_start - view.base)):
            reading.negated_expectation = confidence_mod.negated_expectation(
                text[attribution.verb_start - view.base:attribution.verb_end - view.base + 40])
        if verb in BELIEVE | {"expect", "predict", "anticipate"} and tense in ("present", "base") and \
                re.match(r"(?:very\s+)?few\b|no\s+one\b|nobody\b|hardly\s+any\b|not\s+many\b", attribution.speaker.text,
                         re.IGNORECASE):
            attribution.negated = True  # "Few analysts believe that record will be broken"
        if verb in BELIEVE and attribution.negated and tense in ("present", "base"):
            reading.negated_expectation = confidence_mod.negated_expectation(
                text[attribution.span[0] - view.base:attribution.verb_end - view.base + 1])
    announced = attribution is not None and attribution.verb in ("confirm", "announce")
    if (_LABEL.search(text[toks[lo].start - view.base:] if lo < hi else "") or
            _MY_PICK.search(text[toks[lo].start - view.base:] if lo < hi else "")) and \
            not re.search(r"\b(?:would|'d)\s+(?:like|love|prefer|rather)\b", text, re.IGNORECASE):
        # (not "My gut feeling is that Kelly would like to run": what someone wants now)
        reading.cues.append(Cue(toks[lo].start, toks[lo].end, "label", 0.6))
    subject_refs_speaker = False
    for i in range(lo, hi):
        tok = toks[i]
        low = tok.low
        prev = toks[i - 1].low if i > lo else ""
        if low in ("will", "shall", "won't", "wo") or (low.endswith("'ll") and len(low) > 3):
            if low == "will" and (prev in _WILL_NOUN_BEFORE or (i + 1 < hi and toks[i + 1].low in ("of", ",", ".", "and", "to"))) \
                    and not (i + 2 < hi and toks[i + 1].low == "and" and toks[i + 2].low in _MODALS) \
                    and not (prev == "own" and i >= lo + 3 and toks[i - 3].low == "on" and i + 1 < hi and
                             toks[i + 1].low not in ("of", ",", ".", "and", "to")):
                # ("Existing commitments on their own will not stop the pandemic": "will" after "on their own")
                continue  # "the will of the people"; but "Foxx will and should win"
            if tok.text == "Will" and i > lo and i + 1 < hi and toks[i + 1].cap and toks[i - 1].text not in "\"“‘'":
                continue  # "is Will Wright, the creator of The Sims": a first name
            if i + 1 < hi and toks[i + 1].low in _HABIT:
                continue  # "loss of possessions will usually be covered": a rule, not a forecast
            if _TEAM_NEWS.search(view.text[tok.start - view.base:toks[hi - 1].end - view.base]) or \
                    re.match(r"(?:will|'ll)\s+(?:take|come\s+into)\s+(?:effect|force)\b",
                             view.text[tok.start - view.base:], re.IGNORECASE):
                continue  # "he will now miss the final through suspension", "a ban will take effect at noon"
            if low == "wo" and not (i + 1 < hi and toks[i + 1].low == "n't"):
                continue
            verb_index = _next_verb(view, i, hi)
            verb_low = toks[verb_index].low if verb_index is not None else ""
            if verb_low == "be" and verb_index + 2 < hi and toks[verb_index + 1].low == "up" and toks[verb_index + 2].low == "to":
                continue  # "it will be up to North Korea": not about what happens
            after_verb = [t.low for t in toks[verb_index + 1:min(hi, verb_index + 4)]] if verb_index is not None else []
            if verb_low in ("vary", "differ", "depend") and any(
                    w in ("depending", "according", "from", "between", "on", "upon", "widely", "greatly")
                    for w in after_verb):
                continue  # "will vary very much depending on your individual workload": a rule of how things go
            if verb_low == "do" and verb_index == i + 1 and prev not in PRONOUNS and not toks[i - 1].cap and \
                    (not after_verb or after_verb[0] in (",", ".", ";", "or", "fine", "nicely") or
                     after_verb[:2] in (["the", "trick"], ["the", "job"], ["just", "fine"])):
                continue  # "a cable will do, or a dongle if you prefer": it is enough, not what will happen
            if verb_low == "see" and (verb_index + 1 >= hi or not toks[verb_index + 1].word or
                                      toks[verb_index + 1].low in ("what", "how", "whether", "if", "about")) or \
                    verb_low == "find" and verb_index + 1 < hi and toks[verb_index + 1].low == "out" and \
                    (low[:-3] if low.endswith("'ll") else prev) in ("we", "i", "you"):
                continue  # "We will see.", "we'll see what happens", "we'll find out on Thursday": wait and see
            if verb_low == "have" and verb_index + 1 < hi and _is_past_verb(toks[verb_index + 1].low) and \
                    not any(toks[k].low in ("by", "within", "before", "until") for k in range(verb_index + 2, hi)) and \
                    not (any(toks[k].low in ("by", "within", "before", "until") for k in range(lo, i)) and deadline_near()) and \
                    not _BY_THE_TIME.match(content_text):
                continue  # "two tries will have boosted his chances": a guess at what is so ("by 2010 sales will have
                # doubled" is a forecast)
            if verb_low == "be" and verb_index + 1 < hi and (toks[verb_index + 1].low in _POLICY_PASSIVE or
                                                              (toks[verb_index + 1].low in ("no", "not") and verb_index + 3 < hi and toks[verb_index + 3].low in _POLICY_PASSIVE)) \
                    and not (attribution is not None and any(t.bare in _OUTSIDERS for t in toks[:lo] + toks[hi:])):
                # ("your details will be used to ...", but not "According to technology analysts IDC, a fifth of all
                # hard drives will be used in consumer electronics by 2007": analysts foresee it)
                reading.reject = "policy"
                return reading
            if _in_question(view, i, lo):
                continue
            if _under_wish(view, i, lo):
                continue
            subject = low[:-3] if low.endswith("'ll") else prev
            if verb_low in _POLICY_VERBS and _own_policy(view, i, lo, attribution):
                subject_refs_speaker = True  # "the ministry said its tax credit will stay at 25 per cent"
                continue
            if _INTENDS.search(view.text[toks[lo].start - view.base:tok.start - view.base]) and \
                    not _belief_before(view, lo, i) and not (attribution is not None and attribution.verb in PREDICT):
                subject_refs_speaker = True  # "the company intends to list its shares ... and will keep ..."
                continue
            if _IF_YOU.match(view.text[toks[lo].start - view.base:]):
                subject_refs_speaker = True  # "If you lock a rate ..., some lenders will let you renegotiate"
                continue
            if subject in ("i", "we") and verb_index is not None and verb_index + 1 < hi and \
                    toks[verb_index + 1].low == "to" and \
                    (verb_low == "have" or verb_low == "need" and verb_index == i + 1 and low != "won't" and
                     not _belief_before(view, lo, i) and
                     not re.search(r"\b(?:estimate|guess|view|expectation|forecast|bet)\s+is\b",
                                   view.text[:tok.start - view.base], re.IGNORECASE)):
                subject_refs_speaker = True  # "we'll have to look at the video", "we will need to see decisions
                continue  # adopted": what they must do, or ask for
            if subject in ("i", "we") and verb_low == "see" and verb_index + 1 < hi and toks[verb_index + 1].low == "you":
                subject_refs_speaker = True  # "I'll see you back here Monday"
                continue
            if _DECISION_MADE.match(view.text, toks[i - 1].start - view.base if i > lo else tok.start - view.base):
                # "A decision will be made Thursday morning before the parade's start": a timetable
                reading.cues.append(Cue(tok.start, tok.end, "schedule", 0.3))
                continue
            if _TOLD_THAT.search(view.text, 0, tok.start - view.base) and not view.quoted[i]:
                # "employees were told that layoffs will begin this week", "workers who have been informed that their
                # employment will be terminated on Dec. 9": a plan made known to those it touches
                reading.cues.append(Cue(tok.start, tok.end, "schedule", 0.3))
                continue
            if subject == "you" and _how_it_works(view, i, attribution, predicting, deadline_near):
                # "you'll be attacked by three enemy factions", "you'll need to disengage": how a game, a product or
                # a place works for whoever uses it (a reader's "you'll pay more this winter" has its time)
                reading.cues.append(Cue(tok.start, tok.end, "schedule", 0.3))
                continue
            if verb_low in ("know", "remember", "recall", "recognise", "recognize") and \
                    (subject == "you" or toks[i - 1].low in ("readers", "viewers", "listeners", "fans", "followers")):
                continue  # "Regular readers will know I tipped him at 33-1": what the reader knows, not a forecast
            if verb_low and _is_intent(view, i, lo, subject, verb_low, attribution):
                subject_refs_speaker = True
                continue
            going_ahead = verb_low in ("go", "take", "proceed") and verb_index + 1 < hi and \
                (verb_low == "proceed" or toks[verb_index + 1].low in ("ahead", "place"))
            believed = _belief_before(view, lo, i) or predicting or \
                attribution is not None and attribution.verb == "believe" and attribution.tense in ("present", "base") \
                and not attribution.negated and attribution.content[0] <= tok.start
            # "we think the next round of tariffs will go ahead", "The firm is confident its pipeline will deliver"
            holds_on = verb_low == "hold" and (verb_index + 1 >= hi or toks[verb_index + 1].low in (
                "for", "up", "steady", "firm", "on", "out", "until", "through", "at", "above", "below", "back", ".",
                ",", "off") or not any(toks[k].bare in _HELD_EVENTS for k in range(verb_index + 1, min(hi, verb_index + 6))))
            # "the peg will hold", "Labour will hold key marginal seats", not "will hold talks"
            # "will go on sale on March 6", "will go before a full council vote on June 9", "will begin a strike
            # vote on April 27": a date in a calendar
            going_ahead = going_ahead or verb_low == "go" and verb_index + 2 < hi and (
                toks[verb_index + 1].low == "on" and toks[verb_index + 2].low in ("sale", "display", "show", "air") or
                toks[verb_index + 1].low == "before" and toks[verb_index + 2].low in ("a", "the", "parliament", "congress"))
            going_ahead = going_ahead or verb_low == "take" and verb_index + 1 < hi and \
                toks[verb_index + 1].low in ("office", "power", "charge", "over") and attribution is None or \
                verb_low == "run" and re.match(r"\s+from\s+[^;]{1,30}?\b(?:through|to|until|till)\b",
                                               view.text[toks[verb_index].end - view.base:]) is not None or \
                verb_low in ("begin", "start") and attribution is None and verb_index + 1 < hi and \
                toks[verb_index + 1].low.endswith("ing") and _agent_subject(view, i, lo) and \
                toks[verb_index + 1].low[:-3] not in _NON_VOLITIONAL and toks[verb_index + 1].low[:-3] + "e" not in \
                _NON_VOLITIONAL  # ("Hapag-Lloyd will begin routing", not "prices will begin falling")
            going_ahead = going_ahead or verb_low in ("begin", "start") and verb_index + 1 < hi and \
                toks[verb_index + 1].low in ("a", "the", "its", "their", "his", "her") and \
                _names_a_day_after(view, verb_index, hi)
            clocked = verb_index is not None and _clocked(view, verb_low, verb_index, hi, attribution)
            # "Newcastle will be at home to either Tottenham or Forest": a fixture
            clocked = clocked or verb_low == "be" and attribution is None and \
                re.match(r"\s+(?:at\s+home|away)\s+(?:to|at|against)\b",
                         view.text[toks[verb_index].end - view.base:]) is not None
            # "His final match will be his testimonial at Twickenham on 4 June": what an event will be, and when
            clocked = clocked or attribution is None and verb_low == "be" and not view.quoted[i] and \
                not (i - 1 >= lo and toks[i - 1].low == "there") and \
                verb_index + 1 < hi and toks[verb_index + 1].low in ("his", "her", "their", "its", "the", "a", "an") and \
                _names_a_day_after(view, verb_index, hi) and not any(t.low in ("than", "more", "less", "higher", "lower")
                                                                     for t in toks[verb_index + 1:hi])
            outsider = attribution is not None and attribution.speaker.role in _OUTSIDERS and not attribution.official
            if (verb_low in _SCHEDULE and not holds_on and not outsider and not _meets_a_goal(view, verb_index, hi) or
                    announced or going_ahead or clocked or
                    _passive_schedule(view, verb_index, hi) or
                    _not_charged(view, i, verb_index, hi) and not outsider and
                    not (attribution is not None and (attribution.verb in BELIEVE or attribution.verb in PREDICT))) and \
                    not any(c.kind not in ("will", "schedule") and c.strength > 0.25 for c in reading.cues) and \
                    not believed:  # ("is scheduled to", "is due to" are a timetable's words too)
                # "the fund will publish new forecasts in October", "the match will be shown live", "X will miss
                # the game, the club confirmed": a timetable or an announcement, not a forecast
                reading.cues.append(Cue(tok.start, tok.end, "schedule", 0.3))
                continue
            after_be = verb_index + 1 if verb_index is not None else hi
            while after_be + 1 < hi and toks[after_be].low.endswith("ly") and toks[after_be].low not in ("likely",):
                after_be += 1  # ("I'll be sporadically tweeting too")
            if subject in ("i", "we") and verb_low == "be" and after_be < hi and not believed and \
                    toks[after_be].low.endswith("ing"):
                subject_refs_speaker = True  # "I will be reading it with a pinch of salt": a plan
                continue
            # ("prices will start to fall": what starts is the falling)
            acting = verb_low
            if verb_low in ("start", "begin", "continue", "keep", "stop", "cease") and verb_index + 1 < hi:
                after = toks[verb_index + 2].low if toks[verb_index + 1].low == "to" and verb_index + 2 < hi else \
                    toks[verb_index + 1].low[:-3] if toks[verb_index + 1].low.endswith("ing") else verb_low
                acting = after if after in _NON_VOLITIONAL else after + "e" if after + "e" in _NON_VOLITIONAL else verb_low
            if attribution is None and not believed and not predicting and not opinion and verb_low and \
                    acting not in _NON_VOLITIONAL and verb_low not in _MODALS | {"and", "or"} and \
                    not view.quoted[i] and _agent_subject(view, i, lo) and \
                    not any(c.kind not in ("will", "schedule") for c in reading.cues):
                # the article's own voice telling what a government, a body or a named player will do ("South Korea
                # will boost state spending next year", "Chris Jones will start the game on the bench"): what they
                # have announced, more often than a forecast (kept for --all)
                reading.cues.append(Cue(tok.start, tok.end, "schedule", 0.25))
                continue
            official_voice = attribution is not None and attribution.verb in _SAY_VERBS and not believed and \
                (attribution.speaker.kind == "org" or attribution.official)
            if (attribution is None and not believed and not predicting and not opinion and not view.quoted[i] or
                    official_voice) and \
                    (_arranged(view, verb_index, hi) or official_voice and _maker_speaks(view, attribution, lo, i) and
                     _describes_a_design(view, verb_index, hi, maker=True)) and \
                    not any(c.kind not in ("will", "schedule") for c in reading.cues):
                # (and a body's own statement: "Both athletes' cases will be referred to arbitration", the IAAF said)
                # the article's own voice on what will be done to set something up ("High definition projectors will
                # be installed", "Cinemas will be given the film on a hard drive"): a plan told, not a forecast
                reading.cues.append(Cue(tok.start, tok.end, "schedule", 0.25))
                continue
            if attribution is None and not believed and not predicting and not opinion and not view.quoted[i] and \
                    _describes_a_design(view, verb_index, hi) and \
                    not any(c.kind not in ("will", "schedule") for c in reading.cues):
                # the article's own voice on how a product, service or plan will work ("The chip will be made of
                # several cores", "Exeem will offer trackers", "The 777-200LR will be capable of flying 11,000
                # miles"): its specification, not a forecast
                reading.cues.append(Cue(tok.start, tok.end, "schedule", 0.25))
                continue
            if _an_obligation(view, tok.end) and not believed:
                # "Within two years, every force will be expected to keep to a contract": what it must do (but
                # "prices will be expected to fall")
                reading.cues.append(Cue(tok.start, tok.end, "schedule", 0.25))
                continue
            if attribution is None and not believed and not predicting and not opinion and not view.quoted[i] and \
                    subject not in ("i", "we") and _ALLOWED.match(view.text, tok.end - view.base) and \
                    not any(c.kind not in ("will", "schedule") for c in reading.cues) and not deadline_near():
                # the article's own voice on what a rule or a product lets people do, or makes them do ("Users will
                # be able to request music", "Employers will no longer be able to force workers to retire"): what it
                # provides, not a forecast (but "By 2015 every gadget will be able to talk to every other gadget" is
                # one, and so is "Europeans will have to wait until 2006")
                reading.cues.append(Cue(tok.start, tok.end, "schedule", 0.25))
                continue
            if attribution is None and not believed and not predicting and verb_low == "be" and not view.quoted[i] and \
                    verb_index + 1 < hi and (toks[verb_index + 1].low.endswith("ing") and toks[verb_index + 1].low not in
                                             ("going", "something", "nothing", "anything", "everything",
                                              "missing", "lacking") or  # ("will be missing an entire midfield")
                                             toks[verb_index + 1].low in ("joined", "taken", "named", "included",
                                                                          "declared", "judged", "replaced")) and \
                    not any(c.kind not in ("will", "schedule") for c in reading.cues):
                # the article's own voice on the course of a known event ("Gardener will be chasing his third
                # successive gold", "He will be joined in the event by ..."): its programme, not a forecast
                reading.cues.append(Cue(tok.start, tok.end, "schedule", 0.25))
                continue
            strength = 0.6
            if prev in ("that", "which", "who") and toks[i - 1].text.islower() and i - 1 > lo and \
                    not (prev == "that" and (toks[i - 2].low in ("confident", "sure", "certain", "convinced", "hopeful",
                                                                   "optimistic", "adamant") or
                                             toks[i - 2].low in SPEECH and SPEECH[toks[i - 2].low][0] in BELIEVE or
                                             # "..., but that will likely be rectified very soon": a demonstrative
                                             toks[i - 2].low in ("but", "and", "yet", "so") and i - 3 >= lo and
                                             toks[i - 3].text == "," and
                                             any(t.low in ("likely", "probably", "soon", "eventually", "certainly")
                                                 for t in toks[i + 1:min(hi, i + 4)]))):
                # (not "I'm confident that will springboard Team GB": "that" is what will)
                strength = 0.45  # "a missile that will ...": not "That will not change"
                reading.relative_only = True
            reading.cues.append(Cue(tok.start, tok.end, "will", strength))
            if subject in ("i", "we"):
                reading.first_person = True
        elif low in ("going", "gonna"):
            if low == "going" and not (i + 1 < hi and toks[i + 1].low == "to"):
                continue
            back = [toks[k].low for k in range(max(lo, i - 3), i)]
            if any(b in ("was", "were", "wasn't", "weren't") for b in back):
                if _reported(attribution) and attribution.position == "initial" and not attribution.past_time and \
                        not attribution.pluperfect and low == "going":
                    # "They all insisted it was not going to be a re-run of 2001": reported speech, shifted back
                    reading.backshift = True
                    reading.cues.append(Cue(tok.start, toks[i + 1].end, "going-to", 0.55))
                continue
            if not any(b in ("is", "are", "am", "be", "not", "'s", "'re", "'m", "isn't", "aren't", "isn’t", "aren’t")
                       or b.endswith(("'s", "'re", "'m", "’s", "’re", "’m")) for b in back):
                continue
            after = i + 2 if low == "going" else i + 1
            speaker_subject = next((toks[k].low.replace("’", "'").split("'")[0]
                                    for k in range(i - 1, max(lo, i - 3) - 1, -1)
                                    if toks[k].low.replace("’", "'").split("'")[0] in ("i", "we", "he", "she", "it", "they",
                                                                                       "you")), "")
            if speaker_subject == "you" and _how_it_works(view, i, attribution, predicting, deadline_near):
                continue  # "You're going to parry the trooper's bolts back at them": how a game is played
            if speaker_subject in ("i", "we") and after < hi and \
                    (toks[after].low not in _NON_VOLITIONAL or toks[after].low == "run" and _runs_something(view, i)) and \
                    not _belief_before(view, lo, i):
                continue  # "We're going to play our game, we're going to run the football": what they intend
            if after < hi and toks[after].word and not toks[after].cap and toks[after].low not in DETERMINERS and \
                    toks[after].low not in ("school", "work", "church", "court", "war", "bed", "town", "jail", "prison", "market"):
                if _in_question(view, i, lo):
                    continue
                reading.cues.append(Cue(tok.start, toks[i + 1].end if low == "going" else tok.end, "going-to", 0.6))
        elif low in ("figure", "figures") and i + 2 < hi and toks[i + 1].low == "to" and toks[i + 2].word and \
                not toks[i + 2].cap and toks[i + 2].low not in DETERMINERS and \
                (prev in ("doesn't", "don't", "does", "do", "not", "still", "also", "now") if low == "figure" else
                 i > lo and (toks[i - 1].cap and toks[i - 1].word or prev in ("he", "she", "it", "who", "which", "that"))) \
                and not _in_question(view, i, lo):
            # "Mendenhall doesn't figure to play", "Spiller figures to start": is expected to (not "sales figures to
            # be released", a noun)
            reading.cues.append(Cue(tok.start, toks[i + 1].end, "passive", 0.6))
        elif low in ("faces", "face", "facing") and _LAY_OFF.match(text, tok.end - view.base) and \
                not _in_question(view, i, lo) and \
                not any(toks[k].low in ("not", "n't", "never", "no") or toks[k].low.endswith(("n't", "n’t"))
                        for k in range(max(lo, i - 3), i)):
            # "Matt Jansen faces three weeks out after surgery", "is facing a six-week lay-off": an absence foreseen
            reading.cues.append(Cue(tok.start, tok.end, "passive", 0.6))
        elif low in ("stands", "stand") and i + 2 < hi and toks[i + 1].low == "to" and toks[i + 2].low in _STAND_TO \
                and prev not in ("to", "would", "could", "might") and not _in_question(view, i, lo):
            # "China stands to suffer, too", "shareholders stand to gain $2bn": what the future holds for them
            # (not "it stands to reason", nor "would stand to gain if ...", a condition)
            reading.cues.append(Cue(tok.start, toks[i + 2].end, "passive", 0.55))
        elif low in ("expected", "forecast", "forecasted", "predicted", "projected", "anticipated", "tipped", "set",
                     "poised", "bound", "certain", "sure", "likely", "unlikely", "due", "slated", "scheduled", "about",
                     "favourites", "favorites", "favourite", "favorite",
                     "destined", "track", "course", "primed", "forecasts", "seen", "up") and i + 1 < hi and toks[i + 1].low == "to":
            back = [toks[k].low for k in range(max(lo, i - 3), i)]
            if low == "expected" and prev == "be" and i - 2 >= lo and toks[i - 2].low in ("will", "'ll") and \
                    _an_obligation(view, toks[i - 2].end):
                continue  # an obligation, read at its "will"
            if low in ("track", "course") and prev != "on":
                continue
            if low == "forecasts" and (prev in DETERMINERS or prev.endswith(("'s", "’s", "s'"))):
                continue  # "re-casting his forecasts to give the illusion": the noun
            if low == "up" and not (prev == "shaping" and i + 2 < hi and toks[i + 2].low == "be"):
                continue  # "casual gaming is shaping up to be big business in 2005"
            if low == "due" and not (i + 2 < hi and toks[i + 2].word and not toks[i + 2].cap and
                                     toks[i + 2].low not in DETERMINERS and
                                     any(b in ("is", "are", "was", "were", "be", "'s", "'re", "now", "also")
                                         for b in back[-2:])):
                continue  # "due to the weather", "would go under due to greater risks": a cause
            if any(b in ("was", "were", "wasn't", "weren't", "had") for b in back) and not _reported(attribution):
                continue  # "the vote was expected to pass": an old expectation (unless "she said X was likely to")
            if prev in ("once", "originally", "initially", "previously", "formerly"):
                continue  # "A trade deal, once expected to be completed within weeks, could now ...": given up
            if low in ("likely", "unlikely") and _a_propensity(toks, i, lo) and not deadline_near():
                continue  # "mothers are far more likely to leave a job": how a group tends to behave
            if i + 3 < hi and toks[i + 2].low == "have" and (toks[i + 3].low.endswith(("ed", "en")) or
                                                             toks[i + 3].low in _PAST_IRREGULAR | {"been", "done"}) and \
                    not any(t.low in ("by", "before", "within") for t in toks[i + 4:hi]):
                continue  # "are likely to have bought them recently": an inference about the past (not "by Friday")
            if low in ("set", "about") and not any(b in ("is", "are", "am", "'s", "'re", "seems", "seem", "looks", "look") or b.endswith(("'s", "'re")) for b in back) \
                    and not (_reported(attribution) and any(b in ("was", "were", "looked", "seemed", "appeared")
                                                            for b in back)):
                # ("Mr Brown said he was set to meet his two fiscal rules", "said the console looked set to be
                # capable of ...": the tense of reported speech)
                continue
            if _in_question(view, i, lo):
                continue
            verb_at = i + 3 if i + 3 < hi and toks[i + 2].low.endswith("ly") and toks[i + 2].low != "only" else i + 2
            if low == "set" and verb_at < hi and toks[verb_at].low in _SCHEDULE and \
                    not (attribution is not None and attribution.speaker.role in _OUTSIDERS) and \
                    not any(t.text[:1] in "$£€" or t.text[:1].isdigit() or t.low == "as"
                            for t in toks[verb_at + 1:min(hi, verb_at + 7)]) \
                    and not _meets_a_goal(view, verb_at, hi):
                # (not "the film is set to open to $45 million", "set to unveil Redknapp as their new manager", "set
                # to meet his two fiscal rules": a figure, an appointment, a goal are a forecast's)
                # "Yellen is set to host the Ukrainian finance minister today", "Motorola is set to launch a new
                # phone next month": a timetable
                reading.cues.append(Cue(tok.start, toks[i + 1].end, "schedule", 0.3))
                continue
            strength = {"due": 0.25, "slated": 0.25, "scheduled": 0.2, "about": 0.4, "set": 0.5, "poised": 0.5,
                        "bound": 0.55, "certain": 0.55, "sure": 0.55, "track": 0.5, "course": 0.5,
                        "destined": 0.5, "primed": 0.5, "up": 0.5}.get(low, 0.6)
            reading.cues.append(Cue(tok.start, toks[i + 1].end, "passive", strength))
            if low in ("expected", "forecast", "forecasted", "predicted", "projected", "anticipated", "tipped", "seen"):
                reading.passive_forecast = True
        elif low in ("expected", "anticipated", "predicted", "projected") and (prev in ("is", "are") or
                                                                                # "isn't expected until next year"
                                                                                prev in ("isn't", "aren't") and
                                                                                i + 1 < hi and
                                                                                toks[i + 1].low in ("until", "till") or
                                                                                prev in ("not", "now", "still", "also",
                                                                                         "widely", "generally",
                                                                                         "currently") and i - 2 >= lo and
                                                                                toks[i - 2].low in ("is", "are") or
                                                                                # "the election - widely expected in May -"
                                                                                prev in ("widely", "generally") and
                                                                                i - 2 >= lo and toks[i - 2].text in
                                                                                ("-", "–", "—", ",", "(")) and \
                i + 1 < hi and (toks[i + 1].low in ("by", "in", "on", "before", "within", "next", "later", "early",
                                                     "late", "around", "this", "soon", "shortly", "tomorrow",
                                                     "tonight", "over", "during", "after") or toks[i + 1].bare in WEEKDAY_WORDS or
                                # "The regulation is not expected until 2005": when it is expected
                                toks[i + 1].low in ("until", "till") and prev in ("not", "isn't", "aren't") and
                                not (i + 2 < hi and toks[i + 2].low == "after")) and \
                not _in_question(view, i, lo):
            # "a ruling is expected by the end of June": the event itself is what is expected
            reading.cues.append(Cue(toks[i - 1].start, tok.end, "passive", 0.6))
            reading.passive_forecast = True
        elif low in ("expected", "anticipated", "predicted", "forecast", "projected") and prev == "be" and \
                i >= lo + 2 and toks[i - 2].low in ("can", "could", "should", "may", "might", "will", "not", "n't",
                                                     "cannot"):
            reading.cues.append(Cue(toks[i - 2].start, tok.end, "passive", 0.55))
            reading.passive_forecast = True
            if any(toks[k].low in ("no", "not", "n't", "cannot", "nothing", "little") for k in range(lo, i)):
                reading.negated_expectation = re.search(r"\S+\s+be\s+\S+", view.text[toks[i - 2].start - view.base:tok.end - view.base])
        elif low in SPEECH and SPEECH[low][0] in PREDICT and not (low in ("project", "projects") and
                                                                 is_project_noun(toks, i)) and \
                (SPEECH[low][1] in ("present", "base") or
                                                             SPEECH[low][1] == "ing" and (prev in ("are", "is", "am", "'re",
                                                                                                   "'m", "'s") or
                                                                                          prev.endswith(("'re", "'m")) or
                                                                                          # "Most commentators have been
                                                                                          # expecting an election on 5 May"
                                                                                          prev == "been" and i - 2 >= lo and
                                                                                          toks[i - 2].low in ("have", "has",
                                                                                                              "'ve") and
                                                                                          not (i + 1 < hi and toks[i + 1].low
                                                                                               in ("this", "it", "that",
                                                                                                   "these", "them")))) and \
                (attribution is None or not (attribution.verb_start <= tok.start < attribution.verb_end)) and \
                prev not in ("the", "a", "its", "their", "his", "her", "our", "my", "your", "this", "that", "those",
                             "these", "to", "had", "'d") and \
                not any(toks[k].low == "what" for k in range(max(lo, i - 5), i)) and \
                not (prev in ("would", "'d", "might", "could") and i - 2 >= lo and toks[i - 2].low in ("you", "one")) and \
                not used_as_noun(toks, i, hi) and \
                not (low.endswith("s") and (prev.endswith("ing") and prev not in ("thing", "nothing", "something") or
                                            prev in _QUANTITY_BEFORE_NOUN)) and \
                not (i - 2 >= lo and toks[i - 2].low in ("a", "an") and SPEECH[low][1] == "base" and
                     toks[i - 1].word and not toks[i - 1].cap and not toks[i - 1].low.endswith("ly")) and \
                not (i - 3 >= lo and toks[i - 3].low in ("a", "an", "the", "its", "their") and SPEECH[low][1] == "base"
                     and all(t.word and not t.cap and not t.low.endswith("ly") and t.low not in SPEECH and
                             t.low not in ("will", "would", "to", "not", "also", "now", "still") for t in toks[i - 2:i])):
                # ("a cost estimate that had grown", "a new housing project intended to provide": a noun)
                # ("RBA staff had forecast ...": a forecast that was; "a cost estimate that had grown": a noun)
            if SPEECH[low][0] in ("bet", "back", "tip", "pick", "fancy") and not any(
                    t.low in ("to", "on") for t in toks[i + 1:min(hi, i + 12)]) and \
                    not any(t.low in ("for", "as") for t in toks[i + 2:min(hi, i + 6)]):
                continue
            if SPEECH[low][0] in ("back", "tip", "pick", "fancy") and (
                    prev in _BE_OR_MOTION or i + 1 >= hi or not (
                        toks[i + 1].cap or toks[i + 1].low in DETERMINERS or
                        toks[i + 1].low in ("him", "her", "them", "it") or
                        # "I'd back us all the way to beat them" (not "The fans will back us on Saturday")
                        toks[i + 1].low in ("us", "you", "me") and any(t.low == "to" for t in toks[i + 2:min(hi, i + 8)]))):
                continue  # "was back on track", "get back to winning ways": not "I back Arsenal to win"
            if SPEECH[low][0] == "expect" and _expects_of_someone(toks, i, hi) and not deadline_near():
                continue  # "the audience expects loud things from Fox": what they demand of someone
            if SPEECH[low][0] in ("estimate", "project", "forecast"):
                clause = []
                for t in toks[i + 1:min(hi, i + 8)]:
                    if t.low in ("and", "but", "while", ",", ";"):
                        break  # "it does not forecast turnout and will publish results": not its forecast
                    clause.append(t.low)
                if not any(w in ("to", "that", "will") for w in clause) and \
                        not (low == "projecting" and any(re.match(r"[$£€¥]?[0-9]", w) for w in clause)):
                    continue  # (but "is projecting a more conservative $35 million start" states its value)
            neg = confidence_mod.negated_expectation(text[max(0, tok.start - view.base - 25):tok.end - view.base])
            if neg:
                reading.negated_expectation = neg
            reading.cues.append(Cue(tok.start, tok.end, "expect", 0.6))
        elif low in ("heading", "headed", "course", "track", "set", "bound", "poised") and i + 1 < hi and \
                toks[i + 1].low == "for" and any(toks[k].low in ("is", "are", "'s", "'re", "seems", "looks", "on", "seem",
                                                                  "look", "appear", "appears")
                                                 or toks[k].low.endswith(("'s", "'re"))
                                                 for k in range(max(lo, i - 3), i)) and \
                not any(toks[k].low in ("was", "were") for k in range(max(lo, i - 3), i)):
            reading.cues.append(Cue(tok.start, toks[i + 1].end, "passive", 0.5))  # "is heading for a defeat"
        elif low in SPEECH and SPEECH[low][0] in BELIEVE | {"expect", "anticipate", "predict", "foresee"} and \
                SPEECH[low][1] in ("present", "base") and \
                not (i + 1 < hi and toks[i + 1].low == "in") and \
                not any(toks[k].low in ("could", "couldn't", "longer") for k in range(max(lo, i - 3), i)) and \
                (neg := confidence_mod.negated_expectation(text[max(0, tok.start - view.base - 25):tok.end - view.base + 12])):
            # "I do not think it gets done this year", "nobody expects a deal" (not "I don't believe in making fun of
            # other religions": a conviction)
            window = max(0, tok.start - view.base - 25)
            if neg.end() < tok.end - view.base - window:
                continue  # ("I don't think they believe me": the negation is the first verb's)
            if any(toks[k].low in ("had", "hadn't") and toks[k + 1].low not in ("no", "little", "few")
                   for k in range(max(lo, i - 4), i)):
                # "he had begun to doubt whether he would win another Grand Slam": a doubt he had then (not "said he
                # had no doubt the family would ...", reported speech)
                continue
            if i + 1 >= hi or not toks[i + 1].word:
                continue  # "I find it hard to believe.": of nothing said
            if SPEECH[low][0] == "see" and not any(
                    t.low.endswith("ing") and len(t.low) > 4 or t.low in ("how", "why", "will", "would", "'ll", "being",
                                                                         "before", "until", "by", "within", "soon")
                    for t in toks[i + 1:min(hi, i + 10)]) and \
                    not deadline_near():
                # ("I don't see a deal before the end of the month" is a forecast)
                continue  # "I can't see any difference other than £200m less debt": what is seen now, not ahead
            if _a_state_now(view, i + 1, hi):
                continue  # "I don't think they believe me", "I don't think they think that at the moment"
            if low in ("doubt", "doubts") and any(t.low in ("is", "are", "'s", "'re") for t in toks[i + 1:min(hi, i + 5)]) \
                    and not _FUTURE_WORDS.search(text[tok.end - view.base:]) and not deadline_near():
                continue  # "Michael Howard has no doubt it is the prime minister who ...": about now
            if _finite_past(view, i + 1, hi) and not _FUTURE_WORDS.search(text[tok.end - view.base:]):
                continue  # "I don't think we even touched each other": a belief about what happened
            if _DID_NOT.search(neg.group()):
                continue  # "I didn't really see him coming": a belief once held, about what then happened
            reading.negated_expectation = neg
            reading.cues.append(Cue(tok.start, tok.end, "negated", 0.55))
        elif low in SPEECH and SPEECH[low][0] in PREDICT and SPEECH[low][1] == "past" and attribution is not None and \
                attribution.tense in ("past", "perfect") and attribution.verb in ("say", "tell", "add", "write",
                                                                                   "explain", "note", "warn", "announce",
                                                                                   "confirm", "state", "report",
                                                                                   "indicate", "stress", "admit") and \
                prev in ("he", "she", "they", "it", "we", "i") and \
                not (i + 1 < hi and toks[i + 1].low in ("up", "off", "over", "out", "back")) and \
                not _expects_of_someone(toks, i, hi):  # ("he picked up", "he expected more of his players")
            # "Durand told reporters she expected protests by the autumn", "The company announced that it expected
            # profits in 2005 to be lower": reported speech, shifted back
            reading.backshift = True
            reading.cues.append(Cue(tok.start, tok.end, "expect", 0.55))
        elif low == "doubted" and attribution is not None and attribution.tense in ("past", "perfect") and \
                attribution.verb in _SAY_VERBS and prev in ("he", "she", "they", "it", "we", "i") and \
                i + 1 < hi and toks[i + 1].low in ("that", "whether", "if", "it", "they", "the", "a", "an"):
            # "Watanabe said he doubted that prices would hold beyond March": a doubt reported, shifted back
            reading.backshift = True
            reading.negated_expectation = re.search(r"\S+", view.text[tok.start - view.base:])
            reading.cues.append(Cue(tok.start, tok.end, "negated", 0.55))
        elif low == "see" and prev in ("can", "could") and any(t.low.endswith("ing") for t in toks[i + 1:min(hi, i + 5)]):
            reading.cues.append(Cue(toks[i - 1].start, tok.end, "expect", 0.5))  # "I can see it being three or four"
        elif low in ("see", "sees") and prev in ("we", "i", "now", "they", "still", "also") and \
                _course_ahead(toks, i + 2, min(hi, i + 6)) and not _seen_as(toks, i + 1, min(hi, i + 6)):
            reading.cues.append(Cue(tok.start, tok.end, "expect", 0.55))  # "we now see Brent averaging $90"
        elif low in _SURPRISED and i >= lo + 2 and toks[i - 1].low == "be" and \
                toks[i - 2].low in ("wouldn't", "won't", "not", "n't", "shouldn't") and \
                i + 1 < hi and toks[i + 1].low in ("if", "to"):
            reading.cues.append(Cue(toks[i - 2].start, tok.end, "expect", 0.5))  # "I wouldn't be surprised if"
        elif low in _SURPRISED and any(t.low in ("if", "to") for t in toks[i + 1:min(hi, i + 3)]) and \
                any(toks[k].low in ("would", "'d", "will") or toks[k].low.endswith("'d")
                    for k in range(max(lo, i - 4), i)) and \
                not any(toks[k].low in ("not", "n't", "wouldn't", "won't") for k in range(max(lo, i - 4), i)):
            # "he would be very surprised if the deal survived the summer": he expects it not to
            # (and "Everyone would be incredibly surprised if he didn't win": that he will)
            clause = list(itertools.takewhile(lambda t: t.text not in ",;:" and t.low not in _CLAUSE_ENDS,
                                              toks[i + 2:min(hi, i + 8)]))
            if any(t.low in _NOT_WORDS or t.low.endswith("n't") for t in clause):
                reading.cues.append(Cue(tok.start, tok.end, "expect", 0.5))
            else:
                reading.cues.append(Cue(tok.start, tok.end, "negated", 0.5))
                reading.negated_expectation = re.search(r"\S+", view.text[tok.start - view.base:])
        elif low in ("likely", "probably", "certainly", "definitely", "surely", "undoubtedly", "inevitably", "possibly",
                     "perhaps", "maybe", "unlikely"):
            nxt = [toks[k].low for k in range(i + 1, min(hi, i + 3))]
            if any(_is_past_verb(w) for w in nxt[:2]) or (nxt[:1] == ["have"] and len(nxt) > 1 and _is_past_verb(nxt[1])):
                continue  # "probably wanted", "likely was": a hedge about the past
            if nxt[:1] == ["been"] and prev in ("has", "have", "'s", "'ve") and not deadline_near():
                continue  # "Mr Blair has probably been closer to President Bush than any other leader": till now
            if nxt[:1] and nxt[0] in ("why", "because") and prev in ("is", "'s", "are", "was"):
                continue  # "which is probably why the companies are unwilling to refund them": a reason
            if low == "unlikely" and prev in ("the", "an", "a", "this", "that", "most", "more") and nxt and \
                    toks[i + 1].word and nxt[0] not in ("to", "that", "be", "than", "outcome", "result", "winner",
                                                        "winners", "scenario", "and", "or", "for", "in"):
                continue  # "the cruise liner is the unlikely setting for tests", "an unlikely hero": an adjective
            if nxt[:1] == ["that"] and (_finite_past(view, i + 2, hi) or _holds_now(view, i + 2, hi) and
                                        not deadline_near()) and \
                    not _FUTURE_WORDS.search(text[toks[i + 1].end - view.base:]):
                # "it is more likely that the muscles took the brunt of the force", "it is likely that millions of
                # under-18s also have MP3 players": what happened, what is
                continue
            if nxt and (nxt[0] in ("due", "because", "caused", "the", "owing", "thanks", "linked", "related",
                                   "driven", "explained", "behind") or nxt[:2] == ["down", "to"]) and low != "unlikely":
                continue  # "likely due to": explaining
            if any(toks[k].low in ("was", "were") for k in range(max(lo, i - 2), i)) and not _reported(attribution):
                continue
            if low not in ("likely", "unlikely") and (prev in ("is", "are", "'s", "'re", "am") or
                                                      prev.endswith(("'s", "'re"))) and nxt and \
                    (nxt[0] in DETERMINERS or nxt[0] in ("more", "less", "best", "worst", "better", "worse") or
                     # "It's probably smart to get on their good sides": a judgement of what to do now
                     len(nxt) > 1 and nxt[1] == "to" and nxt[0] in _JUDGEMENTS) and \
                    not _FUTURE_WORDS.search(content_text) and \
                    not deadline_near():
                continue  # "The Millennium Stadium is probably one of the best": a hedge on what is
            if any(c.start <= tok.start <= c.end for c in reading.cues):
                continue
            if low in ("certainly", "definitely", "surely", "undoubtedly", "inevitably") and not any(
                    toks[k].low in _MODALS or toks[k].low.endswith("'ll") or toks[k].low == "going" or
                    toks[k].low in SPEECH and SPEECH[toks[k].low][0] in PREDICT for k in range(len(toks))) and \
                    not (any(toks[k].low in ("is", "are", "'s", "'re") for k in range(max(lo, i - 2), i)) and nxt and
                         nxt[0].endswith("ing") and
                         deadline_near()):
                # (but "Evacuations are almost certainly coming again this summer": the present of what is planned)
                continue  # "I want more of that definitely": sure, but of nothing ahead
            if low == "likely" and prev in ("among", "of", "for", "from", "with", "by", "most", "the", "a") and nxt and \
                    nxt[0] not in ("to", "that", "be", "than", "outcome", "result", "winner", "winners", "scenario") and \
                    not _predicate_likely(toks, i, lo):
                continue  # "among likely voters", "the most likely candidates": an adjective, not a hedge
            strength = {"likely": 0.55, "probably": 0.5, "unlikely": 0.55}.get(low, 0.3 if low in ("possibly", "perhaps", "maybe") else 0.45)
            reading.cues.append(Cue(tok.start, tok.end, "likely", strength))
        elif low in ("certain", "inevitable") and i > lo and \
                (prev in ("is", "are", "'s", "'re", "seems", "looks", "but", "almost", "virtually", "near", "nearly") or
                 # "most Russians believe the destruction of Yukos is now inevitable"
                 prev in ("now", "increasingly", "surely") and i - 2 >= lo and toks[i - 2].low in ("is", "are", "'s") or
                 prev in ("was", "were") and _reported(attribution)) and \
                not (i + 1 < hi and toks[i + 1].low in ("to", "that", "of", "about", "whether")) and \
                not any(c.start <= tok.start <= c.end for c in reading.cues) and not _in_question(view, i, lo) and \
                not any(toks[k].low in ("not", "n't", "no", "none", "never", "nothing") for k in range(max(lo, i - 5), i)):
            # "a court challenge was all but certain once a final rule is adopted", "a cut is inevitable" (not "None of
            # this is certain")
            reading.cues.append(Cue(tok.start, tok.end, "likely", 0.5))
        elif low in ("chance", "chances", "odds", "probability", "likelihood", "possibility") or \
                low == "risk" and i + 1 < hi and toks[i + 1].low == "of":
            window = text[max(0, tok.start - view.base - 30):]
            if confidence_mod.find(window) is not None:
                reading.cues.append(Cue(tok.start, tok.end, "chance", 0.55))
            elif low == "chances" and i + 1 < hi and toks[i + 1].low == "are":
                reading.cues.append(Cue(tok.start, tok.end, "chance", 0.45))
            elif low == "chance" and prev in ("good", "great", "fantastic", "real", "decent", "strong", "excellent",
                                              "fair", "big", "genuine", "realistic") and \
                    any(toks[k].low in ("have", "has", "had", "stand", "stands", "'ve") for k in range(max(lo, i - 4), i - 1)) \
                    and not any(toks[k].low in ("had", "was", "were") for k in range(max(lo, i - 4), i - 1)):
                # "we must have a fantastic chance", "they stand a good chance of": a chance judged, not stated
                reading.cues.append(Cue(toks[i - 1].start, tok.end, "chance", 0.5))
            elif low == "chance" and _there_is_a_chance(toks, i, lo, hi, attribution) and \
                    not (any(toks[k].low == "was" for k in range(max(lo, i - 5), i)) and
                         (view.quoted[i] or any(toks[k].low in ("last", "ago", "earlier", "yesterday", "blew", "missed")
                                                for k in range(lo, hi)))):
                # "I think there is a chance of a medal", "there was a real chance of a peaceful resolution, he said"
                # (not "there is a chance to win a Grand Slam": an opportunity)
                reading.cues.append(Cue(tok.start, tok.end, "chance", 0.5))
        elif low == "can" and (attribution is not None and attribution.verb in ("believe", "expect", "think") and
                               attribution.tense in ("present", "base") and attribution.content[0] <= tok.start or
                               # '"I think we can get back in touch with Barcelona," said Owen': a belief quoted
                               any(toks[k].low in ("think", "believe", "reckon") and toks[k - 1].low in ("i", "we")
                                   for k in range(max(lo + 1, i - 4), i))) and \
                (verb_index := _next_verb(view, i, hi)) is not None and toks[verb_index].low in _EVENT_PRESENT | {
                    "upset", "beat", "win", "reach", "make", "get", "take", "finish", "avoid", "survive", "do",
                    "close", "catch", "overcome", "qualify", "recover", "bounce", "challenge", "compete", "score",
                    "put", "turn", "go", "come", "stay", "keep"} and \
                not _in_question(view, i, lo):
            # "We are confident we can upset Chelsea in the final": a belief in what they can do is a forecast
            reading.cues.append(Cue(tok.start, tok.end, "modal", 0.45))
        elif low in ("may", "might", "could"):
            if low == "may" and tok.cap and i > lo:
                continue  # the month
            verb_index = _next_verb(view, i, hi)
            if verb_index is None:
                continue
            verb_low = toks[verb_index].low
            if verb_low == "have" and not (verb_index + 1 < hi and toks[verb_index + 1].low == "to") or \
                    _is_past_verb(verb_low) and verb_low not in ("set",):
                continue  # "may have landed" (but "may have to bail out the agency": a need to come)
            between = [toks[k].low for k in range(i + 1, verb_index)]
            if verb_low == "be" and verb_index + 1 < hi and (toks[verb_index + 1].low.endswith("ing") or
                                                            toks[verb_index + 1].low in ("a", "an", "the") or
                                                            toks[verb_index + 1].low in ("in", "at", "on", "due", "because")) \
                    and not (toks[verb_index + 1].low.endswith("ing") and deadline_near()):
                continue  # "may be setting a trap", "could be a ploy": about now (not "could be playing next month")
            if low == "could" and attribution is not None and attribution.tense == "past" and "not" in between:
                continue
            if _in_question(view, i, lo):
                continue
            strength = 0.4 if "well" in between else 0.32
            if prev in ("that", "which", "who"):
                strength = 0.2
                reading.relative_only = True
            reading.cues.append(Cue(tok.start, tok.end, "modal", strength))
        elif low == "should" and deadline_near() and \
                (verb_index := _next_verb(view, i, hi)) is not None and \
                (toks[verb_index].low in _EVENT_PRESENT or toks[verb_index].low == "be" and verb_index + 1 < hi and
                 toks[verb_index + 1].low in ("back", "above", "below", "over", "under", "higher", "lower", "up",
                                               "down", "done", "finished", "complete", "ready", "able") or
                 # "Oil's extreme dislocation should partially unwind in 2015": a thing's course, with a time
                 toks[verb_index].low not in ("be", "have", "get") and _a_thing(toks[i - 1]) and
                 toks[verb_index].low not in _ADVICE_VERBS and not _VALUE_WORDS.search(text) and
                 not any(t.low in ("anyone", "anybody", "everyone", "everybody", "someone", "those", "whoever")
                         for t in toks[lo:i])) and \
                not _in_question(view, i, lo) and not (prev in ("you", "we", "i", "they") or _VALUE_WORDS.search(text)):
            # "Gross margin should climb back above 15 per cent in the first half of 2026": a forecast with a time
            # (not "the Fed should cut rates", a demand, nor "you should buy")
            reading.cues.append(Cue(tok.start, tok.end, "modal", 0.5))
        elif low == "should" and _should_expects(view, i, lo, hi, text):
            # "which should cushion them against reconstruction costs", "Luscombe should be fit for the trip":
            # what a thing should do, or how someone should be, is expected of it (what someone should do is advice)
            reading.cues.append(Cue(tok.start, tok.end, "modal", 0.5))
        elif low == "should" and attribution is not None and attribution.verb in _REPORTS_A_VIEW and \
                attribution.content[0] <= tok.start and i > lo and toks[i - 1].word and not toks[i - 1].cap and \
                toks[i - 1].low not in _PRONOUN_SUBJECTS and toks[i - 1].low not in SPEECH and \
                toks[i - 1].bare not in _ORG_ROLE_NOUNS and toks[i - 1].bare not in ROLES and \
                not toks[i - 1].low.endswith(("ers", "ors", "ists", "ians")) and \
                toks[lo].low not in _ADVISED and \
                (verb_index := _next_verb(view, i, hi)) is not None and toks[verb_index].low not in ("be", "have") and \
                not _VALUE_WORDS.search(text) and not _in_question(view, i, lo):
            # "an analyst ... said ample world supplies should cap any rally": what things should do, in someone's
            # reported view, is their forecast (what people or bodies should do is advice)
            reading.cues.append(Cue(tok.start, tok.end, "modal", 0.45))
        elif low in ("would", "'d") or low.endswith("'d") and len(low) > 2:
            verb_index = _next_verb(view, i, hi)
            if verb_index is None:
                continue
            if toks[verb_index].low == "have" and _perfect_after(view, verb_index + 1, hi):
                continue  # "would have been": what did not happen ("would have to", "would have no impact" are to come)
            if low != "would" and (toks[verb_index].low in ("had", "been", "done", "gone") or
                                   toks[verb_index].low.endswith("ed") and toks[verb_index].low not in ("need", "feed")):
                continue  # "the dream she'd had since she was a girl": "'d" is "had" before a participle
            if _in_question(view, i, lo):
                continue
            if _under_wish(view, i, lo) and any(toks[k].low in _HOPES for k in range(lo, i)):
                continue  # "He said that he hoped Ms. Haley would return": a wish reported
            if _a_judgement(toks, verb_index, hi) and not deadline_near():
                continue  # "it would be unwise to speculate", "banning violent games would be wrong": a judgement
            if _is_intent(view, i, lo, prev, toks[verb_index].low, attribution):
                subject_refs_speaker = True
                continue
            if toks[verb_index].low in _POLICY_VERBS and _own_policy(view, i, lo, attribution):
                subject_refs_speaker = True  # "It said its 920 stores would remain open"
                continue
            if attribution is not None and attribution.tense in ("past", "perfect") and \
                    (attribution.verb in ("announce", "confirm", "unveil") and attribution.speaker.kind in ("name", "org") or
                     _maker_speaks(view, attribution, lo, i) and
                     (_describes_a_design(view, verb_index, hi, maker=True) or _arranged(view, verb_index, hi) or
                      _after_be_in(view, verb_index, hi, _POLICY_CHANGES) and
                      any(toks[k].bare in _RULE_NOUNS for k in range(lo, i)))) \
                    and not any(c.kind not in ("would", "schedule") for c in reading.cues):
                # "Toshiba announced that DVD players would be on the market by the end of 2005", "Nintendo said 15
                # games would be available at launch": a plan or a product made known by those who make it
                reading.cues.append(Cue(tok.start, tok.end, "schedule", 0.3))
            elif attribution is not None and attribution.tense in ("past", "perfect") and \
                    toks[verb_index].low in _SCHEDULE and not _meets_a_goal(view, verb_index, hi) and \
                    not (toks[verb_index].low == "hold" and verb_index + 1 < hi and
                                                               toks[verb_index + 1].low in ("on", "up", "steady", "firm")):
                # "said the committee would hold a special hearing on the report in June": a timetable reported
                reading.cues.append(Cue(tok.start, tok.end, "schedule", 0.3))
            elif attribution is not None and attribution.tense in ("past", "perfect") and \
                    not (attribution.negated and attribution.verb in ("say", "tell", "confirm", "disclose", "reveal")) and \
                    not any(toks[k].low == "if" and toks[k - 1].low != "as" for k in range(lo, hi)):
                reading.backshift = True
                reading.cues.append(Cue(tok.start, tok.end, "would", 0.5))
            elif attribution is not None and (attribution.speaker.role or "").startswith("document:") and \
                    attribution.tense == "present":
                # "Labour would win 22 seats, the projection suggests": what a model shows, not a wish
                reading.cues.append(Cue(tok.start, tok.end, "would", 0.5))
            else:
                reading.cues.append(Cue(tok.start, tok.end, "would", 0.2))
    if subject_refs_speaker and not reading.cues:
        reading.reject = "intent"
        return reading
    believing = _belief_before(view, lo, hi) or attribution is not None and attribution.verb in BELIEVE and \
        attribution.tense in ("present", "base") and not attribution.negated  # "I think we see 5.75 per cent by ..."
    if not reading.cues and believing and deadline_near() \
            and not _finite_past(view, lo, hi):
        # "I think margins bottom in the first quarter": a belief about a time to come (not "We think margins
        # bottomed in the third quarter": a belief about the past)
        reading.cues.append(Cue(toks[lo].start, toks[lo].end, "belief", 0.5))
    if (not reading.cues or max(c.strength for c in reading.cues) < 0.45) and not subject_refs_speaker:
        # (also beside a weak hedge: "I think Rivera edges it, but Fitzgerald could easily take it")
        # the present tense speaking of the future: "I think Arsenal go through", "I don't think they get one",
        # "The first cut comes in March, in my view", "the heatwave arrives next week, according to AEMET"
        event = _present_event(view, lo, hi, _PREDICTED_PRESENT if predicting else _EVENT_PRESENT)
        if event is not None and not _in_question(view, event, lo) and not _under_wish(view, event, lo):
            believed = _belief_before(view, lo, event) or bool(_VIEW_FRAME.search(text)) or predicting or \
                attribution is not None and attribution.tense in ("present", "base") and \
                (attribution.verb in BELIEVE or attribution.verb in PREDICT)
            forecaster = attribution is not None and attribution.verb in ("according", "say", "predict", "forecast",
                                                                          "expect", "warn", "tell", "write")
            timed = deadline_near()
            if believed or forecaster and timed:
                reading.cues.append(Cue(toks[event].start, toks[event].end, "belief", 0.5))
    # (searched in the sentence itself, so that the cue marks the words the reader sees)
    confident = _CONFIDENT_OF.search(text, toks[lo].start - view.base, toks[hi - 1].end - view.base) \
        if lo < hi else None
    if not reading.cues and confident and not _in_question(view, lo, lo):
        # "Real Madrid are confident of completing the signing before the end of the month": a belief about the
        # outcome, as the club or those reporting it hold it
        reading.cues.append(Cue(view.base + confident.start(), view.base + confident.end(), "expect", 0.55))
    span_start = toks[lo].start - view.base if lo < hi else 0
    span_end = toks[hi - 1].end - view.base if lo < hi else 0
    if not any(c.strength >= 0.5 for c in reading.cues) and lo < hi and not _in_question(view, lo, lo) and \
            (expected := _AN_EXPECTED.search(view.text, span_start, span_end)) and \
            not any(_is_past_verb(toks[k].low) or toks[k].low in ("was", "were", "had")
                    for k in range(lo, hi) if toks[k].start < view.base + expected.start()) and \
            not any(toks[k].low in ("was", "were", "postponed", "cancelled", "delayed", "failed")
                    for k in range(lo, hi) if toks[k].start > view.base + expected.start()):
        reading.cues.append(Cue(view.base + expected.start(), view.base + expected.end(), "passive", 0.55))
    if not any(c.strength >= 0.5 for c in reading.cues) and lo < hi and not _in_question(view, lo, lo) and \
            (expected := _COMMA_EXPECTED.search(view.text, span_start, span_end)) and \
            not any(toks[k].low in ("was", "were", "had", "postponed", "cancelled", "delayed")
                    for k in range(lo, hi)):
        # "Mr Campbell is keen to play a part in the poll, expected in May" (not "the vote, expected in May, was
        # postponed")
        lead = len(expected.group()) - len(expected.group().lstrip(", \t\n"))
        reading.cues.append(Cue(view.base + expected.start() + lead, view.base + expected.end(), "passive", 0.55))
    if not any(c.strength >= 0.5 for c in reading.cues) and lo < hi and not _in_question(view, lo, lo):
        shape = _FORECAST_SHAPES.search(view.text, span_start, span_end)
        if shape:
            # "The favourite in that category is X", "GDP is expected at 3.2% in 2004", "with 7.9% growth expected
            # in 2004", "the chances of him playing are very slim", "looks like a certainty to make the XV", "are
            # tipped for Lions call-ups", "Forecasts for growth were scaled back to 4.0%", "it was expecting"
            reading.cues.append(Cue(view.base + shape.start(), view.base + shape.end(), "passive", 0.55))
    impersonal = _IT_IS_EXPECTED.search(view.text, span_start, span_end) if lo < hi else None
    if impersonal and (after := next((k for k in range(lo, hi) if toks[k].start >= view.base + impersonal.end()), hi)) \
            and _finite_past(view, after, hi) and not _FUTURE_WORDS.search(view.text[impersonal.end():]):
        impersonal = None  # "it is more likely that the muscles took the brunt of the force": a guess at what happened
    if impersonal and (after := next((k for k in range(lo, hi) if toks[k].start >= view.base + impersonal.end()), hi)) \
            and _holds_now(view, after, hi) and not _FUTURE_WORDS.search(view.text[impersonal.end():]) and \
            not deadline_near():
        impersonal = None  # "it is likely that millions of under-18s also have MP3 players": a guess at what is
    if impersonal and not any(c.strength >= 0.5 for c in reading.cues) and not _in_question(view, lo, lo):
        # "It is predicted that there would be two billion handsets in use by the end of 2005"
        reading.cues.append(Cue(view.base + impersonal.start(), view.base + impersonal.end(), "passive", 0.6))
        reading.passive_forecast = True
    if not reading.cues and _WE_SEE.search(content_text):
        # "We see bitcoin back at $50,000 before it sees $100,000": a forecaster's level
        reading.cues.append(Cue(toks[lo].start, toks[lo].end, "expect", 0.55))
    forecast_has = _FORECAST_HAS.search(content_text)
    if forecast_has and re.search(r"\b(?:previous|earlier|original|prior|last)\s+(?:[\w'’-]+\s+)?(?:forecasts?|"
                                  r"estimates?|projections?|outlook|models?)\b", content_text, re.IGNORECASE):
        forecast_has = None  # "Its previous estimate, in May, put the crop at 55.7 million bags": one that was
    if not reading.cues and forecast_has and not _in_question(view, lo, lo):
        # "Our forecast has the 30-year rate at 6.1 per cent at the end of next year"
        reading.cues.append(Cue(toks[lo].start, toks[lo].end, "expect", 0.55))
    note = _CONFIDENCE_NOTE.search(text)
    if note and not reading.cues and not any(
            _is_past_verb(toks[k].low) and not (k > lo and toks[k - 1].low in ("is", "are", "be", "been", "being", "'s",
                                                                            "'re", "get", "gets"))
            for k in range(lo, hi) if toks[k].start < view.base + note.start()):
        # "1. The Bank of England cuts rates to 3 per cent by the summer. (70 per cent)": a forecast with its odds
        reading.cues.append(Cue(view.base + note.start(), view.base + note.end(), "label", 0.6))
    if attribution is None and (pledge := _A_PLEDGE.search(text)):
        # "Gordon Brown's promise that income tax will not rise has been questioned": his pledge, told, is no one's
        # forecast (but "Mr Howard is likely to defend the bill, which ... Tony Blair's promise that ..." is one)
        reading.cues = [c for c in reading.cues if c.start < view.base + pledge.start()]
    if _HABITUAL.search(text):
        reading.habitual = True  # "Every January someone tells me ...": what keeps happening
    if any(toks[k].low in ("if", "unless") and not (k > 0 and toks[k - 1].low in ("surprised", "wonder", "see", "ask", "know"))
           and not _ANY_GUIDE.match(text, toks[k].start - view.base)
           for k in range(0, hi)):
        reading.conditional = True  # "if that happens, ..." (not "I wouldn't be surprised if")
    if not reading.cues and (match := _TO_WIN.search(text)) and \
            not _TAKE_A_STAKE.match(text, match.end()) and \
            not any(_is_past_verb(w.lower()) and w.lower() not in _TIPPED_TO for w in
                    re.findall(r"[\w'’-]+", text[:match.start()])[-4:]) and \
            not _TOLD_DONE.search(text[:match.start()]) and \
            not re.search(r"\b(?:urged?|urging|asked|asks?|told|tells?|called\s+on|calls\s+on|"
                                                    r"wants?|wanted|allowed?|forced?|encouraged?|invited?|persuaded?|"
                                                    r"pressed|pressing|challenged?)\s+$", text[:match.start()]):
        # ("he urged Congress to take action": a demand, not a pick)
        to = text.find(" to ", match.start()) + 1
        reading.cues.append(Cue(view.base + to, view.base + to + 2, "label", 0.5))
    if betting and not any(c.strength >= 0.4 for c in reading.cues) and (price := _BARE_PRICE.search(text)) and \
            not _in_question(view, lo, lo):
        # "England are 2-1 to regain the urn with the same firm", "Penrose is their 9-2 favourite", "The drawn
        # series is 11-2": a bookmaker's price, in a piece that quotes bookmakers
        reading.cues.append(Cue(view.base + price.start("p"), view.base + price.end("p"), "price", 0.55))
    if reading.negated_expectation is None:
        neg = confidence_mod.negated_expectation(content_text)
        if neg and any(c.kind in ("will", "going-to", "would", "expect") for c in reading.cues):
            reading.negated_expectation = neg
    if _SETS_A_TARGET.search(text) and not any(c.kind in ("expect", "belief") for c in reading.cues):
        reading.cues = []  # "The company has set itself a target of 150 million subscribers by 2026": a plan
    if _EXPLAINS_THE_PAST.search(text) and not any(c.kind in ("will", "going-to", "expect") for c in reading.cues):
        reading.cues = []  # "The pick-up was likely driven in part by electricity bills": why it happened
    if _UNDER_A_PLAN.match(text) and reading.cues and all(c.kind in ("will", "would", "schedule") for c in reading.cues):
        # "Under the agreement, the state will get a controlling share", "As part of the deal, Federated will assume
        # $6bn of debt": what a plan or a deal provides, not a forecast
        reading.cues = [Cue(c.start, c.end, "schedule", min(c.strength, 0.25)) for c in reading.cues]
    if reading.cues and all(c.kind in ("passive", "chance", "price", "label") for c in reading.cues) and \
            (pluperfect := re.search(r"\bhad\s+been\b", text)) and \
            view.base + pluperfect.start() < min(c.start for c in reading.cues) and not _reported(attribution) and \
            not re.search(r"\b(?:but|now|yet|while|although)\b|;", text[pluperfect.end():min(c.start for c in reading.cues)
                                                                           - view.base]):
        # "Caprice had been the pre-show favourite to be voted out, with Ladbrokes offering odds of 1/5": a
        # forecast that was, before the article
        reading.cues = []
    return reading


_SAY_VERBS = {"say", "announce", "confirm", "state", "declare", "insist", "add", "tell", "note", "write", "warn",
              "conclude",
              "signal", "indicate", "stress", "report", "reply", "respond", "explain", "claim", "acknowledge"}
OFFICIAL_ROLES = _OFFICIAL_ROLES = {"spokesman", "spokeswoman", "spokesperson", "official", "officials", "minister", "secretary",
                   "president", "ceo", "chairman", "chairwoman", "chair", "governor", "mayor", "ambassador",
                   "commissioner", "premier", "chancellor", "spokespeople", "representative", "coach", "captain",
                   "executive", "director", "director-general", "founder", "owner", "administrator", "superintendent",
                   "officer", "head"}
#: What is held as an event, so that "will hold" it is a timetable: "will hold talks", "will hold a vote".
_HELD_EVENTS = {"talks", "meeting", "meetings", "conference", "conferences", "vote", "votes", "election", "elections",
                "referendum", "hearing", "hearings", "summit", "ceremony", "rally", "rallies", "event", "events",
                "inquiry", "session", "sessions", "consultation", "briefing", "ballot", "primary", "primaries",
                "auditions", "trials", "review", "sale", "festival", "party", "parties", "discussions", "negotiations",
                "service", "funeral", "memorial", "celebrations", "parade", "exhibition", "auction", "debate", "debates",
                "poll", "count", "congress", "convention", "retreat", "camp", "workshop", "open", "day", "days",
                "interviews", "meets", "race", "match", "game", "games", "tournament", "contest", "draw", "launch",
                "forum", "seminar", "press", "news", "call", "calls", "consultations", "assembly", "gathering"}
_SCHEDULE = {"stream", "livestream", "televise", "publish", "release", "unveil", "present", "host", "hold", "convene",
             "include", "feature", "showcase", "exhibit", "display", "discuss",
             "issue", "testify", "visit",
             "travel", "attend", "address", "speak", "meet", "announce", "report", "broadcast", "air", "deliver",
             "brief", "chair", "open", "launch", "vote", "sit", "reconvene", "debate", "participate"}


#: "will be Mr Brown's ninth", "will be the first": a calendar's fact about an event.
_ORDINAL_AFTER_BE = re.compile(r"\s+(?:his|her|their|its|[A-Z][\w.'’]*(?:\s+[A-Z][\w'’]*)*['’]s)\s+"
                               r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[0-9]+(?:st|nd|rd|th))"
                               r"(?=\s+(?:since|as|in|of)\b|\s*[.,;])")
#: "(will be) the 21st James Bond film", "the third time": a place in a series, told in the article's voice.
_THE_ORDINAL = re.compile(r"\s+the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                          r"[0-9]+(?:st|nd|rd|th))\s+(?!(?:largest|biggest|highest|lowest|quarter|straight|"
                          r"consecutive|successive)\b)")
#: Those who judge what others will do: their "the line will not open before 2029" is a forecast, not a timetable.
_OUTSIDERS = {"analyst", "analysts", "economist", "economists", "strategist", "strategists", "auditor", "auditors",
              "auditor-general", "inspector-general",
              "expert", "experts", "professor", "researcher", "researchers", "consultant", "forecaster", "reporter",
              "critic", "columnist", "pundit", "pundits", "commentator", "ombudsman", "watchdog"}


_SCHEDULE_PASSIVE = {"shown", "broadcast", "televised", "streamed", "screened", "held", "played", "staged", "hosted",
                     "paid", "reviewed", "tested", "monitored", "issued",
                     "published", "released", "announced", "opened", "launched", "unveiled", "presented", "aired",
                     "livestreamed", "revealed", "debated", "handed", "awarded",
                     "sworn", "inaugurated", "crowned", "read", "delivered", "heard", "assessed",
                     "examined", "scanned", "interviewed", "briefed", "consulted", "spent"}


#: What one meets that is no meeting: "would meet his fiscal rules", "will meet its target".
_GOALS = {"target", "goal", "rule", "deadline", "expectation", "demand", "criteria", "requirement", "forecast",
          "obligation", "commitment", "threshold", "standard", "estimate", "guidance", "need", "cost", "bill"}


def _meets_a_goal(view: SentenceView, verb_index: int | None, hi: int) -> bool:
    toks = view.tokens
    return verb_index is not None and toks[verb_index].low == "meet" and \
        any(toks[k].bare.rstrip("s") in _GOALS for k in range(verb_index + 1, min(hi, verb_index + 5)))


#: Words that judge what to do: "It's probably wise to wait".
_JUDGEMENTS = {"smart", "wise", "best", "better", "safe", "safer", "fair", "right", "prudent", "sensible", "good",
               "worth", "easier", "harder", "fine", "okay", "ok", "reasonable", "important", "necessary"}
#: What has a course but no plans: weather and the sky.
_NATURE = {"storm", "storms", "thunderstorms", "rain", "rains", "snow", "showers", "wind", "winds", "temperatures",
           "tornadoes", "hurricane", "cyclone", "typhoon", "clouds", "fog", "frost", "heat", "heatwave", "weather",
           "drought", "floods", "flooding", "eclipse", "sun", "moon", "planet", "comet", "skies", "waves", "tides",
           "smoke", "supercells"}


def _agent_subject(view: SentenceView, i: int, lo: int) -> bool:
    """Is the subject of the 'will' at i someone who acts: a name ("South Korea", "Chris Jones") or a body ("the
    government", "the club"), right before it?"""
    toks = view.tokens
    k = i - 1
    while k >= lo and toks[k].low in ("also", "now", "then", "still", "soon", "first", "only"):
        k -= 1
    if k > lo and toks[k].text == ",":
        # "Mr Straw, along with the rest of the Cabinet, will back ...": the subject before its aside (not a relative
        # clause: "England or France, who have won nine titles, will lay down": what they will do is a forecast)
        m = k - 1
        while m > lo and toks[m].text != "," and k - m <= 15:
            m -= 1
        if m > lo and toks[m].text == "," and toks[m + 1].low in ("along", "alongside", "together", "including",
                                                                  "like"):
            k = m - 1
    if k < lo or toks[k].bare in _NATURE:
        return False  # ("Storms will fire during the afternoon": the weather announces nothing)
    if toks[k].bare in _OWN_BODY or toks[k].bare in ("government", "ministry", "administration", "country"):
        # "the club", "the SECC box office": a body, by its kind, with its name or a word of what it does before
        m = k - 1
        while m >= lo and k - m <= 3 and toks[m].word and toks[m].low not in ("the", "its", "their") and \
                toks[m].low not in FUNCTION_WORDS:
            m -= 1
        return m >= lo and toks[m].low in ("the", "its", "their")
    run = k
    while run - 1 >= lo and toks[run - 1].cap and toks[run - 1].word:
        run -= 1
    return toks[k].cap and toks[k].word and (run > lo or k > lo or toks[k].low not in ("it", "this", "that", "there"))


def _clocked(view: SentenceView, verb: str, verb_index: int, hi: int, attribution: Attribution | None) -> bool:
    """A calendar's kind of "will": at a time of day ("will begin previews at 3 p.m.", in the article's voice
    "the roar will go up at 1.30pm"), team news ("will have tests in the next 48 hours"), or an event's place in a
    series ("Next month's Budget will be Mr Brown's ninth")."""
    toks = view.tokens
    after = view.text[toks[verb_index].end - view.base:]
    soon_after = view.text[toks[verb_index].end - view.base:toks[min(hi, verb_index + 7) - 1].end - view.base]
    if verb in ("begin", "start", "open", "close", "end", "resume", "finish") and (
            re.match(r"\s*(?:at\s+[0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:a\.?m|p\.?m|pm|am|gmt|bst|et|pt|cet)?\b|"
                     r"at\s+(?:noon|midnight)\b)", after, re.IGNORECASE) or _CLOCK_TIME.search(soon_after)):
        return True
    if attribution is None and _CLOCK_TIME.search(soon_after):
        return True
    if verb == "have" and re.match(r"\s*(?:a\s+|an\s+|further\s+|more\s+)?(?:tests?|scans?|surgery|an?\s+operation|"
                                   r"treatment|x-rays?|a\s+medical)\b", after, re.IGNORECASE):
        return True
    if verb == "be" and attribution is None and _THE_ORDINAL.match(after):
        return True  # the article's voice: "It will be the 21st James Bond film to hit the big screen"
    return verb == "be" and _ORDINAL_AFTER_BE.match(view.text, toks[verb_index].end - view.base) is not None


def _names_a_day_after(view: SentenceView, verb_index: int, hi: int) -> bool:
    """A day or date named in the words after the verb ("on April 27", "on Friday", "next Tuesday")."""
    rest = view.text[view.tokens[verb_index].end - view.base:view.tokens[hi - 1].end - view.base]
    return bool(re.search(rf"\b(?:on|from|next)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                          rf"[0-9]{{1,2}}\s+{CAP}[a-z]+|{CAP}[a-z]+\.?\s+[0-9]{{1,2}}\b)", rest, re.IGNORECASE))


_CHARGES = {"charges", "charge", "prosecution", "trial", "retrial", "action", "proceedings", "disciplinary", "criminal",
            "further", "any"}


def _not_charged(view: SentenceView, i: int, verb_index: int | None, hi: int) -> bool:
    """ "Bill Cosby will not face charges", "will face no further action": a prosecutor's decision made known."""
    toks = view.tokens
    if verb_index is None or toks[verb_index].low != "face" or verb_index + 1 >= hi:
        return False
    negated = any(toks[k].low in ("not", "n't", "won't", "won’t", "never") for k in range(i, verb_index))
    rest = [t.low for t in toks[verb_index + 1:min(hi, verb_index + 4)]]
    if rest[0] == "no":
        negated, rest = True, rest[1:]
    return negated and bool(rest) and rest[0] in _CHARGES and any(w in ("charges", "charge", "prosecution", "trial",
                                                                        "retrial", "action", "proceedings")
                                                                   for w in rest)


def _passive_schedule(view: SentenceView, verb_index: int | None, hi: int) -> bool:
    """ "will be shown live", "will be held in Bonn": the passive of a timetable."""
    k = _after_be(view, verb_index, hi, ("also", "then", "first", "only", "formally", "officially"))
    return k is not None and view.tokens[k].low in _SCHEDULE_PASSIVE


def _after_be(view: SentenceView, verb_index: int | None, hi: int, skip: tuple[str, ...]) -> int | None:
    """The index of the word after the "be" of a "will be" at verb_index, past the adverbs in `skip` ("will then be
    handed over": "handed"); None if the verb is not "be" or nothing follows."""
    toks = view.tokens
    if verb_index is None or toks[verb_index].low != "be":
        return None
    k = verb_index + 1
    while k < hi and toks[k].low in skip:
        k += 1
    return k if k < hi else None


#: What is done to set something up or wind it down: in the article's own voice, "will be installed" tells a plan.
_ARRANGED = {"established", "installed", "fitted", "given", "built", "constructed", "created", "introduced", "rolled",
             "scaled", "frozen", "encrypted", "funded", "equipped", "converted", "allocated", "distributed", "offered",
             "allowed", "invited", "phased", "spun", "renamed", "appointed", "upgraded", "commissioned", "administered",
             "demolished", "staffed", "deployed", "transferred", "relocated", "refurbished", "redeveloped", "set",
             "provided", "supplied", "trained", "recruited", "hired", "housed", "split", "divided", "organised",
             "organized", "run", "managed", "overseen", "chaired", "led", "headed", "based", "located", "made",
             "referred", "submitted", "forwarded", "heard", "consulted", "notified", "briefed"}


#: Verbs that tell what a thing is made to do or hold: a specification, in the article's own voice.
_DESIGN_VERBS = {"offer", "allow", "let", "enable", "include", "feature", "carry", "contain", "combine", "comprise",
                 "use", "incorporate", "support", "cost", "store"}
#: Design verbs that also tell a consequence: "the new line would cost 1,200 jobs", "it would enable it to restructure".
_CONSEQUENCE_VERBS = {"cost", "allow", "let", "enable", "use", "include"}
#: What a device is made able to do: "A Blu-ray disc will be able to store 50GB".
_DEVICE_ABILITIES = _DESIGN_VERBS | {"play", "hold", "record", "display", "handle", "connect", "receive", "run", "show",
                                     "read", "send", "stream", "download", "access"}
#: "will be capable of", "will be available in", "will be made of": a thing's specification.
_DESIGN_STATES = {"capable", "available", "compatible", "priced", "powered", "based", "fitted", "equipped",
                  "built", "designed", "made", "among", "on", "standard", "optional"}
#: A product's measured performance: "300 miles on a single charge", "zero to 60 mph in 5.8 seconds", "90 mpg".
_SPEC_UNITS = re.compile(r"\b(?:mph|kph|km/h|mpg|miles\s+per\s+gallon|horsepower|hp|kwh|kw|miles?\s+(?:\([^()]{0,30}\)\s+)?"
                         r"(?:per|on\s+a|on\s+battery|on\s+one)|per\s+charge|(?:zero|0)\s*(?:to|-)\s*(?:60|62|100)|gigabytes|terabytes|"
                         r"megapixels?|frames\s+per\s+second|refresh\s+rate)\b", re.IGNORECASE)
_PRICE_FROM = re.compile(r"\s+(?:at|from)\s+(?:about\s+|around\s+|just\s+)?[$£€¥][0-9]")
#: A part a product has as standard or to order: "will have X as standard", "will come with standard mirrors".
_AS_EQUIPMENT = re.compile(r"\bas\s+(?:standard|an\s+option|an\s+extra)\b", re.IGNORECASE)
_WITH_EQUIPMENT = re.compile(r"\s+with\s+(?:standard|optional)\b", re.IGNORECASE)
#: "on display", "on show", "on sale", "on offer": a thing shown, not a thing foreseen.
_ON_SHOW = ("display", "show", "sale", "offer")


_REPORTERS = re.compile(r"\b(?:newspaper|paper|magazine|journal|agency|report|website|site|broadcaster)\b", re.IGNORECASE)
_HEDGE_BEFORE = re.compile(r"\b(?:likely|probably|possibly|expects?|expected|predicts?|forecasts?|believes?|thinks?)\b",
                           re.IGNORECASE)


def _maker_speaks(view: SentenceView, attribution: Attribution, lo: int, i: int) -> bool:
    """Is the speaker a body or its official telling, unhedged, what it makes or does ("Nintendo said 15 games would
    be available at launch"), not a paper reporting someone else's plan ("the newspaper said the suitor will offer")?"""
    if not (attribution.verb in _SAY_VERBS and (attribution.speaker.kind == "org" or attribution.official)):
        return False
    if _REPORTERS.search(attribution.speaker.text) or (attribution.speaker.role or "") in ("newspaper", "paper", "magazine"):
        return False
    toks = view.tokens
    return not _HEDGE_BEFORE.search(view.text[toks[lo].start - view.base:toks[i].start - view.base]) if lo < i else True


_PENALTIES = {"fine", "fines", "penalty", "penalties", "sanction", "sanctions", "prosecution", "jail", "prison"}


def _describes_a_design(view: SentenceView, verb_index: int | None, hi: int, maker: bool = False) -> bool:
    """Does the verb at verb_index tell how a product or service will work? With `maker`, as its maker tells it,
    which leaves out what it will cost, allow or rank among (a maker's "would cost jobs" is still a forecast)."""
    toks = view.tokens
    if verb_index is None:
        return False
    if toks[verb_index].low in _DESIGN_VERBS:
        return not maker or toks[verb_index].low not in _CONSEQUENCE_VERBS
    if toks[verb_index].low == "face" and any(t.bare in _PENALTIES for t in toks[verb_index + 1:min(hi, verb_index + 6)]) or \
            toks[verb_index].low == "be" and verb_index + 2 < hi and toks[verb_index + 1].low in ("enforced", "policed") and \
            toks[verb_index + 2].low in ("by", "through"):
        # "Licensees who fail to enforce the law will face fines up to £2,500", "The legislation will be enforced by
        # licensing officers": what a law provides
        return True
    after = toks[verb_index].end - view.base
    clause_end = toks[hi - 1].end - view.base if hi > verb_index else after
    if _SPEC_UNITS.search(view.text, after, clause_end) or \
            toks[verb_index].low == "start" and _PRICE_FROM.match(view.text, after):
        return True  # "will be able to go 300 miles on a charge", "will go from zero to 60 mph", "will start at $44,000"
    if toks[verb_index].low in ("have", "come", "get") and hi > verb_index and (
            _AS_EQUIPMENT.search(view.text, after, clause_end) or _WITH_EQUIPMENT.match(view.text, after)):
        return True  # "will have Quattro all-wheel drive as standard", "will come with standard side mirrors"
    if toks[verb_index].low == "be" and verb_index >= 3 and toks[verb_index - 3].low == "on" and \
            toks[verb_index - 2].low in _ON_SHOW:
        return True  # "Also on display will be a virtual keyboard"
    k = _after_be(view, verb_index, hi, ("also", "then", "only", "now", "all", "each", "initially", "fully"))
    if k is not None and toks[k].low == "able" and k + 2 < hi and toks[k + 1].low == "to" and \
            toks[k + 2].low in _DEVICE_ABILITIES:
        return True  # "will be able to store 50GB", "will be able to play standard DVDs too"
    if k is not None and toks[k].low in ("an", "a") and k + 1 < hi and toks[k + 1].low in ("option", "extra", "add-on"):
        return True  # "Orange contrast stitching will be an option"
    if k is None or toks[k].low not in _DESIGN_STATES or maker and toks[k].low in ("among", "on"):
        return False
    if toks[k].low == "on":
        return k + 1 < hi and toks[k + 1].low in _ON_SHOW
    if toks[k].low == "available" and any(t.low in ("until", "till", "before") for t in toks[k + 1:hi]) and \
            any(t.low in ("won't", "won’t", "not", "n't", "wo") for t in toks[max(0, verb_index - 3):verb_index]):
        return False  # "A new version won't be available until at least 2023": a delay foreseen, no specification
    if toks[k].low == "made":
        return k + 1 < hi and toks[k + 1].low in ("of", "from", "available", "by")
    return True


#: What a government says it will do to a rule: "the minimum age would be reduced to 18".
_POLICY_CHANGES = {"reduced", "lowered", "raised", "extended", "scrapped", "abolished", "replaced", "simplified",
                   "tightened", "relaxed", "lifted", "waived", "amended", "reviewed", "overhauled", "phased"}


#: What a rule sets: "the minimum age", "the speed limit", "the congestion charge" (not "waiting times", "crime").
_RULE_NOUNS = {"age", "limit", "threshold", "tax", "taxes", "duty", "fee", "fees", "charge", "levy", "tariff", "ban",
               "rule", "rules", "requirement", "requirements", "law", "cap", "allowance", "quota", "penalty",
               "penalties", "sentence", "licence", "license", "scheme", "regulations", "restrictions", "term",
               "ages", "limits", "thresholds", "duties", "charges", "levies", "tariffs", "bans", "laws", "caps",
               "allowances", "quotas", "sentences", "licences", "licenses", "schemes", "terms", "decision",
               "decisions", "order", "orders", "powers", "procedures"}


def _after_be_in(view: SentenceView, verb_index: int | None, hi: int, words: set[str]) -> bool:
    k = _after_be(view, verb_index, hi, ("also", "then", "first", "only", "now", "all", "each", "gradually"))
    return k is not None and view.tokens[k].low in words


def _arranged(view: SentenceView, verb_index: int | None, hi: int) -> bool:
    """ "will be installed", "will be re-engineered", "will then be handed over": something set up, by a passive
    whose doer plans it."""
    toks = view.tokens
    k = _after_be(view, verb_index, hi, ("also", "then", "first", "only", "now", "all", "each", "gradually", "initially"))
    if k is None:
        return False
    word = toks[k].low
    if word == "made" and not (k + 1 < hi and toks[k + 1].low in ("available", "up")):
        return False  # ("will be made available", not "will be made redundant")
    return word in _ARRANGED or word.startswith("re-") and word.endswith(("ed", "en"))


_POLICY_VERBS = {"stay", "remain", "be", "continue", "keep", "apply", "last", "run", "end", "expire", "rise", "fall",
                 "increase", "double", "go", "take"}
_POLICY_NOUNS = {"credit", "credits", "policy", "policies", "rule", "rules", "tax", "taxes", "ban", "programme",
                 "program", "scheme", "subsidy", "subsidies", "tariff", "tariffs", "limit", "limits", "cap", "fund",
                 "funding", "support", "allowance", "grant", "grants", "relief", "requirement", "requirements",
                 "stance", "guidance", "target", "regime", "restrictions", "measures", "package", "offer", "doors",
                 "fees", "fee", "levy", "duty", "duties", "rate", "rates", "benefit", "benefits", "pension", "wage",
                 "fares", "fare", "tolls", "charges", "services", "timetable", "trains", "trams", "buses", "flights",
                 "stores", "shops", "branches", "outlets", "plants", "factories", "offices", "sites", "mills"}


def _own_policy(view: SentenceView, i: int, lo: int, attribution: Attribution | None) -> bool:
    """Is this 'will' an organisation or official stating its own policy ("the finance ministry said its tax
    credit will stay at 25 per cent", "the council says its parking charges will rise in April")? The clause
    opens with "its"/"their"/"our" and names a policy."""
    if attribution is None or attribution.verb not in _SAY_VERBS:
        return False
    kind, role = attribution.speaker.kind, attribution.speaker.role
    if not (kind == "org" or role in _ORG_ROLE_NOUNS or role in _OFFICIAL_ROLES or attribution.official or
            attribution.speaker.text.lower() == "it"):  # "it said": an organisation
        return False
    toks = view.tokens
    start = _clause_start(view, i, lo)
    if start < i and toks[start].low == "that":
        start += 1
    if start < i and toks[start].low in ("and", "but"):
        start += 1
    if start < i and toks[start].bare in _POLICY_NOUNS and attribution.speaker.text.lower() in ("it", "they"):
        return True  # "Fares will be the same as on buses, it said, and trams will run every six minutes"
    if start < i and (kind == "org" or role in _ORG_ROLE_NOUNS) and i - start <= 3 and \
            toks[i - 1].bare in _POLICY_NOUNS and toks[start].low not in ("the", "a", "an", "average", "overall"):
        return True  # "The government said fuel duty will stay frozen": its own duty (not "average fares")
    if start >= i or toks[start].low not in ("its", "their", "our"):
        return False
    return any(toks[k].bare in _POLICY_NOUNS for k in range(start + 1, i))


def _runs_something(view: SentenceView, i: int) -> bool:
    """ "it will run fewer trains": running something is a plan; "it will run out / hot / short" is not."""
    toks = view.tokens
    k = next((k for k in range(i + 1, min(len(toks), i + 4)) if toks[k].low == "run"), None)
    return k is not None and k + 1 < len(toks) and toks[k + 1].low not in (
        "out", "hot", "cold", "dry", "short", "low", "high", "into", "up", "down", "away", "at", "for", "well",
        "smoothly", "late", "over", "ahead", "behind", "until", "through", ".", ",")


#: What a speaker calls the organisation they work for: "the firm would start work on a second phase".
_OWN_BODY = {"firm", "company", "group", "business", "agency", "organisation", "organization", "bank", "fund", "club",
             "team", "council", "ministry", "department", "hospital", "university", "charity", "airline", "carrier",
             "insurer", "lender", "studio", "network", "board", "authority", "institute", "union", "party",
             "band", "orchestra", "office", "organisers", "organizers", "promoters", "committee", "commission",
             "festival", "museum", "theatre", "theater", "venue", "police"}
#: Documents in which an organisation speaks of its own plans (not a report or study about others).
_OWN_DOCUMENTS = {"memo", "memorandum", "filing", "prospectus", "statement", "release", "announcement", "letter",
                  "email", "notice", "circular", "manifesto", "plan", "programme", "program", "blog", "post"}
#: "the company intends to list ... and will keep ...": what follows an intention is more of it.
_INTENDS = re.compile(r"\b(?:intends?|intended|plans?|planned|aims?|aimed|does\s+not\s+intend|do\s+not\s+intend|"
                      r"has\s+no\s+plans?)\s+to\b|"
                      # "We have decided that the BMW brand will enter the segment": a decision told
                      r"\b(?:we|i|it|they|the\s+(?:board|company|group|government|club))\s+(?:have\s+|has\s+)?"
                      r"(?:decided|agreed|resolved|determined)\s+that\b", re.IGNORECASE)
#: A rule for the reader: "If you lock a rate and rates fall, some lenders will let you renegotiate".
#: "if the past month is any guide": a way of saying the evidence points one way, not a condition.
_ANY_GUIDE = re.compile(r"if\s+(?:[\w'’-]+\s+){1,5}?(?:is|are|was|were)\s+any\s+(?:guide|indication|prediction|"
                        r"indicator|measure|sign|yardstick|pointer|gauge|barometer|clue)\b", re.IGNORECASE)
_IF_YOU = re.compile(r"^\W*(?:if|when|once|whenever|unless)\s+you\b", re.IGNORECASE)


#: Those a speaker leads or speaks for, as "her councillors": what they will do is the speaker's plan.
_OWN_SIDE = {"councillors", "members", "mps", "colleagues", "staff", "team", "government", "party", "officials",
             "ministers", "administration", "department", "company", "firm", "union", "group", "campaign", "lawyers"}


#: What befalls a side in a contest, which it does not decide: "finish second", "clear the threshold".
_SIDE_OUTCOMES = {"finish", "clear", "top", "come", "beat", "pass", "make", "reach", "secure", "gain", "retain", "hold",
                  "take", "claim", "emerge", "end", "get", "overtake", "increase", "double", "triple", "face", "struggle",
                  "survive", "suffer", "need", "have", "do", "fare", "perform", "poll", "bounce", "form", "keep",
                  "stay", "avoid", "win", "lose", "be", "become", "remain", "recover", "improve", "fail", "qualify"}
#: What a side does by deciding to ("table an amendment"), not what befalls it ("finish second").
_PLAN_VERBS = {"table", "introduce", "publish", "launch", "set", "hold", "bring", "propose", "present", "push", "seek",
               "vote", "oppose", "support", "back", "ask", "call", "meet", "submit", "file", "lodge", "appeal",
               "challenge", "review", "consider", "announce", "unveil", "press", "campaign", "fight", "put", "send",
               "write", "release", "reveal", "outline", "consult", "hire", "recruit", "open", "close", "build",
               "invest", "spend", "fund", "offer", "block", "boycott", "walk", "stage", "organise", "organize"}


#: Verbs whose "it" is no one ("said it will take years", "said it would be a tough game"): a name that says "it
#: will" with any other verb is an organisation speaking of itself ("Southern Water said it will decide").
_IT_VERBS = {"be", "have", "take", "make", "get", "come", "go", "happen", "mean", "cost", "need", "become", "depend",
             "help", "hurt", "leave", "put", "give", "lead", "result", "prove", "seem", "look", "feel", "work", "rain"}


def _looks_into(view: SentenceView, i: int) -> bool:
    """Is the "look" after the "will" at i a thing done ("will look at ways of ...", "will look into it"), not a
    way of seeming ("will look good")?"""
    toks = view.tokens
    k = next((m for m in range(i + 1, min(len(toks), i + 4)) if toks[m].low == "look"), None)
    return k is not None and k + 1 < len(toks) and toks[k + 1].low in ("at", "into") and \
        not any(t.low == "as" for t in toks[k + 2:k + 10])  # (not "I would look at the rally as a one-day event")


#: How a body will fare, which it does not choose: "(it would remain) profitable", "(will be) loss-making".
_HOW_A_BODY_FARES = {"profitable", "unprofitable", "loss-making", "solvent", "insolvent", "viable", "fragile", "weak",
                     "strong", "resilient", "volatile", "subdued", "sluggish", "robust", "healthy", "flat", "lower",
                     "higher", "challenging", "difficult", "tough"}


def _papers(name: str) -> bool:
    """Is this speaker one newspaper or more ("The Sunday Times and The Sunday Telegraph")?"""
    parts = [part.split() for part in re.split(r"\s+and\s+|\s*,\s*", name) if part]
    return bool(parts) and all(len(words) >= 2 and words[-1].lower() in PUBLICATION_HEADS - {"news", "post", "hill", "star"}
                               for words in parts)


#: What one expects of someone as a demand: "loud things", "a lot", "more", "the best".
_DEMANDS = {"things", "lot", "more", "much", "better", "best", "nothing", "something", "anything", "everything", "less",
            "standards", "commitment", "effort", "respect", "loyalty", "honesty", "leadership", "professionalism"}


_LAY_OFF = re.compile(r"\s+(?:(?:up\s+to|at\s+least|another|a\s+further|around|about|a|an)\s+)?(?:[0-9]+|one|two|three|four|"
                      r"five|six|seven|eight|nine|ten|twelve|few|couple\s+of)(?:\s*(?:or|to|-)\s*(?:[0-9]+|two|three|four|"
                      r"five|six|eight|ten))?[\s-]+(?:days?|weeks?|months?)(?:\s+|-)(?:out\b|on\s+the\s+sidelines|"
                      r"out\s+of\s+action|lay-?off|layoff|absence|spell\s+(?:out|on\s+the\s+sidelines))", re.IGNORECASE)
#: Words that judge a course of action rather than foresee its outcome: "would be wrong", "would be a mistake".
_JUDGEMENTS_OF_ACTS = {"wrong", "unwise", "crass", "ridiculous", "irresponsible", "premature", "foolish", "absurd",
                       "unacceptable", "inappropriate", "unfair", "madness", "mistake", "silly", "stupid", "naive",
                       "pointless", "unhelpful", "unjust", "immoral", "outrageous", "unthinkable", "unreasonable",
                       "ignorant", "shame", "pity", "disgrace", "insult", "wrong-headed", "misguided", "sensible",
                       "wise"}


def _there_is_a_chance(toks: list[Tok], i: int, lo: int, hi: int, attribution: Attribution | None) -> bool:
    k = i - 1
    if k > lo and toks[k].low not in ("a", "every", "some"):
        k -= 1  # ("a real chance", "a good chance")
    if k <= lo or toks[k].low not in ("a", "every", "some"):
        return False
    k -= 1
    if k > lo and toks[k].low in ("still", "always"):
        k -= 1
    be = toks[k].low
    if be in ("is", "was", "remains") and k > lo and toks[k - 1].low == "there":
        pass
    elif not be.startswith(("there's", "there’s")):
        return False
    if be == "was" and not _reported(attribution):
        return False  # (a chance there was, told in the article's voice)
    return i + 1 < hi and toks[i + 1].low not in ("to", "for", "in")


def _a_judgement(toks: list[Tok], verb_index: int, hi: int) -> bool:
    """ "would be unwise to speculate", "would be 'profoundly wrong'", "would be a grave mistake": a judgement of an
    act, with nothing said of what follows from it (not "would be wrong and would damage relations")."""
    if toks[verb_index].low != "be":
        return False
    k = verb_index + 1
    while k < hi and (not toks[k].word or toks[k].low in ("a", "an", "very", "quite", "so", "profoundly", "deeply",
                                                            "simply", "totally", "completely", "absolutely", "grave",
                                                            "big", "huge", "great", "serious", "terrible", "utterly")):
        k += 1
    if k >= hi or toks[k].low not in _JUDGEMENTS_OF_ACTS:
        return False
    rest = [t.low for t in toks[k + 1:hi]]
    return not any(w in _MODALS or w.endswith(("'ll", "’ll")) for w in rest)


def _expects_of_someone(toks: list[Tok], i: int, hi: int) -> bool:
    """ "expects loud things from Fox", "fans expect a lot of him": a demand made of someone, not a forecast (but not
    "expects 6% growth from exports", a figure)."""
    for k in range(i + 1, min(hi, i + 7)):
        low = toks[k].low
        if low in ("from", "of") and k > i + 1:
            # (not "more of the same": a part of something)
            return any(t.low in _DEMANDS for t in toks[i + 1:k]) and k + 1 < hi and (
                low == "from" or toks[k + 1].cap or toks[k + 1].low in ("him", "her", "them", "us", "me", "you", "it"))
        if low in ("to", "that", "will", "would", ",", "in", "by", "this", "next") or any(c.isdigit() for c in low) or \
                low[:1] in "$£€¥" or low in ("growth", "loss", "losses", "profit", "profits", "rise", "fall", "cut", "cuts", "results",
                                                  "figures", "earnings", "sales", "news", "numbers", "data", "rises",
                                                  "returns", "dividend", "dividends", "revenue", "revenues", "margins"):
            return False
    return False


def _a_propensity(toks: list[Tok], i: int, lo: int) -> bool:
    """ "Music fans are now more likely to download songs", "they are becoming less likely to remember numbers": a
    group's tendency compared, told in the plural present or past (not "the next move is more likely to be up",
    "consumers would be less likely to sign up")."""
    k = i - 1
    if k < lo or toks[k].low not in ("more", "less"):
        return False
    k -= 1
    while k >= lo and toks[k].low in ("far", "much", "now", "even", "still", "increasingly", "becoming", "getting",
                                      "significantly", "considerably", "twice", "three", "times", "slightly", "also"):
        k -= 1
    if not (k >= lo and (toks[k].low in ("are", "were", "'re", "’re") or toks[k].low.endswith(("'re", "’re")))):
        return False
    subject = toks[k].low[:-3] if toks[k].low.endswith(("'re", "’re")) else toks[k - 1].low if k > lo else ""
    if subject == "we":
        return False  # ("We're more likely to cut rates": the speaker's own course)
    if i + 2 < len(toks) and toks[i + 1].low == "to" and toks[i + 2].low in _CHANGE_VERBS:
        return False  # ("Interest rates are more likely to rise than fall": an outcome weighed)
    return True


_CHANGE_VERBS = {"rise", "fall", "climb", "drop", "increase", "decrease", "grow", "shrink", "slow", "cut", "raise",
                 "win", "lose", "beat", "rally", "recover", "ease", "slip", "retain", "hold"}


def _predicate_likely(toks: list[Tok], i: int, lo: int) -> bool:
    """ "UPS is the most likely bidder", "were the likely winners": who it will be, said of someone (not "among
    likely voters", "the most likely candidates include")."""
    k = i - 1
    while k > lo and toks[k].low in ("most", "more", "the", "a"):
        k -= 1
    return k < i - 1 and toks[k].low in ("is", "are", "was", "were", "'s", "remains", "remain", "looks", "look", "seems",
                                         "seem", "appears", "appear", "be") and \
        i + 1 < len(toks) and toks[i + 1].low.rstrip("s") in _CONTENDERS


#: Who a contest or a sale will turn on: "the most likely bidder", "the likely winners" (not "the most likely cause").
_CONTENDERS = {"bidder", "buyer", "suitor", "successor", "winner", "champion", "contender", "nominee", "candidate",
               "replacement", "choice", "partner", "purchaser", "acquirer", "victor", "starter", "leader", "heir"}


def _is_intent(view: SentenceView, i: int, lo: int, subject: str, verb: str, attribution: Attribution | None) -> bool:
    """Is this 'will' someone announcing what they (or the body they speak for) will do? "We'll take care of
    it", "the council says it will review", "the ministry will continue to monitor, a spokesman said"."""
    if verb in _NON_VOLITIONAL and not (verb == "run" and _runs_something(view, i)) and \
            not (verb == "look" and _looks_into(view, i)):
        return False
    if verb == "finish":
        k = next((m for m in range(i + 1, min(len(view.tokens) - 1, i + 4)) if view.tokens[m].low == "finish"), None)
        if k is not None and view.tokens[k + 1].low in _PLACINGS:
            return False  # "We will finish in the top two": where they will stand, not a job they will complete
    if verb in ("end", "close", "finish") and any(
            t.low in ("year", "season", "quarter", "half", "month", "week", "campaign")
            for t in view.tokens[i + 2:min(len(view.tokens), i + 6)]):
        return False  # "We will close the financial year with a shortfall of R3.1 billion": where they will stand
    if verb in ("remain", "stay", "be") and any(
            t.low in _HOW_A_BODY_FARES for t in view.tokens[i + 1:min(len(view.tokens), i + 5)]):
        return False  # "Southwest said it would remain profitable": how it will fare, not what it will do
    if subject in ("i", "we", "he", "she", "they") and (_belief_before(view, lo, i) or any(
            view.tokens[k].low in ("convinced", "confident", "sure", "certain") for k in range(max(lo, i - 6), i))):
        return False  # "I am convinced we will agree a framework within two years", "we are confident he will play"
    if subject in ("i", "we"):
        return True
    if attribution is None:
        return False
    kind = attribution.speaker.kind
    role = attribution.speaker.role
    official = kind in ("org", "definite") and (role in _OFFICIAL_ROLES or role in _ORG_ROLE_NOUNS or kind == "org") \
        or role in _OFFICIAL_ROLES or attribution.official
    if (role or "").startswith("document:") and role[len("document:"):] in _OWN_DOCUMENTS and \
            (subject in ("it", "they", "we") or view.tokens[i - 1].cap if i - 1 >= lo else False):
        return True  # "Lumora will reserve up to 5% of the shares ..., the memo said": its own plan
    if attribution.verb not in _SAY_VERBS:
        return False
    if subject == "they" and kind == "org" and attribution.tense in ("present", "base") and _papers(attribution.speaker.text):
        return False  # "The Sunday Times and The Sunday Telegraph say they will oppose any bid": others' plans reported
    if subject in ("it", "they"):
        described = re.search(r"\b([a-z-]+)\s*,?\s*$", view.text[:attribution.speaker.start - view.base])
        # "Carrick Lane said it will begin demolition": a speaker known as an organisation, speaking of itself
        said_it = subject == "it" and i - 2 >= 0 and view.tokens[i - 2].low in ("said", "says", "added", "announced",
                                                                               "confirmed", "stated")
        # (a group is "they", never "it": "analysts said it would most likely off-load sites" is their forecast)
        return kind == "org" or kind == "group" and subject == "they" or \
            (kind == "definite" and role in _ORG_ROLE_NOUNS) or \
            (kind == "name" and subject == "it" and (" " not in attribution.speaker.text.strip() or
                                                     said_it and (attribution.official or verb not in _IT_VERBS and
                                                                  not looks_like_person(attribution.speaker.text.split())))) or \
            (kind == "name" and " and " in attribution.speaker.text) or \
            (kind == "name" and described is not None and described.group(1) in _ORG_ROLE_NOUNS)  # "The crypto exchange Kraken said it will list"
    if subject in ("he", "she"):
        return kind in ("name", "pronoun", "definite", "indefinite")
    # "The ministry will continue to monitor the situation," a spokesman said; "a spokesman said the prime
    # minister would set out her next steps"; "he said the committee would not cut until ..."
    subject = view.tokens[i - 1].bare if i - 1 >= lo else ""
    if official and (subject in _ORG_ROLE_NOUNS or subject in _OFFICIAL_ROLES or subject == "minister") and \
            not (subject in ("business", "industry", "sector", "market", "markets") and
                 not (i - 2 >= lo and view.tokens[i - 2].low in ("the", "our", "its", "this", "their"))):
        return True  # ("business will reap the benefits": business in general, no one's own plan)
    if subject in _OWN_SIDE and i - 2 >= lo and view.tokens[i - 2].low in ("his", "her", "their", "our") and \
            kind in ("name", "pronoun", "definite") and (verb in _PLAN_VERBS or verb not in _SIDE_OUTCOMES):
        # "Cllr Alde said her councillors would table an amendment", "Liam Fox said his party would exploit ...": her
        # side's plan (not "his party would again finish second", "her party would clear the threshold")
        return True
    if attribution.affiliation:
        # "Nwosu said the WHO will send a further 40 staff" (she is its regional director): her body's plan
        k = i
        while k - 1 >= lo and view.tokens[k - 1].cap and view.tokens[k - 1].word:
            k -= 1
        named = " ".join(t.text for t in view.tokens[k:i]).lower()
        if named and (named == attribution.affiliation.lower() or named in attribution.affiliation.lower().split()) or \
                subject in _OWN_BODY and i - 2 >= lo and view.tokens[i - 2].low in ("the", "our", "its", "his", "her"):
            return True
    return False


_IT_IS_LIKELY = re.compile(r"^(?:it\s+is|it's|it\s+was)\s+(?:now\s+|very\s+|highly\s+|increasingly\s+)?"
                           r"(?:likely|unlikely|probable|improbable|certain|almost\s+certain|possible|doubtful)\s+that\s+",
                           re.IGNORECASE)


def clean_text(text: str) -> str:
    """The forecast clause as a claim: quote marks, discourse words and dangling punctuation removed."""
    text = " ".join(text.split())
    text = text.strip(" \"'“”‘’«»,;:—–-")
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        text = text.replace('"', "").replace("“", "").replace("”", "")  # the pieces of a quotation around "he said"
    text = _IT_IS_LIKELY.sub("", text)  # "it is likely that X" -> X (the likelihood is the confidence)
    for _ in range(4):
        new = _DISCOURSE.sub("", text, count=1)
        if new == text:
            break
        text = new.strip(" \"'“”‘’«»,;:—–-")
    text = re.sub(r"\s*[,;:—–-]+\s*$", "", text)
    text = re.sub(r"\s+([.!?])$", r"\1", text)  # "The Italian is the 6-4 favourite ." once "with William Hill" is out
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    if text and (text[-1].isalnum() or text[-1] in ")%"):
        text += "."
    if text.endswith((",", ",.")):
        text = text.rstrip(",.") + "."
    return text


_EXPECT_TO = re.compile(r"^(?P<np>(?:[\w'’.&-]+\s+){0,8}?[\w'’.&-]+)\s+to\s+(?P<vp>[a-z][\w'-]*\b.*)$", re.DOTALL)
_PASSIVE_TO = re.compile(r"(?:\b(?:is|are|am)|['’](?:s|re))\s+(?:now\s+|still\s+|widely\s+|generally\s+|also\s+)?"
                         r"(?:expected|forecast|forecasted|predicted|projected|anticipated|tipped|likely|unlikely|set|"
                         r"poised|bound|certain|sure|seen)\s+to\b", re.IGNORECASE)


_SUBJECT_CASE = {"him": "he", "her": "she", "them": "they", "us": "we", "me": "I"}


def rephrase(content: str, *, predict_verb: bool, backshift: bool) -> str:
    """Turn reported forms into a plain forecast: "the North to resume testing" -> "the North will resume
    testing" (after "expects"), "rates are expected to rise" -> "rates will rise", "would" -> "will"."""
    text = content
    if predict_verb and not re.search(r"\b(?:will|would|'ll|going to|shall)\b", text.split(" to ")[0] if " to " in text else text):
        match = _EXPECT_TO.match(text)
        if match and not re.search(r"\b(?:is|are|was|were|be|has|have|had|that)\b", match["np"]):
            np = _SUBJECT_CASE.get(match["np"].lower(), match["np"])  # "expect him to stay": he will stay
            text = f"{np} will {match['vp']}"
    text = _PASSIVE_TO.sub(lambda m: " will" if m.group()[0] in "'’" else "will", text)  # ("you're likely to")
    if backshift:
        text = re.sub(r"\bwould\b", "will", text)
        text = re.sub(r"\bwas(\s+not)? going to\b", r"is\1 going to", text)
        text = re.sub(r"\bwere(\s+not)? going to\b", r"are\1 going to", text)
        text = re.sub(r"\b(was|were)n['’]t going to\b", lambda m: ("isn't" if m[1] == "was" else "aren't") + " going to",
                      text)
    return text
