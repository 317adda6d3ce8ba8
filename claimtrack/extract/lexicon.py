"""The word lists the rules read: speech verbs and their forms, roles, titles, organisation words, function words.

Kept apart from the rules so that a reader can see (and extend) exactly which words count, and so the rules
stay about sentence shape rather than vocabulary. All entries are lower case.
"""

from __future__ import annotations

import re


def _forms(base: str, third: str | None = None, past: str | None = None, ing: str | None = None) -> dict[str, str]:
    """Inflected forms of a regular verb -> tense ('present', 'past', 'ing', 'base')."""
    third = third or (base + "es" if base.endswith(("s", "sh", "ch", "x", "z", "o")) else
                      base[:-1] + "ies" if base.endswith("y") and base[-2] not in "aeiou" else base + "s")
    if past is None:
        if base.endswith("e"):
            past = base + "d"
        elif base.endswith("y") and base[-2] not in "aeiou":
            past = base[:-1] + "ied"
        else:
            past = base + "ed"
    ing = ing or (base[:-1] + "ing" if base.endswith("e") and not base.endswith("ee") else base + "ing")
    forms = {base: "base", third: "present", ing: "ing"}
    for p in past.split("/"):
        forms[p] = "past"
    if base.endswith("l") and base[-2] in "aeiou" and base[-3:-2] not in ("a", "e", "i", "o", "u", ""):
        forms[base + "led"] = "past"  # British spelling: "signalled", "modelled"
        forms[base + "ling"] = "ing"
    return forms


# Verbs that introduce what someone said (the content needs its own future marker to be a forecast).
_SAY = {
    "say": ("says", "said"), "tell": ("tells", "told"), "add": (None, None), "note": (None, None),
    "write": ("writes", "wrote/written"), "explain": (None, None), "argue": (None, None), "claim": (None, None),
    "insist": (None, None), "warn": (None, None), "caution": (None, None), "stress": (None, None),
    "emphasise": (None, None), "emphasize": (None, None), "state": (None, None), "declare": (None, None),
    "conclude": (None, None), "contend": (None, None), "maintain": (None, None), "observe": (None, None),
    "remark": (None, None), "reply": (None, None), "respond": (None, None), "acknowledge": (None, None),
    "admit": ("admits", "admitted"), "concede": (None, None), "assert": (None, None), "tweet": (None, None),
    "suggest": (None, None), "comment": (None, None), "announce": (None, None), "confirm": (None, None),
    "predict": (None, None), "forecast": (None, "forecast/forecasted"), "project": (None, None),
    "estimate": (None, None), "reckon": (None, None), "believe": (None, None), "think": (None, "thought"),
    "expect": (None, None), "anticipate": (None, None), "foresee": (None, "foresaw/foreseen"),
    "envisage": (None, None), "envision": (None, None), "suspect": (None, None), "fear": (None, None),
    "doubt": (None, None), "guess": (None, None), "bet": ("bets", "bet"), "wager": (None, None),
    "hope": (None, None), "worry": (None, None), "agree": (None, None), "counter": (None, None),
    "report": (None, None), "recall": (None, None), "ask": (None, None), "signal": (None, None),
    "hint": (None, None), "indicate": (None, None), "speculate": (None, None), "posit": (None, None),
    "figure": (None, None), "feel": (None, "felt"), "see": ("sees", "saw/seen"), "continue": (None, None),
    "post": (None, None), "predicted": (None, None), "quip": ("quips", "quipped"), "joke": (None, None),
    "reason": (None, None), "surmise": (None, None), "opine": (None, None), "tip": ("tips", "tipped"),
    "back": (None, None), "fancy": (None, None), "pick": (None, None), "put": ("puts", "put"),
    "give": ("gives", "gave/given"), "promise": (None, None), "pledge": (None, None), "vow": (None, None),
    "guarantee": (None, None), "commit": ("commits", "committed"), "show": ("shows", "showed/shown"),
    "pencil": ("pencils", "pencilled/penciled"),  # "Matos pencils in the first rate cut for March 2026"
    "learn": ("learns", "learned/learnt"),  # "Blair is likely to name 5 May, the BBC's political editor has learned"
    "find": ("finds", "found"),  # "The report also found that total costs were likely to exceed £650m"
}
#: Verbs of promising: what follows is a commitment, not a forecast ("the manifesto promises that ...").
PROMISE = {"promise", "pledge", "vow", "guarantee", "commit"}
# Verbs whose content is a forecast by itself ("X expects the North to resume testing").
PREDICT = {"predict", "forecast", "project", "expect", "anticipate", "foresee", "envisage", "envision", "bet",
           "wager", "estimate", "tip", "back", "fancy", "pick", "pencil"}
# Verbs of belief: their content needs a future marker, and in the past tense they report an old belief.
BELIEVE = {"believe", "think", "reckon", "suspect", "fear", "doubt", "guess", "hope", "worry", "figure", "feel",
           "suppose", "assume", "imagine", "see", "surmise"}
# Verbs of wanting or requiring: a "will" under them is a wish or a demand, not a forecast.
WISH = {"hope", "want", "wish", "pray", "demand", "insist", "ensure", "require", "urge", "ask"}

SPEECH: dict[str, tuple[str, str]] = {}  # form -> (lemma, tense)
for _base, (_third, _past) in _SAY.items():
    if _base == "predicted":
        continue
    for _form, _tense in _forms(_base, _third, _past).items():
        SPEECH.setdefault(_form, (_base, _tense))
for _base in ("suppose", "assume", "imagine"):
    for _form, _tense in _forms(_base).items():
        SPEECH.setdefault(_form, (_base, _tense))
SPEECH["bet"] = ("bet", "present")
SPEECH["put"] = ("put", "present")
SPEECH["forecast"] = ("forecast", "present")
SPEECH.pop("find")  # ("you will find one in every device": only "found that", "finds that" report a finding)
SPEECH.pop("finding")
SPEECH.pop("pencil")  # ("drawn in pencil"; "pencils in" and "pencilled in" are the forecasting forms)
# "point out" is one token (tokens.py): "Richards also points out conditions in New York will be more conducive"
SPEECH.update({"point out": ("point out", "base"), "points out": ("point out", "present"),
               "pointed out": ("point out", "past"), "pointing out": ("point out", "ing")})
SPEECH["telling"] = ("tell", "ing")
SPEECH["betting"] = ("bet", "ing")
SPEECH["putting"] = ("put", "ing")

# Verbs that are attribution verbs only in particular frames (they are also common in ordinary narration).
FRAME_ONLY = {"show", "see", "continue", "report", "confirm", "ask", "signal", "hint", "indicate", "recall", "post",
              "respond", "reply", "agree", "counter", "back", "pick", "put", "give", "tip", "fancy", "feel",
              "figure", "hope", "worry", "fear", "state", "maintain", "observe", "reason", "comment", "announce",
              "add", "note", "stress", "project", "estimate", "claim"}

#: A player's position, which copy also puts before a name as a title: "Prop Adam Jones", "striker Alan Shearer".
POSITIONS = frozenset({"prop", "hooker", "flanker", "striker", "winger", "midfielder", "defender", "goalkeeper", "keeper",
                       "fly-half", "scrum-half", "full-back", "fullback", "sprinter", "batsman", "bowler", "all-rounder",
                       "wicketkeeper"})
_ROLE_LIST = {
    "auditor", "auditors", "ombudsman", "comptroller", "treasurer", "actuary", "attorney", "councillor", "councilor",
    "analyst", "analysts", "economist", "economists", "strategist", "strategists", "professor", "director",
    "fellow", "researcher", "researchers", "expert", "experts", "scholar", "official", "officials", "spokesman",
    "spokeswoman", "spokesperson", "minister", "secretary", "ambassador", "diplomat", "diplomats", "president",
    "chairman", "chairwoman", "chair", "chief", "executive", "ceo", "cfo", "cio", "cto", "coo", "cmo", "cso", "ciso",
    "head", "manager", "adviser",
    "advisor", "consultant", "commentator", "columnist", "correspondent", "reporter", "editor", "author",
    "tipster", "pundit", "pundits", "forecaster", "forecasters", "trader", "traders", "investor", "investors",
    "banker", "bankers", "lawyer", "senator", "congressman", "congresswoman", "representative", "governor",
    "mayor", "general", "admiral", "colonel", "coach", "founder", "partner", "lecturer", "historian",
    "scientist", "scientists", "observer", "observers", "officer", "leader", "candidate", "pollster",
    "meteorologist", "chancellor", "premier", "envoy", "negotiator", "regulator", "source", "sources",
    "insider", "insiders", "veteran", "specialist", "specialists", "academic", "academics", "writer",
    "journalist", "blogger", "critic", "critics", "owner", "trainer", "jockey", "manager", "captain",
    "player", "bookmaker", "bookmakers", "bookie", "bookies", "agent", "broker", "brokers", "planner",
    "statistician", "modeller", "modeler", "demographer", "physicist", "engineer", "developer", "spokespeople",
    "man", "woman", "person", "people", "observer", "insider", "aide", "aides", "staffer", "negotiators",
    "politician", "politicians", "lawmaker", "lawmakers", "legislator", "mp", "mep", "judge", "sheriff",
    "commissioner", "inspector", "superintendent", "vice-president", "deputy", "secretary-general",
    "director-general", "head", "boss", "chief", "executives", "managers", "advisers", "advisors",
    "forward", "pundits", "captain", "coach",
    "commentators", "presenter", "host", "anchor", "broker", "fund manager", "portfolio", "physician", "doctor",
    "professor", "researcher", "lecturer", "dean", "rector", "chairperson", "founder", "co-founder", "owner",
    "farmer", "farmers", "comic", "comedian", "singer", "actor", "actress", "novelist", "athlete", "runner",
    "cyclist", "golfer", "boxer", "driver", "rider", "skipper", "nurse", "teacher", "campaigner",
    "democrat", "republican", "panel", "jury", "auditor-general", "attorney-general", "solicitor-general",
    "governor-general", "inspector-general", "surgeon-general", "comptroller-general",
    "youngster", "champion", "rapper", "frontman", "frontwoman", "dj", "msp", "star", "winner", "holder",
    "outside-half", "stand-off", "back-rower", "tighthead", "loosehead", "half-back",
    "councilwoman", "councilman", "councillor", "councilor", "alderman", "alderwoman", "assemblyman", "assemblywoman",
    "businessman", "businesswoman", "spokesperson", "selectman", "supervisor", "commissioner",
} | POSITIONS
#: Words shaped like a person's job, beyond the list: an unseen article's "epidemiologist", "virologist",
#: "technician", "administrator", "campaigner". Agent suffixes only where they almost always name a person.
_ROLE_SHAPE = re.compile(
    r"[a-z-]{3,}(?:olog|onom|ograph)ists?|[a-z-]{2,}icians?|[a-z-]{4,}(?:ist|yst)s?|[a-z-]{3,}(?:arian|orian)s?|"
    r"[a-z-]*(?:istrator|ordinator|vestigator|egotiator|ediator|oderator|ommentator|ecutor|ervisor|urator|"
    r"ountant|ultant|onist|ographer|campaigner|organiser|organizer|designer|producer|manager|officer|lobbyist)s?")
#: -ist words that are not people
_NOT_ROLES = {"assist", "assists", "consist", "consists", "insist", "insists", "persist", "persists", "resist",
              "resists", "exist", "exists", "twist", "twists", "wrist", "wrists", "checklist", "checklists",
              "playlist", "playlists", "shortlist", "shortlists", "waitlist", "blacklist", "whitelist", "shortlisted",
              "tungsten", "amethyst", "catalyst", "catalysts", "analyst's"}


class _Roles(frozenset):
    """The role words: the list, and any word shaped like a job (`_ROLE_SHAPE`)."""

    def __contains__(self, word: object) -> bool:
        return frozenset.__contains__(self, word) or (
            isinstance(word, str) and word not in _NOT_ROLES and _ROLE_SHAPE.fullmatch(word) is not None)


ROLES = _Roles(_ROLE_LIST)

#: Nouns for one person of a nation or place, as copy names a speaker again: "the Brazilian said", "the New
#: Zealander", "the Scot added".
DEMONYMS = frozenset("""
afghan albanian algerian american andorran angolan argentine argentinian armenian australian austrian azerbaijani
bahraini bangladeshi barbadian belarusian belgian bolivian bosnian brazilian briton brit bulgarian burmese
cambodian cameroonian canadian chilean chinese colombian congolese croat croatian cuban cypriot czech dane
dutchman dutchwoman ecuadorian egyptian englishman englishwoman eritrean estonian ethiopian fijian filipino finn
frenchman frenchwoman georgian german ghanaian greek guatemalan haitian honduran hungarian icelander indian
indonesian iranian iraqi irishman irishwoman israeli italian ivorian jamaican japanese jordanian kazakh kenyan
korean kosovan kuwaiti latvian lebanese liberian libyan lithuanian luxembourger macedonian malaysian maltese
mexican moldovan mongolian montenegrin moroccan mozambican namibian nepalese nigerian norwegian omani pakistani
palestinian panamanian paraguayan peruvian pole portuguese qatari romanian russian rwandan samoan saudi scot
scotsman scotswoman senegalese serb serbian singaporean slovak slovakian slovenian somali spaniard swede swiss
syrian taiwanese tanzanian thai tongan tunisian turk ugandan ukrainian uruguayan uzbek venezuelan vietnamese
welshman welshwoman yemeni zambian zealander zimbabwean kiwi aussie geordie scouser yorkshireman cornishman
ulsterman londoner texan californian
""".split())


#: Countries and regions, whose possessive before a firm or body only places it: "Belgium's Inbev" is Inbev.
#: (Kept apart from NOT_PERSON: "Jordan", "Chad" and "Georgia" are people's names too.)
COUNTRIES = frozenset("""
afghanistan albania algeria america angola argentina armenia asia australia austria azerbaijan bahrain bangladesh
belarus belgium bolivia bosnia brazil britain bulgaria burma cambodia cameroon canada chile china colombia congo
croatia cuba cyprus czechia denmark ecuador egypt england eritrea estonia ethiopia europe finland france germany
ghana greece guatemala haiti holland honduras hungary iceland india indonesia iran iraq ireland israel italy
jamaica japan kazakhstan kenya korea kosovo kuwait latvia lebanon liberia libya lithuania luxembourg malaysia malta
mexico moldova mongolia montenegro morocco mozambique myanmar namibia nepal netherlands nigeria norway oman pakistan
palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda scotland senegal serbia
singapore slovakia slovenia somalia spain sweden switzerland syria taiwan tanzania thailand tunisia turkey uganda
ukraine uruguay uzbekistan venezuela vietnam wales yemen zambia zimbabwe africa
""".split())

class _Groups(frozenset):
    """Words for several people: the list, and any plural shaped like a job ("epidemiologists")."""

    def __contains__(self, word: object) -> bool:
        return frozenset.__contains__(self, word) or (
            isinstance(word, str) and word.endswith("s") and word not in _NOT_ROLES and
            _ROLE_SHAPE.fullmatch(word) is not None)


PLURAL_GROUPS = _Groups({
    "analysts", "economists", "strategists", "researchers", "experts", "officials", "diplomats", "pundits",
    "forecasters", "traders", "investors", "bankers", "scientists", "observers", "sources", "insiders",
    "specialists", "academics", "critics", "bookmakers", "bookies", "brokers", "people", "aides",
    "politicians", "lawmakers", "executives", "managers", "advisers", "advisors", "negotiators", "spokespeople",
    "markets", "polls", "pollsters", "economists'", "many", "some", "others", "most", "few",
})
TITLES = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "president",
    "senator", "sen", "rep", "representative", "gov", "governor", "gen", "general", "adm", "admiral", "col",
    "colonel", "capt", "captain", "lt", "sgt", "chancellor", "minister", "secretary", "judge", "justice",
    "rabbi", "rev", "reverend", "father", "sister", "brother", "imam", "chief", "ambassador", "mayor",
    "premier", "king", "queen", "prince", "princess", "pope", "coach", "manager", "commissioner",
    "chairman", "chairwoman", "director", "inspector", "superintendent", "speaker", "leader", "envoy",
    "analyst", "economist", "strategist", "tipster", "correspondent", "editor", "columnist", "expert",
    "prime", "vice", "deputy", "foreign", "defense", "defence", "finance", "trade", "state", "former",
    "sheriff", "officer", "agent", "detective", "det", "supt", "insp", "cllr", "councillor", "mep", "mp",
    "dean", "principal", "counsel", "attorney", "sec", "amb", "pres", "cmdr", "maj", "major", "senior",
    "executive", "financial", "operating", "investment", "technology", "officer", "managing", "acting", "interim",
    "associate", "assistant", "emeritus", "adjunct", "clerk", "registrar", "treasurer", "auditor", "comptroller",
    "coroner", "marshal", "assessor",
}
#: The last word of a publication whose name begins with "The" ("The Detroit News", "The Economist"): at the start of
#: a sentence that capital "The" is still part of the name.
PUBLICATION_HEADS = {
    "news", "times", "post", "journal", "guardian", "economist", "telegraph", "herald", "tribune", "globe",
    "independent", "observer", "atlantic", "verge", "register", "gazette", "chronicle", "examiner", "inquirer",
    "spectator", "courier", "dispatch", "advertiser", "intercept", "wrap", "hill", "mirror", "reporter", "beast",
    "athletic", "conversation", "star-ledger", "oregonian", "tennessean", "dealer", "bulletin",
}
#: Titles of honour that stay part of a name ("Sir Bobby Robson", "Dame Sarah Gilbert"), unlike "Mr" or "Dr".
HONOURS = {"sir", "dame", "lord", "lady", "baroness", "baron"}
ORG_WORDS = {
    "air", "airways", "airlines", "motors", "foods", "pharma", "pharmaceuticals", "semiconductor", "semiconductors",
    "tech", "electronics", "logistics", "shipping", "telecom", "networks", "ventures", "mobile", "bancorp",
    "bank", "banks", "group", "institute", "institution", "university", "college", "center", "centre",
    "agency", "ministry", "department", "office", "council", "commission", "committee", "association",
    "foundation", "fund", "reserve", "society", "corporation", "corp", "inc", "ltd", "llc", "plc", "co",
    "company", "capital", "partners", "securities", "research", "analytics", "economics", "advisors",
    "advisers", "consulting", "consultancy", "holdings", "investments", "management", "markets", "party",
    "government", "administration", "house", "service", "services", "board", "authority", "organisation",
    "organization", "union", "federation", "league", "news", "times", "post", "journal", "press", "media",
    "network", "project", "initiative", "forum", "trust", "chamber", "exchange", "federal", "national",
    "international", "global", "world", "nations", "sachs", "morgan", "stanley", "suisse", "barclays",
    "citi", "citigroup", "hsbc", "ubs", "nomura", "moody's", "fitch", "bloomberg", "reuters", "treasury",
    "pentagon", "kremlin", "parliament", "congress", "senate", "court", "police", "army", "navy",
    "forces", "command", "tank", "think-tank", "lab", "labs", "laboratory", "observatory", "bureau",
    "survey", "statistics", "poll", "polls", "index", "institutes", "team", "club", "fc", "airlines",
    "motors", "energy", "oil", "technologies", "systems", "studies", "program", "programme", "ag", "sa", "nv",
    "gmbh", "llp", "lp", "associates", "brothers", "bros", "industries", "enterprises", "media", "daily",
    "weekly", "magazine", "tribune", "herald", "gazette", "telegraph", "guardian", "economist",
    "equities", "equity", "asset", "assets", "wealth", "insurance", "healthcare", "homes", "properties", "retail",
    "foods", "brands", "solutions", "resources", "mining", "minerals", "metals", "power", "utilities", "rail",
    "weather", "forecasting", "intelligence", "insight", "data", "alliance", "coalition", "lobby", "consortium",
    "cooperative", "co-operative", "collective", "syndicate", "guild",
}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your",
               "some", "many", "most", "several", "one", "two", "three", "another", "other", "no", "every", "each",
               "any", "all", "both", "few", "such"}
PRONOUNS = {"he", "she", "they", "it", "i", "we", "you"}
OBJECT_PRONOUNS = {"him", "her", "them", "it", "me", "us", "you"}
# Words that begin sentences but never names: a capitalised run that starts with one drops it.
FUNCTION_WORDS = {
    "the", "a", "an", "but", "and", "or", "so", "yet", "if", "when", "while", "as", "in", "on", "at", "for",
    "to", "of", "by", "with", "from", "after", "before", "since", "until", "although", "though", "because",
    "however", "meanwhile", "still", "also", "then", "now", "there", "here", "this", "that", "these", "those",
    "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "what",
    "why", "how", "who", "which", "where", "whether", "some", "many", "most", "several", "all", "both", "each",
    "every", "no", "not", "nor", "even", "just", "only", "indeed", "instead", "besides", "moreover",
    "furthermore", "nevertheless", "nonetheless", "otherwise", "thus", "hence", "therefore", "unless",
    "despite", "during", "under", "over", "into", "about", "against", "between", "among", "through",
    "without", "within", "across", "beyond", "like", "unlike", "per", "via", "once", "perhaps", "maybe",
    "already", "again", "yes", "well", "oh", "according", "asked", "says", "said", "do", "does", "did",
    "is", "are", "was", "were", "will", "would", "could", "should", "can", "may", "might", "must", "has",
    "have", "had", "be", "being", "been", "let", "last", "next", "first", "new", "more", "less", "other",
    "another", "such", "any", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "whatever", "whoever", "wherever", "sometimes", "often", "never", "always", "today", "tomorrow",
    "yesterday", "tonight", "earlier", "later", "recently", "finally", "ultimately", "additionally",
    "similarly", "likewise", "overall", "again", "s", "mr", "ms", "mrs", "dr", "few", "several",
}
MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
               "nov", "dec"}
WEEKDAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# Capitalised words that are not names of people (nationalities, places commonly capitalised in runs, ...).
NOT_PERSON = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "united", "states", "kingdom",
    "korea", "korean", "koreans", "american", "americans", "america", "china", "chinese", "russia", "russian",
    "europe", "european", "union", "british", "britain", "england", "english", "japan", "japanese", "india",
    "indian", "german", "germany", "french", "france", "us", "u.s", "uk", "u.k", "eu", "un", "u.n", "nato",
    "white", "house", "olympics", "olympic", "games", "winter", "summer", "spring", "autumn", "fall",
    "christmas", "easter", "pacific", "atlantic", "asia", "asian", "africa", "african", "middle", "washington",
    "beijing", "moscow", "london", "paris", "tokyo", "seoul", "pyongyang", "brussels", "new", "york", "city",
    "street", "wall", "twitter", "facebook", "google", "peninsula", "dprk", "rok", "icbm", "gdp", "ai",
    "republican", "republicans", "democrat", "democrats", "democratic", "labour", "conservative",
    "conservatives", "tory", "tories", "liberal", "green", "greens", "premier", "world", "cup", "final",
    "quarter-final", "semi-final", "v", "vs", "fc", "city", "town", "county", "state", "province", "canada",
    "canadian", "australia", "australian", "mexico", "brazil", "spain", "spanish", "italy", "italian",
    "iran", "iraq", "israel", "ukraine", "ukrainian", "syria", "turkey", "pakistan", "taiwan", "hong", "kong",
    "gulf", "sea", "ocean", "river", "day", "week", "year", "bill", "act", "treaty", "summit", "talks",
    "election", "referendum", "brexit", "covid", "covid-19", "coronavirus", "bitcoin", "dow", "nasdaq",
    "ftse", "s&p", "fed", "ecb", "imf", "opec", "ap", "afp", "cbc", "bbc", "cnn", "nhk", "kcna", "yonhap",
}
SENTENCE_STARTERS = FUNCTION_WORDS | {"i", "in", "on", "at"}
# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "mx", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "sen", "rep", "gov", "lt",
    "col", "capt", "sgt", "adm", "maj", "rev", "hon", "pres", "supt", "insp", "det", "cmdr", "cpl", "pvt",
    "brig", "messrs", "mme", "mlle", "no", "nos", "vol", "pp", "fig", "approx", "dept", "univ", "assn",
    "vs", "v", "etc", "e.g", "i.e", "cf", "al", "ca", "c", "est", "inc", "corp", "ltd", "co", "bros", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed",
    "thu", "thur", "thurs", "fri", "sat", "sun", "op", "cit", "ibid", "amb", "sec", "cllr", "ave", "blvd",
    "rd", "fig", "figs", "ch", "art", "sec", "para", "n.b", "p.s", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u",
}
# After these abbreviations a capitalised word usually does start a new sentence.
WEAK_ABBREVIATIONS = {"etc", "inc", "corp", "ltd", "co", "bros", "jr", "sr", "a.m", "p.m", "u.s", "u.k", "u.n",
                      "e.u", "est", "al"}
