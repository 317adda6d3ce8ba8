"""claimtrack.extract as a library: reading articles, and the rules for forecasts, speakers, deadlines and odds."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack.errors import InputError
from claimtrack.extract import DEFAULT_MIN_SCORE, extract, parse
from claimtrack.extract.sentences import split, split_block

SAID = "2020-03-02"


def found(text: str, **options) -> list:
    options.setdefault("said", SAID)
    options.setdefault("outlet", "The Daily Test")
    return extract(text, min_score=DEFAULT_MIN_SCORE, **options)


def one(text: str, **options):
    proposals = found(text, **options)
    assert len(proposals) == 1, [p.quote for p in proposals]
    return proposals[0]


# -- reading articles -------------------------------------------------------------------------------------------
PAGE = b"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Rates to rise, economists say | The Ledger</title>
<meta property="og:site_name" content="The Ledger"><meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2021-03-04T09:00:00Z">
<link rel="canonical" href="https://ledger.example/markets/rates">
<script>document.write("<p>Prices will double by May, said Evil Script.</p>")</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/x">Markets will crash by Friday, says the menu</a></li></ul></nav>
<article><h1>Rates to rise, economists say</h1>
<p>The central bank will raise interest rates by June, said John Smith, chief economist at Foo Bank.</p>
<figure><img src="a.jpg"><figcaption>Traders will be busy by Monday, the caption says.</figcaption></figure>
<p>Smith expects two more increases before the end of the year. Growth was slower than expected in 2020, and
the bank's figures showed that spending had fallen for three months in a row across the country.</p>
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/y">Oil will hit $100 by summer, analysts say</a></li></ul></aside>
<footer><p>Subscribe now and you will never miss a story.</p></footer>
</body></html>"""


def test_html_gives_text_and_metadata_and_its_furniture_yields_nothing():
    article = parse(PAGE)
    assert (article.title, article.byline, article.outlet, article.url, article.date) == (
        "Rates to rise, economists say", "Jane Roe", "The Ledger", "https://ledger.example/markets/rates",
        dt.date(2021, 3, 4))
    proposals = extract(PAGE)
    assert [p.claimant for p in proposals] == ["John Smith", "John Smith"]
    assert proposals[0].source == {"url": "https://ledger.example/markets/rates",
                                   "title": "Rates to rise, economists say", "outlet": "The Ledger"}
    assert proposals[0].said_on == "2021-03-04"
    text = " ".join(p.quote for p in extract(PAGE, min_score=0))
    for furniture in ("menu", "caption", "Evil Script", "$100", "Subscribe"):
        assert furniture not in text


def test_options_override_what_the_page_says():
    p = extract(PAGE, said="2021-03-05", outlet="Other", title="T", url="https://other.example/a")[0]
    assert (p.said_on, p.source) == ("2021-03-05", {"url": "https://other.example/a", "title": "T", "outlet": "Other"})


@pytest.mark.parametrize(("header", "day"), [
    ("January 10, 2018", "2018-01-10"), ("2018-01-10", "2018-01-10"), ("Jan. 10, 2018", "2018-01-10"),
    ("Posted: Jan 10, 2018 5:00 AM ET | Last Updated: January 12, 2018", "2018-01-10"),
    ("10 January 2018", "2018-01-10"), ("WASHINGTON, January 10, 2018 (Reuters) -", "2018-01-10"),
    # figures, where a label or a byline introduces them: month first or day first as the figures allow
    ("Posted on 01/28/2018 by Jo Roe", "2018-01-28"), ("Written by Jo Roe on 28/01/18", "2018-01-28"),
    ("Posted on 01/10/2018 by Jo Roe", None),  # 1 October or 10 January: no date, rather than a guess
    # a time and a weekday between the label and the day, in a header block run together with the headline
    ("'Time for governing:' the re-election puts 'forward' to the test\nBy Jo Roe, CNN\n"
     "updated 1:30 PM EST, Wed January 10, 2018", "2018-01-10"),
])
def test_plain_text_takes_its_date_from_a_dateline(monkeypatch, header, day):
    monkeypatch.setenv("CLAIMTRACK_NOW", "2019-05-06T10:00:00Z")
    text = f"Talks set to fail\n\n{header}\n\nThe talks will fail by April, said Jo Smith.\n"
    assert one(text, said=None).said_on == (day or "2019-05-06")


def test_plain_text_without_a_date_uses_said_else_today_with_a_warning(monkeypatch):
    text = "The talks will fail by April, said Jo Smith. The summit was held on March 3, 2016 in Paris."
    assert one(text).said_on == SAID
    monkeypatch.setenv("CLAIMTRACK_NOW", "2019-05-06T10:00:00Z")
    warnings: list[str] = []
    p = extract(text, warnings=warnings)[0]
    assert p.said_on == "2019-05-06" and any("no date found" in w for w in warnings)


def test_latin1_and_utf16_text_is_read_and_binary_is_refused():
    assert one("Les prix vont baisser; René Dupont said café owners will raise prices by June.".encode("latin-1")
               ).claimant == "René Dupont"
    assert one("Café owners will raise prices by June, said René Dupont.".encode("utf-16")).claimant == "René Dupont"
    with pytest.raises(InputError, match="binary"):
        parse(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError, match="empty"):
        parse(b"  \n\n ")
    with pytest.raises(InputError, match="no article text"):
        parse(b"<html><body><nav><a href='/'>Home</a></nav></body></html>")


@pytest.mark.parametrize(("text", "count"), [
    ("Mr. Smith said the U.S. economy will grow. It did.", 2),
    ("The U.S. President will visit Jan. 10. Aides confirmed it.", 2),
    ('"Is it a trap?" he asked. Nobody knew.', 2),
    ('"It\'s a trap. A ruse," Kazianis said. He left.', 3),
    ("J. R. Smith expects 3.5 per cent growth. That is high.", 2),
    ("Talks resumed at 5 p.m. Tuesday in Geneva. They will end today.", 2),
])
def test_sentences_respect_abbreviations_initials_and_quotes(text, count):
    assert len(split_block(text)) == count


# -- who said it ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "claimant"), [
    ('"Rates will rise by June," said Priya Raman, an economist at Halden.', "Priya Raman"),
    ('"Rates will rise by June," Priya Raman said.', "Priya Raman"),
    ('Priya Raman said: "Rates will rise by June."', "Priya Raman"),
    ("Priya Raman expects rates to rise by June.", "Priya Raman"),
    ("Priya Raman told the BBC that rates would rise by June.", "Priya Raman"),
    ("Rates will rise by June, according to Priya Raman.", "Priya Raman"),
    ("According to Priya Raman, a former rate-setter, rates are likely to rise by June.", "Priya Raman"),
    ("In the meantime, Raman says, rates will rise.", "Raman"),
    ("JPMorgan cut the chances of a deal to 60 per cent.", "JPMorgan"),
    ("Goldman Sachs economists expect two more rate rises this year.", "Goldman Sachs"),
    ("The IMF's World Economic Outlook predicts that growth will slow.", "IMF"),
    ("Shipping companies say new routes will cut journey times by a third.", "Shipping companies"),
    ('As Jane Doe of Capital Economics put it: "Rates will rise twice more this year."', "Jane Doe"),
    ("The ceasefire will collapse within weeks, said a diplomat who asked not to be named.", "diplomat"),
    ('There is a "high possibility" of conflict by June, the South Korean president warned.', "South Korean president"),
    ('"We expect a deal by Friday," a senior EU official told reporters.', "senior EU official"),
    ("The unemployment rate will peak at 5 per cent, according to the central bank's latest projections.",
     "central bank"),
    ('Bernstein\'s Stacy Whitfield said the shares would probably stay under pressure.', "Stacy Whitfield"),
    ("Most economists polled by the association expect chip sales to grow 12 per cent in 2025.", "economists"),
])
def test_speech_shapes(text, claimant):
    assert one(text).claimant == claimant


def test_surname_and_pronoun_hand_off_to_the_full_name():
    text = ("Harry Kazianis, director of defence studies at the Center for the National Interest, is wary. "
            '"It\'s a stalling tactic," Kazianis said. "But really, this is all going to break down in April," '
            "he predicted. Kazianis expects the North to resume testing.")
    assert [p.claimant for p in found(text)] == ["Harry Kazianis", "Harry Kazianis"]


def test_pronouns_follow_the_person_just_introduced_and_their_gender():
    text = ('Marta Kowalczyk, an analyst at Bruegel, said the talks were close. She expects a deal by December. '
            'Luiz Ferreira, a former minister, was more cautious. "I do not think it gets done this year," he said.')
    assert [p.claimant for p in found(text)] == ["Marta Kowalczyk", "Luiz Ferreira"]


def test_a_source_first_described_is_named_in_the_next_sentence():
    text = ('"We will have a deal by the end of the year," a Brussels-based trade analyst said. '
            "The analyst, Marta Kowalczyk of the Bruegel think tank, has followed the talks for a decade.")
    assert one(text).claimant == "Marta Kowalczyk"


def test_a_quotation_over_several_sentences_belongs_to_its_speaker():
    text = ('Kowalczyk said the obstacle was France. "Paris is not going to move before the summer. That could '
            'take months. The deal will be signed in 2021."')
    assert {p.claimant for p in found(text)} == {"Kowalczyk"}


def test_first_person_picks_column_belongs_to_the_pundit_the_article_names():
    text = ("Our racing tipster Jane Doe gives her picks for the weekend.\n\n"
            "I think Red Rum will win the big race on Saturday. I thought Arkle would win last year.")
    p = one(text, said="2020-03-04")
    assert (p.claimant, p.due) == ("Jane Doe", "2020-03-07")


def test_passive_forecasts_in_a_survey_piece_belong_to_the_forecaster():
    text = ("The Royal Institution of Chartered Surveyors' latest housing outlook is gloomy.\n\n"
            "House prices are expected to fall by 3 per cent over the next year.")
    assert one(text).claimant == "Royal Institution of Chartered Surveyors"


def test_a_panel_of_named_speakers_each_own_their_paragraph():
    text = ("Who wins the title?\n\nSam Wallace: Liverpool. The promoted sides will struggle.\n\n"
            "Jacob Steinberg: Arsenal. I'd put them at 40 per cent. I expect the manager gone by Christmas.")
    proposals = found(text)
    assert [(p.claimant, p.text) for p in proposals] == [
        ("Sam Wallace", "The promoted sides will struggle."),
        ("Jacob Steinberg", "I'd put them at 40 per cent."),
        ("Jacob Steinberg", "I expect the manager gone by Christmas.")]
    assert proposals[1].confidence == 0.4 and proposals[2].due == "2020-12-25"


def test_the_articles_own_voice_is_the_byline_else_the_outlet_else_by():
    text = "Prices will fall by June."
    assert one("By Jane Roe\n\n" + text).claimant == "Jane Roe"
    assert one(text).claimant == "The Daily Test"
    assert one("By Jane Roe\n\n" + text, by="Editorial board").claimant == "Editorial board"


# -- what is a forecast -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The talks will collapse by April, Jo Smith said.",
    "This is all going to break down in April.",
    "Analysts expect the central bank to cut rates in June.",
    "Inflation is likely to fall below 2 per cent within three months.",
    "The vote is expected to pass next week.",
    "There is a 60 per cent chance of a recession next year, said Jo Smith.",
    "The strike will almost certainly be settled before Christmas.",
    "Prediction: Spain to win on penalties.",
    "Jo Smith doubts that the bill will pass before the summer.",
    '"I don\'t expect a deal before the election," Jo Smith said.',
])
def test_forecasts_are_found(text):
    assert found(text), text


@pytest.mark.parametrize("text", [
    "I thought England would go home after the group stage.",
    "The decline was likely due to an unusually warm winter.",
    "Analysts had expected the central bank to cut rates in March.",
    "Will the talks collapse before the summer?",
    "It is not clear whether the deal will survive the vote.",
    '"The ministry will continue to monitor the situation," a spokesman said.',
    '"We\'ll take care of it," he said.',
    "Beijing says it will comply up to a point.",
    "Last year, she predicted that prices would double.",
    "Prices may have peaked in October.",
    "He probably wanted to send a message to Washington.",
    "Officials hope the new rules will reduce congestion.",
    "Pseudonyms will no longer be permitted.",
    "It will be up to the courts to decide.",
    "The missile could reach targets 1,000km away, a capability the North has tested before.",
    "North Korea may be setting a trap to divide Washington and Seoul.",
])
def test_look_alikes_are_not_proposed(text):
    assert not found(text), text


def test_weak_hedges_are_kept_with_a_low_score_for_all():
    text = "A lull in activity may tempt South Korea to side with China."
    assert not found(text)
    weak = extract(text, said=SAID, outlet="X", min_score=0)
    assert len(weak) == 1 and weak[0].score < DEFAULT_MIN_SCORE and weak[0].cues == ["may"]


# -- by when and how sure ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "due", "due_text"), [
    ("The talks will fail in April, Jo Smith said.", "2020-04-30", "in April"),
    ("The talks will fail within six months, Jo Smith said.", "2020-09-02", "within six months"),
    ("The bill will not pass before the election in November, Jo Smith said.", "2020-11-03",
     "before the election in November"),
    ("The bill will pass by Oct. 9, Jo Smith said.", "2020-10-09", "by Oct. 9"),
    ("Prices will stay high until 2022, Jo Smith said.", "2022-12-31", "until 2022"),
    ("The deal will be signed by the summer, Jo Smith said.", "2020-08-31", "by the summer"),
])
def test_deadlines_are_read_relative_to_the_day_said(text, due, due_text):
    p = one(text)
    assert (p.due, p.due_text) == (due, due_text)


def test_a_deadline_comes_from_the_paragraph_or_the_heading_when_the_sentence_has_none():
    text = "Talks\n\nThe summit is on Oct. 9, 2020. Jo Smith said the leaders will sign a treaty."
    assert one(text).due == "2020-10-09"
    text = "Quarter-final: Spain v Italy (Friday, 3pm)\n\nI think Spain will win, says Jo Smith."
    assert one(text, said="2020-03-02").due == "2020-03-06"


@pytest.mark.parametrize(("text", "confidence", "words"), [
    ("JPMorgan cut the chances of a deal to 60 per cent.", 0.6, None),
    ("There is a one in five chance that the bill will pass, Jo Smith said.", 0.2, "one in five"),
    ("The odds of a deal are 3 to 1 against, Jo Smith said.", 0.25, "3 to 1 against"),
    ("Jo Smith said there was a 70% chance that rates would rise.", 0.7, None),
    ("The test will almost certainly end the talks.", 0.93, "almost certainly"),
    ("The bill is unlikely to pass, Jo Smith said.", 0.3, "unlikely"),
    ('"I don\'t expect the bill to pass," Jo Smith said.', 0.3, "don't expect"),
])
def test_confidence_from_figures_odds_kent_words_and_negated_expectations(text, confidence, words):
    p = one(text)
    assert (p.confidence, p.confidence_text) == (confidence, words)


@pytest.mark.parametrize("text", [
    "The Monetary Policy Committee is very likely to hold Bank Rate at 4% on Thursday.",
    "The Bank of Japan will almost certainly leave its policy rate at 0.5% on Friday.",
])
def test_a_rate_set_at_a_figure_is_not_a_rating_of_chances(text):
    p = one(text)
    assert (p.confidence, p.confidence_text in ("very likely", "almost certainly")) == (0.93, True)


def test_a_figure_that_is_not_a_chance_is_not_a_confidence():
    assert one("Prices will rise 3 per cent next year, Jo Smith said.").confidence is None


# -- the proposal -----------------------------------------------------------------------------------------------
def test_a_proposal_carries_the_claim_fields_and_the_exact_quote():
    text = 'Talks\n\nMarch 2, 2020\n\n"But really, this is all going to break down in April," Jo Smith predicted.'
    article = parse(text)
    p = one(text, said=None, url="https://example.org/a")
    assert p.quote in article.text
    assert p.text == "This is all going to break down in April."
    assert (p.claimant, p.said_on, p.due, p.due_text) == ("Jo Smith", "2020-03-02", "2020-04-30", "in April")
    assert p.cues == ["going to", "in April", "predicted"]
    assert [p.quote[s:e] for s, e in p.cue_spans] == p.cues
    assert set(p.to_dict()) == {"text", "claimant", "said_on", "due", "due_text", "confidence", "confidence_text",
                                "tags", "source", "quote", "score", "cues", "duplicate_of", "uuid"}
    assert 0 <= p.score <= 1
    assert one(text, said=None, url="https://example.org/a").uuid == p.uuid  # stable across runs


def test_duplicate_of_names_a_claim_recorded_from_the_same_article_with_the_same_quote():
    text = "Prices will fall by June, Jo Smith said."
    p = one(text, url="https://example.org/a")
    recorded = [{"id": 7, "uuid": "x", "quote": p.quote, "source": {"url": "https://example.org/a"}}]
    assert one(text, url="https://example.org/a", existing=recorded).duplicate_of == 7
    assert one(text, url="https://example.org/b", existing=recorded).duplicate_of is None
    assert one(text, url="https://example.org/b", existing=[{"id": 9, "uuid": p.uuid}]).duplicate_of is None
    assert one(text, url="https://example.org/a", existing=[{"id": 9, "uuid": p.uuid}]).duplicate_of == 9


def test_batch_line_carries_the_date_and_the_articles_words_beside_it():
    before = one("Prices will fall before April, Jo Smith said.").batch_op()
    assert before["due"] == "2020-03-31" and before["due_text"] == "before April"
    in_april = one("Prices will fall in April, Jo Smith said.").batch_op()
    assert in_april["due"] == "2020-04-30" and in_april["due_text"] == "in April"
    likely = one("Prices will likely fall, Jo Smith said.").batch_op()
    assert likely["confidence"] == 0.75 and likely["confidence_text"] == "likely"


_WORDS = ["will", "won't", "said", "says", "expects", "Smith", "Jo", "he", "she", "by", "April", "in", "2019", "the",
          "deal", "\"", "“", "”", "'", ",", ".", "?", "!", "likely", "60", "per", "cent", "%", "chance", "odds", "3-1",
          "may", "could", "would", "not", "According", "to", "\n\n", "Mr.", "U.S.", "(Reuters)", "<p>", "</p>", "<",
          "&amp;", "\x1b[31m", "\u202e", "Oct.", "9", "Friday", "before", "until", "one", "in", "five", ":", ";", "—"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), st.lists(st.sampled_from(_WORDS), max_size=60).map(" ".join),
                 st.binary(max_size=200)))
def test_any_text_gives_proposals_or_one_input_error_never_a_traceback(data):
    try:
        proposals = extract(data, said=SAID, min_score=0)
    except InputError as e:
        assert "\n" not in str(e)
        return
    text = parse(data).text
    for p in proposals:
        assert p.quote in text and 0 <= p.score <= 1 and p.claimant
        assert p.due is None or p.due >= SAID
        assert p.confidence is None or 0 <= p.confidence <= 1


# -- rules learnt from the round-5 held-out articles --------------------------------------------------------------
def test_an_interview_transcripts_surname_labels_are_the_person_it_introduced():
    text = ("An interview with an economist\n\nIngrid Sørensen is chief economist at Nordhavn Bank.\n\n"
            "Q: Where do prices go from here?\n\n"
            "SØRENSEN: I think they will fall by about 4 per cent over the next twelve months.\n\n"
            "Q: And rates?\n\nSØRENSEN: Not this year. The first cut comes in March, in my view.\n")
    proposals = found(text)
    assert {p.claimant for p in proposals} == {"Ingrid Sørensen"}
    assert "The first cut comes in March, in my view." in [p.quote for p in proposals]
    assert all(not p.text.startswith("SØRENSEN") for p in proposals)


def test_a_pundit_named_with_diacritics_and_a_capitalised_adjective_owns_the_column():
    text = ("Quarter-finals: previews\n\nOur European football correspondent Tomás Ó Briain gives his verdicts.\n\n"
            "Real Madrid v Arsenal (Tuesday, 8pm)\n\nI think Arsenal go through comfortably.\n")
    p = one(text, said="2025-04-14")
    assert (p.claimant, p.due) == ("Tomás Ó Briain", "2025-04-15")


@pytest.mark.parametrize("text", [
    "I think Arsenal go through comfortably.",
    "Villa need a miracle, and I don't think they get one.",
    "The first heatwave of the season arrives in Spain next week, according to AEMET, the Spanish weather agency.",
    "We think the market tips into oversupply in 2027.",
    "Goldman Sachs is more cautious, and Nomura sees earnings peaking in the second quarter of 2026.",
    "My pick remains Barcelona, at 5-2 with most bookmakers.",
    "The peg has held since 1982 and it will hold for another decade at least.",
])
def test_present_tense_futures_and_picks_are_forecasts(text):
    assert found(text), text


@pytest.mark.parametrize("text", [
    "The rules take effect on January 1.",
    "Voters go to the polls on Tuesday in a close race.",
    "The final Marist poll had Vásquez ahead by three points among likely voters.",
    "The Department of State says it does not forecast turnout and will publish results from 8pm.",
    "South Korea's finance ministry said its tax credit for chip investment will stay at 25 per cent.",
    "It had predicted a hot summer, and the heat in July was likely driven by a blocking high, she said.",
    "Mikkel thinks Finnish prices have already bottomed.",
])
def test_timetables_policy_and_the_past_in_the_present_tense_are_not_forecasts(text):
    assert not found(text), text


def test_two_forecasters_in_one_sentence_are_two_proposals():
    proposals = found("On Polymarket, traders give him a 45 per cent chance, and PredictIt has the race at 52-48 "
                      "for Vásquez.")
    assert [(p.claimant, p.confidence) for p in proposals] == [("Polymarket", 0.45), ("PredictIt", 0.52)]
    assert len({p.uuid for p in proposals}) == 2 and len({p.quote for p in proposals}) == 1


def test_a_bookmaker_after_its_price_and_a_documents_owner_are_claimants():
    p = one("Arsenal are 1-8 with Paddy Power to reach the semi-finals.")
    assert (p.claimant, p.confidence) == ("Paddy Power", 0.8889)
    text = ("The Bank of England will cut sooner than markets think\n\n14 May 2025\n\n"
            "The Bank's own forecasts, published last week, show inflation returning to its 2 per cent target in "
            "the first quarter of 2027.\n")
    p = one(text)
    assert (p.claimant, p.due) == ("Bank of England", "2027-03-31")


def test_when_it_was_said_and_a_dateline_are_no_deadline_but_a_lead_event_is():
    text = ("Senate race guide\n\nNovember 2, 2026\n\nVoters in Pennsylvania go to the polls on Tuesday in a Senate "
            "race both parties see as pivotal for control of the chamber.\n\n"
            "Amy Walter wrote on Friday that the Senate is likely to stay in Republican hands.\n")
    assert one(text, said="2026-11-02").due == "2026-11-03"
    wire = ("Hot summer ahead\n\nREYKJAVÍK, 5 June 2025 (Nordic Press Agency) – Temperatures are expected to run "
            "above average through August, the Copernicus Climate Change Service said on Thursday in its seasonal "
            "outlook.\n\nRainfall is expected to be well below normal through August.\n")
    proposals = found(wire, said="2025-06-05")
    assert [p.due for p in proposals] == ["2025-08-31", "2025-08-31"]
    assert {p.claimant for p in proposals} == {"Copernicus Climate Change Service"}


# -- rules learnt from the round-6 held-out articles --------------------------------------------------------------
def test_a_numbered_list_of_predictions_with_bracketed_chances():
    text = ("My predictions for 2026\n\nBy Hamish Reid\n\nDecember 29, 2025\n\nHere are this year's.\n\n"
            "1. The Bank of England cuts rates to 3 per cent by the summer. (70 per cent)\n"
            "2. Nobody walks on the Moon. (95 per cent)\n"
            "3. A general election is called before the end of 2026. (5 per cent)\n\n"
            "I said the pound would hit $1.40, and it did not.\n")
    proposals = found(text, said="2025-12-29")
    assert [(p.text, p.due, p.confidence, p.claimant) for p in proposals] == [
        ("The Bank of England cuts rates to 3 per cent by the summer.", "2026-08-31", 0.7, "Hamish Reid"),
        ("Nobody walks on the Moon.", "2026-12-31", 0.95, "Hamish Reid"),
        ("A general election is called before the end of 2026.", "2026-12-31", 0.05, "Hamish Reid"),
    ]


def test_a_view_set_against_another_forecasters_is_two_proposals():
    proposals = found("The Met Office expects the cold to ease by Thursday next week, while the European Centre for "
                      "Medium-Range Weather Forecasts keeps temperatures below normal until January 25.",
                      said="2026-01-14")
    assert [(p.claimant, p.due) for p in proposals] == [
        ("Met Office", "2026-01-22"), ("European Centre for Medium-Range Weather Forecasts", "2026-01-25")]


@pytest.mark.parametrize(("text", "claimant", "due", "confidence"), [
    ("Itaú Unibanco's economists now see the first cut in January.", "Itaú Unibanco", "2026-01-31", None),
    ("Santander Brasil still expects March.", "Santander Brasil", "2026-03-31", None),
    ("William Hill has cut the odds of a white Valentine's Day in Glasgow to 4-1.", "William Hill", "2026-02-14", 0.2),
    ("Counterpoint Research forecasts that foldables will make up 3 per cent of shipments next year.",
     "Counterpoint Research", "2026-12-31", None),
    ("Traders price a 90 per cent chance that rates stay on hold next week, according to B3 data.", "B3",
     "2025-12-21", 0.9),
    ("Samsung, which has led the market since 2019, is likely to cut prices, said Jeff Pu, an analyst at GF "
     "Securities.", "Jeff Pu", None, 0.75),
])
def test_round_six_shapes(text, claimant, due, confidence):
    p = one(text, said="2025-12-10")
    assert (p.claimant, p.due, p.confidence) == (claimant, due, confidence)


@pytest.mark.parametrize("text", [
    "Network Rail said it will run fewer trains on Friday and Saturday.",
    "Because the prime minister has said he will not call one, and I believe him.",
])
def test_round_six_plans_are_not_forecasts(text):
    assert not found(text), text


# -- rules learnt from the round-7 held-out articles --------------------------------------------------------------
def test_a_piece_about_the_year_ahead_reads_parts_of_a_year_in_that_year():
    text = ("10 tech predictions for 2026\n\nBy Marcus Lindgren\n\nDecember 30, 2025\n\n"
            "Last year I predicted that Apple would launch a hub, and it didn't.\n\n"
            "1. Robotaxis spread\n\nWaymo will be running paid rides in 15 cities by December. "
            "Tesla's service will still need safety monitors.\n\n"
            "2. Passwords start to die\n\nPasskeys become the default sign-in at every major bank by the end of the "
            "year. Netflix raises the price of its standard plan again in the spring.\n\n"
            "3. Google loses\n\nAt least one of the big AI labs will launch an agent that books flights.\n")
    proposals = found(text, said="2025-12-30")
    assert [(p.text, p.due) for p in proposals] == [
        ("Waymo will be running paid rides in 15 cities by December.", "2026-12-31"),
        ("Tesla's service will still need safety monitors.", "2026-12-31"),
        ("Passkeys become the default sign-in at every major bank by the end of the year.", "2026-12-31"),
        ("Netflix raises the price of its standard plan again in the spring.", "2026-05-31"),
        ("At least one of the big AI labs will launch an agent that books flights.", "2026-12-31"),
    ]
    assert {p.claimant for p in proposals} == {"Marcus Lindgren"}


def test_a_panel_of_named_people_under_headings_owns_their_first_person_answers():
    text = ("Where will rates be at the end of 2026? We asked two economists\n\nBy Nadia Petrov\n\nDecember 8, 2025\n\n"
            "Rates fell this year. Last December most forecasters expected more.\n\n"
            "Marisol Vega, chief economist at Brightmoor Realty\n\n"
            "I expect the 30-year fixed rate to end 2026 around 5.9 per cent. Prices will rise about 3 per cent, "
            "slower than this year.\n\n"
            "Owen Gallagher, deputy chief economist at the National Housing Council\n\n"
            "Our forecast has the 30-year rate at 6.1 per cent at the end of next year. There's a one-in-four chance "
            "rates go back above 7 per cent.\n\n"
            "What could change these forecasts?\n\nThe Fed meets next on December 9 and 10.\n")
    proposals = found(text, said="2025-12-08")
    assert [(p.claimant, p.due) for p in proposals] == [
        ("Marisol Vega", "2026-12-31"), ("Marisol Vega", "2026-12-31"),
        ("Owen Gallagher", "2026-12-31"), ("Owen Gallagher", "2026-12-31")]
    assert proposals[-1].confidence == 0.25


@pytest.mark.parametrize(("text", "claimant"), [
    ("Halcyon reports on Wednesday, and analysts polled by LSEG expect it to post its first profitable quarter.",
     "LSEG"),
    ("Analysts polled by LSEG expect adjusted earnings of 14 cents a share.", "LSEG"),
    ("Sales will reach $6 billion a year by 2032, according to a forecast by the research firm GlobalData.",
     "GlobalData"),
    ("Dr. Samuel Brooke, who advised the FDA until 2023, said the agency is unlikely to approve the shot.",
     "Samuel Brooke"),
    ("Their leader in Scotland, Euan Barclay, said the party will win more than 20 seats.", "Euan Barclay"),
    ("William Hill makes the SNP 1-20 to be the largest party.", "William Hill"),
])
def test_round_seven_claimants(text, claimant):
    assert one(text, said="2026-01-26").claimant == claimant


def test_a_seat_projection_owns_the_pieces_agentless_forecasts_and_the_lead_event_dates_them():
    text = ("Holyrood 2026: SNP short of a majority, projection suggests\n\nBy Fiona MacLeod\n\nApril 20, 2026\n\n"
            "The SNP is on course to win 58 of the 129 seats at the election on May 7, according to a seat projection "
            "by the polling firm Norvane Research for The Northern Courier.\n\n"
            "Labour would win 22 seats and Reform UK 17, the projection suggests.\n\n"
            "The Greens are projected to win nine.\n\n"
            "Reform's chairman, Malcolm Rennie, told supporters in Falkirk on Saturday that the party will win more "
            "than 20 seats.\n")
    proposals = found(text, said="2026-04-20")
    assert [(p.claimant, p.due) for p in proposals] == [
        ("Norvane Research", "2026-05-07"), ("Norvane Research", "2026-05-07"), ("Norvane Research", "2026-05-07"),
        ("Malcolm Rennie", "2026-05-07")]


@pytest.mark.parametrize(("text", "due"), [
    ("WASHINGTON, April 22, 2026 (Capitol Wire) - The court appeared divided on Wednesday, and a ruling is expected "
     "by the end of June.", "2026-06-30"),
    ('"Gross margin should climb back above 15 per cent in the first half of 2026," Marco Bellini wrote.',
     "2026-06-30"),
    ("Memory prices will keep rising until at least the spring, said Ann Lee.", "2026-05-31"),
])
def test_round_seven_forecasts_and_deadlines(text, due):
    assert one(text, said="2026-01-26").due == due


@pytest.mark.parametrize("text", [
    '"We think margins bottomed in the third quarter," Jefferies analyst Marco Bellini wrote in a note on Friday.',
    "Halcyon said the call will begin at 5 p.m. Eastern time on Wednesday.",
    "In October the company guided for deliveries of 230,000 and said it expected to turn a profit in the fourth "
    "quarter.",
    "The Fed should cut rates by June, the senator said.",
])
def test_round_seven_look_alikes_are_not_forecasts(text):
    assert not found(text, said="2026-01-26"), text


# -- rules learnt from the round-8 held-out articles --------------------------------------------------------------
def test_an_awards_night_named_in_the_lead_dates_the_picks():
    text = ("Oscars 2026 predictions\n\nBy Dana Okoye\n\nFebruary 27, 2026\n\n"
            "The 98th Academy Awards are handed out in Los Angeles on Sunday, March 15, and the race is open. "
            "Final voting closes on Tuesday.\n\nBest picture\n\nWill win: The Long Quiet.\n"
            "Should win: Salt and Iron, the boldest film of the year.\n\n"
            "Paddy Power makes The Long Quiet 4-6 favourite for best picture.\n")
    proposals = found(text, said="2026-02-27")
    assert [(p.text, p.due, p.confidence) for p in proposals] == [
        ("Will win: The Long Quiet.", "2026-03-15", None),
        ("Paddy Power makes The Long Quiet 4-6 favourite for best picture.", "2026-03-15", 0.6)]


@pytest.mark.parametrize(("text", "claimant", "due", "confidence"), [
    ("Standard Chartered's head of digital assets research, Geoffrey Kendrick, kept his forecast of $150,000 by "
     "the end of 2026 in a note to clients on Monday.", "Geoffrey Kendrick", "2026-12-31", None),
    ('"We see bitcoin back at $50,000 before it sees $100,000," Lena Fischer, a strategist at Bayern Kapital, '
     "wrote on X on Sunday.", "Lena Fischer", None, None),
    ("On Polymarket, traders put the odds of bitcoin topping $100,000 before December 31 at 22%.", "Polymarket",
     "2026-12-30", 0.22),
    ("Fabio Cortese, the transfer reporter, posted on X on Sunday that a deal was \"very likely\" by the end of July.",
     "Fabio Cortese", "2026-07-31", 0.93),
    ("Bookmakers Sky Bet make Jack Rowntree 5-1 to return to the Premier League.", "Sky Bet", None, 0.1667),
    ("Real Madrid are confident of completing the signing before the end of the month, according to The Dugout.",
     "The Dugout", "2026-06-30", None),
    ("The tram line will not open before the spring of 2029, the city's auditor said in a report published on "
     "Wednesday.", "city's auditor", "2029-02-28", None),
])
def test_round_eight_shapes(text, claimant, due, confidence):
    p = one(text, said="2026-06-09")
    assert (p.claimant, p.due, p.confidence) == (claimant, due, confidence)


def test_its_model_is_the_organisation_just_named_and_a_role_hands_she_on():
    text = ("The analytics firm Glassline expects volatility to rise in the third quarter. Its model gives a 30% chance "
            "that bitcoin ends the year below $60,000.\n\n"
            "But the auditor, Rosalind Mbeki, said she doubted that the authority could make up the lost time. "
            '"I would be very surprised if passengers ride this line before the summer of 2029," she said.\n')
    proposals = found(text, said="2026-06-09")
    assert [(p.claimant, p.due) for p in proposals] == [
        ("Glassline", "2026-09-30"), ("Glassline", "2026-12-31"), ("Rosalind Mbeki", None),
        ("Rosalind Mbeki", "2029-05-31")]


@pytest.mark.parametrize("text", [
    "Councillor Omar Haddad said the committee would hold a special hearing on the report in June.",
    "Fares will be the same as on buses, it said, and trams will run every six minutes at peak times.",
    "Should win: Salt and Iron, the boldest film of the year.",
    "The crypto exchange Kraken said it will list two new bitcoin-based products next month.",
])
def test_round_eight_look_alikes_are_not_forecasts(text):
    assert not found(text, said="2026-06-09"), text


def test_a_belief_verb_that_governs_a_clause_with_a_time_makes_it_a_forecast():
    p = one("So take this with a grain of salt: I think we see 5.75 per cent by the end of 2026.", said="2025-12-08",
            by="Hannah Cole")
    assert (p.claimant, p.due) == ("Hannah Cole", "2026-12-31")


def test_before_an_event_named_with_its_day_is_the_day_before():
    p = one("Sky Bet make Jack Rowntree 5-1 to return before the window shuts on September 1.", said="2026-07-21")
    assert (p.due, p.due_text) == ("2026-08-31", "before the window shuts on September 1")


# -- rules learnt from the round-9 held-out articles --------------------------------------------------------------
def test_a_list_of_experts_each_named_with_a_role_before_a_colon():
    page = ("<html><head><title>Will petrol prices keep falling? What the experts say</title>"
            "<meta name='author' content='Grace Whitfield'></head><body><article>"
            "<h1>Will petrol prices keep falling? What the experts say</h1>"
            "<p>Prices fell again last week, according to the Motorists' Union, to the lowest level since 2021.</p><ul>"
            "<li>Hannah Clarke, commodities analyst at Peterhouse Capital: \"Brent crude is likely to drift lower "
            "through the summer.\"</li>"
            "<li>Professor Ellen Marsh of the University of Leeds: \"I would not be surprised to see a small bounce "
            "in July.\"</li></ul></article></body></html>")
    proposals = found(page, said="2026-05-18")
    assert [(p.claimant, p.due) for p in proposals] == [("Hannah Clarke", "2026-08-31"), ("Ellen Marsh", "2026-07-31")]


@pytest.mark.parametrize("text", [
    "The government said fuel duty will stay frozen at 52.95p a litre until at least March 2027.",
    "Blue Harbor will stream the landing live on its website.",
])
def test_round_nine_look_alikes_are_not_forecasts(text):
    assert not found(text, said="2026-05-18"), text


# -- rules learnt from the round-10 and round-11 articles and the real BBC ones ---------------------------------
@pytest.mark.parametrize(("text", "claimant"), [
    # a job known by its shape, not only by the list; an ordinal inside a name
    ("NASA's associate administrator for exploration, Lakshmi Hart, said the agency expects the lander to reach "
     "lunar orbit within a week.", "Lakshmi Hart"),
    ("The Space Force's 45th Weather Squadron put the odds of acceptable launch weather at 70 per cent.",
     "45th Weather Squadron"),
    # a speaker described twice, or with a role for an organisation before its description
    ("Fred Hasson, head of Tiga, which represents independent developers, said that more UK firms would go under.",
     "Fred Hasson"),
    ("A spokeswoman for Hanover Re, Europe's fifth-largest reinsurer, estimated claims would be in the low millions.",
     "Hanover Re"),
    ("Three leading UK video game companies predicted that more firms would close.",
     "leading UK video game companies"),
    # anonymous sources keep what describes them; people of a place are not the place
    ("The offering is expected to raise about $1.8 billion, according to people familiar with the matter.",
     "people familiar with the matter"),
    ("Forecasters in Colombo expect scattered showers in the second half of the month.", "forecasters in Colombo"),
    ("Martin Scorsese's The Aviator will win best film, according to the UK's leading movie critics.",
     "UK's leading movie critics"),
    ('"We will almost certainly be over capacity in January," said Dr. Adaeze Nwosu, chief medical officer at '
     "Grady Health System, which had patients waiting in hallways last winter.", "Adaeze Nwosu"),
    # the main clause's speaker, not one set against it
    ("But while Wendy Ide still thinks Staunton has a chance, Heat's Charles Gant believes her Bafta win will cut "
     "little ice with Academy voters.", "Charles Gant"),
])
def test_speakers_found_in_unseen_articles(text, claimant):
    assert one(text).claimant == claimant


def test_a_group_named_once_speaks_through_its_parts_and_pronouns():
    text = ("Pick\n\nThe Aviator will win best film, according to the UK's leading movie critics. But several of "
            "those surveyed think Scorsese will lose. All expect The Aviator to win. Five of the eight critics "
            "tipped Eastwood to win best director.\n\nLumora will list in June, according to people familiar with "
            "the matter. Pricing is likely to come in the second half of June, one of them said.")
    assert [p.claimant for p in found(text)] == ["UK's leading movie critics"] * 4 + ["people familiar with the matter"] * 2


def test_organisations_are_found_by_acronym_possessive_and_compound():
    text = ("Outlook\n\nThe National Institute of Economic and Social Research (NIESR) published its outlook. "
            "NIESR said growth would pick up in 2021.\n\nJPMorgan was more cautious. Its analysts said there was a "
            "30% chance prices would fall this year.\n\nAnalysts at Commerzbank wrote in a note that cocoa would "
            "rise. The bank's analysts also expect volatility to stay high.\n\nReinsurers Munich Re and Swiss Re "
            "reported losses. Swiss Re has said total claims are likely to be less than $10bn.")
    assert [p.claimant for p in found(text)] == ["National Institute of Economic and Social Research", "JPMorgan",
                                                 "Commerzbank", "Commerzbank", "Swiss Re"]


@pytest.mark.parametrize("text", [
    "Lumora will reserve up to 5% of the shares for customers and employees, the memo said.",
    "The chief executive said the company intends to list its shares on the Nasdaq and will keep its headquarters "
    "in San Francisco.",
    "Employees who hold restricted stock units will be subject to a 180-day lock-up after the listing.",
    "If you lock a rate and rates fall before closing, some lenders will let you renegotiate once.",
    "It said loss of possessions will usually be covered by travel insurance.",
    '"We\'re going to play our game, we\'re going to run the football," Okoye said.',
    '"Hopefully I can train hard this week, but we\'ll have to look at the video," he said.',
    '"Up until recently I could have sworn Scorsese would get it," Ms Errigo said.',
    "I picked the Bills to win at Arrowhead last January too.",
    "Villanueva predicted back in September that the Texans would miss the playoffs.",
    "Mercer tipped Australia to win the 2019 edition, only to watch them go out in the Super Eight.",
    "Their heavy defeat last month was probably down to the dew, Alleyne added.",
    "More UK firms went under due to greater risks in making new titles.",
    "The campaign was back on track by the weekend.",
    '"I want more of that definitely," he said.',
    "I'll see you back here Monday to count up my mistakes.",
])
def test_plans_rules_and_the_past_in_unseen_articles_are_not_forecasts(text):
    assert not found(text), text


@pytest.mark.parametrize("text", [
    "But Foxx will and should win.",
    '"I believe we\'ll be standing in that locker room Sunday night," the coach said.',
    "Whatever coalition they cobble together will not survive two years, she said.",
    "Give me the Eagles, 23-17, and give me the under.",
    "Three leading UK video game companies also predicted that more firms would close.",
])
def test_forecasts_in_unseen_articles_are_found(text):
    assert found(text), text


def test_deadlines_in_unseen_articles():
    # a year gone is no deadline, and no part of it is next year's
    assert one("ING economists expect a new cabinet during the second quarter of 2026.", said="2026-11-14").due is None
    # a later clause about the past sets none; a year's end as the verb's object does
    p = one("Fannie Mae now expects the 30-year rate to end 2026 at about 6.0%, a slightly lower path than it "
            "projected over the summer.", said="2025-11-12")
    assert (p.due, p.due_text) == ("2026-12-31", "end 2026")
    # when a note came out is not by when
    p = one("Citi forecast in a note on Tuesday that futures would average $5,000 a ton in the second quarter.",
            said="2026-01-14")
    assert p.due == "2026-06-30"
    # "since Thanksgiving" is the past
    assert one("The Bills will win, against a secondary that has leaked yards since Thanksgiving.",
               said="2026-01-16").due is None


def test_a_forecast_about_an_event_the_article_dates_is_due_that_day():
    text = ("Preview\n\nThe top two from each group advance, followed by the semi-finals and the final on March 8."
            "\n\nWilliam Hill make India 2-1 favourites to retain the title.")
    assert one(text, said="2026-02-04").due == "2026-03-08"


def test_a_lead_naming_two_days_looks_ahead_to_the_later():
    text = ("Blair ready to call election\n\nTony Blair seems certain to end weeks of phoney war on Monday and "
            "announce there will be a general election on 5 May.\n\nA second central argument will be over taxation.")
    assert [p.due for p in found(text, said="2005-04-01")] == ["2005-04-04", "2005-05-05"]


@pytest.mark.parametrize(("lead", "day"), [
    ("PARIS, Oct 7 (Reuters) - Renewable capacity will grow fast, the agency said on Tuesday.", "2025-10-07"),
    ("THE HAGUE, Nov 14 (Reuters) - Talks will drag on into the spring, analysts said.", "2026-11-14"),
    # a day something will happen on is no clue to the dateline's year (16 June 2021 was a Wednesday)
    ("SAO PAULO, June 16 (Reuters) - The central bank will raise its rate on Wednesday, economists said.",
     "2026-06-16"),
    # the lead's first day is the news's, not a later one in the timetable (14 October 2026 is a Wednesday)
    ("ANKARA, Oct 14 (Reuters) - Officials opened talks in Ankara on Tuesday. Ministers will meet on Wednesday "
     "morning, and analysts said a deal was unlikely.", "2025-10-14"),
])
def test_a_yearless_dateline_takes_the_year_whose_weekday_the_lead_names(monkeypatch, lead, day):
    monkeypatch.setenv("CLAIMTRACK_NOW", "2026-11-30T12:00:00Z")
    warnings: list[str] = []
    proposals = extract("Headline\n\n" + lead + "\n", warnings=warnings, outlet="Reuters")
    assert proposals and proposals[0].said_on == day
    assert any("names no year" in w for w in warnings)


def test_a_speaker_announcing_their_own_organisations_plan_is_not_forecasting():
    text = ("Outbreak\n\nDr. Amara Nwosu, who leads the WHO's epidemic team, told a briefing that cases were rising."
            "\n\nNwosu said the WHO will send a further 40 staff to the districts by the end of the week.\n\n"
            "Gareth Lindqvist, chief executive of Harbourside Living, said the firm would start work on a second "
            "phase in the autumn.\n\nJo Lee, an analyst at Foo Bank, said the Fed will cut rates in June.")
    assert [(p.claimant, p.text) for p in found(text, said="2025-07-22")] == [
        ("Jo Lee", "The Fed will cut rates in June.")]


def test_thousands_commas_and_capitals_inside_surnames_do_not_break_a_speaker():
    from claimtrack.extract.tokens import tokenize

    assert [t.text for t in tokenize("runs 10,000 simulations, $1,250,000 and 3,4")] == [
        "runs", "10,000", "simulations", ",", "$", "1,250,000", "and", "3", ",", "4"]
    p = one("The Opta supercomputer, which runs 10,000 simulations of the remaining fixtures, now gives Arsenal a "
            "61.4 per cent chance of winning the Premier League.")
    assert (p.claimant, p.confidence) == ("Opta", 0.614)
    text = ("Rents\n\nDr. Rohan Pillai-MacLeod, a housing economist at the University of Bristol, said the target "
            "was ambitious. He doubts that it will be met in the first two years of the plan.")
    assert one(text).claimant == "Rohan Pillai-MacLeod"


def test_a_story_reporting_an_organisations_outlook_goes_on_in_its_words():
    text = ("Newest EU members underpin growth\n\nThe EU's newest members will bolster growth in 2005, according to a "
            "new report.\n\nThe eight central European states will see 4.6% growth, the United Nations Economic "
            "Commission for Europe (UNECE) said. In contrast, the 12 Euro zone countries will generate growth of only "
            "1.8%. Whoever governs, the euro will matter more.\n\nUNECE is forecasting growth of 2.2% in 2005.")
    # (the report the lead cites is the commission's, named in the next sentence)
    assert [p.claimant for p in found(text, said="2005-01-20")] == [
        "United Nations Economic Commission for Europe", "United Nations Economic Commission for Europe",
        "United Nations Economic Commission for Europe", "The Daily Test",
        "United Nations Economic Commission for Europe"]


@pytest.mark.parametrize(("text", "claimant", "confidence"), [
    ("Paddy Power makes Yes a 1-3 shot.", "Paddy Power", 0.75),
    ("Paddy Power makes her the evens favourite to win a fourth.", "Paddy Power", 0.5),
    ("The Italian is the 6-4 favourite with William Hill.", "William Hill", 0.4),
])
def test_bookmakers_prices_in_more_shapes(text, claimant, confidence):
    p = one(text)
    assert (p.claimant, p.confidence) == (claimant, confidence)
    assert not p.text.endswith(" .")


def test_a_piece_about_an_event_over_several_days_is_due_on_its_last():
    text = ("Italy's justice referendum: a vote about judges\n\nPolls open at 7am on Sunday, March 22, and close at "
            "3pm on Monday, March 23.\n\nFederica Anselmi, a researcher at Ipsos, said Yes would probably win.")
    assert one(text, said="2026-03-10").due == "2026-03-23"


def test_a_bank_named_short_and_a_plural_at_the_start_of_a_sentence():
    text = ("Fed\n\nGoldman Sachs lifted its forecast on Monday. Goldman economists wrote in a note that goods prices "
            "would peak in September.\n\nTraders see a 60% chance of a cut by June.")
    assert [p.claimant for p in found(text, said="2026-01-27")] == ["Goldman Sachs", "traders"]


@pytest.mark.parametrize("text", [
    "Kestrel will hold its annual developer conference in San Jose on March 17-19 and will report first-quarter "
    "results on May 27.",
    "The Fed will publish its statement at 2 p.m. on Wednesday, and the chair will hold a press conference later.",
    "Warner Bros. will begin Thursday previews at 3 p.m. local time.",
])
def test_a_timetable_of_several_clauses_is_not_a_forecast(text):
    assert not found(text, said="2026-02-26"), text


def test_a_title_of_honour_stays_in_the_name_and_a_courtesy_title_does_not():
    text = ("Budget\n\nSir Digby Jones, director-general of the CBI, said the Budget was fair. Sir Digby added: "
            "\"I don't think he will meet his rules.\"\n\nDr. Jane Roe said prices will rise.")
    assert [p.claimant for p in found(text, said="2005-03-10")] == ["Sir Digby Jones", "Jane Roe"]


def test_an_organisations_whole_name_a_speakers_time_and_an_academic_title():
    text = ("Budget\n\nThe Office for Budget Responsibility published its forecasts. The OBR now forecasts that the "
            "economy will grow by 1.4% in 2026.\n\nUniversity of Adelaide hydrologist Associate Professor Mateus "
            "Ferreira said it will probably take until 2028 for Mount Bold to refill.\n\nTraders on the prediction "
            "market Kalshi on Tuesday put the odds of a ruling by June at 60%.")
    assert [(p.claimant, p.due) for p in found(text, said="2025-11-26")] == [
        ("Office for Budget Responsibility", "2026-12-31"), ("Mateus Ferreira", "2028-12-31"),
        ("Kalshi", "2026-06-30")]


def test_a_participle_after_the_main_clause_reports_its_subjects_words():
    text = ("Textiles\n\nChristian Aid condemned the move, saying it would see almost a million jobs axed.\n\n"
            '"The losers will be the most vulnerable workers," Andrew Pendleton, Christian Aid\'s head of Trade '
            "Policy, said.\n\nPrices fell sharply on Monday, saying little about what comes next.")
    assert [p.claimant for p in found(text, said="2004-12-16")] == ["Christian Aid", "Andrew Pendleton"]


@pytest.mark.parametrize(("text", "claimant"), [
    ("Arsenal need a win, but Wenger is confident they will prove more than capable.", "Wenger"),
    ("Tourism fell, with analysts predicting that the tourist industry will struggle to recover quickly.", "analysts"),
    ("Mr Jolin also tipped Phil Davis for a best supporting actor prize.", "Jolin"),
    ("Mr Jolin tipped another contender - most likely The Aviator - to walk away with the Bafta.", "Jolin"),
])
def test_belief_adjectives_with_clauses_and_tips_for_a_prize(text, claimant):
    assert one(text, said="2004-12-06").claimant == claimant


def test_a_belief_held_then_inside_reported_speech_stays_the_speakers():
    text = "Budget\n\nBut Mr Balls said he was confident the chancellor would meet his fiscal rules."
    assert one(text, said="2005-03-10").claimant == "Balls"


@pytest.mark.parametrize(("text", "claimant"), [
    ("Futures markets put the probability of a June cut at around 60 per cent, according to CME Group.", "CME Group"),
    ("Meridian Chief Executive Arjun Kapadia said he expects volumes to double by the end of 2027.", "Arjun Kapadia"),
    ("County Clerk Marisol Begay said she expects ballots to exceed 40,000 by Friday.", "Marisol Begay"),
    ("The B.C. River Forecast Centre put the chance of drought persisting into July at 60 per cent.",
     "B.C. River Forecast Centre"),
    ("TD Cowen puts the chance of a bill becoming law this year at 40%, according to a note published Monday.",
     "TD Cowen"),
])
def test_the_source_named_titles_before_a_name_and_dotted_abbreviations(text, claimant):
    assert one(text, said="2026-02-10").claimant == claimant


def test_a_days_possessive_is_a_deadline_only_before_an_outing():
    assert one("Newcastle are expected to be without their captain for Saturday's trip to Everton.",
               said="2026-02-11").due == "2026-02-14"
    assert one("Another increase is likely when the producers meet again, given the reaction to Sunday's move.",
               said="2025-10-06").due is None


@pytest.mark.parametrize("text", [
    "Thailand's Prime Minister Thaksin Shinawatra has estimated the destruction at 20bn baht.",
    "Cudicini was promised a game in the final, although he will now miss the showpiece through suspension.",
    "Henry will captain the side in place of the suspended Patrick Vieira.",
])
def test_an_estimate_of_what_is_and_team_news_are_not_forecasts(text):
    assert not found(text, said="2004-12-06"), text


def test_an_estimate_of_what_will_be_is_a_forecast():
    assert one("Analysts estimate the market will grow 20% next year.", said="2004-12-06").claimant == "analysts"


def test_a_group_that_begins_a_sentence_is_named_in_lower_case_like_anywhere_else():
    # the capital is the sentence's, not the group's; a name before the group keeps its own
    assert one("Economists believe growth will slow in 2027.", said="2026-01-05").claimant == "economists"
    assert one("City economists believe growth will slow in 2027.", said="2026-01-05").claimant == "City economists"


@pytest.mark.parametrize("text", [
    '"Demand will surprise to the upside this winter," he said.',
    '"We are expecting an above-normal fire season this summer," Singh said.',
    "Lawyers said a court challenge was all but certain once a final rule is adopted.",
    "She said the online business would overtake stores within three years.",
])
def test_more_forecasts_found_in_unseen_articles(text):
    assert found(text, said="2026-02-10"), text


@pytest.mark.parametrize("text", [
    "None of this is certain.",
    "She said this year's outlook did not mean a disaster was inevitable.",
    "A campfire ban will take effect across the region at noon on May 22.",
])
def test_doubt_and_rules_taking_effect_are_not_forecasts(text):
    assert not found(text, said="2026-05-14"), text


@pytest.mark.parametrize("text", [
    "South Korea will boost state spending next year in an effort to create jobs.",
    "Chris Jones will then start the game on the bench.",
    "Defending champion Jason Gardener is included and will be chasing his third successive gold medal.",
    "He will be joined in the event by Mark Lewis-Francis and Darren Chin.",
])
def test_the_articles_own_account_of_what_someone_will_do_is_not_proposed(text):
    assert not found(text, said="2005-02-25"), text
    assert extract(text, said="2005-02-25", outlet="X", min_score=0)  # kept for --all


@pytest.mark.parametrize("text", [
    "Madrid will score, but three goals is too much even for them.",
    "France and Germany will breach that this year.",
    "Authorities will decide final figures on Thursday when projected increases will be more than twice the rate "
    "of inflation.",
    "The DPRK will test each South Korean administration, pushing to see how far doors will open, Berger said.",
])
def test_what_happens_to_someone_in_the_articles_voice_is_still_a_forecast(text):
    assert found(text, said="2005-02-06"), text


def test_an_organisation_named_with_a_title_word_and_a_group_after_but():
    text = ("Korea\n\n\"Conditions are likely to remain unfavourable in 2005,\" the Finance and Economy Ministry said. "
            "In 2004, growth will be between 4.7% and 4.8%, the ministry said.\n\nBut some economists predict a "
            "further rise in the cost of borrowing later this year.")
    assert [p.claimant for p in found(text, said="2004-12-29")] == [
        "Finance and Economy Ministry", "Finance and Economy Ministry", "economists"]


def test_a_quotation_opened_and_never_closed_goes_on_in_its_speakers_words():
    text = ("Rugby\n\nEngland coach Andy Robinson was blunt. \"In each game we've missed line-outs,\" he added. "
            "\"It cost us the game against Wales. \"It was better against France and will have to go up another "
            "notch against Ireland. It will be a huge battle.")
    assert {p.claimant for p in found(text, said="2005-02-25")} == {"Andy Robinson"}


def test_a_subject_introduced_with_a_long_role_is_the_he_that_follows():
    text = ("Aid\n\nBob Geldof said the plan was bold.\n\nConservative shadow international development secretary Alan "
            "Duncan accused Mr Brown of missing his target. Instead, only 500,000 people would benefit, he said.")
    assert one(text, said="2004-12-07").claimant == "Alan Duncan"


def test_a_weekday_that_names_a_club_is_no_deadline_and_polls_date_a_by_election():
    text = ("Derby\n\nFormer Wednesday captain Lee Ashworth thinks the hosts will be roused by the crowd. He believes "
            "Wednesday will finish the season in the bottom half.")
    assert [p.due for p in found(text, said="2025-09-19")] == [None, None]
    text = ("By-election\n\nPolls open at 7am and close at 10pm on Thursday 26 March.\n\nBetfair make Reform 1-3 "
            "favourites to win the seat.")
    assert one(text, said="2026-03-11").due == "2026-03-26"


def test_a_name_after_a_title_in_a_long_run_and_an_acronym_spelt_with_its_small_words():
    text = ("Fed\n\nCleveland Federal Reserve President Margaret Okonjo-Hale struck a similar note. Okonjo-Hale said one "
            "more cut this year was likely.\n\nThe Electric Reliability Council of Texas runs the grid. ERCOT said it "
            "does not expect emergency conditions this week.")
    assert [p.claimant for p in found(text, said="2026-06-02")] == [
        "Margaret Okonjo-Hale", "Electric Reliability Council of Texas"]


def test_a_studys_author_and_an_organisation_whose_name_starts_with_a_rank():
    text = ("Mobiles\n\nA separate study by Gartner has also said broadcasts to mobiles are unlikely to take off "
            "soon.\n\nGeneral Motors has warned that it expects earnings this year to be lower than in 2004.")
    assert [p.claimant for p in found(text, said="2005-01-13")] == ["Gartner", "General Motors"]


def test_an_organisation_in_a_place_is_the_organisation():
    p = one("The National Weather Service in Fort Worth gives DFW Airport a 70 percent chance of reaching 105 degrees "
            "on Wednesday.", said="2025-07-28")
    assert (p.claimant, p.confidence, p.due) == ("National Weather Service", 0.7, "2025-07-30")


def test_a_passive_forecast_goes_on_in_the_words_of_the_organisation_just_reported():
    text = ("Rates\n\nIn its quarterly report, the Bank of England projects that inflation will fall to 2.1 per cent in "
            "the second quarter. Unemployment is forecast to peak at 5.3 per cent later this year.")
    assert [p.claimant for p in found(text, said="2026-02-05")] == ["Bank of England", "Bank of England"]


def test_a_name_described_as_a_company_is_the_company_and_goes_by_its_first_word():
    text = ("Homes\n\nLONDON - Castlegate Homes, the FTSE 250 housebuilder, said on Tuesday it expects to complete "
            "11,000 homes in 2026. Buyers held back before the Budget.\n\nThe company said it expects margins to "
            "improve in 2026. Build costs are forecast to rise by only 1 to 2 per cent this year, Castlegate said, "
            "compared with increases of more than 10 per cent in 2022.")
    assert [p.claimant for p in found(text, said="2026-01-13")] == ["Castlegate Homes"] * 3


@pytest.mark.parametrize(("text", "claimant"), [
    ("Dale Whitcombe, a retailer, is standing. Elena Marchetti, the mayor, spoke first. \"We are going to win,\" "
     "Marchetti said. Whitcombe, who owns stores in the Treasure Valley, sees it differently. He predicted that no "
     "candidate would clear 50% on Nov. 4.", "Dale Whitcombe"),
    ("Senator Tom Reyes said he was hopeful. Sen. Lorraine Castellanos (D., N.M.), who sits on the committee, was "
     "skeptical. She said the bill was very unlikely to win 60 votes on Capitol Hill.", "Lorraine Castellanos"),
    ("Desmond Alleyne, the West Indies coach, was upbeat. Their captain, Thabo Mokoena, was measured but confident. "
     "\"We'll go one better this time,\" he said.", "Thabo Mokoena"),
    ("Chief executive Rafael Montoya Quispe spoke on a call. \"We expect the mine to be back at capacity by the end "
     "of the first quarter,\" Montoya said.", "Rafael Montoya Quispe"),
    ("Michael Howard spoke in Bristol. \"We will cut taxes,\" said shadow chancellor Oliver Letwin. Mr Howard, "
     "however, was dismissive of the defector. \"The election is not going to be decided on what he did,\" he added.",
     "Michael Howard"),
])
def test_the_he_or_she_after_a_subject_and_a_double_surname(text, claimant):
    assert [p.claimant for p in found("Race\n\n" + text, said="2026-10-30")][-1] == claimant


@pytest.mark.parametrize(("text", "claimant"), [
    ("As of Sunday, Mandatkollen's model gives the four parties of the red-green opposition a 58 per cent chance of "
     "winning a majority.", "Mandatkollen"),
    ("ESPN's Basketball Power Index is a little more bullish on Minnesota, giving the Wolves a 41% chance of winning "
     "the series.", "ESPN"),
    ("The Climate Prediction Center's 8-14 day outlook gives North Texas a 70 percent probability of above-normal "
     "temperatures.", "Climate Prediction Center"),
    ("TD Cowen's Washington research group puts the chance of a bill becoming law this year at 40%, according to a "
     "note published Monday.", "TD Cowen"),
    ("DraftKings lists the Nuggets at -190 to win the series.", "DraftKings"),
    ("Research firm eMarketer forecasts that ad revenue on streaming services will reach $38 billion in 2027.",
     "eMarketer"),
    ("Ampere Analysis, the London-based research firm, forecasts that subscriptions to U.S. streaming services will "
     "grow just 2% this year.", "Ampere Analysis"),
])
def test_models_indexes_and_research_groups_speak_for_their_owners(text, claimant):
    assert one("Odds\n\n" + text, said="2026-05-04").claimant == claimant


def test_a_small_chance_given_in_passing_names_no_forecaster():
    p = one("Heat\n\nOvernight lows are expected to stay near 82 degrees through the weekend, giving homes without "
            "air conditioning little chance to cool down.", said="2025-07-28")
    assert p.claimant != "Overnight"


@pytest.mark.parametrize("text", [
    "Twenty-nine of the 41 economists polled June 9-13 forecast a 25-basis-point increase on Wednesday.",
    "\"We see Wednesday's hike as the last one of this cycle,\" said Rodrigo Matos, chief economist at Banco Safra.",
    "Rodrigo Matos, chief economist at Banco Safra, pencils in the first rate cut for March 2026.",
    "The median forecast in the poll has the Selic ending 2025 at 15%.",
    "By the end of 2026, the poll's median sees the rate falling back to 12.50%.",
    "The central bank's own projection, published with its May decision, sees inflation at 3.7% in the fourth "
    "quarter of 2026.",
    "Priyanka Hollis-Mensah, an analyst at a grain merchandiser, said ample world supplies should cap any rally.",
    "By 2028, according to Gartner, 95% of all mobiles sold there will have cameras on them.",
    "The 29-year-old from Coleraine is 8-1 with bet365 to win on home soil this week.",
    "Paddy Power has Tanabe at evens for best actor this weekend.",
    "His team-mate Sebastián Ruiz-Ocampo is 3-1 with Sky Bet, while Ortega is available at 5-1.",
    "\"I am convinced we will agree a framework for talks within two years,\" Nikos Stavridakis told Reuters.",
    "Gordon Brown spoke. In an upbeat pre-Budget report, he increased borrowing but insisted economic targets would "
    "be met.",
    "Gordon Brown spoke. Mr Brown said he was set to meet his two fiscal rules.",
])
def test_more_shapes_of_forecast_from_unseen_articles(text):
    assert found("Outlook\n\n" + text, said="2025-06-16")


@pytest.mark.parametrize("text", [
    "Jones said the government should cut taxes.",
    "He told the BBC: \"No politician should make the mistake that John Major made in 1992.\"",
    "She drew the plan in pencil.",
    "\"We will open ten stores next year,\" said Ann Lee, the chief executive.",
])
def test_advice_a_noun_and_a_plan_are_still_not_forecasts(text):
    assert not found("Outlook\n\n" + text, said="2025-06-16")


def test_a_price_with_its_bookmaker_and_an_american_price_read_as_chances():
    from claimtrack.extract.confidence import find

    assert find("Ruiz-Ocampo is 3-1 with Sky Bet, while Ortega is 5-1.").value == 0.25
    assert find("Arsenal drew 1-1 with Chelsea.") is None
    assert round(find("DraftKings lists the Nuggets at -190 to win the series.").value, 2) == 0.66
    assert find("Buffalo are +150 underdogs.").value == 0.4
    assert find("The index fell at -150.") is None


@pytest.mark.parametrize(("text", "claimant"), [
    ("The U.S. Department of Agriculture released its estimates. USDA's first forecast of the season puts the winter "
     "wheat crop at 1.31 billion bushels.", "U.S. Department of Agriculture"),
    ("Moody's Ratings expects liquidity to stay weak. Debt costs are expected to rise to 9% of revenue by 2027, "
     "according to Moody's.", "Moody's Ratings"),
    ("Farmer Geoff Brooks, a senior member of the hunt, told BBC News it would be hard for most people to defy the "
     "ban.", "Geoff Brooks"),
    ("\"It's going to be close but Sheila is favourite to go,\" said Ladbrokes' Warren Lush.", "Warren Lush"),
    ("William Hill and Paddy Power make him the 5-1 favourite to lift the Claret Jug on Sunday.", "William Hill"),
    ("Kenji Oyama won last week. \"He'll be right there on Sunday afternoon,\" said Oyama's coach, Hiroshi Tanabe, "
     "who flew in on Monday.", "Hiroshi Tanabe"),
    ("Betfair are offering 40-1 about the South African to win the title.", "Betfair"),
    ("On Kalshi, the prediction market that lists contracts on court cases, traders put the chance of a ruling for "
     "Brightwater at 78%.", "Kalshi"),
    ("The Congressional Budget Office said the deficit would fall. But the non-partisan fiscal watchdog notes the "
     "declines will help exporters.", "Congressional Budget Office"),
])
def test_names_with_dots_possessives_and_roles_and_the_first_of_a_pair(text, claimant):
    assert [p.claimant for p in found("Outlook\n\n" + text, said="2025-07-16")][-1] == claimant


@pytest.mark.parametrize(("text", "claimant"), [
    ("Nomura expects the share to rise to 18 per cent by March 2027. Kotak Institutional Equities is more cautious. "
     "In a note to clients, it said the share was likely to slip to 9 per cent in FY26.", "Kotak Institutional Equities"),
    ("Economists at Capital Economics said inflation would fall in 2027. Analysts at Barclays are a shade more "
     "cautious. In a note to clients, they predicted that Brent would average $66 a barrel in the second half.",
     "Barclays"),
    ("The IMD expects a normal monsoon. Private forecaster Skymet Weather, which issued its own outlook last week, is "
     "more cautious. It expects rainfall through September at 102% of the average.", "Skymet Weather"),
    ("Analysts at Bernstein put the chance of bitcoin revisiting $60,000 before the end of March at about 40%. They "
     "still see the token at $150,000 by the end of 2027.", "Bernstein"),
])
def test_a_forecaster_whose_stance_is_given_is_the_it_or_they_that_follows(text, claimant):
    assert [p.claimant for p in found("Outlook\n\n" + text, said="2026-02-10")][-1] == claimant


def test_how_long_since_something_last_happened_is_no_deadline():
    p = one("Oscars\n\nHilary Swank is the favourite to win best actress for the second time in six years.",
            said="2005-02-21")
    assert p.due is None


@pytest.mark.parametrize("text", [
    "The plan will go before a full council vote on June 9.",
    "Lens 2 will go on sale in the US on March 6, priced at $799.",
    "The writers' guild will begin a strike authorization vote on April 27.",
    "The final dividend of 4.1p will be paid on June 26 to shareholders.",
    "The clerk's office will begin posting results shortly after 8 p.m.",
    "If Chelsea lose at home again, they will drop out of the European places.",
    "Its model gave her an 81% chance at the start of October.",
    "Early calculations gave it a 2.7 per cent chance of hitting Earth in 2029.",
])
def test_a_calendar_a_condition_set_first_and_an_old_estimate_are_not_proposed(text):
    assert not found("News\n\n" + text, said="2025-11-05")


@pytest.mark.parametrize("text", [
    "Prices will start to fall in March.",
    "Inflation will begin to ease next year.",
    "Inflation will keep rising next year.",
    "The model gave Labour a 60% chance on Tuesday.",
])
def test_what_starts_to_happen_and_a_chance_given_now_are_still_forecasts(text):
    assert found("News\n\n" + text, said="2025-11-05")


@pytest.mark.parametrize(("text", "claimant"), [
    ("Charvis set to lose fitness bid\n\nFlanker Colin Charvis is unlikely to play any part in Wales' final two "
     "games.", "BBC Sport"),  # a lead that opens with a name is no author's bio
    ("Results\n\n\"We expect gross margin to be between 47% and 48%,\" said chief financial officer Lorraine "
     "Castellanos on a call with analysts.", "Lorraine Castellanos"),
    ("Race\n\n\"We're going to win on Nov. 3,\" Democrat Denise Haugland, the state's former attorney general, told "
     "a crowd on Saturday.", "Denise Haugland"),
    ("Measles\n\nThe outbreak will keep growing for at least another six weeks, according to modelling by the UK "
     "Health Security Agency, as ministers scramble. Hospital admissions are expected to double over the next six "
     "weeks.", "UK Health Security Agency"),
    ("Hunts\n\nThe Countryside Alliance had its latest legal bid to block the ban thwarted on Wednesday.\n\nBut the "
     "group says hunting will continue in some form after the ban comes in.", "Countryside Alliance"),
    ("Gas\n\nGoldman Sachs expects the benchmark to average 29 euros over the winter, its commodity analysts said. "
     "Prices are likely to fall below 25 euros by the spring, the analysts added.", "Goldman Sachs"),
    ("Rates\n\nThe Bank of England cut Bank Rate to 4%. The Bank's own projections show inflation returning to its "
     "2 per cent target only in 2027.", "Bank of England"),
    ("Shops\n\n\"Prices will rise by the end of January,\" said Colm Halloran, the BRC's director of economics. Food "
     "inflation is expected to ease to about 4% by the end of the year, according to the trade body.", "BRC"),
    ("Gadgets\n\nPartners may want to get their presents in early as experts predict a gadget shortage this "
     "Christmas.", "experts"),
    ("Tax\n\nMr Howard pointed to the Institute for Fiscal Studies' predictions that Labour will need to increase "
     "taxes.", "Institute for Fiscal Studies"),
    ("Airlines\n\nThe world's airlines will carry more passengers than ever, their main trade body said on Monday as "
     "carriers gathered in Delhi. The International Air Transport Association (IATA) now expects a profit of $36 "
     "billion.", "International Air Transport Association"),
    ("Be careful how you code\n\nA new directive could put programmers at risk.\n\nI think the results will be "
     "disastrous for small firms.\n\nThe damage will not happen overnight.\n\nBill Thompson is a regular "
     "commentator on the BBC World Service programme Go Digital.", "Bill Thompson"),  # a column's closing bio
])
def test_who_speaks_found_from_the_shapes_of_real_articles(text, claimant):
    # the article's first forecast, or its last when the first one only sets the scene
    proposals = found(text, said="2025-10-02", outlet="BBC Sport" if "Charvis" in text else "BBC News")
    assert claimant in (proposals[0].claimant, proposals[-1].claimant)
    assert all(p.claimant == claimant for p in proposals if "Halloran" not in p.quote and "Bank Rate" not in p.quote)


@pytest.mark.parametrize(("text", "claimant"), [
    ("UK businesses are set to prosper during the next few months, according to a report.\n\nOptimism is at its "
     "highest since 1997 and business will reap the benefits of public spending, say researchers at BDO Stoy "
     "Hayward.", "BDO Stoy Hayward"),
    ("The Scottish Environment Protection Agency gave evidence. Sepa predict that the two methods will remain as "
     "energy sources until 2030.", "Scottish Environment Protection Agency"),
    ("Casual games will be bigger in 2005, according to industry experts. Casual games would start to open up the "
     "world of gaming to more people, the panel said.", "industry experts"),
])
def test_a_report_named_next_an_acronym_written_as_a_word_and_a_panel(text, claimant):
    assert {p.claimant for p in found("News\n\n" + text, said="2005-02-02")} == {claimant}


def test_shaping_up_and_a_price_written_after_odds_of():
    from claimtrack.extract.confidence import find

    assert found("Games\n\nCasual gaming is shaping up to be big business in 2005, according to the panel.",
                 said="2005-01-05")
    assert find("The closing list gave Scott odds of 6-9, followed by Clive Owen at 5-2.").value == 0.6
    assert find("Odds of 3 to 1 that talks resume.").value == 0.75


def test_bare_prices_in_a_betting_piece_are_the_bookmakers_forecasts():
    text = ("Ashes\n\nWilliam Hill make Australia 4-6 favourites to win the series. Other bookmakers agree.\n\n"
            "England are 2-1 to regain the urn with the same firm. Penrose is their 9-2 favourite for top run-scorer.")
    proposals = found(text, said="2025-11-16")
    assert [(p.claimant, round(p.confidence, 2)) for p in proposals] == [
        ("William Hill", 0.6), ("William Hill", 0.33), ("William Hill", 0.18)]


@pytest.mark.parametrize("text", [
    "Denver finished third in the West at 53-29, and bookmakers noticed.",
    "Kansas City is 19-5 at home in the postseason over the last decade, bookmakers say.",
    "City won 2-1 at home last week, bookmakers noted.",
])
def test_a_record_or_a_score_in_a_betting_piece_is_no_price(text):
    assert not found("Odds\n\nLadbrokes have the odds. " + text, said="2025-04-20")


@pytest.mark.parametrize(("text", "claimant"), [
    ("Kazakhstan's energy minister, Yerlan Sadykov, said output was down. \"We have cut output,\" he said. Iraq's "
     "oil minister, Karim al-Saadi, struck a more optimistic note. \"I believe prices will be back above $65 before "
     "the end of the summer,\" he told the state news agency.", "Karim al-Saadi"),
    ("Looking further ahead in the year, the MDA's chairman Mike Short, has predicted that more people will go "
     "online through their mobiles.", "Mike Short"),
    ("\"Calculators will have to wait,\" said an IMF official in a briefing on Wednesday.", "IMF official"),
])
def test_a_name_with_a_particle_a_stray_comma_and_where_an_official_spoke(text, claimant):
    assert found("News\n\n" + text, said="2026-05-29")[-1].claimant == claimant


@pytest.mark.parametrize(("text", "claimant"), [
    ("Analysts agree. It is predicted that there would be two billion handsets in use by the end of 2026.",
     "The Daily Test"),
    ("\"It affected people emotionally, which is why it will beat Aviator,\" said Dave Karger.", "Dave Karger"),
    ("Sarah I'Anson said she was glad to be out and predicted that Kenzie would emerge as the winner.",
     "Sarah I'Anson"),
    ("Keith Wood spoke. After claiming their first Triple Crown for 19 years last season, Wood tips his former "
     "team-mates to go one better.", "Keith Wood"),
])
def test_an_impersonal_forecast_a_reason_a_name_with_an_apostrophe_and_a_past_explained(text, claimant):
    assert found("News\n\n" + text, said="2026-01-21")[-1].claimant == claimant


def test_the_report_or_the_note_is_the_organisation_just_reported():
    text = ("PCs\n\nForrester Research expects 1.3 billion PCs in use by 2010. The growth will be driven by emerging "
            "markets such as China and India, the report says.\n\nUS pundits expect a close race in 2010.")
    assert [p.claimant for p in found(text, said="2004-12-14")] == ["Forrester Research", "Forrester Research",
                                                                      "US pundits"]


@pytest.mark.parametrize(("text", "confidence"), [
    ("The favourite in that category is Sideways star Thomas Hayden Church.", None),
    ("GDP is expected at 3.2% in 2026, and 2.8% in 2027.", None),
    ("The economy is expanding at a healthy rate, with 7.9% growth expected in 2026.", None),
    ("The chances of him playing are very slim, Andy Robinson said.", 0.07),
    ("The star of Ireland's win looks like a certainty to make the starting XV.", 0.93),
    ("GM said it was expecting reduced financial losses in Europe in 2026.", None),
    ("O'Driscoll is among a host of players that are tipped for Lions call-ups.", None),
    ("Forecasts for Japanese growth were also scaled back to 4.0% from 4.4% this year.", None),
])
def test_forecasts_without_a_verb_of_forecasting(text, confidence):
    assert one("News\n\n" + text, said="2026-01-10").confidence == confidence


def test_a_tip_in_the_past_is_none():
    assert not found("Bond\n\nColin Farrell and Jude Law have also been tipped for the role in the past.",
                     said="2005-02-01")


@pytest.mark.parametrize("text", [
    "The weak October figures it published on Tuesday were probably due to the later timing of the holiday, the "
    "BRC said.",
    "Past Congressional Budget Office forecasts said there would be a $348bn shortfall in the 2005 fiscal year.",
    "Caprice had been the pre-show favourite to be voted out of the house, with bookmakers Ladbrokes offering odds "
    "of 1/5 on her departure.",
    "Regular readers will know I tipped Marcus Theriault at 33-1 before last year's Open.",
])
def test_figures_old_forecasts_and_what_readers_know_are_not_forecasts(text):
    assert not found("News\n\n" + text, said="2005-01-10")


def test_a_forecast_after_a_past_that_is_over_is_kept():
    assert found("News\n\nPrices had been falling, but they are expected to rise next year.", said="2005-01-10")


@pytest.mark.parametrize(("text", "claimant"), [
    ("BloombergNEF expects sales to rise. BNEF says EVs will top 20% of sales in 2026.", "BloombergNEF"),
    ("Bradford & Bingley reported profits. B&B expects house prices to rise 5% in 2026.", "Bradford & Bingley"),
    ("Auditor-General Mariam Haddad said costs would rise by a further A$2bn by 2028.", "Mariam Haddad"),
    ("Producer Kevin Wallace said it would be worth waiting for in 2026.", "Kevin Wallace"),
    ("Giulia Ferraresi spoke. Friday's flash data will show core inflation slipping below 2%, she said.",
     "Giulia Ferraresi"),
    ("Fed funds futures put the odds of a cut in June at about 68%, according to CME Group. Futures assign only a 9% "
     "probability to a cut in April.", "futures"),
    ("Media analysts believe that the majority of viewers will buy inexpensive set-top boxes.", "media analysts"),
    ("Shoppers flocked to the city. St David's Shopping Centre expects 150,000 visitors on Saturday.",
     "St David's Shopping Centre"),
])
def test_acronyms_titles_and_common_words_that_open_a_sentence(text, claimant):
    assert found("News\n\n" + text, said="2025-12-18")[-1].claimant == claimant


@pytest.mark.parametrize(("text", "claimant", "confidence"), [
    ("Bookmakers are busy. Mistress of Dunmore is a 4-9 shot with William Hill for the Mares' Hurdle.",
     "William Hill", 0.69),
    ("Bookmakers are busy. Sorrel Sky is a 5-1 chance with William Hill.", "William Hill", 0.17),
    ("\"The cake will be bigger for everybody,\" said Deputy Prime Minister Abdullatif Sener earlier this month.",
     "Abdullatif Sener", None),
    ("Henrik Solberg, the manager, has a budget. Speaking at the training ground, Solberg was guarded. \"I don't "
     "think we'll do more than one deal this window,\" he said.", "Henrik Solberg", 0.3),
])
def test_a_price_with_a_bookmaker_a_recent_saying_and_a_subject_after_an_opening_clause(text, claimant, confidence):
    p = found("News\n\n" + text, said="2026-03-08")[-1]
    assert (p.claimant, round(p.confidence, 2) if p.confidence else None, p.due) == (claimant, confidence, None)


def test_a_deadline_after_the_forecast_in_a_clause_about_the_past_is_not_its_deadline():
    p = one("Gold Cup\n\nBookmakers agree. Kilbrannish Star is the 7-4 favourite with Coral for the Gold Cup, and I "
            "understand why: he was imperious in the Savills Chase at Christmas.", said="2026-03-08")
    assert p.due is None
    p = one("Airline\n\nJefferies cut its price target to 9 euros, saying margins were likely to stay under pressure "
            "until at least 2027.", said="2026-03-08")
    assert p.due == "2027-12-31"


def test_runs_of_days_and_the_time_of_writing():
    assert one("Fed\n\nFutures put the odds of a cut at the June 16-17 meeting at about 68%, according to CME Group.",
               said="2026-04-01").due == "2026-06-17"
    assert one("Glastonbury\n\nMore than 153,000 people are expected to travel to the farm from 24-26 June.",
               said="2005-02-01").due == "2005-06-26"
    assert one("Racing\n\nBookmakers agree. He is a general 2-1 shot, with Paddy Power offering that price this "
               "morning.", said="2026-03-08").due is None


def test_a_yearless_dateline_is_not_later_than_a_deadline_the_article_looks_ahead_to(monkeypatch):
    monkeypatch.setenv("CLAIMTRACK_NOW", "2026-11-30T12:00:00Z")
    text = ("ECB seen on hold\n\nFRANKFURT, Oct 27 (Reuters) - The European Central Bank will leave rates unchanged, "
            "economists said, with markets pricing a 30% chance of another cut by mid-2026.\n")
    assert extract(text, outlet="Reuters")[0].said_on == "2025-10-27"
    text = ("Cocoa\n\nLONDON, Jan 14 - Cocoa fell. Analysts had predicted a year ago that prices would stay high "
            "through 2025. Traders expect a rebound in March.\n")
    assert extract(text, outlet="Reuters")[0].said_on == "2026-01-14"


@pytest.mark.parametrize(("text", "claimant"), [
    ("The market is expected to generate about $26m by the end of 2026, according to market analysts In-Stat/MDR. "
     "Operators agree. According to MDR, it is tipped to be one of the biggest markets by 2029.", "In-Stat/MDR"),
    ("Jupiter Research surveyed buyers. A separate report by Jupiter forecasts that the market will grow to 836m "
     "euros by 2029.", "Jupiter Research"),
    ("\"The economy is at a pause but unlikely to fall,\" the economy minister said. Heizo Takenaka, the minister, "
     "spoke after the survey.", "Heizo Takenaka"),
])
def test_a_slash_in_a_name_a_short_name_and_a_role_named_next(text, claimant):
    assert found("News\n\n" + text, said="2026-01-15")[-1].claimant == claimant


@pytest.mark.parametrize("text", [
    "The roar will go up at 1.30pm on Tuesday.",
    "He will have tests in the next 48 hours.",
    "Next month's Budget will be Mr Brown's ninth since Labour came to power in 1997.",
    "A committee of the Army Board will discuss plans for restructuring regiments on Monday.",
    "Charvis will be reviewed by the Wales medical staff next Monday.",
])
def test_more_of_a_calendar_is_not_proposed(text):
    assert not found("News\n\n" + text, said="2026-03-08")


@pytest.mark.parametrize("text", ["She will be the first woman to win the title.", "It will be his third title."])
def test_what_someone_will_achieve_is_still_a_forecast(text):
    assert found("News\n\n" + text, said="2026-03-08")


def test_a_firm_word_that_is_also_a_job_finds_the_person_it_titled():
    text = ("Musical\n\nProducer Kevin Wallace said the show would open in Toronto. \"I know there will be a lot of "
            "disappointed fans in London,\" added the British producer.")
    assert found(text, said="2005-03-15")[-1].claimant == "Kevin Wallace"


@pytest.mark.parametrize(("text", "confidence"), [
    ("Other analysts were less optimistic, predicting consumers would be less likely to sign up for pay-TV.", None),
    ("We are confident we can upset Chelsea in the Carling Cup final.", None),
    ("The model makes Ekaterina Volkova the most likely champion, at 18 per cent.", 0.18),
    ("The FPI makes Detroit a 57 percent favorite.", 0.57),
    ("DraftKings and FanDuel both list the Chiefs as 3.5-point favorites against the Texans.", None),
    ("A seat projection based on Novus's August poll gives the four opposition parties 180 seats.", None),
    ("The musical is not expected in London before December 2026.", None),
    ("\"Over Christmas we're expecting people to spend in excess of £200m at the centre,\" she said.", None),
    ("The report concluded that the driving force behind the growth was likely to be music.", 0.75),
    ("I doubt prices will rise at all in real terms.", 0.3),
    ("I don’t expect the Liberals to get back above 4 percent on September 13.", 0.3),
])
def test_more_forecasts_from_the_last_rounds(text, confidence):
    assert one("News\n\n" + text, said="2026-01-20").confidence == confidence


@pytest.mark.parametrize("text", [
    "The drop was likely due to carriers cutting prices to fill ships after the holiday peak.",
    "The pick-up was likely driven in part by electricity bills, which jumped as rebates rolled off.",
    "In its February statement, RBA staff had forecast underlying inflation returning to the midpoint by mid-2027.",
    "Farouk said the bureau would update its long-range outlook every fortnight.",
    "The company has set itself a target of 150 million subscribers by the end of 2026.",
    "Whoever wins will take office on August 7 for a single four-year term.",
    "Early in-person voting will run from Oct. 24 through Nov. 1 in every jurisdiction.",
    "Hapag-Lloyd will begin routing its services through the Suez Canal from March.",
    "Its previous estimate, in May, put the crop at 55.7 million bags.",
])
def test_explanations_routines_targets_and_timetables_are_not_proposed(text):
    assert not found("News\n\n" + text, said="2026-01-15")


@pytest.mark.parametrize("text", [
    "Prices will begin falling in March.",
    "They put the risk of a recession over the next 12 months at 25 per cent, down from 35 per cent in March.",
    "Raghunathan said data-center revenue would grow in every quarter of fiscal 2027.",
    "The company expects to hit its target of 150 million subscribers by 2026.",
])
def test_forecasts_near_those_shapes_stay(text):
    assert found("News\n\n" + text, said="2026-05-15")


@pytest.mark.parametrize(("text", "claimant"), [
    ("With the Bureau of Meteorology warning of heat. The bureau's long-range outlook, released on Tuesday, gives "
     "eastern NSW an 80 per cent chance of above-median temperatures between September and November.",
     "Bureau of Meteorology"),
    ("Opta's win-probability model, which draws on data from every match since 1991, gives Arakawa a 58 per cent "
     "chance of lifting the cup on Sunday.", "Opta"),
    ("The drop was likely due to carriers cutting prices, Drewry said. The London-based consultancy expects spot "
     "rates to fall a further 10 per cent over the next four weeks.", "Drewry"),
    ("Bookmakers agree. The defending champion, Tang Jiarui, is second favourite at 5-1 with Paddy Power, with the "
     "Welshman at around 12-1.", "Paddy Power"),
    ("On the prediction market Polymarket, traders price her chances at about 55%.", "Polymarket"),
    ("UK advertising giant WPP has posted larger-than-expected annual profits and predicted that it will outperform "
     "the market in 2026.", "WPP"),
    ("\"We think a hike is very likely,\" said Belinda Raghunathan, head of economics at Commonwealth Bank of "
     "Australia. Commonwealth Bank now forecasts a cash rate of 3.85% by December.", "Commonwealth Bank of Australia"),
])
def test_owners_of_outlooks_firms_described_and_names_met_in_full(text, claimant):
    assert found("News\n\n" + text, said="2026-02-25")[-1].claimant == claimant


@pytest.mark.parametrize("text", [
    "High definition projectors and computer servers will be installed to show mainly British films.",
    "Cinemas will be given the film on a portable hard drive.",
    "It will be re-engineered to allow people to choose a variety of edited versions.",
])
def test_what_will_be_done_to_set_something_up_is_a_plan_in_the_articles_voice(text):
    assert not found("Cinema\n\nThe network was announced on Monday. " + text, said="2005-02-26"), text


def test_in_a_column_the_same_passive_is_the_writers_forecast():
    text = ("Chips\n\nBy Bill Thompson\n\nWe can expect a lot of publicity. We should be wary of it.\n\n"
            "Eventually the TPM will be built into the main processor itself.")
    last = found(text, said="2005-03-18")[-1]
    assert (last.claimant, last.text) == ("Bill Thompson", "Eventually the TPM will be built into the main processor itself.")


def test_the_central_bank_is_the_bank_named_in_full_not_the_head_of_its_name():
    text = ("Rates\n\nOTTAWA, Jan 28 (Reuters) - The Bank of Canada held its key rate at 2.25% on Wednesday.\n\n"
            "In its quarterly report, the central bank forecast that the economy would grow 1.1% in 2026.")
    assert [p.claimant for p in found(text, said="2026-01-28")] == ["Bank of Canada"]


def test_a_models_owner_speaks_past_a_modifier_and_a_relative_clause():
    text = ("Open\n\nOpta's tournament model, which simulates the draw 10,000 times, gives Villarreal a 31% chance of "
            "lifting the trophy.")
    assert [(p.claimant, p.confidence) for p in found(text, said="2026-05-22")] == [("Opta", 0.31)]


def test_a_price_that_ends_its_sentence_is_read_and_its_bookmaker_speaks():
    text = ("Open\n\nBet365 make the Spaniard the 6-4 favourite to win the French Open on Sunday. William Hill and "
            "Betfair both have the Italian at 3-1.")
    last = found(text, said="2026-05-22")[-1]
    assert (last.claimant, last.confidence) == ("William Hill", 0.25)


def test_a_banks_desk_speaks_for_the_bank_named_before():
    text = ("Copper\n\nLONDON, Nov 18, 2025 (Reuters) - Copper rose on Tuesday, Goldman Sachs said.\n\nThe bank's "
            "commodities research desk forecasts that the global copper market will swing into a deficit next year.")
    assert [(p.claimant, p.due) for p in found(text, said="2025-11-18")] == [("Goldman Sachs", "2026-12-31")]


@pytest.mark.parametrize("text", [
    "Traders on Polymarket give Raghavan a 64% chance of winning best actor.",
    "Punters at Betfair give Raghavan a 64% chance of winning best actor.",
])
def test_the_crowd_on_a_market_speaks_through_the_market(text):
    assert one("Oscars\n\n" + text, said="2026-02-10").claimant in ("Polymarket", "Betfair")


def test_an_acronym_defined_in_brackets_stands_for_its_name_even_when_not_its_initials():
    text = ("Mars\n\nJapan Aerospace Exploration Agency (JAXA) began the last round of testing this week.\n\n"
            "\"Every test counts,\" said Hiroko Tsubata, MMX project manager at JAXA.\n\nJAXA engineers put the "
            "probability of a successful touchdown at 95 per cent when the craft lands on Phobos in 2029, according "
            "to a mission review presented to the committee in March.")
    last = found(text, said="2026-05-12")[-1]
    assert (last.claimant, last.confidence) == ("Japan Aerospace Exploration Agency", 0.95)


@pytest.mark.parametrize(("text", "claimant"), [
    ("Citi analysts, for their part, said they expected European carriers to outperform this summer.", "Citi"),
    ("Nomura strategists expect the yen to weaken to 160 by June.", "Nomura"),
    ("Media analysts expect the media group to sell its radio arm in 2027.", "Media analysts"),
])
def test_a_firms_staff_speak_for_the_firm_past_an_aside(text, claimant):
    assert one("Markets\n\n" + text, said="2026-03-02").claimant.lower() == claimant.lower()


@pytest.mark.parametrize(("text", "is_forecast"), [
    ("Mark Dunn runs a games studio. He thought the new consoles would make games much dearer to build.", True),
    ("Mark Dunn runs a games studio. He thought the shares would double, and they did.", False),
    ("Mark Dunn runs a games studio. They thought Google would just be a provider but it has become a rival.", False),
])
def test_a_view_reported_in_the_past_tense_is_a_forecast_unless_the_sentence_tells_its_fate(text, is_forecast):
    assert bool(found("Games\n\n" + text, said="2005-01-12")) == is_forecast


@pytest.mark.parametrize(("text", "is_forecast"), [
    ("Those with flat screens are likely to have bought them recently.", False),
    ("The slowdown was largely due to a cost estimate that had grown to as much as $11 billion.", False),
    ("About 200,000 shoppers are expected to have visited by the close of play on Saturday.", True),
])
def test_an_inference_about_the_past_and_a_noun_estimate_are_not_forecasts(text, is_forecast):
    assert bool(found("Shops\n\n" + text, said="2004-12-18")) == is_forecast


@pytest.mark.parametrize(("text", "is_forecast"), [
    ("Speaking to the Budget Committee he urged Congress to take action to cut the deficit.", False),
    ("Mr Walsh suggested that new studios should make games for mobile phones.", False),
    ("Mr Walsh suggested that prices would rise next year as demand recovers.", True),
])
def test_demands_and_advice_are_not_picks_or_forecasts(text, is_forecast):
    assert bool(found("Games\n\nRobert Walsh runs a studio. " + text, said="2005-03-15")) == is_forecast


@pytest.mark.parametrize(("text", "is_forecast"), [
    ("Labour will hold key marginal constituencies, winning a majority of 160, the Populus survey suggests.", True),
    ("The party will hold talks with the unions on Tuesday.", False),
])
def test_holding_seats_is_a_forecast_and_holding_talks_a_timetable(text, is_forecast):
    assert bool(found("Poll\n\n" + text, said="2005-01-16")) == is_forecast


def test_a_past_year_that_dates_a_description_does_not_make_the_forecast_old():
    text = ("Councils\n\nShe added that a revaluation of council tax bands was unlikely to happen before the next "
            "general election, leaving councils reliant on a tax base set in 1991.")
    assert one(text, said="2026-02-17").confidence == 0.3


@pytest.mark.parametrize(("text", "claimant"), [
    ("NHS England's national medical director, Professor Sir Matthew Kelleher, warned that the coming weeks would be "
     "among the toughest the health service had faced.", "Sir Matthew Kelleher"),
    ("Councillor Imran Siddique, Calderdale Council's cabinet member for climate and resilience, said he was "
     "confident ministers would approve the funding before the end of the financial year.", "Imran Siddique"),
])
def test_a_name_between_commas_after_a_title_or_before_a_members_post_speaks(text, claimant):
    assert one("Winter\n\n" + text, said="2025-12-09").claimant == claimant


@pytest.mark.parametrize(("text", "is_forecast"), [
    ("The Conservative group leader, Cllr Jennifer Alde, said her councillors would table an amendment on 26 "
     "February.", False),
    ("Liberal leader Sara Berglund-Haddad insisted her party would clear the 4 percent threshold.", True),
])
def test_what_a_speakers_own_side_will_do_is_a_plan_what_befalls_it_a_forecast(text, is_forecast):
    assert bool(found("Council\n\n" + text, said="2026-02-17")) == is_forecast


@pytest.mark.parametrize(("text", "due"), [
    ("The Met Office's long-range outlook, published on Thursday, points to a wetter-than-average winter for northern "
     "England.", "2026-02-28"),
    ("Forecasters expect a hot, dry summer.", "2026-08-31"),
    ("He was confident ministers would approve the funding before the end of the financial year, Cllr Imran Siddique "
     "said.", "2026-03-31"),
    ("The agency will need to draw $1.2 billion before the end of this financial year, which closes on June 30, the "
     "audit office expects.", "2026-06-30"),
])
def test_an_outlook_that_points_to_a_season_and_a_financial_years_end(text, due):
    assert one("Weather\n\n" + text, said="2025-11-14").due == due


def test_a_season_that_is_no_time_sets_no_deadline():
    assert one("Winter\n\nThe minister said pensioners will get winter fuel payments.", said="2025-11-14").due is None


@pytest.mark.parametrize("lead", [
    "The Washington-based Economic Policy Institute, which tends to be critical of the President, looks at possible "
    "fault lines.",
    "The budget proposals are controversial, argues economist Max Sawicky.",
])
def test_a_standfirst_that_hands_the_piece_to_its_author_makes_them_its_voice(lead):
    text = f"The ticking budget\n\n{lead}\n\nFederal debt will grow to more than half of national output within ten years."
    assert one(text, said="2005-02-07", outlet="BBC News").claimant in ("Economic Policy Institute", "Max Sawicky")


def test_a_report_named_after_its_author_speaks_for_the_author():
    text = ("Phones\n\nThe Gartner report suggests that by mid-2005 most camera phones will have two megapixels.\n\n"
            "Hartley's report forecasts a funding gap of £18.4m in 2027-28.")
    assert [(p.claimant, p.due) for p in found(text, said="2005-01-11")] == [
        ("Gartner", "2005-06-30"), ("Hartley", "2028-03-31")]


def test_a_person_named_after_a_quote_speaks_past_a_description_without_commas():
    text = ("Games\n\n\"In the next generation HD support is mandatory,\" Dr Mark Tuffy games systems director at "
            "digital content firm THX told the BBC News website. \"Every game is going to be playable in HD.")
    assert one(text, said="2005-01-11", outlet="BBC News").claimant == "Mark Tuffy"


def test_an_organisations_outlook_goes_on_in_its_paragraph():
    text = ("Gadgets\n\nShipments rose by 11% last year. With more than half of homes networked, the CEA suggested "
            "media servers will be more commonplace. Portable devices will also be more popular in 2005.\n\n"
            "The show will be busy.")
    assert [p.claimant for p in found(text, said="2005-01-05", outlet="BBC News")][:2] == ["CEA", "CEA"]


def test_bookmakers_who_tipped_the_favourite_own_the_tips_that_follow():
    text = ("Bookmakers back Aviator for Oscar\n\nThe Aviator has been tipped by UK bookmakers as the favourite to win "
            "the best film award at this year's Oscars.\n\nRay star Jamie Foxx is clear favourite in the best actor "
            "category while Hilary Swank is tipped to win the best actress prize.")
    assert [p.claimant for p in found(text, said="2005-01-26", outlet="BBC News")] == ["UK bookmakers"] * 2


def test_a_capital_will_inside_a_sentence_is_a_first_name():
    text = ("Games\n\nOne developer bucking the trend is Will Wright, the creator of The Sims.\n\n\"Next generation "
            "content is going to be really expensive,\" said Mr Wright.")
    assert [p.claimant for p in found(text, said="2005-03-15")] == ["Will Wright"]


@pytest.mark.parametrize(("text", "due"), [
    ("Economists expect Friday's report to show that employers added 95,000 jobs in May.", "2026-06-05"),
    ("Economists polled by Reuters expect headline inflation to hold at 3.8% for May.", None),
    ("Economists expect the central bank to cut rates in May 2027.", "2027-05-31"),
])
def test_the_month_a_release_of_figures_measures_is_no_deadline(text, due):
    assert one("Jobs\n\n" + text, said="2026-06-02").due == due


@pytest.mark.parametrize(("text", "is_forecast"), [
    ("Its distributor said it will re-release the film in 1,500 US cinemas on February 20.", False),
    ("Castlegate Homes, the housebuilder, is expanding. Castlegate said it will open 40 show homes in March.", False),
    ("Jo Smith, a forecaster, was cautious. Jo Smith said it will rain in March.", True),
])
def test_an_organisation_saying_it_will_act_is_a_plan_and_a_person_saying_it_will_rain_a_forecast(text, is_forecast):
    assert bool(found("Films\n\n" + text, said="2026-02-10")) == is_forecast


@pytest.mark.parametrize(("text", "claimant", "confidence"), [
    ("Paddy Power offer 12-1 on the British climber Owen Fairbairn.", "Paddy Power", 0.0769),
    ("Ladbrokes offers 2-1 on Labour's Nasreen Akhtar holding the seat.", "Ladbrokes", 0.3333),
    ("Paddy Power make him evens to join Villa by deadline day.", "Paddy Power", 0.5),
])
def test_a_price_offered_on_a_selection_and_evens_to_do_something(text, claimant, confidence):
    p = one("Odds\n\nThe bookmakers have opened their books. " + text, said="2026-01-21")
    assert (p.claimant, p.confidence) == (claimant, confidence)


@pytest.mark.parametrize(("text", "is_forecast"), [
    ("I'm convinced Kenji Oyama will be lifting the Claret Jug on Sunday evening.", True),
    ("One thing I am sure of: the next time a headline promises a crash, I will be reading it with a pinch of salt.",
     False),
])
def test_a_stated_conviction_makes_a_forecast_of_what_follows(text, is_forecast):
    assert bool(found("Golf\n\nBy Daniel Ortiz\n\n" + text, said="2025-07-16")) == is_forecast


def test_sources_familiar_with_the_talks_are_the_speaker_before_said():
    p = one("Talks\n\nTwo sources familiar with the talks said the leaders were likely to sign a joint declaration on "
            "Wednesday.", said="2025-12-08")
    assert (p.claimant, p.confidence, p.due) == ("sources familiar with the talks", 0.75, "2025-12-10")


def test_a_capital_new_inside_a_sentence_begins_a_name():
    text = "Sky\n\nViewers will get a new channel in January, marketing magazine New Media Age reported."
    assert one(text, said="2004-10-06").claimant == "New Media Age"


@pytest.mark.parametrize("line", [
    "Column | Tobias Mwangi-Ferreira", "Opinion: Tobias Mwangi-Ferreira", "By Tobias Mwangi-Ferreira",
    # the shapes of blog headers copied as text
    "Written by Tobias Mwangi-Ferreira on 16/11/25", "Posted on 11/16/2025 by Tobias Mwangi-Ferreira",
    "Posted November 16th, 2025 / By Tobias Mwangi-Ferreira", "Tobias Mwangi-Ferreira on November 16, 2025, 6:43 PM",
    "Tobias Mwangi-Ferreira | Nov. 16, 2025, 10:10 AM", "By Tobias Mwangi-FerreiraEmail Author",
    "Submitted by Tobias Mwangi-Ferreira on 16/11/2025 13:01 -0400", "By\n\nTobias Mwangi-Ferreira",
])
def test_a_column_label_before_the_name_is_a_byline(line):
    text = f"Agents\n\n{line}\n\nNovember 16, 2025\n\nFirst, the price of the best models will keep collapsing in 2026."
    assert one(text.encode()).claimant == "Tobias Mwangi-Ferreira"


def test_a_blogs_byline_may_be_a_handle():
    text = ("Preview\n\nPosted by lasagnechef in Arsenal News.\n\nAugust 20, 2011\n\nI think he'll go for the "
            "first-choice eleven today.")
    assert one(text.encode()).claimant == "lasagnechef"


def test_a_post_signed_at_its_foot_is_the_bylines_and_a_quotations_source_is_not():
    signed = ("Agents\n\nNovember 16, 2025\n\nFirst, the price of the best models will keep collapsing in 2026.\n\n"
              "– Tobias Mwangi-Ferreira\n\nFollow Tobias on Twitter @tobiasmf")
    assert one(signed.encode()).claimant == "Tobias Mwangi-Ferreira"
    quoted = signed.replace("2026.", "2026.\n\n“The future is already here.”")
    assert parse(quoted.encode()).byline is None


def test_a_report_named_before_a_comma_is_a_noun_not_a_verb():
    text = ("Music\n\nGoldman Sachs is more bullish. In its annual Music in the Air report, the bank expects the number "
            "of paid streaming subscribers worldwide to top 1.2 billion by 2030.")
    assert one(text, said="2025-10-01").claimant == "Goldman Sachs"


def test_a_study_by_a_firm_speaks_past_a_participles_aside():
    text = ("Stadium\n\nAn economic assessment by the planning consultancy Lichfields, commissioned by the developer, "
            "estimates the project will create around 400 jobs during construction.")
    assert one(text, said="2025-12-10").claimant == "Lichfields"


@pytest.mark.parametrize(("text", "is_forecast"), [
    ("The 34-year-old lock's final match will be his testimonial at Twickenham on 4 June.", False),
    ("His ally has denied suggestions there will be a Budget giveaway on 16 March.", True),
])
def test_what_an_event_will_be_and_when_is_a_calendar_but_there_will_be_is_not(text, is_forecast):
    assert bool(found("Rugby\n\n" + text, said="2005-01-21")) == is_forecast


@pytest.mark.parametrize(("text", "claimant", "confidence"), [
    ("Cleveland is a -1200 favorite at DraftKings to win the series.", "DraftKings", 0.9231),
    ("The Rockets are a -380 favorite at DraftKings to advance.", "DraftKings", 0.7917),
])
def test_an_american_price_at_a_sportsbook_is_the_sportsbooks(text, claimant, confidence):
    p = one("NBA\n\nDraftKings and BetMGM have set their odds. " + text, said="2026-04-17")
    assert (p.claimant, p.confidence) == (claimant, confidence)


@pytest.mark.parametrize("text", [
    "I like the Rockets in five games, maybe fewer.",
    "I'll take the Pistons in seven, with the young legs winning the deciding game.",
    "I have the Timberwolves closing it out in six.",
])
def test_a_columnists_series_picks_are_forecasts(text):
    assert one("Playoffs\n\nBy Marcus Hale\n\n" + text, said="2026-04-17").claimant == "Marcus Hale"


def test_a_polls_median_forecast_showed_is_the_polls_forecast():
    text = ("Rates\n\nSYDNEY, Feb 10, 2026 (Reuters) - The central bank will hold rates, according to a Reuters poll "
            "of economists.\n\nThe median forecast in the poll showed the cash rate at 3.85% by the end of the year.")
    assert found(text, said="2026-02-10")[-1].due == "2026-12-31"


def test_a_price_that_a_clause_comes_true_and_a_bank_described_by_its_country():
    text = ("Gold Cup\n\nThe bookmakers have opened their books. Ladbrokes offer 10-1 that Friday's race is won by a "
            "British-trained horse.")
    p = one(text, said="2026-03-10")
    assert (p.claimant, p.confidence, p.due) == ("Ladbrokes", 0.0909, "2026-03-13")
    text = ("Bonds\n\nThe Bank of China cut its reserve ratio. ING expects yields to rise. The Treasury yield curve is "
            "expected to steepen further through the spring, the Dutch bank said.")
    assert found(text, said="2026-03-10")[-1].claimant == "ING"


@pytest.mark.parametrize("described", [
    "the Brazilian", "the New Zealander", "the Scot", "the 31-year-old", "the Salford MP", "the Chelsea boss",
    "the former England captain", "the Kenyan", "the DJ",
])
def test_a_person_described_again_is_the_person_named_before(described):
    text = (f'Derby\n\nTomas Riera, who scored twice, was named man of the match on Sunday.\n\n"We will win the '
            f'league next season," {described} said.')
    assert one(text, said="2005-01-10").claimant == "Tomas Riera"


def test_a_name_before_on_and_a_weekday_is_not_an_acronyms_full_name():
    text = ("Exchanges\n\nThe board will meet Clara Furse on Thursday. According to the FT, Deutsche Boerse will "
            "raise its offer next week. The newspaper said the German suitor will offer to run the market.")
    assert [p.claimant for p in found(text, said="2005-01-10")] == ["FT", "FT"]


@pytest.mark.parametrize("text, claimant", [
    ("Bez is now 2-1 favourite to win the show. Ladbrokes spokesman Warren Lush said the series was wide open.",
     "Ladbrokes"),
    ("Clive Owen is second favourite at William Hill to take the award. The betting has been brisk.", "William Hill"),
    ("Bez is now 2-1 favourite to win the show, and the bookies report heavy betting.", "bookmakers"),
])
def test_a_bare_price_is_the_bookmaker_the_piece_names_nearest(text, claimant):
    p = found("Betting\n\nThe odds have moved all week. " + text, said="2005-01-10")[0]
    assert p.claimant == claimant


@pytest.mark.parametrize("sentence", [
    "The region has grown strongly, which should cushion it against the costs of rebuilding.",
    "These orders should help underpin the company's profits.",
    "Hal Luscombe should be fit for the trip to Murrayfield.",
    "As incomes rise, that should lead to a narrowing of the deficit.",
])
def test_what_a_thing_should_do_is_expected_of_it(sentence):
    assert found("Outlook\n\n" + sentence), sentence


@pytest.mark.parametrize("sentence", [
    "The government should cut taxes for the poorest families.",
    "Investors should buy the shares while they are cheap.",
    "We should be ready for a fight, the union leader told members.",
    "If prices should rise, the bank will act.",
])
def test_what_someone_should_do_is_advice_not_a_forecast(sentence):
    assert not [p for p in found("Outlook\n\n" + sentence) if "should" in p.cues], sentence


@pytest.mark.parametrize("sentence, claimant", [
    ("Profits at the airline Qantas rose. Its shares fell 3%, however, after it warned that earnings growth would "
     "slow in the second half.", "Qantas"),
    ("The councils' umbrella organisation Cosla, which provided the figures, warned that councils would face a "
     "struggle next year.", "Cosla"),
    ("Manufacturers' organisation, the EEF, said it expected interest rates to stay on hold next year.", "EEF"),
    ("On Monday, Germany's BdB private banks association said the economy would struggle next year.", "BdB"),
])
def test_a_speaker_after_after_past_a_relative_clause_or_named_between_commas(sentence, claimant):
    assert one("Outlook\n\n" + sentence, said="2005-01-10").claimant == claimant


@pytest.mark.parametrize("sentence, due", [
    ("He predicted that the economy would grow by 4.3% in 2005 and 4.2% in 2006.", "2006-12-31"),
    ("Casual games will get into their stride this year and will be really big in 2006.", "2006-12-31"),
    ("Growth is expected to reach 4.4% this year, but fall to 3.3% in 2006.", "2006-12-31"),
])
def test_a_run_of_forecasts_year_by_year_is_due_when_the_last_year_ends(sentence, due):
    assert one("Outlook\n\n" + sentence, said="2005-01-10").due == due


def test_a_forecast_with_one_year_and_a_later_date_keeps_its_first_deadline():
    p = one("Outlook\n\nThe bank expects rates to rise in 2005, before a review on 3 March 2006.", said="2005-01-10")
    assert p.due == "2005-12-31"


@pytest.mark.parametrize("sentence", [
    "The chip will be made of several different processing cores.",
    "Like BitTorrent, Exeem will offer trackers that point people toward files.",
    "The 777-200LR will be capable of flying almost 11,000 miles non-stop.",
    "Also on display will be a virtual keyboard.",
    "The new service will include films from six studios.",
    "A 512MB card will store about 30 minutes of video.",
    "A Blu-ray disc will be able to store 50GB of high-quality data.",
])
def test_the_articles_own_account_of_how_a_thing_will_work_is_not_a_forecast(sentence):
    assert not found("Launch\n\n" + sentence), sentence


def test_what_a_thing_will_be_able_to_do_by_a_time_stays_a_forecast():
    assert found("The future\n\nBy 2015 every gadget will be able to talk to every other gadget.", said="2005-01-01")


def test_they_after_a_group_spoke_is_that_group():
    text = ("Italy\n\nThe government says growth will return. Critics argue that the moves do not go far enough. "
            "They say the tax cuts will have a negligible effect next year.")
    assert found(text, said="2005-01-10")[-1].claimant == "critics"


@pytest.mark.parametrize("sentence, claimant", [
    ("The law faces a test this weekend, with the Countryside Alliance saying many hunts will defy it.",
     "Countryside Alliance"),
    ("Taxes are the battleground, with the Conservative Party claiming the chancellor will be forced to raise them.",
     "Conservative Party"),
])
def test_with_a_speaker_saying_or_claiming_is_theirs(sentence, claimant):
    assert one("Politics\n\n" + sentence, said="2005-01-10").claimant == claimant


def test_a_report_on_a_subject_is_its_owners_and_a_coordinated_belief_is_the_subjects():
    text = ("Mobile TV\n\nBut the Gartner report on mobile TV broadcasting in Europe suggests direct broadcasting "
            "will have to wait until 2007.")
    assert one(text, said="2005-01-10").claimant == "Gartner"
    text = ("Oscars\n\nUK critics still favour The Aviator for best film, but believe the best director title will "
            "go to Clint Eastwood.")
    assert one(text, said="2005-01-10").claimant == "UK critics"


@pytest.mark.parametrize("lead, later, claimant", [
    ("Millions of textile workers will lose their jobs next year, a charity has warned.",
     "Christian Aid condemned the move, saying it would see a million jobs axed.", "Christian Aid"),
    ("The Lib Dems will have their best results next year, one of their frontbenchers has predicted.",
     "Ed Davey told BBC News the party would gain seats.", "Ed Davey"),
])
def test_a_source_the_lead_describes_is_named_when_it_next_speaks(lead, later, claimant):
    text = f"Headline\n\n{lead}\n\nThe rules change on 1 January. {later}"
    assert found(text, said="2005-01-10")[0].claimant == claimant


def test_letters_after_a_name_are_not_part_of_it():
    text = ("Bill\n\nThe chairman of the Bar Council, Guy Mansfield QC warned that people will be driven into the hands "
            "of extremists. Mansfield added that the bill will fail within a year.")
    assert [p.claimant for p in found(text, said="2005-01-10")] == ["Guy Mansfield", "Guy Mansfield"]


def test_a_paragraph_labelled_with_a_titled_name_is_that_persons():
    text = ('Preview\n\nHughes is fit.\n\n- Blackburn boss Mark Hughes: "Burnley are resolute but I fully expect us '
            'to progress."\n\n- Burnley boss Steve Cotterill: "They will be fresh and we will be tired."\n')
    assert [p.claimant for p in found(text, said="2005-01-10")] == ["Mark Hughes", "Steve Cotterill"]


def test_a_quotation_reopened_without_closing_goes_on_in_the_speakers_voice():
    text = ('Rugby\n\nDavid Campese tipped Wales. "It has been a surprising tournament," said Campese, "and maybe '
            'Ireland have more talent. "But playing at home is a major boost. And the Grand Slam decider will be '
            'just too much for the Irish."\n')
    assert found(text, said="2005-03-01", outlet="BBC Sport")[-1].claimant == "David Campese"


@pytest.mark.parametrize("sentence", [
    "The physical demands of the day-to-day grind will only get harder for her next season.",
    "Titles that do not require much time will see real growth in the coming year.",
])
def test_a_wish_word_that_is_a_noun_or_in_a_relative_clause_does_not_hide_a_forecast(sentence):
    assert one("Outlook\n\n" + sentence, said="2005-01-10")


def test_a_will_under_a_wish_is_still_no_forecast():
    assert not found("Talks\n\nWe hope the talks will succeed, the minister said.", said="2005-01-10")


def test_what_a_subject_will_see_is_not_its_view():
    p = one("Games\n\nEasy-to-play titles will see real growth in the coming year.", said="2005-01-10")
    assert p.claimant == "The Daily Test"


def test_a_match_previews_fact_line_dates_its_forecasts():
    text = ('Blackburn v Burnley\n\nEwood Park\n\nTuesday, 1 March\n\n2000 GMT\n\nHoward Webb (South Yorkshire)\n\n'
            'Defender Andy Todd is suspended and Burnley have injury concerns over Frank Sinclair.\n\n'
            '- Blackburn boss Mark Hughes: "I fully expect us to progress."\n\n'
            '- Burnley boss Steve Cotterill: "We will be tired."\n')
    assert [p.due for p in found(text, said="2005-02-28")] == ["2005-03-01", "2005-03-01"]


@pytest.mark.parametrize("sentence", [
    '"I thought England would go home after the group stage," he said.',
    '"I never thought they would sack me," said Mutu.',
    '"I didn\'t expect them to pay me while I was suspended," he said.',
    '"I was quite surprised because I didn\'t think I\'d end up with second place," said Johnson.',
    '"It was a shock, as we never expected to be in the final," said Sharp.',
])
def test_a_belief_held_before_in_quoted_words_is_not_a_forecast(sentence):
    assert not found("Football\n\n" + sentence, said="2005-01-10"), sentence


def test_a_reported_belief_and_a_changed_mind_are_still_forecasts():
    assert found("Fuel\n\nMadsen said he did not expect jet fuel prices to ease before the autumn.", said="2005-01-10")
    assert found('Derby\n\n"I thought we would lose, but now I think we will win the league," he said.',
                 said="2005-01-10")


def test_a_plan_a_firm_announced_is_not_its_forecast():
    text = ("DVD\n\nToshiba announced that DVD players for its technology would be on the market by the end of 2005. "
            "Analysts said the format would struggle in 2006.")
    assert [p.claimant for p in found(text, said="2005-01-10")] == ["analysts"]


def test_a_pull_quote_is_its_credit_lines_speaker():
    page = ("<html><head><title>Poll</title></head><body><article><h1>By-election</h1>"
            "<p>The seat has been Labour's since 1935, and the campaign has been close all month.</p>"
            "<blockquote><p>&ldquo;We&rsquo;re going to win on March 5th.&rdquo;</p>"
            "<footer>&mdash; Amelia Forsyth, Conservative candidate</footer></blockquote>"
            "<p>Labour's candidate, Sunil Varma, said he was not interested in predictions.</p></article></body></html>")
    p = one(page, said="2026-02-20")
    assert (p.claimant, p.text) == ("Amelia Forsyth", "We’re going to win on March 5th.")
    text = ('By-election\n\nThe seat has been Labour\'s since 1935.\n\n"We are going to win on March 5th."\n\n'
            '— Amelia Forsyth, Conservative candidate\n')
    assert one(text, said="2026-02-20").claimant == "Amelia Forsyth"


def test_a_second_report_set_beside_a_firms_own_plan_is_the_forecast():
    text = ("Retail\n\nWinn-Dixie filed for bankruptcy. It said its 920 stores would remain open, but analysts said "
            "it would most likely off-load a number of sites.")
    p = one(text, said="2005-02-22")
    assert (p.claimant, p.text) == ("analysts", "It will most likely off-load a number of sites.")


def test_a_sentence_set_in_a_named_persons_view_is_theirs():
    text = ('Search\n\nOlivier Beauvillain said Yahoo had refocused on search.\n\nBut for Allen Weiner, a research '
            'director at analyst firm Gartner, the future of search is not going to be purely about technology. '
            '"The next generation of search is going to be about premium content," he said.\n')
    assert [p.claimant for p in found(text, said="2005-01-10")] == ["Allen Weiner", "Allen Weiner"]
    assert not found("Cars\n\nFor Britain, the new rules were a blow last year.", said="2005-01-10")


@pytest.mark.parametrize("sentence, forecast", [
    ("Velvet Harbour should make the frame at a big price today.", True),
    ("Arsenal should beat Fulham comfortably on Saturday.", True),
    ("Britain should take its fair share of the world's refugees.", False),
])
def test_what_a_named_runner_should_do_in_a_contest_is_a_tip(sentence, forecast):
    assert bool(found("Tips\n\n" + sentence, said="2026-03-11")) is forecast


def test_my_hunch_is_that_is_a_forecast_but_not_a_guess_at_a_want():
    assert one("Rugby\n\nMy hunch is that Northampton keep him, and that he signs a new deal before February 5.",
               said="2026-01-20").due == "2026-02-04"
    assert not found("Athletics\n\nMy gut feeling is that Kelly would like to run in the European Indoors.",
                     said="2005-02-01")


def test_a_race_this_afternoon_is_due_today_but_a_price_this_morning_is_no_deadline():
    assert one("Tips\n\nI am convinced that Ballycastle Rover beats the champion this afternoon.",
               said="2026-03-11").due == "2026-03-11"
    assert one("Tips\n\nI think Rover wins, and Paddy Power were offering 2-1 this morning.",
               said="2026-03-11").due is None


def test_a_body_named_with_of_the_and_an_acronym_of_another_language_keeps_its_whole_name():
    text = ("Cars\n\nThe German Association of the Automotive Industry (VDA) expects registrations to rise by 10 "
            "per cent next year. The VDA also expects exports to fall in 2006.\n\nThe Audit Office of New South "
            "Wales published its report. The Audit Office also expects costs to rise by 2007.")
    assert [p.claimant for p in found(text, said="2005-01-10")] == [
        "German Association of the Automotive Industry", "German Association of the Automotive Industry",
        "Audit Office of New South Wales"]


@pytest.mark.parametrize("intro, later, claimant", [
    ("Union president S. Murugesan spoke at the rally.", "Murugesan said the plant would close by 2009.",
     "S. Murugesan"),
    ("A poll found City Councilwoman Elena Marchetti at 44%.", '"We are going to win next Tuesday," Marchetti said.',
     "Elena Marchetti"),
])
def test_an_initial_or_a_local_office_before_a_name_keeps_the_full_name(intro, later, claimant):
    assert one(f"Local\n\n{intro} {later}", said="2005-01-10").claimant == claimant


def test_a_month_a_change_is_measured_from_is_no_deadline_and_a_day_is_no_forecaster():
    text = ("Jobs\n\nEconomists are looking to Friday's employment report. Average hourly earnings are forecast to "
            "rise 0.3% from April.")
    p = one(text, said="2026-06-02")
    assert (p.due, p.claimant != "Friday") == (None, True)


def test_a_decision_told_is_not_a_forecast():
    assert not found('Cars\n\n"We have decided that the BMW brand will enter the segment," he said.', said="2005-01-10")
    assert found('Cars\n\n"We have decided to wait, but I think demand will recover in 2006," he said.',
                 said="2005-01-10")


def test_what_a_body_says_will_be_done_is_its_plan():
    text = ("Doping\n\nThe International Association of Athletics Federations said both cases will be referred to "
            "arbitration. Analysts said the athletes would probably lose.")
    assert [p.claimant for p in found(text, said="2005-01-10")] == ["analysts"]


def test_a_yearless_dateline_takes_the_year_the_title_names_or_after_a_year_told_as_gone():
    from claimtrack.extract import _last_before

    today = dt.date(2026, 11, 30)
    assert _last_before(6, 28, today, title="Wimbledon 2025: Arrieta is the man to beat") == dt.date(2025, 6, 28)
    text = ("Lenders cut their rates, the banks said on Wednesday. Lending will reach 250 billion pounds this year, "
            "up from 236 billion pounds in 2024. Capital Economics expects Bank Rate to reach 3.5% by mid-2026.")
    assert _last_before(8, 14, today, text[:1500], text) == dt.date(2025, 8, 14)  # (14 August 2024 was a Wednesday)
    assert _last_before(8, 14, today) == dt.date(2026, 8, 14)
    # the weekday the lead names outweighs a year the title names as a target (22 October 2025 was a Wednesday)
    lead = "COPENHAGEN, Oct 22 (Reuters) - Shares in Valdemar Breweries fell as much as 9% on Wednesday."
    assert _last_before(10, 22, today, lead, lead, title="Valdemar shares slide; analysts doubt 2026 margin goal") == \
        dt.date(2025, 10, 22)


@pytest.mark.parametrize("sentence", [
    "We will not need to issue a section 114 notice this year or next.",
    "It will lead to conflict with the government, if not this year then next.",
])
def test_this_year_or_next_is_due_at_the_end_of_next_year(sentence):
    assert one("Budget\n\n" + sentence, said="2026-02-09").due == "2027-12-31"


def test_a_forecasts_own_horizon_is_its_deadline():
    p = one("Coffee\n\nAnalysts at Citi raised their three-month arabica forecast to $4.10 a pound on Monday.",
            said="2025-09-22")
    assert (p.due, p.due_text) == ("2025-12-22", "three-month")
    assert one("Stocks\n\nGoldman set a 12-month price target of $250 on the shares.", said="2025-09-22").due == \
        "2026-09-22"


@pytest.mark.parametrize("sentence", [
    "The prime minister laid the foundation stone on a new housing project intended to provide 6,000 homes.",
    "Mr Brown allegedly said he could no longer believe anything Mr Blair told him.",
])
def test_a_noun_forecast_word_and_a_belief_lost_are_not_forecasts(sentence):
    assert not found("News\n\n" + sentence, said="2005-01-10"), sentence


@pytest.mark.parametrize("sentence, claimant", [
    ("DraftKings has installed the Chiefs as 2.5-point favorites at home.", "DraftKings"),
    ("Paddy Power have installed the captain as 3-1 favourite to finish top scorer.", "Paddy Power"),
])
def test_a_sportsbook_that_installs_a_favourite_or_a_spread_gives_the_price(sentence, claimant):
    assert one("Betting\n\nThe odds have moved. " + sentence, said="2026-01-10").claimant == claimant


def test_a_model_that_makes_a_side_n_per_cent_likely_speaks():
    p = one("Relegation\n\nOpta makes Burnley 71 per cent likely to go down, with Wolves not far behind.",
            said="2026-03-01")
    assert (p.claimant, p.confidence) == ("Opta", 0.71)


def test_a_sides_own_word_on_how_it_will_finish_is_a_forecast():
    assert one('Football\n\n"We will finish in the top two this season," the manager said.', said="2026-01-10")
    assert not found('Football\n\n"We will finish the new stand by August," the chairman said.', said="2026-01-10")


def test_a_race_rating_is_its_raters_forecast():
    p = one("Senate\n\nThe Cook Political Report rates the race a toss-up.", said="2026-09-01")
    assert (p.claimant, p.confidence) == ("Cook Political Report", 0.5)
    assert one("Senate\n\nThe Cook Political Report rates the November race as leaning Republican.",
               said="2026-09-01").claimant == "Cook Political Report"


def test_a_studio_projecting_a_figure_forecasts_it():
    p = one("Box office\n\nWarner Bros. is projecting a more conservative $35 million start this weekend.",
            said="2026-03-06")
    assert p.due == "2026-03-08"
    assert not found("Quake\n\nThe government is estimating the damage at 20bn baht.", said="2026-03-06")


@pytest.mark.parametrize("text, said, claimant", [
    pytest.param("Budget\n\nMinister Colette Varga spoke on Monday. According to the Parliamentary Budget Officer, "
                 "spending is on track to reach 2.4 per cent of GDP next year.",
                 "2026-03-10", "Parliamentary Budget Officer", id="an office in capitals is not the last person"),
    pytest.param("Stadium\n\nShares in Multiplex Group, which is building the stadium, fell 19%. The Australian firm said "
                 "costs will rise by 10% next year.",
                 "2005-01-10", "Multiplex Group", id="a firm described by where it is from"),
    pytest.param("Roads\n\nThe plans have been criticised by campaigners, including Labour backbencher Gwyneth Dunwoody, "
                 "who says they will lead to more road casualties.",
                 "2005-01-10", "Gwyneth Dunwoody", id="a name before 'who says'"),
    pytest.param("Chips\n\nShares in Multiplex Group fell 19%. The biggest building firm in Australia said costs will "
                 "rise by 10% next year.",
                 "2005-01-10", "Multiplex Group", id="a body described at length"),
    pytest.param("Tennis\n\nBritish number one Tim Henman, who retired from the Davis Cup last year, believes Britain can "
                 "win the tie in Tel Aviv.",
                 "2005-03-01", "Tim Henman", id="a name after a plain description"),
    pytest.param("Mobile\n\nAnalysts at Ovum, two of the most cautious voices in the industry, predict that mobile TV "
                 "will fail in 2006.",
                 "2005-01-10", "Ovum", id="an appositive with a quantifier"),
    pytest.param("Property\n\nA spokesman for DLF Builders, Dr Vancheshwar, told the BBC this will mean better "
                 "offerings next year.",
                 "2005-03-01", "Vancheshwar", id="a titled surname between commas after a role"),
])
def test_who_speaks_in_the_shapes_real_copy_uses(text, said, claimant):
    """One sentence shape each, from the errors of real batches: the speaker read from it."""
    assert one(text, said=said).claimant == claimant


def test_it_after_a_name_read_as_a_persons_makes_it_a_body_and_a_countrys_top_maker_is_it():
    text = ("Hyundai\n\nSouth Korea's Hyundai Motor has announced that it plans to build a second plant in India.\n\n"
            "Hyundai expects its sales in India to grow 16% in 2005. By 2010, it expects to nearly double sales.\n\n"
            "South Korea's top car maker estimates that the Indian market will grow 15% this year.")
    assert [p.claimant for p in found(text, said="2005-03-29")] == ["Hyundai Motor"] * 3


@pytest.mark.parametrize("text, is_forecast", [
    ("Two tries against Newcastle will have boosted his chances.", False),
    ("\"He will have learned more in the last fortnight than the last eight months,\" Robson said.", False),
    ("Analysts predict that by the end of next year the numbers will have risen to eight million.", True),
    ("We are confident that the troops will have left our territory by the end of the year, the minister said.", True),
])
def test_will_have_done_is_a_guess_at_what_is_so_unless_it_has_a_deadline(text, is_forecast):
    assert bool(found("Rugby\n\n" + text, said="2005-01-10")) == is_forecast


def test_forecasts_after_a_possessive_is_the_noun_not_the_verb():
    assert not found("Budget\n\nMichael Howard said the chancellor was re-casting his forecasts to give the illusion "
                     "that all was well.", said="2005-03-17")
    assert found("Rain\n\nThe Met Office forecasts heavy rain to hit the north on Friday.", said="2005-03-17")


@pytest.mark.parametrize("text, is_forecast", [
    ("Under the agreement, the state will get a controlling share of Gazprom in exchange for Rosneft.", False),
    ("As part of the deal, Federated will assume $6bn of May's debt, bringing its total value to $17bn.", False),
    ("Under the restructuring plans, Patrick Cescau will become group chief executive.", False),
    ("Under the plan, analysts expect prices to fall next year.", True),
    ("Under pressure from rivals, the firm will struggle to hold its share next year, analysts said.", True),
])
def test_what_a_plan_or_deal_provides_is_not_a_forecast(text, is_forecast):
    assert bool(found("Deal\n\n" + text, said="2005-01-10")) == is_forecast, text


@pytest.mark.parametrize("text, is_forecast", [
    ("Nintendo said 15 games would be available in the UK at launch.", False),
    ("The Blu-Ray Association said Electronic Arts and Vivendi would both support its format.", False),
    ("Sony said the console will be available in Europe in March.", False),
    ("Analysts said the console would be available in huge numbers by Christmas.", True),
])
def test_a_product_or_plan_told_by_those_who_make_it_is_not_a_forecast(text, is_forecast):
    assert bool(found("Games\n\n" + text, said="2005-01-10")) == is_forecast, text


@pytest.mark.parametrize("text, claimant", [
    pytest.param("Euro\n\nMr Brown said growth will slow next year. Speaking to MPs, Gordon Brown said the pact was "
                 "flawed.", "Gordon Brown", id="a surname given in full only later"),
    pytest.param("Gates opens fair\n\nBill Gates has opened the show in Las Vegas. Gates said gadgets will work "
                 "together more next year.", "Bill Gates", id="a first name that is also a word"),
    pytest.param("Growth\n\nThe United Nations Economic Commission for Europe (UNECE) published its survey on Monday. "
                 "The UK economy is expected to slow in 2005, UNECE said.",
                 "United Nations Economic Commission for Europe", id="an acronym the article spells out"),
])
def test_a_claimant_takes_the_articles_fullest_name(text, claimant):
    assert found(text, said="2005-01-10")[-1].claimant == claimant


def test_what_a_source_has_learned_is_theirs_and_the_outlet_learning_is_its_own_voice():
    text = ("Election\n\nTony Blair is likely to name 5 May as election day, the BBC's political editor has learned.\n\n"
            "Andrew Marr says Mr Blair will ask the Queen on 4 April to dissolve Parliament.\n\n"
            "However, the BBC has learnt that the club is unlikely to reject the plan.")
    assert [p.claimant for p in found(text, said="2005-03-30", outlet="BBC News")] == \
        ["Andrew Marr", "Andrew Marr", "BBC News"]


@pytest.mark.parametrize("text, claimant, confidence", [
    pytest.param("Cory Doctorow, European co-ordinator for the Electronic Frontier Foundation, said the system would "
                 "fail.", "Cory Doctorow", None, id="an appositive opening with a capitalised word"),
    pytest.param("Cory Doctorow expressed doubts that the Marlin system would achieve its aims.", "Cory Doctorow", 0.3,
                 id="expressed doubts that"),
    pytest.param("The minister voiced confidence that the economy would grow by 3% next year.", "minister", None,
                 id="voiced confidence that"),
])
def test_views_expressed_and_appositives_that_open_with_a_capital(text, claimant, confidence):
    p = one("Formats\n\n" + text, said="2005-01-10")
    assert (p.claimant, p.confidence) == (claimant, confidence)


def test_a_title_case_name_holding_a_chance_word_states_no_chance():
    p = one("Formats\n\nMicrosoft's \"Plays for Sure\" program could help, he said, but life will be confusing.",
            said="2005-01-10")
    assert p.confidence is None


def test_what_is_widely_expected_is_the_articles_own_voice_not_the_last_body_heard():
    text = ("Poll\n\nLabour said the Tories would cut spending by £35bn. Mr Blair has yet to name the day - but it is "
            "widely expected to be 5 May.")
    assert found(text, said="2005-02-20", outlet="BBC News")[-1].claimant == "BBC News"


@pytest.mark.parametrize("text, is_forecast", [
    pytest.param("AOL backed the price cuts but said regulation was still needed.", False, id="backed: supported"),
    pytest.param("Air China picked the London Stock Exchange for its listing last month.", False, id="picked: chose"),
    pytest.param("Kelly Holmes was back to her best as she won the 1,000m.", False, id="back: an adverb"),
    pytest.param("Bookmakers have backed Arsenal to win the title.", True, id="backed to win: a tip"),
    pytest.param("Ladbrokes have tipped Chelsea for the title.", True, id="tipped for the title"),
    pytest.param("One area where Mr Donofrio sees supercomputing as crucial is health.", False, id="sees X as Y"),
    pytest.param('"We see several opportunities for delivering content," said Andrew Burke.', False,
                 id="see: a gerund after for"),
    pytest.param("Nomura sees earnings peaking in the second quarter.", True, id="sees X peaking"),
    pytest.param("It is the sort of move you would expect from Walter, who is a canny manager.", False,
                 id="you would expect: as one does"),
    pytest.param("Jones fought off fellow Briton Tim Abeyie to take the men's 200m.", False,
                 id="fought off X to take: what happened"),
    pytest.param('"I don\'t think we even touched each other," said Shearer.', False, id="a belief about the past"),
    pytest.param('"I don\'t think they get one this season," he said.', True, id="a negated belief about what comes"),
    pytest.param('"The stadium is probably one of the best in the world," he said.', False, id="a hedge on what is"),
    pytest.param('"I think the Fed does not want to rock the boat," said Sung Won Sohn.', False,
                 id="does not: an auxiliary"),
])
def test_words_that_look_like_forecasting_but_tell_what_is_or_was(text, is_forecast):
    assert bool(found("Sport\n\n" + text, said="2005-01-10")) == is_forecast, text


@pytest.mark.parametrize("text, is_forecast", [
    ('"It is hard to say. We will see," said Jose Alencar.', False),
    ('"We\'ll see what happens in the summer," said Jose Alencar.', False),
    ('"We will see rates bottom out in the spring," said Jose Alencar.', True),
])
def test_we_will_see_alone_is_wait_and_see(text, is_forecast):
    assert bool(found("Brazil\n\n" + text, said="2005-01-10")) == is_forecast, text


def test_a_speakers_relative_will_is_their_forecast_the_articles_is_kept_for_all():
    said = '"This treaty is a flawed document that will make the EU less accountable," said Neil O\'Brien.'
    told = "The chip is a design that will use several cores."
    assert found("Treaty\n\n" + said, said="2005-01-10")
    assert not found("Chips\n\n" + told, said="2005-01-10")


def test_i_imagine_is_a_belief_so_we_will_be_doing_is_a_forecast_not_a_plan():
    assert found('Tennis\n\n"I imagine we will be competing for the major honours in five years," said Chris Bailey.',
                 said="2005-01-14")
    assert not found('Tennis\n\n"We will be competing in the doubles on Saturday," said Chris Bailey.',
                     said="2005-01-14")


def test_a_firm_named_after_its_product_is_still_the_firm():
    text = ("Formats\n\nToshiba's HD-DVD format has the backing of four studios.\n\n"
            "Toshiba expects sales of HD-DVDs to reach 300bn yen by 2010.")
    assert one(text, said="2005-01-10").claimant == "Toshiba"


@pytest.mark.parametrize("text, is_forecast", [
    ("The way this young team are blending, the glory days are on their way back.", True),
    ("Sol Campbell is on the verge of signing a new deal with the club.", True),
    ("In the men's race Allan Scott was right in there and there is definitely more to come from him.", True),
    ("Banks are very aggressively promoting debt and there is a bigger problem ahead.", True),
    ("He is on his way to the airport.", False),
])
def test_idioms_of_what_is_coming_are_forecasts(text, is_forecast):
    assert bool(found("Sport\n\n" + text, said="2005-01-10")) == is_forecast, text


@pytest.mark.parametrize("text, confidence", [
    ("In the acting categories, Foxx is regarded as almost unbeatable for his role in Ray.", None),
    ("Brown is seen as the likely successor to Blair.", 0.75),
    ('Despite joining the squad, the flanker only has a "slim" chance of playing on Saturday.', 0.3),
])
def test_regarded_as_the_favourite_and_a_quoted_slim_chance_are_forecasts(text, confidence):
    assert one("Awards\n\n" + text, said="2005-02-20").confidence == confidence


@pytest.mark.parametrize("text", [
    "Not everyone is convinced the margins will last.",
    '"We\'ve prepared well, and we\'ll find out on Thursday where we are," said Will Carrick.',
    "Here is what I expect.",
    "Kestrel Microdevices beat Wall Street estimates for third-quarter revenue on Thursday.",
    "The dollar held firm as investors continued to scale back bets on a December rate cut.",
    "Those struggling to pay should contact their supplier, Ofgem said.",
])
def test_doubts_of_others_waiting_headings_nouns_and_advice_are_not_forecasts(text):
    assert not found("Markets\n\n" + text, said="2026-01-10"), text


def test_a_bet_that_names_what_will_happen_is_still_a_forecast():
    assert found("Markets\n\nGoldman bets the Fed will cut in December.", said="2026-01-10")


@pytest.mark.parametrize("text, is_forecast", [
    ("Southern Water said it will decide on any restrictions at a board meeting next month.", False),
    ("Gwyneth Dunwoody said it will reduce the incentive for drivers to stay within the limits.", True),
    ("Southern Water said it will take years for the reservoirs to refill.", True),
])
def test_a_name_that_says_it_will_act_is_a_body_announcing_a_plan(text, is_forecast):
    assert bool(found("Water\n\n" + text, said="2026-01-10")) == is_forecast, text


def test_a_year_two_sentences_away_or_a_date_two_after_does_not_date_a_forecast():
    text = ("Turkey\n\nBy 2014, one in four Turks will be aged 14 or less. Turkey's economy has grown fast. "
            "\"The cake will be bigger for everybody,\" said Sener.\n\n"
            "Analysts expect the lira to weaken. The central bank has cut rates twice. Its governor said the bank "
            "would review its target on 20 June. The budget follows on 1 July.")
    dues = {p.text: p.due for p in found(text, said="2004-12-13")}
    assert dues["The cake will be bigger for everybody."] is None
    assert dues["The lira will weaken."] is None


@pytest.mark.parametrize("text, due, words", [
    ("Mr Clarke told BBC Radio 4's Today programme that political give and take would replace rigid rules.", None,
     "Political give and take will replace rigid rules."),
    ("On Sunday, shadow home secretary David Davis claimed judges would get the powers.", None,
     "Judges will get the powers."),
    ("Judges will get the powers on Sunday, David Davis claimed.", "2005-03-06", "Judges will get the powers on Sunday."),
])
def test_a_programme_called_today_and_the_day_a_claim_was_made_are_no_deadlines(text, due, words):
    p = one("Terror\n\n" + text, said="2005-02-28")
    assert (p.due, p.text) == (due, words)


@pytest.mark.parametrize("text", [
    "What is certain is that the new machines will provide great leaps in processing power.",
    "With the return of Van Nistelrooy, we must have a fantastic chance.",
    "Europe's leading banks seem set for a period of retrenchment.",
    "Murray is the one that looks likeliest to take over Tim's mantle.",
    "Revenues from visitors should more than double to $21bn in three years.",
    "Wes has a great broadcasting career ahead of him.",
    "US politicians are in for a dose of shock therapy.",
    "The big budget train wreck is yet to come.",
    "It can only be a matter of time before other TV favourites receive the Hollywood treatment.",
    "He already seems assured of a place in Madrid.",
    "Gordon Brown is faced with economic problems looming on the horizon.",
])
def test_what_is_coming_said_without_a_modal(text):
    assert found("Outlook\n\n" + text, said="2005-01-10"), text


@pytest.mark.parametrize("text", [
    "They had a great chance to win it last year.",
    "What is clear is that sales fell last year.",
])
def test_a_chance_gone_and_a_statement_about_the_past_are_not(text):
    assert not found("Outlook\n\n" + text, said="2005-01-10"), text


def test_a_year_gone_inside_an_according_to_forecast_does_not_make_it_old_and_a_peak_after_their_is_a_noun():
    text = ("Music\n\nThe market for music downloads was worth just $20 million in 2004, but is set to be worth "
            "$1.8 billion by 2009, according to Juniper Research.\n\n"
            "Home prices, which the bank said were likely to have bottomed in the fourth quarter, remain about 12% "
            "below their early-2022 peak, according to the Canadian Real Estate Association.")
    assert [p.claimant for p in found(text, said="2005-03-02")] == ["Juniper Research"]


def test_that_after_confident_is_what_will_not_a_relative_clause():
    p = one('Tennis\n\n"I\'m confident that will springboard Team GB to greater success," said Chris Bailey.',
            said="2005-01-14")
    assert p.score >= 0.6  # a full "will" (0.6) from a named speaker, not a relative clause's 0.45


@pytest.mark.parametrize("text", [
    "If the bank's prediction of a 2% price drop comes true, it will be the first annual fall in nine years.",
    "Prices will hit their highest level in five years, analysts said.",
])
def test_a_span_after_a_superlative_looks_back_and_is_no_deadline(text):
    proposals = extract("Prices\n\n" + text, said="2005-01-10", min_score=0)
    assert proposals and all(p.due is None for p in proposals)


@pytest.mark.parametrize("text", [
    '"I think the key is what the Bank expects to happen to the housing market," said Alex Bannister.',
    '"A further announcement will be made in due course," said David Gill.',
])
def test_what_someone_expects_as_a_noun_and_a_statements_closing_line_are_not_forecasts(text):
    assert not found("Bank\n\n" + text, said="2005-01-10"), text


@pytest.mark.parametrize("text, is_forecast", [
    ('"I will be disappointed if I am not given a chance to compete," said Susan Chepkemei.', False),
    ("Jonathan Ross, for one, will be very happy if Winslet wins.", False),
    ("Teenagers from well-off homes are six times more likely to go to university than others, a report says.", False),
    ('"I\'d be surprised if he finished in the first three on this ground," said Tom Segal.', True),
    ("The next move is more likely to be up than down, traders said.", True),
])
def test_a_feeling_on_a_condition_and_a_rate_compared_are_not_forecasts(text, is_forecast):
    assert bool(found("Sport\n\n" + text, said="2005-01-10")) == is_forecast, text


@pytest.mark.parametrize("text, claimant", [
    pytest.param("Digital music players will be behind this market growth said Jupiter .", "Jupiter",
                 id="an inverted 'said' without its comma"),
    pytest.param("According to reports from Russian News Agency Interfax, the deal should go through in the next "
                 "three months.", "Russian News Agency Interfax", id="reports from a named agency"),
    pytest.param("In 2004, according to forecasts from the Ministry of Commerce, China's oil imports will be 110m "
                 "tons.", "Ministry of Commerce", id="a year before 'according to' is the forecast's"),
])
def test_sources_real_copy_names_in_passing(text, claimant):
    assert one("Markets\n\n" + text, said="2004-11-20").claimant == claimant


def test_a_poll_for_a_paper_is_the_pollsters_and_a_day_is_no_one():
    p = one("Poll\n\nThe SNP will win 58 seats, according to a poll by Norvane Research for The Northern Courier.",
            said="2026-04-20")
    assert p.claimant == "Norvane Research"
    dated = found("Cars\n\nElectric cars will make up 15 per cent of the market by 2030 said Wednesday.",
                  said="2026-04-20")
    assert "Wednesday" not in [p.claimant for p in dated]


def test_a_speaker_after_but_on_wednesday_is_heard_and_his_he_follows():
    text = ("Arms\n\nGerhard Schroeder has called for the embargo to be lifted. Britain has been more cautious, but on "
            "Wednesday Mr Straw said he also wanted it to end. He said the ban would be lifted before July.")
    assert [p.claimant for p in found(text, said="2005-01-12")] == ["Straw"]
    # and at the sentence's start, where the day would otherwise open his name
    assert one("Arms\n\nBut on Wednesday Mr Straw said the ban would be lifted before July.",
               said="2005-01-12").claimant == "Straw"


def test_a_columnists_own_call_on_what_a_body_will_do_is_a_forecast():
    column = ("My calls for 2026\n\nBy Henrietta Okoro\n\nI have been wrong before, and I will be wrong again. "
              "But here is my thinking. I expect inflation to fall.\n\n"
              "The Bank of England will cut Bank Rate twice more, ending 2026 at 3.25 per cent.")
    news = "Rates\n\nThe Bank of England will cut Bank Rate twice more, ending 2026 at 3.25 per cent."
    assert any("Bank Rate" in p.quote for p in found(column, said="2025-12-20"))
    assert not found(news, said="2025-12-20")


@pytest.mark.parametrize("text, confidence", [
    ("The report by Grant Thornton also found that total costs were likely to exceed 650 million pounds.", 0.75),
    ('"I\'d be amazed if the winning score is better than eight under par," said Ifeoma Adeyemi-Clarke.', 0.3),
])
def test_a_finding_reported_and_being_amazed_if_are_forecasts(text, confidence):
    assert one("Costs\n\n" + text, said="2026-03-19").confidence == confidence


def test_you_will_find_is_no_finding_reported():
    p = one("Chips\n\nEventually the chip will be built into every processor and you will find one in every laptop.",
            said="2026-03-19")
    assert p.claimant == "The Daily Test"


@pytest.mark.parametrize("text", [
    "Boxoffice Pro is tracking the film at $42 million to $55 million for its three-day debut this weekend.",
    "I have New Zealand winning the series 2-1, with the decider in Wellington.",
    "Wandsworth, when it declares this afternoon, is genuinely a toss-up.",
    "Evacuations are almost certainly coming again for some northern communities this summer.",
])
def test_tracking_my_picks_a_toss_up_and_a_certain_present_are_forecasts(text):
    assert found("Outlook\n\n" + text, said="2026-03-02"), text


def test_a_byline_on_its_own_line_inside_a_header_block_is_read():
    text = ("PC shipments jumped. Don't get used to it.\n\nMarket note | Client devices\n"
            "By Ines Carvalho, Principal Analyst, Halverson Research\nPublished 2026-04-09\n\n"
            "We expect global shipments to fall 6% in the second quarter.")
    assert one(text).claimant == "Ines Carvalho"


def test_a_players_position_before_a_name_is_not_part_of_it():
    text = ("Prop Jones ready for hard graft\n\nAdam Jones says the Wales forwards are determined to dominate.\n\n"
            '"Gethin won\'t be intimidated tomorrow, none of us will," said Jones.')
    assert one(text, said="2005-02-25").claimant == "Adam Jones"


@pytest.mark.parametrize("text, claimant", [
    pytest.param('"This will likely hurt revenue in the short run," said analyst Ray Neidl at Calyon Securities.',
                 "Ray Neidl", id="a named analyst at a firm"),
    pytest.param("France's Peugeot warned that its profits will decline this year.", "Peugeot",
                 id="a country's possessive before a firm"),
    pytest.param("The revenue streams for mobile carriers will grow with 3G, thinks Paolo Pescatore.", "Paolo Pescatore",
                 id="an inverted 'thinks' before a name"),
    pytest.param("The Liverpool Echo newspaper has said Rafa Benitez will avoid a bidding war.", "Liverpool Echo",
                 id="an outlet's name before the word for what it is"),
    pytest.param("The Nikkei business daily said Toyota will cut prices by March.", "Nikkei",
                 id="an outlet described as a daily"),
    pytest.param("The Racing Post website reports that Arsenal will bid again next week.", "Racing Post",
                 id="an outlet's website"),
])
def test_the_person_or_firm_a_phrase_names_not_what_surrounds_it(text, claimant):
    assert one("Markets\n\n" + text, said="2005-02-23").claimant == claimant


@pytest.mark.parametrize("text", [
    '"We\'re going to have to cut costs further," the newspaper quoted Qantas chief executive Geoff Dixon as saying.',
    "Chief executive Geoff Dixon was quoted by The Australian newspaper as saying fuel prices will keep rising.",
])
def test_the_one_a_paper_quotes_as_saying_is_the_speaker(text):
    assert one("Qantas\n\n" + text, said="2005-01-17").claimant == "Geoff Dixon"


@pytest.mark.parametrize("text, claimant, claim", [
    pytest.param("Dan Ives, an analyst at Wedbush Securities, wrote in a note to clients that Apple will sell 80 million "
                 "iPhones in the December quarter.", "Dan Ives",
                 "Apple will sell 80 million iPhones in the December quarter.", id="a place for the words, then 'that'"),
    pytest.param("Shares could rise 20% over the next year, Goldman Sachs analysts led by Jan Hatzius said in a note.",
                 "Goldman Sachs", "Shares could rise 20% over the next year.", id="a team led by a named analyst"),
    pytest.param("Economists surveyed by Dow Jones are expecting 180,000 jobs to be added in November.", "Dow Jones",
                 "Economists surveyed by Dow Jones are expecting 180,000 jobs to be added in November.",
                 id="a pollster's panel and its auxiliary kept in the claim"),
])
def test_wire_shapes_of_attribution(text, claimant, claim):
    proposal = one("Markets\n\n" + text, said="2019-11-19")
    assert (proposal.claimant, proposal.text) == (claimant, claim)


def test_an_average_price_a_company_foresees_is_not_its_policy():
    proposal = one("Fares\n\nNorthwind Air, Europe's fourth-largest budget airline, said on Thursday that average fares "
                   "would fall by a mid-single-digit percentage over the summer.", said="2019-11-19")
    assert proposal.claimant == "Northwind Air"


@pytest.mark.parametrize("text", [
    pytest.param('"No matter how you look at it, this medium isn\'t going to make very much money," he said.',
                 id="isn't going to"),
    pytest.param('"What we learned at the weekend is what their tactics are going to be and it\'s going to be fear and '
                 'smear," he said.', id="a clause after an indirect question"),
])
def test_forecasts_that_read_like_questions_or_denials(text):
    assert found("Budget\n\nColen Garrow is an economist. " + text, said="2005-03-16")


def test_as_if_is_a_likeness_not_a_question():
    proposals = extract("Budget\n\nEconomist Colen Garrow said the budget looked as if it would stimulate economic "
                        "growth.", said="2005-03-16", min_score=0.4)
    assert [p.claimant for p in proposals] == ["Colen Garrow"]


def test_looked_set_to_in_reported_speech_is_the_speakers_forecast():
    proposal = one("Xbox\n\nXbox frontman J. Allard said the console looked set to be capable of one trillion "
                   "calculations per second.", said="2005-01-10")
    assert proposal.claimant == "J. Allard"


_PUNDIT_SECTION_PAGE = """<!DOCTYPE html><html><head><title>Cup weekend preview &ndash; plus Mara Quist&rsquo;s verdict | The Stand</title>
<meta name="author" content="Owen Pell"><meta property="article:published_time" content="2025-03-06T08:00:00Z">
<meta property="og:title" content="Cup weekend preview"></head><body><article><h1>Cup weekend preview</h1>
<p>Eight ties are left in the cup, and the draw has been kind to the holders this time around.</p>
<p>Bookmakers expect a big crowd at the final, and the holders are expected to reach it.</p>
<h2>The pundit&rsquo;s view</h2>
<p>I don&rsquo;t expect Rovers to get past the quarter-finals this year, whatever their fans say.</p>
<p>United will probably win the cup, and I think they will do it without conceding a goal.</p>
</article></body></html>"""


def test_a_pundit_section_inside_a_reporters_piece_is_the_pundits():
    proposals = extract(_PUNDIT_SECTION_PAGE.encode(), min_score=DEFAULT_MIN_SCORE)
    pundits = [p.claimant for p in proposals if "Rovers" in p.quote or "United" in p.quote]
    assert pundits == ["Mara Quist", "Mara Quist"]
    assert [p.claimant for p in proposals if "holders" in p.quote] == ["bookmakers"]


def test_a_pundit_section_named_by_its_own_byline_line():
    text = ("Cup weekend preview\n\nBy Owen Pell\n\nEight ties are left in the cup this year.\n\n"
            "Our expert's picks\n\nBy Mara Quist, former captain\n\n"
            "I don't expect Rovers to get past the quarter-finals this year.\n\n"
            "United will probably win the cup.\n")
    assert {p.claimant for p in found(text, said="2025-03-06")} == {"Mara Quist"}


_QA = """{headline}

By Tom Reyes

March 3, 2026

Ines Marlow took over as chief executive of Harbour Lines, the container shipping group, in 2024. She spoke to us at the company's Rotterdam headquarters.

Q: Freight rates have fallen by a third since the summer. Where do they go from here?

A: I expect rates to stay under pressure until at least the end of the year.

Q: What about the Red Sea?

A: Honestly, I don't think ships will return to the Suez route before 2027.
"""


@pytest.mark.parametrize("headline", [
    pytest.param("'We will not cut the dividend': an interview with Harbour Lines chief Ines Marlow",
                 id="the headline names whom it interviews"),
    pytest.param("Shipping's long winter", id="the introduction names her"),
])
def test_answers_in_a_question_and_answer_piece_are_the_interviewees(headline):
    proposals = found(_QA.format(headline=headline))
    assert [(p.claimant, p.text) for p in proposals] == [
        ("Ines Marlow", "Rates will stay under pressure until at least the end of the year."),
        ("Ines Marlow", "Ships will return to the Suez route before 2027.")]


@pytest.mark.parametrize("text, claimant", [
    pytest.param("The film is tracking to open to $45 million this weekend.", "Sam Lee", id="tracking to open"),
    pytest.param("Futures imply two cuts by June.", "Sam Lee", id="futures imply"),
    pytest.param("The Met Office's long-range forecast suggests a colder than average start to winter.", "Met Office",
                 id="a forecast that suggests, with an adjective before it"),
])
def test_forecasts_of_trackers_markets_and_outlooks(text, claimant):
    assert one("Outlook\n\nBy Sam Lee\n\n" + text, said="2026-11-20").claimant == claimant


def test_a_commodity_price_is_a_noun_not_a_bookmakers_verb():
    proposal = one("Grains\n\nWheat prices are forecast to ease as the harvest in Argentina comes in, according to the "
                   "International Grains Council.", said="2026-05-06")
    assert (proposal.claimant, proposal.text) == (
        "International Grains Council", "Wheat prices will ease as the harvest in Argentina comes in.")


def test_its_model_is_the_forecaster_just_heard():
    proposals = found("Seats\n\nElectoral Calculus projects the SNP will win 58 seats, seven short of a majority. Its model "
                      "gives the Conservatives just a one-in-ten chance of finishing second.", said="2026-05-06")
    assert [p.claimant for p in proposals] == ["Electoral Calculus", "Electoral Calculus"]


def test_analysts_at_a_firm_stay_in_the_claim():
    proposal = one("Oil\n\nAnalysts at Barclays see Brent crude averaging $85 a barrel next year.", said="2026-05-06")
    assert (proposal.claimant, proposal.text) == (
        "Barclays", "Analysts at Barclays see Brent crude averaging $85 a barrel next year.")


def test_said_it_expects_gives_what_it_expects():
    proposal = one("Results\n\nTesco said it expects profits to rise next year.", said="2026-10-02")
    assert (proposal.claimant, proposal.text) == ("Tesco", "Profits will rise next year.")


def test_an_owned_role_is_not_the_last_speaker():
    proposals = extract("Budget\n\nTF International Securities analyst Ming-Chi Kuo said shipments would reach 8 million "
                      "units in the first year. Supply-chain sources told DigiTimes that panel orders were expected to "
                      "start in the first quarter.\n\nThe council's auditor warned that the authority could run out of "
                      "reserves within two years.", said="2026-10-02", min_score=0.4)
    assert [p.claimant for p in proposals] == ["Ming-Chi Kuo", "Supply-chain sources", "council's auditor"]


def test_a_description_of_sources_stops_at_their_verb():
    proposals = extract("Talks\n\nTwo people briefed on the talks said Trump has decided that rolling back existing "
                        "tariffs, in addition to cancelling a scheduled Dec. 15 imposition of tariffs on some $156 billion "
                        "in Chinese consumer goods, requires deeper concessions from China.", said="2019-11-20",
                        min_score=0.0)
    assert all(" said " not in p.claimant for p in proposals)


def test_once_expected_is_an_expectation_given_up():
    proposals = extract("Talks\n\nA trade deal, once expected to be completed within weeks, has stalled, trade experts say.",
                        said="2019-11-20", min_score=0.0)
    assert not any("expected to" in p.cues for p in proposals)


def test_the_us_is_a_country_not_the_writers_we():
    text = ("Audi e-tron Sportback revealed\n\nBy Chris Davies\n\nThe US will only get the more powerful version. "
            "US versions will come with standard side mirrors.\n\n"
            "Audi will offer the car in thirteen different finishes.\n")
    assert not [p for p in found(text, said="2019-11-20") if "finishes" in p.quote]


@pytest.mark.parametrize("text", [
    pytest.param("The new e-tron Sportback will have Quattro all-wheel drive as standard.", id="as standard"),
    pytest.param("The US car will come with standard side mirrors.", id="come with standard"),
    pytest.param("Orange contrast stitching will be an option.", id="an option"),
    pytest.param("Air suspension will be standard on the S line model.", id="standard"),
])
def test_a_products_equipment_is_its_specification(text):
    assert not found("Audi e-tron Sportback revealed\n\n" + text, said="2019-11-20")


@pytest.mark.parametrize("text", [
    pytest.param('"I didn\'t really see him coming," Eriksson Ek said.', id="didn't see it coming"),
    pytest.param("It felt like fate was forcing her to choose between the dream she'd had since she was a girl and a new "
                 "reality.", id="'d for had"),
    pytest.param("They used the Keck Observatory to study Europa, which astrobiologists regard as one of the solar "
                 "system's best bets to host alien life.", id="best bets, a noun"),
])
def test_unused_benchmark_pages_look_alikes(text):
    assert not found("News\n\nMarsh and Eriksson Ek spoke. " + text, said="2019-11-19")


def test_a_question_run_into_the_next_line_is_cut_after_its_mark():
    article = parse(b"News\n\nWho will replace Pochettino for Spurs?Here are some names to keep an eye on")
    sentences, _ = split(article)
    assert [article.text[s.start:s.end] for s in sentences][1:] == [
        "Who will replace Pochettino for Spurs?", "Here are some names to keep an eye on"]


def test_certain_before_a_noun_is_no_certainty():
    proposal = one("Outlook\n\nCertain areas will flood by Friday, and victory is certain for the Greens in May.",
                   said="2019-11-20")
    assert proposal.confidence == 1.0 and proposal.confidence_text == "certain"
    assert found("Review\n\nMany areas will be accessible only after obtaining certain Force powers next year.",
                 said="2019-11-20")[0].confidence is None


def test_a_sentence_printed_twice_is_proposed_once():
    text = ("Tech\n\nApple is holding an event in New York next month, and it will be all about games.\n\n"
            "Apple is holding an event in New York next month, and it will be all about games.\n")
    assert len(found(text, said="2019-11-19")) == 1


@pytest.mark.parametrize("text, proposed", [
    pytest.param("In your adventures, you'll mainly be attacked by three enemy factions.", False, id="you'll"),
    pytest.param("You're going to parry the trooper's bolts back at them.", False, id="you're going to"),
    pytest.param("You'll pay about £120 more for energy this winter.", True, id="you'll, with a time"),
])
def test_a_generic_you_tells_how_a_thing_works(text, proposed):
    assert bool(found("Review\n\nBy Sam Lee\n\n" + text, said="2019-11-20")) is proposed


@pytest.mark.parametrize("author", ["Analysis by Chris Cillizza", "Opinion by Chris Cillizza", "By Chris Cillizza"])
def test_a_pages_author_field_loses_the_kind_of_piece(author):
    page = (f'<html><head><title>Health</title><meta name="author" content="{author}">'
            '<meta property="article:published_time" content="2019-11-18"></head><body><article><h1>Health</h1>'
            "<p>The White House will release the president's full medical records next year, the analysis finds "
            "little reason to doubt.</p><p>Rates will rise next year, and the president will sign the bill.</p>"
            "</article></body></html>")
    assert parse(page.encode()).byline == "Chris Cillizza"


def test_titles_in_quotation_marks_are_nobodys_words():
    text = ("Grammys 2026 predictions\n\nBy Theo Mbatha\n\nPaddy Power makes Marisol Quintero the 1-3 favourite for "
            "album of the year.\n\nI expect record of the year to go to \u201cStatic Heart\u201d on Sunday.\n\n"
            "Sunday\u2019s song of the year race is a genuine toss-up between \u201cPaper Crown\u201d and \u201cLow Orbit.\u201d\n")
    assert [p.claimant for p in found(text, said="2026-01-28")][1:] == ["Theo Mbatha", "Theo Mbatha"]


def test_a_sites_panel_is_the_site():
    assert one("Awards\n\nGold Derby\u2019s panel of expert pundits also predicts a Quintero win this weekend.",
               said="2026-01-28").claimant == "Gold Derby"


@pytest.mark.parametrize("text, claimant", [
    pytest.param("Coming back to the market, experts say the upside will be capped this year.", "experts",
                 id="coming back, a particle"),
    pytest.param("Bookmakers are backing Labour to win the seat.", "Bookmakers", id="backing a side"),
])
def test_back_as_a_particle_or_as_backing(text, claimant):
    assert one("Markets\n\n" + text, said="2019-11-19").claimant.lower() == claimant.lower()


@pytest.mark.parametrize("text", [
    "The 2021 RAV4 Prime will be able to go 39 miles (63 kilometers) on battery power alone.",
    "A performance GT version will be able to go from zero to 60 mph in about 3.5 seconds.",
    "Ford's Mustang Mach E will go 230 miles to more than 300 miles per charge depending on how it is equipped.",
    "It will start at $44,000, not including a $7,500 federal tax credit.",
])
def test_a_vehicles_measured_performance_and_price_are_its_specification(text):
    assert not found("Auto show\n\nBy Tom Krisher\n\n" + text, said="2019-11-20")


@pytest.mark.parametrize("text", [
    "In a company email, employees were told that layoffs will begin this week in the U.S.",
    "Those include 1,000 maintenance workers who have been informed that their employment will be terminated on Dec. 9.",
])
def test_a_plan_made_known_to_those_it_touches_is_no_forecast(text):
    assert not found("WeWork\n\nBy David Jeans\n\n" + text, said="2019-11-18")


@pytest.mark.parametrize("author, byline", [
    ("Tom Gillespie News reporter", "Tom Gillespie"),
    ("Jane Doe, Staff Writer", "Jane Doe"),
    ("Editorial", None),
    ("The Editorial Board", None),
    ("Meg James", "Meg James"),
])
def test_a_pages_author_field_keeps_only_a_name(author, byline):
    page = (f'<html><head><title>Spurs</title><meta name="author" content="{author}">'
            '<meta property="article:published_time" content="2019-11-20"></head><body><article><h1>Spurs</h1>'
            "<p>Pochettino's sacking will reignite speculation about his future, and the club will move fast.</p>"
            "<p>Rates will rise next year, and the president will sign the bill before Christmas.</p>"
            "</article></body></html>")
    assert parse(page.encode()).byline == byline


def test_the_most_anticipated_witness_is_no_speaker():
    proposal = one("Hearing\n\nAmbassador Gordon Sondland, the most anticipated witness in the impeachment inquiry, is "
                   "likely to face tough questions.", said="2019-11-20", outlet="AP")
    assert proposal.claimant == "AP"


def test_no_reason_to_think_reads_as_unlikely():
    assert one("Chargers\n\nLynn said there is no reason to think they will win out this season.",
               said="2019-11-20").confidence == 0.3


@pytest.mark.parametrize("text, claimant", [
    pytest.param("Boxoffice Pro\u2019s final forecast puts the Friday-to-Sunday total at $102 million.", "Boxoffice Pro",
                 id="a forecast puts a total at a figure"),
    pytest.param("National Research Group\u2019s pre-release tracking points to a domestic opening of $95 million this "
                 "weekend.", "National Research Group", id="tracking points to"),
    pytest.param("Universal thinks the film has the legs to reach $400 million domestically by Labor Day.", "Universal",
                 id="has the legs to"),
])
def test_box_office_trackers_and_their_figures(text, claimant):
    assert one("Box office\n\nBy Dana Kim\n\n" + text, said="2026-07-16").claimant == claimant


@pytest.mark.parametrize("text, claims", [
    pytest.param("The Electoral Calculus model gives the SNP a 68 per cent chance of emerging as the largest party and "
                 "just a 9 per cent chance of an outright majority.",
                 [("The SNP a 68 per cent chance of emerging as the largest party", 0.68),
                  ("The SNP just a 9 per cent chance of an outright majority", 0.09)], id="and just a"),
    pytest.param("The Met Office outlook gives only a 15 per cent chance that January will be colder than average, "
                 "against a 45 per cent chance that it will be milder.",
                 [("January will be colder than average", 0.15), ("It will be milder", 0.45)], id="against a"),
])
def test_one_forecasters_two_chances_are_two_proposals(text, claims):
    proposals = found("Outlook\n\n" + text, said="2026-05-06")
    assert [(p.confidence) for p in proposals] == [c for _, c in claims]
    assert all(want.lower() in p.text.lower() for p, (want, _) in zip(proposals, claims))
    assert len({p.uuid for p in proposals}) == 2


def test_a_possessives_yearless_date_gone_this_year_is_no_deadline():
    proposals = found("Hearing\n\nThe envoy is likely to face tough questions about Trump's July 25 call with the "
                      "Ukrainian president.\n\nThe vote is likely to pass on July 25.", said="2019-11-20")
    assert [p.due for p in proposals] == [None, "2020-07-25"]


def test_an_interview_by_line_is_the_byline_not_the_interviewee():
    text = ("A climate scientist on what comes next\n\nInterview by Lucas Ferreira-Boateng\n\nNovember 8, 2024\n\n"
            "Anjali Ravikumar is a professor of climate science at the University of Reading. We spoke to her days "
            "before the talks.\n\nQ: Will 2024 be the hottest year on record?\n\n"
            "A: Yes. 2024 will almost certainly be the first calendar year more than 1.5C above pre-industrial levels."
            "\n\nQ: And next year?\n\nA: 2025 will probably be a little cooler than this year.\n")
    assert parse(text.encode()).byline == "Lucas Ferreira-Boateng"
    assert {p.claimant for p in found(text)} == {"Anjali Ravikumar"}


@pytest.mark.parametrize("author, metas, texts, byline", [
    pytest.param("T C Sottek", [], ["By", "T.C. Sottek", "Nov 29, 2016"], "T.C. Sottek", id="initials' dots"),
    pytest.param("Nelson D Schwartz", [], ["By Nelson D. Schwartz"], "Nelson D. Schwartz", id="by line"),
    pytest.param("Paul Wiseman Fatima Hussein", [], ["Paul Wiseman", "Fatima Hussein, The Associated Press"],
                 "Paul Wiseman", id="two writers run together"),
    pytest.param("Steven Shepard Link Copied", [], ["Steven Shepard", "Link Copied"], "Steven Shepard", id="a button"),
    pytest.param("October ; Marc Lifsher", [], [], "Marc Lifsher", id="a month"),
    pytest.param("Sept. ; Junior", [], [], "Junior", id="a month cut short, then a one-word name"),
    pytest.param("Marcus", [], [], "Marcus", id="a name that starts like a month"),
    pytest.param("See full bio", ["Marguerite Reardon"], [], "Marguerite Reardon", id="furniture, then the meta tag"),
    pytest.param("Username", [], [], None, id="a login box"),
    pytest.param("KATE DAVIDSON", [], ["Kate Davidson"], "Kate Davidson", id="capitals"),
    pytest.param("Reuters", [], [], "Reuters", id="an agency"),
    pytest.param("Perry Bacon Jr", ["perrybaconjr"], ["Perry Bacon Jr.", "perrybaconjr"], "Perry Bacon Jr.",
                 id="a handle spells no name"),
])
def test_a_pages_byline_is_spelled_as_the_page_prints_it(author, metas, texts, byline):
    from claimtrack.extract.article import _page_author

    assert _page_author(author, ([], metas, texts)) == byline


def test_an_author_meta_tag_with_a_value_attribute_is_read():
    page = ('<html><head><title>Mobile</title><meta name="author" value="T.C. Sottek">'
            '<meta property="article:published_time" content="2016-11-29"></head><body><article><h1>Mobile</h1>'
            "<p>The coming zero-rated internet regime will reshape how people pay for data, and carriers will push it.</p>"
            "<p>Rates will rise next year, and the president will sign the bill before Christmas.</p>"
            "</article></body></html>")
    assert parse(page.encode()).byline == "T.C. Sottek"


def _page(head: str, body: str = "<p>Rates will rise next year, and the president will sign the bill before Christmas.</p>"
          "<p>The coming regime will reshape how people pay for data, and carriers will push it hard.</p>") -> bytes:
    return (f"<html><head><title>Story</title>{head}</head><body><article><h1>Story</h1>{body}"
            "</article></body></html>").encode()


@pytest.mark.parametrize("head, body, day", [
    # the tag as some saved pages hold it (`value`, `name=`), and a sidebar's date that the date finder prefers
    pytest.param('<meta value="2016-09-02T07:30:01.000-04:00" name="article:published_time">',
                 '<p class="byline">Sept. 2, 2016</p><aside><time class="timestamp" datetime="2022-08-10T17:02:00Z">'
                 "8/9/2022 1:02 p.m.</time></aside>", dt.date(2016, 9, 2), id="the markup's stated day"),
    # "10/04/2016" read as 10 April, on a page whose URL says October
    pytest.param('<link rel="canonical" href="https://www.example.com/story/2016/10/who-will-win-229079">',
                 '<div class="story-meta"><p class="story-meta__authors">By <a href="/staff/steven-shepard">Steven '
                 'Shepard</a></p><p class="story-meta__timestamp"><time datetime="2016-10-04 05:07:09">10/04/2016 '
                 "05:07 AM EDT</time></p></div>", dt.date(2016, 10, 4), id="turned round by the URL"),
])
def test_a_pages_date_is_the_one_its_markup_and_address_state(head, body, day):
    assert parse(_page(head, body + "<p>Rates will rise next year, and the president will sign the bill.</p>")).date == day


def test_the_articles_own_author_tag_beats_a_publisher_in_the_site_wide_one():
    page = _page('<meta name="author" content="Cond&#xE9; Nast"><meta property="article:author" content="Emma Grey Ellis">')
    assert parse(page).byline == "Emma Grey Ellis"


def test_a_sentence_set_in_brackets_is_read_without_them():
    proposal = one("Outlook\n\nThe International Monetary Fund cut its outlook on Tuesday. (The IMF expects worldwide "
                   "consumer prices to rise 8.8% this year, up from 4.7% in 2021.)", said="2022-10-11", outlet="AP")
    assert proposal.claimant == "International Monetary Fund"
    assert proposal.quote.startswith("The IMF expects") and proposal.due == "2022-12-31"


def test_new_opens_a_places_name_after_an_article():
    assert one("Debate\n\n\u201cPence will have to defend Trump,\u201d said a New Hampshire Republican.",
               said="2016-10-04").claimant == "New Hampshire Republican"


def test_in_a_decade_is_a_deadline():
    assert one("Debt\n\nInterest will eat up 13 percent of government spending in a decade, the budget office said.",
               said="2018-09-25").due == "2028-09-25"


@pytest.mark.parametrize("body, claimant", [
    ("the city of San Diego", "city of San Diego"),
    ("the government of Canada", "government of Canada"),
])
def test_a_body_named_by_its_place_speaks(body, claimant):
    assert one(f"Stadium\n\nAs it stands, {body} expects to lose an estimated $5.6 million next year.",
               said="2019-08-27").claimant == claimant


def test_a_json_ld_person_beats_a_publisher_in_the_site_wide_author_tag():
    page = _page('<meta name="author" content="Cond\u00e9 Nast"><script type="application/ld+json">{"@context": '
                 '"http://schema.org", "@type": "NewsArticle", "author": [{"@type": "Person", "name": "Molly Wood"}]}'
                 "</script>")
    assert parse(page).byline == "Molly Wood"


def test_a_body_cut_into_containers_between_advertisements_is_put_back_together():
    from lxml import html as lxml_html

    from claimtrack.extract.article import _rejoined, _split_body

    part = [f"Paragraph {n} of the first part tells the story of the mission and its long flight." for n in range(3)]
    rest = ["The spacecraft will go dark after it lands on the comet on Friday, the mission's chief said.",
            "Scientists will study its data for decades to come, the mission's chief scientist expects."]
    teasers = "".join(f'<div class="teaser"><p>{n}: a related story with a long enough summary line to count.</p></div>'
                      for n in range(3))
    tree = lxml_html.fromstring("<html><body>" + "".join(
        f'<div class="body__inner">{"".join(f"<p>{t}</p>" for t in texts)}</div><div class="ad">Ad</div>'
        for texts in (part, rest)) + teasers + "</body></html>")
    kept = [("p", text) for text in part] + [("p", "About the author: she writes on space.")]
    # what trafilatura kept, then the rest of the body after it; teasers and the author's note stay where they were
    assert _rejoined(list(kept), _split_body(tree)) == kept[:3] + [("p", text) for text in rest] + kept[3:]
    assert _rejoined([("p", "Another story entirely, with nothing of this page's body in it.")], _split_body(tree)) == \
        [("p", "Another story entirely, with nothing of this page's body in it.")]


def test_a_name_cut_short_is_the_fullest_form_met():
    text = ("Rates\n\nThe U.S. Federal Reserve raised rates on Wednesday, and the Federal Open Market Committee "
            "voted for it.\n\nThe Fed sees three rate hikes in 2017 instead of two.")
    assert one(text, said="2016-12-14").claimant == "Federal Reserve"


def test_a_publishers_social_media_page_is_no_outlet():
    page = _page('<meta property="og:site_name" content="https://www.facebook.com/natgeo">'
                 '<link rel="canonical" href="https://news.nationalgeographic.com/2015/08/office-temperature/">')
    assert parse(page).outlet is None


@pytest.mark.parametrize("sentence, claimant", [
    pytest.param("Virtually all Democratic insiders surveyed last week, 97 percent, expect Kaine to get the better "
                 "of Pence.", "Democratic insiders", id="a share as an aside, a panel asked last week"),
    pytest.param("In comparison, fewer than three-quarters of Republicans, 74 percent, think Pence will win.",
                 "Republicans", id="a share of a group"),
    pytest.param("More than half of economists expect a rate cut in June.", "economists", id="more than half of"),
    pytest.param("Democratic insiders surveyed last week expect Kaine to win.", "Democratic insiders",
                 id="surveyed last week: when they were asked"),
])
def test_a_survey_panel_and_a_share_of_it_are_the_panel(sentence, claimant):
    assert one("Debate\n\n" + sentence, said="2016-10-04", by="Steven Shepard").claimant == claimant


def test_a_panel_that_expected_last_week_is_a_belief_gone():
    assert not found("Debate\n\nLast week, economists expected Kaine to win.", said="2016-10-04", by="Steven Shepard")


@pytest.mark.parametrize("sentence, claimant, text", [
    pytest.param("In the short term, people familiar with her thinking said that she is likely to work in the private "
                 "sector.", "people familiar with her thinking", "She will work in the private sector.",
                 id="her thinking: a noun"),
    pytest.param("But those who know her believe that she is likely to run in 2024.", "those who know her",
                 "She will run in 2024.", id="those who"),
    pytest.param("Analysts expect him to stay at the club next season.", "analysts",
                 "He will stay at the club next season.", id="him: he"),
])
def test_anonymous_descriptions_keep_what_describes_them(sentence, claimant, text):
    proposal = one("Haley\n\n" + sentence, said="2018-10-09", by="Edward Wong")
    assert (proposal.claimant, proposal.text) == (claimant, text)


def test_two_reports_set_side_by_side_are_two_proposals():
    text = ("eSports\n\nA projection from R.W. Baird suggests that the market will be worth $1.8 billion in 2020, while "
            "a recent report from Activiate anticipates that 2020 eSports revenue will exceed $5 billion.")
    assert [(p.claimant, p.text) for p in found(text, said="2017-01-09", by="Keith Noonan")] == [
        ("R.W. Baird", "The market will be worth $1.8 billion in 2020."),
        ("Activiate", "2020 eSports revenue will exceed $5 billion.")]


@pytest.mark.parametrize("sentence, claimant", [
    ("A projection from R.W. Baird suggests that the market will be worth $1.8 billion in 2020.", "R.W. Baird"),
    ("A recent report from Activiate anticipates that revenue will exceed $5 billion in 2020.", "Activiate"),
])
def test_a_document_from_a_firm_speaks_for_it(sentence, claimant):
    assert one("eSports\n\n" + sentence, said="2017-01-09", by="Keith Noonan").claimant == claimant


def test_trends_to_look_for_next_year_is_a_piece_about_that_year():
    text = ("Seven mobile trends to look for in 2017\n\nBy Marguerite Reardon\n\n"
            "Thanks to Trump's victory, you're likely to see more services that are zero-rated.")
    proposal = one(text, said="2016-12-22")
    assert (proposal.due, proposal.text) == ("2017-12-31", "Thanks to Trump's victory, you will see more services that "
                                                           "are zero-rated.")


def test_a_day_that_opens_a_clause_in_the_past_is_gone():
    text = ("TV ban\n\nOn Tuesday, executives and consultants for the Arlington, Va., trade group asked the commission "
            "to let consumers decide.\n\n\"This will actually save consumers money,\" said Commissioner Julia Levin.")
    assert one(text, said="2009-10-14").due is None


def test_a_day_that_opens_a_clause_about_to_come_is_the_deadline():
    text = "Election\n\nOn Tuesday, voters go to the polls in Ohio. The Tories will win, analysts said."
    assert one(text, said="2016-10-01").due == "2016-10-04"


@pytest.mark.parametrize("sentence", [
    "He said that he hoped Ms. Haley would return in a different role.",
    "The minister said she wanted the new rules to take effect next year and that prices would fall.",
])
def test_a_wish_reported_is_no_forecast(sentence):
    assert not found("Haley\n\n" + sentence, said="2018-10-09", by="Edward Wong")


def test_no_need_to_revise_a_prediction_keeps_it():
    text = ("House prices\n\nMartin Ellis, Halifax chief economist, said that there was no need to revise the bank's "
            "prediction, made last month, that prices would fall by 2% in 2005.")
    assert found(text, said="2005-02-07")


@pytest.mark.parametrize("sentence, proposed", [
    pytest.param("Yellen is set to host the Ukrainian finance minister at the Treasury today.", False, id="host: timetable"),
    pytest.param("Motorola is set to launch a new phone in Barcelona next month.", False, id="launch: timetable"),
    pytest.param("On Wednesday, she will participate in the ministerial roundtable at the IMF.", False, id="participate"),
    pytest.param("The film is set to open to $45 million this weekend.", True, id="a figure: a forecast"),
    pytest.param("Southampton are set to unveil Harry Redknapp as their new manager on Wednesday.", True,
                 id="an appointment"),
    pytest.param("Prices are set to rise next year.", True, id="not a timetable's verb"),
])
def test_set_to_with_a_timetables_verb_is_a_timetable(sentence, proposed):
    assert bool(found("Morning Money\n\nBy Kate Davidson\n\n" + sentence, said="2022-10-11")) is proposed


@pytest.mark.parametrize("sentence, claimant, text", [
    ("Rates are expected by most economists to fall next year.", "economists", "Rates will fall next year."),
    ("Sales are forecast by Forrester Research to reach $84 billion by 2015.", "Forrester Research",
     "Sales will reach $84 billion by 2015."),
    ("They joined the more than 43 million Americans expected by AAA to travel over the holiday weekend.", "AAA",
     "They joined the more than 43 million Americans expected to travel over the holiday weekend."),
])
def test_a_passive_forecast_names_its_forecaster_after_by(sentence, claimant, text):
    proposal = one("Outlook\n\n" + sentence, said="2011-09-13", by="Ben Kunz")
    assert (proposal.claimant, proposal.text) == (claimant, text)


def test_a_report_released_on_a_day_by_a_body_is_the_bodys():
    assert one("Outlook\n\nA report released on Tuesday by the IMF said growth will slow next year.",
               said="2012-10-09", by="Maggie Haberman").claimant == "IMF"


@pytest.mark.parametrize("sentence, proposed", [
    pytest.param("Oil's extreme dislocation should partially unwind in 2015.", True, id="a thing's course, a time"),
    pytest.param("Polls opened at 7am across Scotland's 73 constituencies and close at 10pm tonight, but anyone "
                 "hoping for an early night should think again.", False,
                 id="advice to anyone"),
    pytest.param("The government should cut taxes in 2015.", False, id="a body that acts: a demand"),
])
def test_should_with_a_time_tells_what_is_expected_of_a_thing(sentence, proposed):
    assert bool(found("Outlook\n\n" + sentence, said="2014-12-29", by="David Parkinson")) is proposed


def test_said_and_a_bare_weekday_close_a_sentence():
    text = ("Outlook\n\nIMF chief economist Pierre-Olivier Gourinchas spoke in Washington. Countries accounting for a "
            "third of global economic output will contract next year, suggesting that 2023 will feel like a "
            "recession to many people around the world, he said Tuesday.")
    proposal = one(text, said="2022-10-11", by="Paul Wiseman")
    assert (proposal.claimant, proposal.due) == ("Pierre-Olivier Gourinchas", "2023-12-31")


def test_a_dateline_set_over_several_lines_is_no_deadline():
    text = ("230comments\n\n24\nJul\n2012\n6:10am, EDT\nIn Aurora massacre, trial may not shed much light on motive\n\n"
            "By Wes Oliver, NBC News contributor\n\nIt seems likely this will be a capital case.\n")
    assert one(text, said="2012-07-24").due is None


def test_a_headings_day_just_gone_is_no_deadline_and_a_byline_in_capitals_is_a_name():
    text = ("November 6, 2012, 1:43 am\nNov. 5: Late Poll Gains for Obama Leave Romney With Longer Odds\n"
            "By NATE SILVER\n\nThe odds are that Mr. Obama will win another term.\n")
    proposal = one(text, said="2012-11-06")
    assert (proposal.claimant, proposal.due) == ("Nate Silver", None)


def test_a_chief_information_officer_is_a_role_before_a_name():
    text = ("Big data\n\nWe are entering an inflection point, according to Dun & Bradstreet CIO Walt Hauck.\n\n"
            "According to Hauck, the companies that get big data will be the haves.")
    assert one(text, said="2012-11-06").claimant == "Walt Hauck"


def test_a_block_quotation_is_the_words_of_the_one_introduced_before_it():
    page = ("<html><head><title>Facebook earnings</title><meta name='author' content='Larry Dignan'>"
            "<meta property='article:published_time' content='2012-07-24'></head><body><article><h1>Facebook</h1>"
            "<p>Facebook reports on Thursday, and analysts have been busy writing notes about the quarter.</p>"
            "<p>JMP Securities analyst Mark Harding said:</p><blockquote>While we do not expect mobile to contribute "
            "materially, we are optimistic that the company's new initiatives will eventually gain traction."
            "</blockquote><p>Citi Research analyst Mark Mahaney lays out the challenges.</p>"
            "<blockquote>We expect revenue growth to decelerate to 25 percent next quarter.</blockquote>"
            "</article></body></html>").encode()
    assert [p.claimant for p in found(page)] == ["Mark Harding", "Mark Mahaney"]


def test_a_paragraph_set_in_among_others_is_a_block_quotation():
    text = ("Facebook earnings\n\nBy Larry Dignan\n\nAnalysts have been writing notes. JMP Securities analyst Mark "
            "Harding said:\n\n    We are optimistic that the company's new initiatives will gain traction next year.\n\n"
            "The stock fell on Monday.\n")
    assert one(text, said="2012-07-24").claimant == "Mark Harding"


@pytest.mark.parametrize("text, said, claimants", [
    pytest.param("Transfer window latest\n\nBy Callum Brennan\n\nDeloitte expects clubs to spend less in this window "
                 "than last year.\n\nTunde Bakare's five calls\n\n1. Arsenal land a striker. \"Arsenal will sign a "
                 "centre-forward by deadline day, I'd put it at 70 per cent.\"\n\n2. Spurs the busiest. Spurs will be the "
                 "busiest club in the league this window.\n", "2026-01-08", ["Deloitte", "Tunde Bakare", "Tunde Bakare"],
                 id="a heading with a pundit's name, quotations too"),
    pytest.param("What to watch in 2015\n\nBy David Parkinson\n\nHere, four economists share their views.\n\n"
                 "Eric Lascelles\n\nChief economist, RBC Global Asset Management – Toronto\n\n"
                 "Collapsing oil prices are poised to reverberate across 2015.\n\nJulian Jessop\n\n"
                 "Chief global economist, Capital Economics – London\n\nThe price of oil will remain low next year.\n\n"
                 "Metals prices should rebound in 2015.\n", "2014-12-29", ["Eric Lascelles", "Julian Jessop", "Julian Jessop"],
                 id="a panel's names and roles on lines of their own"),
    pytest.param("7 Top Stocks to Buy for 2015\n\nBy Motley Fool Staff\n\n"
                 "Ashraf Eassa (Qualcomm): I think that during 2015, Qualcomm the stock will be a winner.\n\n"
                 "Its licensing business will grow next year.\n\n"
                 "Tamara Walsh (WhiteWave Foods): I expect this momentum to carry over into the new year.\n", "2014-12-22",
                 ["Ashraf Eassa", "Ashraf Eassa", "Tamara Walsh"], id="a panel's sections opening with a name and a subject"),
])
def test_a_section_is_credited_to_the_one_who_writes_it(text, said, claimants):
    assert [p.claimant for p in found(text, said=said)] == claimants


@pytest.mark.parametrize("phrase, said, due", [
    ("second quarter", dt.date(2012, 7, 24), None),  # results season: the quarter just gone
    ("Q2", dt.date(2012, 7, 24), None),
    ("third quarter", dt.date(2012, 7, 24), dt.date(2012, 9, 30)),
    ("first quarter", dt.date(2012, 7, 24), dt.date(2013, 3, 31)),  # long gone: next year's
    ("fourth quarter", dt.date(2013, 1, 20), None),
])
def test_a_quarter_named_in_results_season_is_the_one_just_gone(phrase, said, due):
    from claimtrack.phrases import read_article_due

    assert read_article_due(phrase, said) == due


def test_a_pages_linked_data_nested_past_the_parsers_depth_is_no_crash():
    page = _page('<meta name="author" content="Jane Doe"><script type="application/ld+json">' + "[" * 100_000 +
                 "</script>")
    assert parse(page).byline == "Jane Doe"


@pytest.mark.parametrize("line, piece", [
    ("Jul", True), ("6:10am, EDT", True), ("24", True), ("Wild Card Weekend", False),
    ("1" * 40 + "x", False),  # (one pattern over the whole line took twice as long for each more digit)
])
def test_a_heading_that_is_only_a_piece_of_a_date(line, piece):
    from claimtrack.extract import _date_piece

    assert _date_piece(line) is piece


def test_a_run_of_words_longer_than_prose_is_read_in_pieces():
    from claimtrack.extract.sentences import MAX_WORDS, split_block

    text = "Prices will rise " + "which will " * 1000 + "fall."
    spans = split_block(text)
    assert len(spans) > 1 and all(len(text[s:e].split()) <= MAX_WORDS for s, e in spans)
    assert " ".join(text[s:e] for s, e in spans).split() == text.split()  # nothing lost, nothing twice


@pytest.mark.parametrize("sentence, claimant", [
    ("The Detroit News reports that Thomas will likely be fourth on the depth chart.", "The Detroit News"),
    ("The New York Times reported that prices will rise next year.", "The New York Times"),
    ("The Federal Reserve expects prices to rise next year.", "Federal Reserve"),
])
def test_a_papers_capital_the_is_part_of_its_name_even_at_a_sentences_start(sentence, claimant):
    assert one(f"Notes\n\nBy Jo Roe\n\n{sentence}").claimant == claimant


@pytest.mark.parametrize("sentence, forecast", [
    ("Rashard Mendenhall, who did practice this week, doesn't figure to play.", True),
    ("Spiller figures to start on Sunday.", True),
    ("Quarterly sales figures to be released on Friday show a drop.", False),
])
def test_figures_to_is_an_expectation_and_no_ones_belief(sentence, forecast):
    proposals = found(f"Notes\n\nBy Jo Roe\n\n{sentence}", said="2012-11-02")
    assert [p.claimant for p in proposals] == (["Jo Roe"] if forecast else [])


def test_a_comment_boxs_rules_are_no_forecast_and_comments_in_the_news_can_be():
    text = ("Notes\n\nBy Jo Roe\n\nComments may be no longer than 2000 characters and will post to the site shortly "
            "after submitting.\n\nThe minister's comments will anger the unions, analysts said.")
    assert [p.claimant for p in found(text)] == ["analysts"]


def test_tomorrows_event_is_due_tomorrow():
    p = one("Eclipse\n\nBy Jo Roe\n\nFew will be present during tomorrow's total solar eclipse, which will only be "
            "visible on land from a tiny sliver of Australia.", said="2012-11-12")
    assert (p.due, p.due_text) == ("2012-11-13", "tomorrow's")


def test_a_worry_that_something_will_happen_is_a_forecast_and_a_hope_is_not():
    text = ("Gaza\n\nBy Jo Roe\n\nDr Marwan Saleh worries that the fuel shortages will interrupt the use of dialysis "
            "machines.\n\nOfficials hope the new rules will reduce congestion.")
    assert [p.claimant for p in found(text)] == ["Marwan Saleh"]


@pytest.mark.parametrize("sentence, claimant", [
    ("Others who have tracked Bloomberg's career see choppier waters ahead.",
     "others who have tracked Bloomberg's career"),
    ("Economists see more pain ahead for the airline.", "economists"),
    ("I see the road ahead.", None),
])
def test_seeing_a_course_ahead_is_a_forecast(sentence, claimant):
    assert [p.claimant for p in found(f"Race\n\nBy Jo Roe\n\n{sentence}")] == ([claimant] if claimant else [])


def test_the_person_said_is_the_source_described_before_and_a_nationality_only_describes():
    text = ("Hitachi\n\nHitachi is the preferred bidder for Horizon, a person familiar with the matter said. The winning "
            "bid is expected to be unveiled next week, the person said.\n\n"
            "Ankara would probably drop its objections by March, a Greek diplomat said.")
    assert [p.claimant for p in found(text, said="2012-10-25")] == ["person familiar with the matter", "Greek diplomat"]


@pytest.mark.parametrize("sentence, forecast", [
    ("It is likely that the fire started in the kitchen.", False),
    ("Given the mechanism of injury, it is more likely that the muscles took the brunt of the force.", False),
    ("It is likely that prices will rise next year.", True),
])
def test_likely_that_something_happened_is_a_guess_at_the_past(sentence, forecast):
    assert len(found(f"Notes\n\nBy Jo Roe\n\n{sentence}")) == int(forecast)


@pytest.mark.parametrize("sentence, due", [
    ("Models predict that the Arctic Ocean could be ice-free in summer by the year 2035.", "2035-12-31"),
    ("Friday will likely feature an arcing band of rotating thunderstorms, forecasters said.", "2024-04-26"),
    ("Thursday is forecast to be colder, with morning temperatures expected to fall.", "2024-04-25"),
    ("He believes Wednesday will finish the season in the bottom half.", None),  # the club
])
def test_the_year_named_as_the_year_and_a_day_as_a_sentences_subject_are_deadlines(sentence, due):
    assert one(f"Weather\n\nBy Jo Roe\n\n{sentence}", said="2024-04-24").due == due


def test_continues_to_expect_is_an_expectation_and_a_possessives_estimate_is_a_noun():
    text = ("Jobs\n\nBy Jo Roe\n\nAndrew Hencic said the data was noisy. But with April's flash GDP estimate signalling a "
            "0.4 per cent monthly gain, he continues to expect a second quarter bounce-back in activity.")
    p = one(text, said="2026-06-06")
    assert (p.claimant, p.text) == ("Andrew Hencic",
                                    "Andrew Hencic continues to expect a second quarter bounce-back in activity.")


def test_a_quotation_no_verb_hands_on_is_the_words_of_the_one_its_paragraph_opens_on():
    text = ("Interview\n\nBy Dylan Jones\n\nSir Tony Blair spoke to us this week. Blair is unconvinced.\n\n"
            "“I find it hard to believe.”\n\n"
            "He is more emphatic when discussing Ukraine. “We should help. There will be, in the end, a compromise.”\n\n"
            "The mood is grim. “Prices will fall next year.”")
    assert [p.claimant for p in found(text, said="2024-10-24")] == ["Sir Tony Blair", "Dylan Jones"]


def test_a_doubt_of_nothing_said_is_no_forecast():
    assert [p.text for p in found("Talks\n\nBy Jo Roe\n\n“I find it hard to believe.”\n\nI find it hard to believe "
                                  "that prices will fall.")] == ["I find it hard to believe that prices will fall."]


@pytest.mark.parametrize("heading, due", [
    ("Friday’s storms", "2024-04-26"),  # said on that Friday: today's
    ("Saturday's storms", "2024-04-27"),
    ("Thursday’s storms", None),  # the day before: gone
])
def test_a_headings_day_of_its_own_dates_the_forecasts_below_it(heading, due):
    text = (f"Storms\n\nBy Jo Roe\n\nSevere weather is rolling through the Plains.\n\n{heading}\n\n"
            "The atmosphere will likely be replete with spin, and a few tornadoes are expected.")
    assert one(text, said="2024-04-26").due == due


@pytest.mark.parametrize("sentence", [
    "Storms will fire during the afternoon on the leading edge of a dry slot.",  # the weather announces nothing
    "It's expected that a band of rotating storms will form near Omaha.",  # the "is" inside "It's"
    "It’s widely expected that prices will rise next year.",
    "More storms are expected Sunday, but the timing and placement remain uncertain.",  # the storms themselves
])
def test_the_weather_and_its_expected_that_are_forecasts(sentence):
    assert [p.claimant for p in found(f"Weather\n\nBy Jo Roe\n\n{sentence}", said="2024-04-26")] == ["Jo Roe"]


@pytest.mark.parametrize("sentence, forecast", [
    ("I don't think they believe me, but I haven't.", False),  # a belief about what holds now
    ("But I don't think voters care at the moment.", False),
    ("I don't think voters will care.", True),
    ("I don't think they win on Sunday.", True),
    # a sentence adverb is nobody; what was expected then is gone
    ("Originally, they had applied glass bubbles to the pond, expecting that the brightest ice would last longest.",
     False),
])
def test_a_doubt_about_the_present_and_an_adverb_before_a_comma_are_no_forecasts(sentence, forecast):
    assert len(found(f"Talks\n\nBy Jo Roe\n\n{sentence}", said="2024-10-24")) == int(forecast)


@pytest.mark.parametrize("sentence", [
    "One of the big questions in this race is whether establishment Democratic Party figures will back Sanders.",
    "It's probably smart to get on their good sides.",  # a judgement of what to do now
    'Also be sure to catch the latest "Dave Dameshek Football Program."',  # a plug
    "We'll be there live so stay tuned right here for full details, pictures, and hands-on video.",
    "Video: Dr Hilary suggests that students might not be able to return home for Christmas (Wales Online)",
])
def test_questions_judgements_plugs_and_captions_are_no_forecasts(sentence):
    assert found(f"Race\n\nBy Jo Roe\n\n{sentence}", said="2020-01-28") == []


def test_a_question_and_answer_piece_without_labels_gives_the_answers_to_the_interviewee():
    text = ("Q&A with author David Wolf on China's telecoms industry\n\nby Barry van Wyk on November 9, 2012\n\n"
            "Beijing-based business strategist David Wolf is the author of a new book on China's telecoms industry.\n\n"
            "Your book describes a problem of perception. Do you expect that this problem will fade away?\n\n"
            "I think the issue is going to be around for a very long time. This process will take time.\n\n"
            "Will Huawei keep growing abroad?\n\nWe are going to see more of these companies venturing abroad.")
    assert {p.claimant for p in found(text.encode())} == {"David Wolf"}


@pytest.mark.parametrize("text, byline", [
    ("HyperDrive | 20 July 2012\nConnected cars open up to apps and the cloud\nJon Stewart\n\nIt used to be that "
     "upgrading your car would involve a trip to the garage for a new set of alloy wheels or a paint job.", "Jon Stewart"),
    ("Blackburn v Burnley\n\nEwood Park\n\nTuesday, 1 March\n\nBlackburn will be without their captain.", None),
    ("Rudisha lights up London\n\nThe London Olympics saw its first world record on the track tonight.\n\nIt will "
     "not be the last, and the final on Saturday will be faster still.\n\nUntil tomorrow, which brings the relay "
     "finals and the women's 5000m.\n\nRoss", "Ross"),
    ("Chicago 2012: live splits\n\nThey are ahead of course record schedule, and the pace will ramp up.\n\n"
     "It should be intriguing once we get to 30km.\n\nView more videos at: http://nbcchicago.com.\n\nRoss\n\n"
     "Posted by Ross Tucker at 9:04 AM", "Ross Tucker"),  # the page's own line under the signature names him in full
])
def test_a_name_under_the_headline_or_a_first_name_at_the_foot_is_the_byline(text, byline):
    assert parse(text.encode()).byline == byline


def test_a_participle_of_what_is_to_come_dates_the_forecast():
    p = one("Chips\n\nBy Jo Roe\n\nOnce completed in 2005, Blue Gene/L will be more powerful than its current prototype.",
            said="2004-11-09")
    assert p.due == "2005-12-31"


@pytest.mark.parametrize("line", ["Tsegaye Kebede - 2:04:38", "The Briefing, Monday, November 5, 2012"])
def test_a_result_or_a_newsletters_name_before_a_date_is_no_byline(line):
    text = f"Chicago 2012: live splits\n\n{line}\n\nThe pace will ramp up once we get to 30km, and Kebede will win."
    assert parse(text.encode()).byline is None


@pytest.mark.parametrize("sentence, due", [
    ("The casualties will become clearer within the next ten minutes.", "2012-10-07"),
    ("Arsenal will win it in 90 minutes, he predicts.", None),  # a match's time, not a deadline
])
def test_the_next_minutes_are_today_and_a_matchs_minutes_are_no_deadline(sentence, due):
    assert one(f"Race\n\nBy Jo Roe\n\n{sentence}", said="2012-10-07").due == due


def test_a_report_by_analysts_named_with_a_slash_is_theirs():
    text = ("Phones\n\nBy Jo Roe\n\nJupiter Research said mobile TV would take off. A report by analysts InStat/MDR has "
            "predicted that smartphone shipments will grow by 44% over the next five years. It says that smartphones "
            "will make up 117 million of the handsets shipped.")
    assert [p.claimant for p in found(text, said="2005-02-10")] == ["Jupiter Research", "InStat/MDR", "InStat/MDR"]


def test_an_agency_reporting_figures_is_no_forecaster_for_the_articles_passives():
    text = ("Trade\n\nUS trade gap balloons\n\nThe trade shortfall was $55.5bn, up 9% from September, the Commerce "
            "Department said. Imports rose by 3.4%.\n\nBorrowing costs are tipped to rise by a quarter of a point to "
            "2.25% at a Fed meeting on Tuesday.")
    assert one(text, said="2004-12-14", outlet="BBC News").claimant == "BBC News"


@pytest.mark.parametrize("sentence, forecast", [
    ("Safin admitted he had begun to doubt whether he would win another Grand Slam.", False),  # a doubt he had then
    ("He said he had no doubt the family would have much to say to him privately.", True),
])
def test_a_doubt_held_before_is_no_forecast(sentence, forecast):
    assert len(found(f"Tennis\n\nBy Jo Roe\n\n{sentence}", said="2005-01-30")) == int(forecast)


@pytest.mark.parametrize("sentence, due", [
    ("The upcoming quarters look difficult for AMD and Intel with the PC market in a slump.", None),
    ("The economy is not looking good for the next couple of quarters, McCarron said.", "2013-05-06"),
    ("The weather is not looking good for the next two or three days, police said.", "2012-11-09"),
])
def test_a_time_ahead_judged_is_a_forecast_and_its_span_a_deadline(sentence, due):
    # (the text opens with its date, before its headline)
    assert one(f"November 06, 2012\nx86 shipments drop steeply\n\n{sentence}", said=None).due == due


@pytest.mark.parametrize("phrase, due", [
    ("over the next two quarters", "2013-05-06"), ("in the next couple of weeks", "2012-11-20"),
    ("for the next two or three days", "2012-11-09"), ("the fourth quarter", "2012-12-31"),
])
def test_quarters_ranges_and_a_couple_are_spans(phrase, due):
    from claimtrack.phrases import read_article_due

    assert str(read_article_due(phrase, dt.date(2012, 11, 6))) == due


@pytest.mark.parametrize("sentence, forecast", [
    ("Licensees who fail to enforce the law will face fines up to a maximum of £2,500.", False),  # what a law provides
    ("The legislation will be enforced by environmental health and local licensing officers.", False),
    ("Analysts expect the bank will face a fine of up to $1bn next year.", True),
])
def test_what_a_law_provides_is_no_forecast(sentence, forecast):
    assert len(found(f"Smoking ban\n\nBy Jo Roe\n\n{sentence}", said="2004-11-10")) == int(forecast)


def test_an_attribution_followed_by_a_subordinate_clause_ends_the_words_it_reports():
    p = one("Tsunami costs\n\nBy Jo Roe\n\nSunil Mendis runs the central bank. It looks likely that growth in the "
            "first half of 2005 will slow, Mr Mendis told reporters, although he would not say by how much.",
            said="2005-01-05")
    assert (p.claimant, p.text, p.due) == ("Sunil Mendis", "It looks likely that growth in the first half of 2005 "
                                                           "will slow.", "2005-06-30")


@pytest.mark.parametrize("speaker, claimant", [
    ("A spokesman for one US shop", "spokesman for one US shop"),
    ("A spokesman for the shop", "spokesman for the shop"),
    ("The chief executive of a leading European car maker", "chief executive of a leading European car maker"),
])
def test_a_role_then_whom_it_speaks_for_is_the_speaker(speaker, claimant):
    p = one(f"PSP launch\n\nBy Jo Roe\n\n{speaker} said it expected the device to sell out.", said="2005-03-24")
    assert (p.claimant, p.text) == (claimant, "The device will sell out.")


@pytest.mark.parametrize("sentence, forecast", [
    ("While the U.S. bears the brunt from tariffs, China stands to suffer, too.", True),
    ("Shareholders stand to gain $2bn from the sale.", True),
    ("It stands to reason that prices rose.", False),
    ("Investors stood to gain a lot last year.", False),
])
def test_what_someone_stands_to_gain_or_lose_is_a_forecast(sentence, forecast):
    assert len(found(f"Tariffs\n\nBy Jo Roe\n\n{sentence}", said="2019-11-18")) == int(forecast)


def test_a_years_figure_seen_is_a_forecast():
    p = one("Home Depot\n\nBy Jo Roe\n\nLooking ahead, Home Depot sees fiscal year 2019 sales growth of 1.8 percent "
            "and comparable sales growth of 3.5 percent.", said="2019-11-19")
    assert (p.claimant, p.due) == ("Home Depot", "2019-12-31")


@pytest.mark.parametrize("sentence, claimant", [
    ("The Resolution Foundation think tank expects wages to fall next year.", "Resolution Foundation"),
    ("A study by the Centre for Economic Policy Research, a London-based think tank, concluded that prices will "
     "rise by 2021.", "Centre for Economic Policy Research"),  # (not "London-based", a speaker of "think")
])
def test_a_think_tank_is_a_body_not_a_verb_of_belief(sentence, claimant):
    assert one(f"Tariffs\n\nBy Jo Roe\n\n{sentence}", said="2019-11-18").claimant == claimant


@pytest.mark.parametrize("sentence, text", [
    ("Renault said profits rose 10%, although the firm warned of lower margins this year.",
     "The firm warned of lower margins this year."),
    ("The IMF warned of slower growth next year.", "IMF warned of slower growth next year."),
    ("Doctors have long warned of the dangers of smoking.", None),
    ("Last year the bank warned of higher rates.", None),
])
def test_a_warning_of_a_change_is_a_forecast(sentence, text):
    proposals = found(f"Margins\n\nBy Jo Roe\n\n{sentence}", said="2005-02-08")
    assert [p.text for p in proposals] == ([text] if text else [])


@pytest.mark.parametrize("sentence, due", [
    ("The company has pushed back its first launch to at least late 2020, and more likely 2021.", "2021-12-31"),
    ("The plant will open by 2025, or more likely 2024.", "2024-12-31"),
    ("The deal will close in March or April.", "2020-04-30"),
])
def test_the_likelier_of_two_times_is_the_deadline(sentence, due):
    assert one(f"Launch\n\nBy Jo Roe\n\n{sentence}", said="2019-11-20").due == due


@pytest.mark.parametrize("sentence, forecast", [
    ("The efficacy of this thermal redesign will vary very much depending on your individual workload.", False),
    ("Given that the protocol contains the HDMI protocol, a cable will do, or a dongle if you prefer.", False),
    ("He is convinced the Prime Minister will eventually do so.", True),
    ("Analysts said a weaker pound will do more damage next year.", True),
])
def test_how_things_vary_and_what_will_do_are_no_forecasts(sentence, forecast):
    assert len(found(f"Laptops\n\nBy Jo Roe\n\n{sentence}", said="2019-11-18")) == int(forecast)


def test_a_timetable_with_an_adverb_is_still_a_timetable():
    proposals = found("Alibaba\n\nBy Jo Roe\n\nThe Chinese e-commerce giant is set to officially announce the terms "
                      "of the deal later on Wednesday.", said="2019-11-20")
    assert proposals == []


def test_the_report_named_with_its_author_is_the_authors():
    proposals = found("Warming\n\nBy Jo Roe\n\nA new paper led by climate scientist James Hansen argues that warming "
                      "is accelerating. According to the report, earth will pass 1.5C of warming this decade.\n\n"
                      "Sales rose. According to the report, prices will fall next year.", said="2023-11-03")
    assert [p.claimant for p in proposals] == ["James Hansen", "James Hansen"]
    assert [p.claimant for p in found("Prices\n\nBy Jo Roe\n\nSales rose. According to the report, prices will "
                                      "fall next year.", said="2023-11-03")] == ["Jo Roe"]


@pytest.mark.parametrize("sentence, text", [
    ("They all insisted it was not going to be a re-run of 2001.", "It is not going to be a re-run of 2001."),
    ("She said they weren't going to raise rates in June.", "They aren't going to raise rates in June."),
    ("I thought it was going to rain.", None),
    ("He was going to resign, but changed his mind.", None),
])
def test_going_to_in_reported_speech_is_shifted_back(sentence, text):
    assert [p.text for p in found(f"Polls\n\nBy Jo Roe\n\n{sentence}", said="2005-01-07")] == ([text] if text else [])


def test_a_decision_timetabled_is_no_forecast():
    assert found("Parade\n\nBy Jo Roe\n\nA decision will be made Thursday morning before the parade's 9 a.m. ET "
                 "scheduled start.", said="2013-11-27") == []
    assert one("Parade\n\nBy Jo Roe\n\nThe decision will hurt farmers next year.", said="2013-11-27").due == "2014-12-31"


def test_the_report_a_person_brings_out_is_theirs():
    p = one("Warming\n\nBy Jo Roe\n\nJames Hansen first warned Congress of the threat from climate change in 1988. "
            "Today, in a controversial new peer-reviewed paper published in Oxford Open Climate Change, he brings a new "
            "warning.\n\nAccording to the report, earth will pass 1.5C of cumulative warming this decade.",
            said="2023-11-03")
    assert (p.claimant, p.due) == ("James Hansen", "2029-12-31")


@pytest.mark.parametrize("sentence, due", [
    ("The Chinese net-using population looks set to exceed that of the US in less than three years.", "2008-01-13"),
    ("An HIV vaccine is probably at least 10 years away.", "2015-01-13"),
])
def test_a_span_bounded_or_away_is_a_deadline(sentence, due):
    assert one(f"Internet\n\nBy Jo Roe\n\n{sentence}", said="2005-01-13").due == due


@pytest.mark.parametrize("phrase, due", [
    ("in less than three years", "2008-01-20"), ("within under a month", "2005-02-20"),
    ("at least 10 years away", "2015-01-20"), ("less than a year away", "2006-01-20"), ("two miles away", "None"),
])
def test_spans_under_and_away(phrase, due):
    from claimtrack.phrases import read_article_due

    assert str(read_article_due(phrase, dt.date(2005, 1, 20))) == due


@pytest.mark.parametrize("sentence, forecast", [
    ("Existing financial commitments on their own will not stop the pandemic.", True),
    ("The IMF said it will look at ways of using its gold reserves to provide debt relief.", False),  # its plan
    ("G7 finance ministers backed plans to write off up to 100% of the debts of the poorest countries.", False),
    ("Pundits backed Arsenal to win the league.", True),
    ('"We will need to see decisions adopted in that direction," said Joaquin Almunia.', False),  # a demand
    ('"We will not need to issue a section 114 notice this year or next," the council said.', True),
    ("According to technology analysts IDC, a fifth of all hard drives will be used in consumer electronics by 2007.",
     True),
    ('"I would look at the stock market rally as a one-day event," said Tom Lee, an analyst.', True),
])
def test_plans_demands_and_support_against_forecasts(sentence, forecast):
    assert len(found(f"Gold\n\nBy Jo Roe\n\n{sentence}", said="2005-02-07")) == int(forecast)


def test_that_is_according_to_credits_the_sentence_before():
    text = ("TV future\n\nBy Jo Roe\n\nWith home theatre systems moving into the living room, the way people watch "
            "TV will be radically different in five years' time.\n\nThat is according to an expert panel which "
            "gathered at the annual Consumer Electronics Show in Las Vegas.")
    p = one(text, said="2005-01-07")
    assert (p.claimant, p.due) == ("expert panel", "2010-01-07")


@pytest.mark.parametrize("sentence, claimant, due", [
    ("Senator Lee said Tuesday that the program will be cut.", "Lee", None),  # the day he said it
    ("Senator Lee said yesterday in a statement that the program will be cut.", "Lee", None),
    ("Independent analysts say that the cost will rise.", "Independent analysts", None),
    ("Barclays analysts say that the cost will rise.", "Barclays", None),
])
def test_wire_copy_days_and_described_analysts(sentence, claimant, due):
    p = one(f"Air Force One\n\nBy Jo Roe\n\nIn a tweet Tuesday morning, Trump said the contract was too expensive. "
            f"{sentence}", said="2016-12-07")
    assert (p.claimant, p.due, p.text) == (claimant, due, "The program will be cut." if claimant == "Lee" else
                                           "The cost will rise.")


def test_a_study_for_a_firm_is_the_firms_and_a_month_last_year_is_gone():
    text = ("More women turn to net security\n\nBy Jo Roe\n\nThe number of women buying programs rose. The study, for "
            "net security firm Preventon, shows that security messages are reaching surfers.\n\nThe study predicts "
            "that 40% of all home PC net security buyers will be women in 2005.\n\nIn July last year, the number of UK "
            "households on broadband surpassed those using dial-up for the first time, according to the Office of "
            "National Statistics.")
    assert [(p.claimant, p.due) for p in found(text, said="2005-02-02")] == [("Preventon", "2005-12-31")]


def test_an_event_widely_expected_is_a_forecast_of_its_time():
    p = one("Tax cuts\n\nBy Jo Roe\n\nThe latest Tory plans came as campaigning for the election - widely expected in "
            "May - gathered pace.", said="2005-01-18")
    assert p.due == "2005-05-31"


def test_the_hope_is_that_is_a_wish():
    assert found("Sequester\n\nBy Jo Roe\n\nAs he put it, the hope is that sequester won't happen.",
                 said="2012-10-29") == []


@pytest.mark.parametrize("sentence, forecast", [
    ("A new version of Air Force One won’t be available until at least 2023, late in Trump’s second term.", True),
    ("The phone will be available in black and white.", False),  # a specification
    ("Nothing we have seen provides 96W, but that will likely be rectified very soon.", True),
    ("Trump may be an unpredictable president-elect, but that won't keep us from trying to peer ahead.", False),
    ("The firm will benefit from the launch of a new Clio model in the coming year.", True),
    ("Renault boosted its profits by more than 40% in 2004 although the firm warned of lower margins this year.", True),
])
def test_delays_demonstratives_benefits_and_a_clause_of_its_own(sentence, forecast):
    assert len(found(f"Renault\n\nBy Jo Roe\n\n{sentence}", said="2005-02-08")) == int(forecast)


@pytest.mark.parametrize("sentence, forecast", [
    ("Wall Street analysts surveyed by Refinitiv were expecting $2.52 a share on revenue of $27.53 billion.", False),
    ("Analysts were expecting a rise in rates next year, but the bank held them.", False),
    ("Analysts are expecting a rise in rates next year.", True),
    ("Those estimates do not include costs to the city of Santa Maria.", False),  # "estimates", a noun
])
def test_an_expectation_then_and_estimates_the_noun(sentence, forecast):
    assert len(found(f"Results\n\nBy Jo Roe\n\n{sentence}", said="2019-11-19")) == int(forecast)


@pytest.mark.parametrize("sentence, forecast", [
    ("A spokesman said: \"I can't see any difference other than £200m less debt.\"", False),
    ("\"I can't see them winning the league this year,\" said Tom Lee.", True),
    ("\"I don't see how they recover from this,\" said Tom Lee.", True),
    ("\"I don't see a deal before the end of the month,\" said a senior Egyptian official.", True),
])
def test_not_seeing_is_a_forecast_only_of_something_ahead(sentence, forecast):
    assert len(found(f"Glazer\n\nBy Jo Roe\n\n{sentence}", said="2005-02-07")) == int(forecast)


@pytest.mark.parametrize("sentence, due", [
    ("It will take six years to digitise the full collection, the library said.", "2010-12-14"),
    ("These claims will take up to two years to resolve, the lawyers said.", "2006-12-14"),
    ("The bill is going to take a decade to come into full effect, the minister said.", "2014-12-14"),
    ("It will take at least a decade to rebuild trust, the minister said.", None),  # a floor, not a deadline
])
def test_how_long_a_thing_will_take_is_a_deadline(sentence, due):
    assert one(f"Books\n\nBy Jo Roe\n\n{sentence}", said="2004-12-14").due == due


def test_a_shirt_number_before_a_name_is_part_of_the_description():
    for number in ("eight", "8"):
        proposal = one(f"Wales\n\nBy Jo Roe\n\nWales number {number} Michael Owen says replacing Gareth Thomas "
                       "as captain will be strange.", said="2005-02-28")
        assert proposal.claimant == "Michael Owen"


def test_a_header_line_of_day_time_and_name_gives_the_date_and_the_byline():
    text = ("Catch Super Series games on NHL Network-U.S.\nMonday, 11.05.2012 / 1:23 PM / NHL Network\nNHL.com\n\n"
            "Some of the next generation of NHL stars will be on display over the coming two weeks.\n\n"
            "Halifax forward Jonathan Drouin is unlikely to play on Wednesday.\n")
    article = parse(text.encode())
    assert article.date == dt.date(2012, 11, 5)  # Monday: 5 November, not 11 May (a Friday)
    assert article.byline == "NHL Network"
    assert [article.block_text(b) for b in article.blocks][1] == "Monday, 11.05.2012 / 1:23 PM / NHL Network"
    friday = parse(b"Title\n\nFriday, 11.05.2012\n\nThe story is told here at some length.\n")
    assert friday.date == dt.date(2012, 5, 11)


def test_a_byline_of_one_name_on_its_own_line():
    assert parse("Our College Savings Plan\n\nby Justin\t\n\nMuch has been written.\n\nMore.\n".encode()).byline == "Justin"
    assert parse(b"Markets\n\nBy Reuters\n\nMuch has been written.\n\nMore.\n").byline is None  # an agency


@pytest.mark.parametrize("sentence, forecast", [
    ("The band will play in Europe's biggest tent on Glasgow Green on Tuesday, 14 June.", False),
    ("Ticketweb and the SECC box office will write to customers who bought tickets.", False),
    ("The police will close the road on Tuesday.", False),
    ("The police will probably close the road on Tuesday.", True),  # a judgment of what they will do
])
def test_a_body_by_its_kind_telling_its_plans(sentence, forecast):
    assert len(found(f"Gig\n\nBy Jo Roe\n\n{sentence}", said="2005-03-04")) == int(forecast)


def test_a_readers_comment_under_the_piece_is_the_readers():
    text = ("HTC event\n\nBy Jo Roe\n\nNovember 6, 2012\n\nHTC and Verizon have sent out invitations to an event.\n\n"
            "Nobody knows what it is about.\n\n3 Comments\n\n"
            "experiment626 says:\n\nI'm sure both the DNA and the 8X will be announced.\n\n"
            "    Posted on Nov 06 2012  1:23 pm - 3 hours ago\n\n"
            "Modest Money\n\nAugust 9, 2012 at 12:45 pm (UTC -4)\n\nI'm sure your son will appreciate the help.\n\n"
            "Too costly\n\nwritten by lynn, October 25, 2012\n\nThe price will never come down, I'm afraid.\n")
    claimants = {p.text: p.claimant for p in found(text)}
    assert claimants == {"I'm sure both the DNA and the 8X will be announced.": "experiment626",
                         "I'm sure your son will appreciate the help.": "Modest Money",
                         "The price will never come down, I'm afraid.": "lynn"}, claimants
    assert parse(text.encode()).commenters  # and without a comments heading there are none
    assert not parse(text.replace("3 Comments", "More").encode()).commenters


def test_a_letter_signed_after_its_closing_line_and_a_date_over_the_title():
    article = parse("Wednesday, 7 November 2012\n\nSome annoying news\n\nDear All,\n\nThe book is delayed until "
                    "early next year. It will be worth the wait.\n\nYours apologetically,\n\nShaun\n\n"
                    "P.S. I'll be tweeting too.\n".encode())
    assert (article.byline, article.title, article.date) == ("Shaun", "Some annoying news", dt.date(2012, 11, 7))


@pytest.mark.parametrize("sentence, forecast", [
    ("The book is late. I promise you, it will be worth the wait.", True),  # an assurance of how it turns out
    ("The party promised that it will cut taxes.", False),  # its own plan
    ("\"I'll be sporadically tweeting too,\" said Shaun Usher.", False),  # a plan, an adverb between
    ("The next five days will be spent counting the voting forms.", False),
    ("Newcastle will be at home to either Tottenham or Nottingham Forest.", False),  # a fixture
    ("Mr Straw, along with the rest of the Cabinet, will back a yes vote.", False),  # his plan, past an aside
    ("England or France, who have won nine of the last 10 titles, will lay down their crowns.", True),
])
def test_assurances_plans_fixtures_and_a_subject_before_its_aside(sentence, forecast):
    assert len(found(f"News\n\nBy Jo Roe\n\n{sentence}", said="2005-02-21")) == int(forecast)


def test_a_commenter_signing_off_is_not_the_pieces_writer():
    article = parse("The D5200 is next\n\nThe fifth camera will be the Nikon D5200.\n\nMore details soon.\n\n"
                    "Comments\n\nmark says:\n\nI think it will be great.\n\nThanks\n\nMark\n".encode())
    assert article.byline is None and set(article.commenters.values()) == {"mark"}


@pytest.mark.parametrize("sentence, claimant", [
    ("Producers Barbara Broccoli and Michael G Wilson expect the film to be released in 2006.", "Barbara Broccoli"),
    ("Marks and Spencer expects sales to fall next year.", "Marks and Spencer"),  # one firm's name
])
def test_two_people_speaking_together_go_to_the_first_named(sentence, claimant):
    assert one(f"Bond\n\nBy Jo Roe\n\n{sentence}", said="2005-02-04").claimant == claimant


def test_a_body_that_expects_in_a_relative_clause_is_the_one_named_before_it():
    proposal = one("Beer\n\nBy Jo Roe\n\nMillennium Alcobev will be merged with United Breweries, which expects "
                   "to have about half of India's beer market by 2006.", said="2004-12-19")
    assert proposal.claimant == "United Breweries"


@pytest.mark.parametrize("sentence, forecast", [
    ("It will be the 21st James Bond film to hit the big screen.", False),  # its place in a series
    ("Analysts said it will be the third straight quarter of losses.", True),
])
def test_a_place_in_a_series_told_in_the_articles_voice(sentence, forecast):
    assert len(found(f"Bond\n\nBy Jo Roe\n\n{sentence}", said="2005-02-04")) == int(forecast)


def test_a_body_described_then_named_between_commas_is_the_named_body():
    proposal = one("France\n\nBy Jo Roe\n\nThe French statistics agency, INSEE, expects the economy to grow by about "
                   "2.4% this year.", said="2004-10-29")
    assert (proposal.claimant, proposal.due) == ("INSEE", "2004-12-31")


def test_the_lines_of_a_list_a_sentence_introduces_are_no_headings():
    article = parse(b"Nikon D5200 to be announced\n\nThe new Nikon D5200 will have slightly different specs than the "
                    b"D3200:\n\nIt will use the same 24MP DX-format CMOS sensor\n\nEXPEED 3 processor\n\n"
                    b"Related posts:\n\nMore on the camera here.\n")
    assert [b.kind for b in article.blocks] == ["head", "p", "item", "item", "head", "p"]
    # read, as a heading never is (a specification told in the article's voice scores low)
    assert "It will use the same 24MP DX-format CMOS sensor" in \
        [p.quote for p in extract(article.text, said="2012-10-29", min_score=0)]


def test_will_be_missing_is_a_forecast_not_a_programme():
    assert len(found("Rugby\n\nBy Jo Roe\n\nRobinson will be missing an entire midfield for the Six Nations with "
                     "Jonny Wilkinson and Mike Tindall injured.", said="2005-01-25")) == 1


def test_a_bodys_staff_by_its_kind_speak_for_the_body_named_before():
    proposal = one("Moon\n\nBy Jo Roe\n\nNASA picked nine companies on Monday.\n\nSuch activities will help NASA "
                   "develop the expertise to put boots on Mars, agency officials have stressed.", said="2019-11-18")
    assert proposal.claimant == "NASA"


def test_a_readers_handle_over_their_comment_is_the_commenter():
    article = parse(b"IE10 and DNT\n\nBy Joel Hruska\n\nMicrosoft will ship IE10 with the flag on.\n\nMore text here.\n\n"
                    b"Comments\n\nh4rm0ny\n\nI don't care why they are doing this, the sky will not fall because of it.\n")
    assert set(article.commenters.values()) == {"h4rm0ny"}


def test_a_player_described_by_his_place_after_his_captaincy_is_the_same_player():
    proposals = found("Rugby\n\nItaly skipper Marco Bortolami believes Saturday's Six Nations contest against Scotland "
                      "will be a scrappy encounter.\n\n\"It will not be a pretty game because both teams are desperate "
                      "to win,\" said the lock forward.", said="2005-02-23")
    # (the game is the contest named before, on Saturday)
    assert [(p.claimant, p.due) for p in proposals] == [("Marco Bortolami", "2005-02-26")] * 2


@pytest.mark.parametrize("sentence, forecast", [
    ("Users will also be able to request music that fits a mood, just by saying so.", False),
    ("Employers will no longer be able to force workers to retire before 65.", False),
    ("Europeans will have to wait until at least 2006 until they see mainstream HDTV.", True),
    ("\"Users will be able to do almost anything with it,\" said Tom Lee, an analyst.", True),  # his view of it
])
def test_what_a_rule_or_a_product_lets_people_do_is_no_forecast(sentence, forecast):
    assert len(found(f"Players\n\nBy Jo Roe\n\n{sentence}", said="2005-01-19")) == int(forecast)


def test_black_friday_is_a_day_not_its_year():
    assert one("Deals\n\nBy Jo Roe\n\nBlack Friday 2019 is going to be huge for all sorts of products.",
               said="2019-11-19").due == "2019-11-29"


@pytest.mark.parametrize("sentence, forecast", [
    ("Within two years, every force will be expected to keep to a contract on service.", False),  # an obligation
    ("Prices will be expected to fall next year, the bank said.", True),
])
def test_will_be_expected_to_act_is_an_obligation(sentence, forecast):
    assert len(found(f"Police\n\nBy Jo Roe\n\n{sentence}", said="2004-11-09")) == int(forecast)


def test_a_readers_one_line_comment_is_read_not_taken_for_a_heading():
    text = ("Arsenal\n\nPosted by lasagnechef\n\nWe lost again on Sunday.\n\nIt was grim.\n\nComments\n\n"
            "bob mcnabs cat - 29 August, 2011\n\nWe will NEVER win another trophy whilst Wenger is at the helm\n\n"
            "Pete - 29 August, 2011\n\nCheer up, it was only one game.\n")
    assert [(p.claimant, p.quote) for p in found(text, said="2011-08-29")] == \
        [("bob mcnabs cat", "We will NEVER win another trophy whilst Wenger is at the helm")]


def test_a_pages_text_set_straight_after_a_heading_is_read():
    page = _page("<meta name='author' content='Eric Song'>",
                 "<p>Deals are everywhere this week, and we have rounded up the best of them for you here.</p>"
                 "<div><h2>70\" Element 4K TV for $499.99</h2>I think this will be the least expensive 70\" TV "
                 "during the Black Friday season. It has Roku built in, and shipping is free.</div>"
                 "<p>More deals follow below, sorted by what kind of thing they are and by their price.</p>")
    article = parse(page)
    assert "I think this will be the least expensive 70\" TV during the Black Friday season." in article.text
    assert [p.claimant for p in found(page, said="2019-11-18")] == ["Eric Song"]


@pytest.mark.parametrize("text", [b"Title\n\nWe will", b"Title\n\nI'll.", b"Title\n\nI will, he said.", b"We'll"])
def test_a_bare_will_with_no_verb_after_it_is_no_crash(text):
    extract(text, said="2012-11-05", min_score=0)  # a "will" with no verb after it used to raise TypeError


def test_header_lines_are_read_in_linear_time():
    # each of these took time exponential (" / " pieces) or quadratic (inner spaces) in its length: with the bug
    # this test does not finish
    parse(b"T\n\nfirst line\n" + b"x / " * 40 + b"y" * 45)
    parse(b"Title\n\nx" + b" " * 40_000 + b"y\n\nPrices will rise next year.")


def test_a_discussion_section_is_not_a_comments_section():
    text = ("Why prices rise\n\nBy Jane Smith\n\nThe minister spoke about prices today in the capital.\n\n"
            "Discussion\n\nOutlook\n\nMarch 5, 2013 is the day the new rules begin.\n\nI think prices will rise by 2014.\n")
    assert parse(text.encode()).commenters == {}
    assert [p.claimant for p in found(text, said="2012-11-05")] == ["Jane Smith"]


def test_soft_hyphens_are_dropped_from_the_text_and_the_quote():
    proposal = one("Banks\n\nBy Jo Roe\n\nIt\u2019s go\u00ading to on\u00adly in\u00adcrease next year, said Ann Lee.",
                   said="2020-03-02")
    assert proposal.quote == "It\u2019s going to only increase next year, said Ann Lee."
    assert proposal.due == "2021-12-31"


@pytest.mark.parametrize("sentence, forecast", [
    ("I would expect it\u2019s only a matter of time before the Government looks into those privacy laws, said Ann Lee.",
     True),
    ("Your data is going to double next year and double again in six months after that, said Ann Lee.", True),
    ("Someone is going to uncover your login info one day, said Ann Lee.", True),
    ("We use cookies to give you the best experience, and we will never sell them.", False),
    ("Read our privacy policy to see how we will use what you tell us.", False),
    ("Subscribe to our newsletter and you will never miss a story.", False),
])
def test_a_sites_words_about_itself_are_boilerplate_but_news_of_privacy_is_not(sentence, forecast):
    assert len(found(f"Data\n\nBy Jo Roe\n\n{sentence}", said="2020-03-02")) == int(forecast)


def test_by_that_date_is_the_day_a_sentence_before_named():
    text = ("Covid\n\nBy Jo Roe\n\nThe letter said the country will see 2,000 cases a day by June 30, 2021.\n\n"
            "He also warned 43 people would be admitted daily by that date.\n")
    assert [p.due for p in found(text, said="2020-10-06")] == ["2021-06-30", "2021-06-30"]
    # nothing named before: no day to point back to
    assert one("Covid\n\nBy Jo Roe\n\nDr Lee warned 43 people would be admitted daily by then.",
               said="2020-10-06").due is None


def test_a_weekday_that_opens_a_past_report_is_when_it_was_said_and_by_midnight_on_monday_is_a_limit():
    text = ("Transfers\n\nBy Jo Roe\n\nOn Thursday Rangers said they would not be raising their offer of four million.\n\n"
            "Blackburn want six million. The talks must be concluded by midnight on Monday, when the window shuts. "
            "Williams said a deal was looking \"unlikely\" before the close of the window.\n")
    dues = {p.quote.split()[0]: p.due for p in extract(text, said="2005-01-30", min_score=0)}
    assert dues["On"] is None  # the day Rangers said it, not next Thursday
    assert dues["Williams"] == "2005-01-31"


def test_research_suggests_is_the_body_named_next_after_its_kind():
    text = ("Hybrids\n\nSales of hybrid cars in the US are set to double in 2005, research suggests.\n\n"
            "Research group JD Power estimates sales will hit 200,000 in 2005, despite higher prices.\n")
    assert [p.claimant for p in found(text, said="2005-01-11")] == ["JD Power", "JD Power"]


def test_a_role_after_a_person_the_sentences_were_about_is_that_person():
    text = ("Covid\n\nBy Jo Roe\n\nIn Clon, Bob Smith has said he will be shutting his pub after tonight.\n\n"
            "Dr Tony Holohan outlined a number of reasons for the letter to the minister.\n\n"
            "The CMO told the minister that the rules would not be enough to stop the spread next month.\n\n"
            "He also warned that 43 people would be admitted daily by November.\n")
    assert [p.claimant for p in found(text, said="2020-10-06")] == ["Bob Smith", "Tony Holohan", "Tony Holohan"]


@pytest.mark.parametrize("sentence, claimant", [
    ("The Idle Hour will be closing, and have said it's highly unlikely they'll be back in three weeks.", "Idle Hour"),
    ("Popular drinking hole The Idle Hour will be closing, and have said it's highly unlikely they'll be back in "
     "three weeks.", "Idle Hour"),
    ("Research group JD Power cut its estimate and said sales will fall next year.", "JD Power"),
    ("Tesco has cut prices and has warned that profits will fall next year.", "Tesco"),
    ("The Restaurants Association of Ireland have hit out at the decision saying more than 180,000 workers will "
     "lose their jobs this week.", "Restaurants Association of Ireland"),
    ("Tesco issued a statement saying profits will fall next year.", "Tesco"),
])
def test_the_subject_speaks_through_a_second_verb_or_a_participle_with_no_comma(sentence, claimant):
    assert one(f"Pubs\n\nBy Jo Roe\n\n{sentence}", said="2020-10-06").claimant == claimant


def test_a_participle_after_people_is_their_own_words():
    proposal = one("Pubs\n\nBy Jo Roe\n\nThe reporter heard fans saying they will stay away next year.",
                   said="2020-10-06")
    assert proposal.claimant != "The reporter"


@pytest.mark.parametrize("role", ["Director", "director"])
def test_a_capitalised_role_is_a_role_not_a_name(role):
    text = ("Covid\n\nBy Jo Roe\n\nPAHO Director Carissa Etienne said on Monday that cases were rising.\n\n"
            f"Cases are surging in Europe.\n\nThe {role} noted that the region will see more cases next month.\n")
    assert one(text, said="2022-04-21").claimant == "Carissa Etienne"


@pytest.mark.parametrize("sentence, forecast", [
    ("\"I am positive we can put everything together against England,\" said Kirwan.", True),
    ("\"I am sure we can win,\" said Kirwan.", True),
    ("Kirwan said he tested positive for the flu last week.", False),
])
def test_sure_or_positive_we_can_is_a_belief_in_what_comes(sentence, forecast):
    assert len(found(f"Rugby\n\nBy Jo Roe\n\n{sentence}", said="2005-02-28")) == int(forecast)


@pytest.mark.parametrize("sentence, text", [
    ("This, said Sloncek, should make the system less vulnerable to legal action.",
     "This should make the system less vulnerable to legal action."),
    ("Prices, said Ms Lee, will rise next year.", "Prices will rise next year."),
])
def test_a_speaker_set_between_the_subject_and_its_verb(sentence, text):
    proposal = one(f"Swapping\n\nBy Jo Roe\n\n{sentence}", said="2005-01-07")
    assert (proposal.claimant, proposal.text) == (sentence.split(", ")[1].split()[-1], text)


@pytest.mark.parametrize("sentence", [
    "Over the longer term, a number of analysts say that the two leaders will seek to play down the friction.",
    "A growing number of analysts say that the two leaders will play down the friction.",
])
def test_a_number_of_analysts_speak_as_analysts(sentence):
    assert one(f"Talks\n\nBy Jo Roe\n\n{sentence}", said="2015-03-19").claimant == "analysts"


def test_a_role_after_a_named_subject_is_that_person():
    text = ("Spending\n\nBy Jo Roe\n\nDavid Davis, the shadow home secretary, said the Tories would make cuts.\n\n"
            "Gordon Brown has addressed the conference behind closed doors. The Chancellor said the plans would see "
            "some 50bn in spending cuts by 2011.\n")
    assert [p.claimant for p in found(text, said="2005-01-22") if "2011" in p.quote] == ["Gordon Brown"]


@pytest.mark.parametrize("sentence, forecast", [
    ("Can we expect a baby in the next nine months?!", False),  # a question, however loud
    ("She is not expecting.", False),  # a pregnancy, not an expectation
    ("Kunis is expecting her first child.", False),
    ("Analysts are expecting a rebound next year.", True),
    ("The firm is confident its new drug pipeline will deliver profits next year.", True),
])
def test_questions_pregnancies_and_a_firms_confidence_in_its_own(sentence, forecast):
    assert len(found(f"Gossip\n\nBy Jo Roe\n\nGSK profits fell.\n\n{sentence}", said="2012-10-29")) == int(forecast)


def test_not_expected_until_is_when_it_is_expected():
    proposal = one("Reports\n\nBy Jo Roe\n\nThe regulation is not expected until 2005.", said="2004-12-14")
    assert proposal.due == "2005-12-31"


@pytest.mark.parametrize("sentence, forecast", [
    ("I talk about how Warren will win the Senate race because voters like me are fed up.", True),
    ("The new data shows how the recovery will spread to the regions next year.", True),
    ("It is not clear how the bank will respond next year.", False),  # asked, not told
    ("The report asks how much prices will rise next year.", False),
])
def test_how_it_will_go_shown_or_told_is_no_question(sentence, forecast):
    assert len(found(f"Race\n\nBy Jo Roe\n\n{sentence}", said="2012-10-12")) == int(forecast)


def test_a_byline_tagged_last_name_first_is_read_first_name_first():
    page = _page('<meta name="dc.creator" content="You, Xiaoying"><meta name="dc.creator" content="Lenharo, Mariana">')
    assert parse(page).byline == "Xiaoying You"


def test_a_linked_data_author_typed_in_lower_case_is_the_byline():
    page = _page('<script type="application/ld+json">{"@type": "NewsArticle", "author": '
                 '[{"@type": "person", "name": "Associated Press"}]}</script>')
    assert parse(page).byline == "Associated Press"


@pytest.mark.parametrize("sentence", [
    "Other actors expected to add to the glamour of the night are Gael Garcia Bernal, Imelda Staunton and Pierce "
    "Brosnan.",
    "British hope Imelda Staunton is one of the favourites to land the best actress award.",
])
def test_a_description_is_no_speaker(sentence):
    proposal = one(f"Baftas\n\nBy Jo Roe\n\n{sentence}", said="2005-02-12")
    assert proposal.claimant == "Jo Roe" and proposal.quote == sentence


def test_expected_to_with_no_later_verb_is_still_a_past_belief():
    assert found("Results\n\nBy Jo Roe\n\nAnalysts expected to see a rise in profits, which is what happened.",
                 said="2005-02-12") == []


def test_a_post_signed_with_a_first_name_is_its_writers_who_answers_in_the_comments():
    text = ("Fall plans\n\nPosted on September 4th, 2012\n\nThe book is done and the launch is next month.\n\n"
            "I think the fall will be crazy.\n\nThat is the update. Thank you for following along!\n\n-Jodi\n\n"
            "46 Comments\n\nOn September 4, 2012 at 10:25 am Steph said:\n\nI think your book will sell out by "
            "Christmas.\n\nOn September 4, 2012 at 10:43 am Jodi Ettenberg said:\n\nThanks Steph, I hope so!\n")
    article = parse(text.encode())
    assert article.byline == "Jodi Ettenberg"
    assert article.commenters and set(article.commenters.values()) == {"Steph", "Jodi Ettenberg"}
    assert {p.claimant for p in found(text, said="2012-09-04")} >= {"Jodi Ettenberg", "Steph"}


def test_a_blog_named_in_its_copyright_line_and_its_featured_comments():
    text = ("D800E Haptics\n\nFriday, 09 November 2012\n\nThe camera feels very smooth and capable.\n\n"
            "I expect to encounter reluctance from my son.\n\nMore tomorrow.\n\nMike\n\n"
            "Original contents copyright 2012 by Michael C. Johnston and/or the bylined author.\n\n"
            "Featured Comments from:\n\nNo featured comments yet, please check back soon!\n")
    article = parse(text.encode())
    assert article.byline == "Michael C. Johnston"
    assert [p.claimant for p in found(text, said="2012-11-09")] == ["Michael C. Johnston"]


@pytest.mark.parametrize("sentence, claimant, confidence", [
    ("Spamhaus is worried that the technique will give junk mailers the ability to spam unseen.", "Spamhaus", None),
    ("Most local observers believe the contest is too close to call.", "local observers", 0.5),
    ("But it is a good bet these increases won't stick, said Mr Lee.", "Lee", 0.75),
])
def test_fears_open_contests_and_good_bets(sentence, claimant, confidence):
    proposal = one(f"Votes\n\nBy Jo Roe\n\n{sentence}", said="2004-10-28")
    assert (proposal.claimant, proposal.confidence) == (claimant, confidence)


def test_a_count_that_was_too_close_to_call_is_no_forecast():
    assert found("Votes\n\nBy Jo Roe\n\nA vote on the measure was too close to call on Wednesday morning.",
                 said="2012-11-07") == []


@pytest.mark.parametrize("sentence, forecast", [
    ("But Arkhipova defied that script, and reeled the leaders back, and the others began to fall off.", False),
    ("Most pundits back England to win the series next month.", True),
])
def test_back_as_a_particle_is_no_tip(sentence, forecast):
    assert len(found(f"Marathon\n\nBy Jo Roe\n\n{sentence}", said="2012-08-05")) == int(forecast)


@pytest.mark.parametrize("sentence, forecast", [
    ("UK Coal made a loss. It expected 2025 to be a transitional year and to return to profitability in 2026.", True),
    ("At the start of the year most forecasters expected rates to end 2025 near 6.5 per cent, so the fall surprised "
     "many of them.", False),
    ("Analysts expected prices to fall in 2026, but they rose.", False),
])
def test_a_bodys_outlook_reported_in_the_past_tense_with_its_time_ahead(sentence, forecast):
    assert len(found(f"Coal\n\nBy Jo Roe\n\n{sentence}", said="2025-03-03")) == int(forecast)


def test_have_your_say_comments_are_numbered_and_a_day_is_no_reader():
    text = ("Science\n\nBy Judith Burns\n\nThe report says the number of students has soared.\n\n"
            "COMMENTS\n\n391. Britainsnotpleased\n\n24TH JULY 2012 - 19:58\n\nI think the pay will stay poor for years."
            "\n\nComment number 276. Dr G\n\n24TH JULY 2012 - 15:48\n\nI won't stay where I am not appreciated, and "
            "I will leave next year.\n")
    article = parse(text.encode())
    assert set(article.commenters.values()) == {"Britainsnotpleased", "Dr G"}


@pytest.mark.parametrize("sentence, forecast", [
    ("The company said these actions should \"significantly uplift earnings\".", True),
    ("Owen is confident Real can close the gap.", True),
    ("\"I think we can get back in touch with Barcelona,\" said Owen.", True),
    ("\"I think we can all agree on that,\" said Owen.", False),
])
def test_should_before_a_quotation_and_can_after_a_belief(sentence, forecast):
    assert len(found(f"Football\n\nBy Jo Roe\n\n{sentence}", said="2005-03-03")) == int(forecast)


@pytest.mark.parametrize("sentence, confidence", [
    ("Most Russians believe the destruction of Yukos is now inevitable.", 1.0),
    ("\"The possibility of carrying out this project is next to zero,\" the official said.", 0.07),
])
def test_now_inevitable_and_a_possibility_next_to_zero(sentence, confidence):
    assert one(f"Yukos\n\nBy Jo Roe\n\n{sentence}", said="2004-12-19").confidence == confidence


def test_a_blog_post_signed_posted_by_under_it():
    text = ("Toasty Enough, Already?\n\nMonday, August 6, 2012\n\nCarbon dioxide keeps building up in the air.\n\n"
            "A quarter of it will still be in the air in 5000 years.\n\nDB\n\nPosted by Dave Bradley at 8:56 AM\n")
    assert parse(text.encode()).byline == "Dave Bradley"
    assert [p.claimant for p in found(text, said="2012-08-06")] == ["Dave Bradley"]


def test_this_weekends_championships_is_due_that_weekend():
    proposal = one("Athletics\n\nBy Jo Roe\n\nJames McIlroy is confident he can win his first major title at this "
                   "weekend's indoor championships.", said="2005-03-02")
    assert proposal.due == "2005-03-06"


def test_making_his_chances_remote_is_a_forecast_that_he_probably_will_not():
    proposal = one("Bellamy\n\nBy Jo Roe\n\nBellamy's latest outburst would appear to make his chances of a "
                   "first-team recall remote.", said="2005-01-25")
    assert proposal.confidence == 0.3


def test_said_after_a_speech_on_sunday_names_no_one_called_sunday():
    text = ("Labour\n\nBy Jo Roe\n\nStephen Douglas, 26, said after the PM's speech on Sunday: \"It was a turning "
            "point.\"\n\nIraq, they insisted, would not be a factor for most voters.\n")
    assert "Sunday" not in {p.claimant for p in found(text, said="2005-02-13")}


@pytest.mark.parametrize("sentence, claimant, due", [
    ("A decision is now expected by around mid-March.", "Jo Roe", "2005-03-15"),
    ("According to the Independent, his resignation is expected to be followed by those of five other barristers - "
     "Nicholas Blake QC, Andrew Nicol QC and Tom de la Mare.", "Independent", None),
    ("According to Tom Whitlock, a former rate-setter who has warned before, inflation is likely to rise next year.",
     "Tom Whitlock", "2006-12-31"),
])
def test_is_now_expected_and_according_to_before_a_clause(sentence, claimant, due):
    proposal = one(f"Law\n\nBy Jo Roe\n\n{sentence}", said="2005-02-28")
    assert (proposal.claimant, proposal.due) == (claimant, due)


def test_comments_signed_under_them_are_their_readers():
    text = ("SSL flaws\n\nBy Bruce Schneier\n\nThe study found broken certificate checks in many apps.\n\nComments\n\n"
            "I think the vendors will fix this within a month.\n\nPosted by: Dave at November 7, 2012 4:01 PM\n\n"
            "But I would expect the problem now it is known to become fixed in the next code release.\n\n"
            "Posted by: Clive Robinson at November 8, 2012 7:02 AM\n")
    proposals = found(text, said="2012-11-07")
    assert [(p.claimant, p.due) for p in proposals] == [("Dave", "2012-12-07"), ("Clive Robinson", None)]


BODY = ("Company announces results\n\nBy Jo Roe\n\nThe company reported record sales on Friday, helped by strong demand "
        "in Asia.\n\n")


@pytest.mark.parametrize("text, expected", [
    # a comparison with what is expected is no pregnancy
    (BODY + "Rates will rise sooner than the market is expecting, said the governor.", [("governor", None)]),
    # an occupation ("the economist") is not the person the sentence before was about; an office is
    (BODY + "Gordon Brown has addressed the conference. The economist said growth would slow next year.",
     [("economist", "2013-12-31")]),
    # "small" describing the businesses, not the chances
    (BODY + "The reform will make the chances of small businesses winning contracts far greater.", [("Jo Roe", None)]),
    # "positive" and a lower-case word: no name, no belief
    (BODY + "The reaction from fans is positive and can only help the club.", []),
    # a memo someone obtained is not their word
    (BODY + "The BBC has obtained a memo saying 500 jobs will go by 2014.", [("Jo Roe", "2014-12-31")]),
    # "by then-chancellor Gordon Brown" points back to no time
    ("Tax\n\nBy Jo Roe\n\nMinisters met on 1 March 2013. The tax, introduced by then-chancellor Gordon Brown, will be "
     "scrapped.", [("Jo Roe", None)]),
])
def test_review_shapes_that_must_not_fire(text, expected):
    assert [(p.claimant, p.due) for p in found(text, said="2012-06-01")] == expected


@pytest.mark.parametrize("foot", ["-ENDS-", "\u2014Advertisement",
                                  "The song, under copyright by Warner Music, will pass into the public domain.",
                                  "Photo copyright 2012 by Getty Images."])
def test_a_foot_line_that_is_no_signature_or_notice_names_no_writer(foot):
    text = ("Results\n\nThe company reported record sales on Friday, helped by strong demand in Asia.\n\n"
            "The new factory will open in 2014 and will create 500 jobs.\n\n" + foot + "\n")
    assert parse(text.encode()).byline is None


def test_not_a_good_bet_is_no_likely():
    assert one(BODY + "BP shares are not a good bet this year, analysts said.", said="2012-06-01").confidence != 0.75


def test_points_out_reports_what_follows():
    text = (BODY + "Sports psychologist Hugh Richards spoke to the BBC. Liz Yelling said the race was tough. "
            "Richards also points out conditions in New York will be better for her.")
    assert one(text, said="2004-11-04").claimant == "Hugh Richards"


@pytest.mark.parametrize("text", ["He scored 12 points out of 20 and will play again.",
                                  "The main points out of the meeting will be published."])
def test_points_out_of_is_no_verb_of_speech(text):
    from claimtrack.extract.tokens import tokenize

    assert "points out" not in [t.low for t in tokenize(text)]


def test_a_group_predicting_inside_another_report_is_the_forecaster():
    text = (BODY + "Microsoft has said repeatedly that it wants to be first to the market and some analysts predict "
            "that Xbox 2 will be released in the US before the end of 2005.")
    assert one(text, said="2005-01-24").claimant == "analysts"


def test_a_fixture_someone_is_ruled_out_of_dates_the_forecasts_after_it():
    text = ("Duff ruled out of Barcelona clash\n\nChelsea's Damien Duff has been ruled out of Wednesday's Champions "
            "League clash with Barcelona at the Nou Camp.\n\nManager Jose Mourinho said: \"We have one more session "
            "but I think Drogba will play.\"\n")
    assert one(text, said="2005-02-22").due == "2005-02-23"


def test_a_fixture_lost_on_its_day_dates_nothing():
    text = ("Chelsea lose\n\nChelsea lost Wednesday's Champions League clash with Barcelona at the Nou Camp.\n\n"
            "Manager Jose Mourinho said: \"I think Drogba will play again.\"\n")
    assert one(text, said="2005-02-22").due is None


def test_a_quotation_reopened_sentence_by_sentence_closes_with_its_last_mark():
    text = (BODY + "Mr Ballard said: \"This vote will set the future of transport. \"It is vital that residents "
            "register. \"Many people are not aware of it. \"Everyone wants the ballot to be fair.\" The outcome of the referendum will be known next "
            "month.")
    assert [p.claimant for p in found(text, said="2005-01-10")] == ["Ballard", "Jo Roe"]


def test_reported_speech_goes_on_in_a_backshifted_sentence():
    text = (BODY + "Analyst Carolina Milanesi spoke at the show. Ms Milanesi said more models would be released "
            "with hard drives. But they would be more likely to compete with the smaller music players.")
    assert [p.claimant for p in found(text, said="2005-01-10")] == ["Carolina Milanesi", "Carolina Milanesi"]


def test_a_closed_quotation_hands_nothing_on_to_the_reporter_s_next_sentence():
    text = (BODY + "Ms Milanesi said: \"The market is growing fast.\" But they would be more likely to compete "
            "with the smaller music players.")
    assert [p.claimant for p in found(text, said="2005-01-10")] == ["Jo Roe"]


def test_surprised_if_it_did_not_happen_expects_it():
    p = one(BODY + "Everyone would be incredibly surprised if he didn't win the award, said critic Tim Dams.",
            said="2005-02-25")
    assert p.confidence is None or p.confidence > 0.5
    assert one(BODY + "I would be surprised if he finished in the first three, said critic Tim Dams.",
               said="2005-02-25").confidence == 0.3


@pytest.mark.parametrize("text, claimant", [
    ("Senate Democratic Leader Greg Taylor of Indianapolis said schools will be unable to raise pay next year.",
     "Greg Taylor"),
    ("Chief Executive Officer Jane Doe of Acme Corp said sales will rise next year.", "Jane Doe"),
    # a body named with "of" stays whole
    ("The Federal Reserve Bank of New York expects growth to slow next year.", "Federal Reserve Bank of New York"),
])
def test_a_titled_person_of_a_place_is_the_person(text, claimant):
    assert one(BODY + text, said="2023-04-28").claimant == claimant


@pytest.mark.parametrize("sentence", ["The walkout isn't likely to strand passengers next week, union leaders said.",
                                      "The walkout isn’t likely to strand passengers next week, union leaders said.",
                                      "The talks weren't very likely to end next week, union leaders said."])
def test_isn_t_likely_is_probably_not(sentence):
    assert one(BODY + sentence, said="2016-11-29").confidence == 0.3


def test_a_page_whose_markup_states_no_date_is_dated_by_its_labelled_date():
    page = (b"<html><head><title>Alexa in cars</title></head><body><nav><a href='/'>Home</a></nav><article>"
            b"<h1>Alexa in cars</h1><div><span>Updated: Dec 15, 2016 2:57 PM UTC</span></div>"
            b"<p>Three Ford models will talk to Alexa by the end of the year, the company said on Thursday.</p>"
            b"<p>The Amazon integration will be enabled in the first quarter of 2017, the company said.</p>"
            b"</article></body></html>")
    article = parse(page)
    assert article.date == dt.date(2016, 12, 15)
    assert [p.due for p in extract(page, min_score=DEFAULT_MIN_SCORE)] == ["2016-12-31", "2017-03-31"]


@pytest.mark.parametrize("sentence, due", [
    ("By the time the complex is complete this summer, the owners will have spent another $800 million.",
     "2017-08-31"),
    ("By 2020, sales will have doubled, analysts said.", "2020-12-31"),
])
def test_a_future_perfect_with_its_deadline_before_it_is_a_forecast(sentence, due):
    assert one(BODY + sentence, said="2017-01-12").due == due


def test_hinted_with_a_pronoun_reports_the_hinter():
    text = BODY + "Double Olympic gold medallist Kelly Holmes has strongly hinted she will not run in Madrid next month."
    assert one(text, said="2005-02-02").claimant == "Kelly Holmes"


def test_a_speech_participle_opening_a_sentence_names_no_one():
    text = ("China shift\n\nBy Saibal Dasgupta\n\nExplaining Beijing's changed position, observers said the move "
            "was a snub.\n\nBEIJING: The statement came ahead of Xi's visit to India, which is expected to take place "
            "between October 11 and 13.\n")
    assert [(p.claimant, p.due) for p in found(text, said="2019-10-09")] == [("Saibal Dasgupta", "2019-10-13")]


def test_a_link_to_an_author_page_is_the_byline_when_nothing_else_names_one():
    page = (b"<html><head><title>Nationals</title></head><body><div><a href='/author/miserableshitehawk'>Chris "
            b"Thompson</a></div><article><h1>Nationals</h1><p>The Nationals will lose tonight, and their season "
            b"will end with it, whatever the manager says about the team.</p></article>"
            b"<aside><a href='/author/someone-else'>Someone Else</a></aside></body></html>")
    assert parse(page).byline == "Chris Thompson"


@pytest.mark.parametrize("text, sentences", [
    ("Lawyers will ask the clinic in Beverly Hills, Calif. — where the embryos are kept — to release them. Next.", 2),
    ("The clinic is in Beverly Hills, Calif. The embryos will be released.", 2),
    ("He fell ill. Doctors said he would recover.", 2),
])
def test_a_state_s_abbreviation_and_a_dash_after_a_full_stop(text, sentences):
    assert len(split_block(text)) == sentences


@pytest.mark.parametrize("quote", ["I back us to beat them when they come over",
                                   "I'd back us all the way to beat them when they come over"])
def test_backing_us_to_win_is_a_tip(quote):
    text = BODY + f'"{quote}," said All Blacks captain Tana Umaga.'
    p = one(text, said="2005-03-01")
    assert p.claimant == "Tana Umaga" and "back" in p.cues


# -- a review of this stop's rules: where each must not fire ----------------------------------------------------
@pytest.mark.parametrize("page", [
    # a date a page labels that is still to come, and one from a sidebar below the article, date nothing
    b"<html><body><p>The sequel's release date: December 25, 2030.</p><article><p>Sales will rise by the end of the "
    b"year, the company said on Friday in a statement to investors.</p></article></body></html>",
    b"<html><body><article><p>Sales will rise by the end of the year, the company said on Friday in a statement to "
    b"investors.</p></article><aside>Posted on March 3, 2009</aside></body></html>",
])
def test_a_labelled_date_after_the_article_or_still_to_come_dates_nothing(page):
    assert parse(page).date is None


def test_a_link_to_the_authors_pages_that_names_no_one_is_no_byline():
    page = (b"<html><body><a href='/author/jdoe'>Meet The Team</a><article><p>I think sales will double next "
            b"year, and the company will say so on Friday in a statement.</p></article></body></html>")
    assert parse(page).byline is None


def test_a_fixture_the_sentence_tells_the_result_of_dates_nothing():
    text = ("Liverpool\n\nSalah was ruled out of Saturday's match against Leeds, which Liverpool went on to lose "
            "2-0.\n\nJurgen Klopp believes Liverpool will win the league.\n")
    assert one(text, said="2020-01-08").due is None


@pytest.mark.parametrize("sentence", ["Written by Smith, the report will have surprised many.",
                                      "Until now, critics will have noticed the delay."])
def test_a_future_perfect_with_no_deadline_before_it_stays_a_guess(sentence):
    assert found(BODY + sentence, said="2020-01-01") == []


def test_surprised_if_reads_only_its_own_clause_for_a_negation():
    text = BODY + "I'd be surprised if they scored on Saturday, no matter who plays, said coach Tim Dams."
    assert one(text, said="2020-01-01").confidence == 0.3


def test_backing_us_with_no_result_to_come_is_support_not_a_tip():
    assert "back" not in one(BODY + "The fans will back us on Saturday, said coach Tim Dams.", said="2020-01-01").cues


def test_a_state_s_abbreviation_before_a_capital_ends_the_sentence_and_counted_points_are_no_speech():
    assert len(split_block("Jones grew up in Memphis, Tenn. Smith said the bill will pass next year.")) == 2
    from claimtrack.extract.tokens import tokenize

    assert "points out" not in [t.low for t in tokenize("They lead by seven points out. Ten points out.")]


def test_a_belief_adjective_s_cue_marks_the_words_in_the_sentence():
    text = BODY + "A defeat was disappointing for the Briton, but he remains optimistic of going further next year."
    assert "remains optimistic of going" in extract(text, said="2004-12-20", outlet="BBC News")[-1].cues


def test_may_have_to_is_a_need_to_come_and_may_have_done_is_not():
    text = BODY + "Taxpayers may have to bail out the pension agency, leading economists have warned."
    assert extract(text, said="2005-01-03")[-1].cues == ["may"]
    assert extract(BODY + "The agency may have paid too much, economists said.", said="2005-01-03") == []


@pytest.mark.parametrize("word", ["Some", "Many", "Others"])
def test_a_quantifier_with_no_group_before_it_keeps_its_own_word(word):
    text = (BODY + f"Alerts topped 100,000 in September 2004. {word} fear that this figure will hit 150,000 by "
            "September 2005.")
    assert one(text, said="2005-01-10").claimant == word.lower()


def test_any_guide_is_evidence_pointing_one_way_not_a_condition():
    assert one(BODY + "If history is any guide, prices will rise by March.", said="2005-01-10").score > \
        one(BODY + "If the talks fail, prices will rise by March.", said="2005-01-10").score


def test_expected_to_last_a_span_is_due_when_the_span_ends():
    assert one(BODY + "Mr Ebbers' trial is expected to last two months.", said="2005-02-01").due == "2005-04-01"
    assert one(BODY + "Sales in the last two months will rise in March.", said="2005-02-01").due == "2005-03-31"


def test_an_event_expected_over_a_time_ahead_is_a_forecast():
    text = BODY + '"Major problems" are expected over the next 10 years as the workforce ages, the committee said.'
    assert one(text, said="2004-12-20").due == "2014-12-20"


def test_according_to_a_description_then_a_name_reports_the_name():
    text = BODY + "According to technology analysts, TDG Research, there will be 20 million subscribers by 2011."
    assert one(text, said="2005-03-09").claimant == "TDG Research"
    assert one(BODY + "According to analysts, Tesco shares will rise by March.", said="2005-03-09").claimant == \
        "analysts"


def test_a_view_of_what_was_is_no_forecast():
    assert found(BODY + "Tony Woodley repeated his view on Friday that all mergers led to some job cuts.",
                 said="2005-02-25") == []
    assert one(BODY + "Tony Woodley repeated his view that the merger would lead to job cuts by May.",
               said="2005-02-25").claimant == "Tony Woodley"


def test_a_bet_on_what_someone_had_done_is_no_forecast():
    assert found(BODY + "And I'll bet he hadn't checked that one with Gordon Brown.", said="2005-01-19") == []
    assert one(BODY + "I bet prices will rise by March.", said="2005-01-19").due == "2005-03-31"


def test_talks_to_take_a_stake_are_no_pick_to_win():
    text = (BODY + "Meanwhile, according to Chinese state press reports, carmaker Nanjing Auto is in negotiations "
            "with Rover and SAIC to take a 20% stake in the venture.")
    assert found(text, said="2005-02-25") == []


def test_would_have_with_a_noun_is_still_to_come_and_with_a_participle_did_not_happen():
    text = BODY + "Roscosmos and NASA said the crash would have no impact on the station by May."
    assert one(text, said="2016-12-02").claimant == "Roscosmos and NASA"
    assert found(BODY + "Roscosmos and NASA said sales would have been higher by May.", said="2016-12-02") == []


def test_could_be_doing_with_a_time_ahead_is_a_forecast():
    text = BODY + '"The fractures are tiny and he could be playing next month," Banks said.'
    assert [p.due for p in extract(text, said="2005-02-07")] == ["2005-03-31"]
    assert extract(BODY + '"He may be setting a trap," Banks said.', said="2005-02-07") == []


def test_not_expected_until_with_a_contraction():
    text = BODY + "Volkswagen’s first ID.3 all-electric car isn’t expected until next year."
    assert one(text, said="2019-09-10").due == "2020-12-31"
    assert found(BODY + "The decision isn't expected in May.", said="2019-09-10") == []


def test_the_hot_favourite_is_a_forecast_and_a_fan_favourite_is_not():
    text = BODY + "Switzerland's Federer, seeded one, is the hot favourite having won three grand slam titles in 2004."
    assert "is the hot favourite" in one(text, said="2005-01-16").cues
    assert found(BODY + "He is a big favourite with the fans.", said="2005-01-16") == []


@pytest.mark.parametrize("sentence", ["The Arduino project grew out of course work taught in Ivrea.",
                                      "Then, in November 2014, Smart Projects changed its name to Arduino SRL.",
                                      "The LibreOffice project has put together a community of developers."])
def test_a_project_is_a_noun_not_a_projection(sentence):
    assert found(BODY + sentence, said="2015-03-25") == []


def test_analysts_still_project():
    assert one(BODY + "Analysts project that sales will rise by 2006.", said="2005-01-01").claimant == "analysts"
    assert one(BODY + "The IMF projects growth of 3% next year.", said="2005-01-01").claimant == "IMF"


def test_will_no_doubt_is_certainty_not_a_doubt():
    text = BODY + "The warning does not stop users, but it will no doubt confuse quite a few of them by March."
    assert one(text, said="2015-03-25").confidence > 0.9


def test_a_month_s_event_named_view_is_no_one_s_view():
    text = (BODY + "Jo Pavey will miss January's View From Great Edinburgh International Cross Country to focus on "
            "the indoor championships in March.")
    assert all(p.claimant != "January" for p in extract(text, said="2004-12-16"))


def test_placing_little_bets_is_a_noun():
    text = BODY + "They would gather around to watch, even placing little bets on what the program would do next."
    assert found(text, said="2019-05-20") == []
    assert one(BODY + "The bank bets the euro will fall by March.", said="2019-05-20").claimant == "bank"


def test_no_doubt_about_how_things_are_is_no_forecast():
    text = (BODY + 'Michael Howard has no doubt it is the prime minister who, he claims, is "ramming" through the '
            "measures.")
    assert found(text, said="2005-02-23") == []


def test_certain_after_a_verb_of_being_and_doubtless_state_their_confidence():
    text = BODY + "Lord Rennard said he was certain MPs would get another chance to vote against the plans by May."
    assert one(text, said="2005-03-05").confidence == 1.0
    text = BODY + "The novelty will doubtless wear off by March, the critic said."
    assert one(text, said="2004-10-01").confidence == 1.0


def test_an_expected_event_with_its_time_is_a_forecast():
    text = (BODY + "All the parties are campaigning hard for an expected election in May, although the prime minister "
            "has not confirmed any timing.")
    assert one(text, said="2005-03-05").due == "2005-05-31"
    assert found(BODY + "Sales beat an expected 3% rise in the quarter.", said="2005-03-05") == []


def test_the_more_the_more_of_anything_is_a_rule_of_thumb_but_of_a_case_in_hand_a_forecast():
    assert found(BODY + "The higher the fill power number the warmer the bag will be.", said="2024-04-28") == []
    text = BODY + "The longer this situation lasts, the more harmful it will be for North Korea, Tran Duc Mau said."
    assert one(text, said="2018-01-10").claimant == "Tran Duc Mau"


def test_a_tag_listing_authors_run_together_gives_the_first():
    page = (b"<html><head><title>Bags</title><script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
            b"\"author\": [{\"@type\": \"Person\", \"name\": \"Scott Gilbertson,Gear Team\"}]}</script></head><body>"
            b"<article><h1>Bags</h1><p>The best sleeping bags keep you warm, and these deals likely won't last "
            b"past the weekend, whatever the retailers say about their stock.</p></article></body></html>")
    assert parse(page).byline == "Scott Gilbertson"


def test_little_doubt_that_is_certainty_and_doubt_that_is_not():
    text = BODY + "There can be little doubt that many employers will cut benefits by 2006, Helen Sudell said."
    assert one(text, said="2005-02-07").confidence == 1.0
    assert one(BODY + "Helen Sudell said she doubts that employers will cut benefits by 2006.",
               said="2005-02-07").confidence == 0.3


def test_it_is_thought_that_with_a_will_is_a_forecast():
    text = BODY + "Although initially free, it is thought that soon Microsoft will be charging users for the tool."
    assert one(text, said="2005-01-07").claimant == "Jo Roe"
    assert found(BODY + "It is thought that the fire started in the kitchen.", said="2005-01-07") == []


@pytest.mark.parametrize("sentence", [
    "The river will burst its banks and the water will flood the town, officials warned.",
    "The cheaper flights will push the bigger airlines out of business, analysts predict."])
def test_two_nouns_ending_in_er_are_no_rule_of_thumb(sentence):
    assert found(BODY + sentence, said="2005-01-10") != []


@pytest.mark.parametrize("sentence", ["Several projects were shelved as they faced the clampdown by 2006.",
                                      "Namibia has six green hydrogen projects intended to be connected by 2030.",
                                      '"Every test has come back clean," said Giulia Ferrante-Rossi, ESA\'s ExoMars '
                                      "project manager, on Monday."])
def test_projects_as_a_noun(sentence):
    assert all("project" not in " ".join(p.cues).lower() for p in extract(BODY + sentence, said="2005-01-10"))


@pytest.mark.parametrize("sentence", ["He missed an expected appearance in court on Monday.",
                                      "An expected announcement on Friday was postponed.",
                                      "The team suffered an expected defeat in Madrid on Sunday."])
def test_an_expected_thing_gone_or_placed_is_no_forecast(sentence):
    assert found(BODY + sentence, said="2005-01-10") == []


def test_according_to_a_description_then_a_list_keeps_the_description():
    text = BODY + "According to some analysts, Google, Yahoo and Microsoft will fight for the market next year."
    assert one(text, said="2005-01-10").claimant == "analysts"


@pytest.mark.parametrize("sentence", ["Aides to Gordon Brown who said the budget would come in March were briefing.",
                                      "It was not Tony Blair who predicted the election would be held in May."])
def test_a_name_before_who_said_that_is_not_the_clause_s_own_does_not_speak(sentence):
    assert all(p.claimant not in ("Gordon Brown", "Tony Blair") for p in extract(BODY + sentence, said="2005-01-10"))


def test_to_last_a_span_yields_to_the_time_it_starts():
    text = BODY + "The trial, which opens in March, is expected to last two months."
    assert one(text, said="2005-01-10").due == "2005-03-31"


@pytest.mark.parametrize("sentence", ["Pasta is the clear favourite at lunchtime, the survey found.",
                                      "Roast turkey is still the firm favourite on Christmas Day."])
def test_a_favourite_with_no_contest_is_a_preference(sentence):
    assert found(BODY + sentence, said="2005-01-10") == []


def test_a_surname_first_tag_is_not_cut_at_its_comma():
    page = (b"<html><head><title>Cop30</title><script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
            b"\"author\": {\"@type\": \"Person\", \"name\": \"You,Xiaoying\"}}</script></head><body><article><h1>Cop30"
            b"</h1><p>Delegates will meet again next year in Bonn, and the talks are likely to run late, whatever the "
            b"hosts say about the timetable they set.</p></article></body></html>")
    assert parse(page).byline != "You"


def test_certain_as_a_determiner_states_no_confidence():
    text = BODY + "The worry is certain lenders will pull out of the market next year."
    assert one(text, said="2005-01-10").confidence is None


def test_not_expected_until_after_sets_no_deadline():
    assert found(BODY + "The verdict isn't expected until after the election in May.", said="2005-01-10") == [] or \
        one(BODY + "The verdict isn't expected until after the election in May.", said="2005-01-10").due is None


def test_a_pick_to_take_control_is_still_a_pick():
    assert one(BODY + "Arsenal to take control of the league by March, says Wenger.", said="2005-01-10").claimant == \
        "Wenger"


def test_no_doubt_that_is_certainty():
    text = BODY + '"I have no doubt that we will win the election in May," the leader said.'
    assert one(text, said="2005-01-10").confidence == 1.0


def test_confident_in_someone_doing_and_with_prices_set_to_and_earmarked_favourites():
    assert one(BODY + '"I\'m really confident in Andy winning that first match," Bob Bryan said.',
               said="2004-12-04").claimant == "Bob Bryan"
    assert one(BODY + "With prices set to drop even further in coming months, Mr Danton advises everyone to wait.",
               said="2004-12-22").cues[0].startswith("With prices set to")
    assert "earmarked" in one(BODY + "Ireland are being earmarked as hot favourites in many quarters this season.",
                              said="2005-01-31").cues[0]


# who made it, where this stop's first looks found the speaker missed or mistaken
@pytest.mark.parametrize("sentence, said, claimant", [
    pytest.param("Belgium's Inbev said it expected solid growth in 2005.", "2005-03-02", "Inbev",
                 id="a country's possessive only places the firm"),
    pytest.param("Since then, multiple large federal departments have said they won't be able to meet the directive "
                 "by July.", "2026-05-25", "multiple large federal departments",
                 id="four words opened by a quantifier"),
    pytest.param("Analysing traffic will become important for providers said Lindsay Schroth, an analyst with research "
                 "firm The Yankee Group.", "2004-12-08", "Lindsay Schroth",
                 id="said with no comma, then the name and what they are"),
    pytest.param("Mr Sands said the war was wrong. Tory leader Michael Howard reiterated calls for the publication of "
                 'the advice, warning: "This issue will not go away."', "2005-02-24", "Michael Howard",
                 id="a participle before a quote, a title before the name"),
    pytest.param("Prices will rise by 2010, the Commons science and technology committee said.", "2004-12-20",
                 "Commons science and technology committee", id="a body whose remit is joined by and"),
    pytest.param("Consumer spending fuelled growth in the last quarter of 2004 and analysts expect that it will "
                 "continue to support the economy.", "2005-02-22", "analysts",
                 id="a present belief after and, not dated by the other clause"),
    pytest.param("The figures were given by economics minister Heizo Takenaka who said the economy would grow by 2% "
                 "in 2006.", "2005-01-24", "Heizo Takenaka", id="a name, then who said with no comma"),
    pytest.param("Southwest, the largest US carrier, said it would remain profitable despite high fuel prices.",
                 "2005-01-19", "Southwest", id="remaining profitable is how a firm fares, not its plan"),
    pytest.param("All 41 economists polled by Bloomberg News over the past week expect the Fed to hold on Wednesday.",
                 "2005-01-10", "Bloomberg News", id="polled over the past week is when they were asked"),
    # "project(s)" as a verb after its subject
    pytest.param("Analysts project increased sales in 2006.", "2005-01-10", "analysts", id="analysts project"),
    pytest.param("The ministry projects continued growth in 2006.", "2005-01-10", "ministry",
                 id="the ministry projects"),
    pytest.param("Analysts at Goldman project growth of 3% next year.", "2005-01-10", "Goldman",
                 id="analysts at a firm project"),
    pytest.param("Her model projects the cut to fall at one over par on Friday evening.", "2005-01-10", "Jo Roe",
                 id="her model projects"),
])
def test_who_made_the_forecast(sentence, said, claimant):
    assert one(BODY + sentence, said=said).claimant == claimant


# -- from the first looks at real 237 to 242 --------------------------------------------------------------------
@pytest.mark.parametrize("sentence, said, claimant", [
    pytest.param("Guitarist Brian May has said he expects to be on the road with Rodgers next year.", "2004-11-29",
                 "Brian May", id="a surname that is also a modal, after a role"),
    pytest.param("Malaysia's central bank is to relax rules on foreign ownership of banks. Banks in Malaysia can sell "
                 "up to 49% of their units. But growth slowed, and the central bank said it expected 6% expansion in "
                 "2005.", "2005-02-22", "Malaysia's central bank", id="the central bank a place's kind named before"),
    pytest.param("JP McManus and John Magnier own 29% of the club. The Sunday Times and The Sunday Telegraph say they "
                 "will oppose any formal bid from Malcolm Glazer.", "2005-02-13",
                 "The Sunday Times and The Sunday Telegraph", id="two papers reporting others' plans"),
    pytest.param("Andrew Beh, of brokers ING, said UPS and Deutsche Post were the most likely bidders.", "2005-02-01",
                 "Andrew Beh", id="the most likely bidders"),
    pytest.param('"Serge has a good case so we are confident he will play," said France coach Bernard Laporte.',
                 "2005-03-10", "Bernard Laporte", id="confident he will play is a belief, not a plan"),
])
def test_who_made_the_forecast_at_real_237_to_242(sentence, said, claimant):
    assert one(BODY + sentence, said=said).claimant == claimant


@pytest.mark.parametrize("sentence", [
    "Rates are more likely to rise than fall next year, economists said.",
    "Bill Cosby will face charges, lawyers predict.",
    "Pundits picked Spain to win the tournament.",
    '"The party will lose seats," was Mr Marr\'s assessment.',
    "Analysts expect a bid from Deutsche Post.",
    "But I'm expecting more of the same in the not too distant future.",
    "The talk in the City is that UPS is the most likely bidder for the firm.",
    'Michael Ancram said lifting the arms embargo would be "irresponsible" and would damage relations with the US.',
    "Analysts said the merger would be wrong for shareholders next year.",
    "Henrik Astrom, the party's leader, said his party would again finish as the second-largest in parliament.",
])
def test_forecasts_beside_those_look_alikes(sentence):
    assert len(found(BODY + sentence, said="2005-01-10")) == 1


@pytest.mark.parametrize("sentence, said, due", [
    pytest.param("Chelsea winger Arjen Robben has broken two bones in his foot and will be out for at least six weeks.",
                 "2005-02-08", "2005-03-22", id="out for at least six weeks"),
    pytest.param('"I won\'t be able to do any running for two or three weeks," she said.', "2005-02-28", "2005-03-21",
                 id="not able to run for a range of weeks"),
    pytest.param("He is expected to be sidelined for three months.", "2005-02-28", "2005-05-28", id="sidelined"),
])
def test_an_absence_foreseen_for_a_span_ends_with_it(sentence, said, due):
    assert one(BODY + sentence, said=said).due == due


def test_playing_for_a_span_is_no_absence():
    assert all(p.due is None for p in extract(BODY + "He will play for Chelsea for three years, the club said.",
                                             said="2005-02-28", min_score=0))


def test_a_listener_named_by_several_words_ends_at_that():
    text = BODY + "Henrik Astrom told the TT news agency that his party would again finish second in the Riksdag."
    assert one(text, said="2005-01-10").text.startswith("His party will")


@pytest.mark.parametrize("sentence, said", [
    pytest.param("The company recently announced that it expected profits in 2005 to be lower than in 2004.",
                 "2004-12-20", id="announced that it expected, shifted back"),
    pytest.param('"I\'m in no doubt that I\'ll play again," said Jo Roe.', "2005-01-10",
                 id="in no doubt that I will is a belief, not a plan"),
    pytest.param("Blackburn striker Matt Jansen faces three weeks out after surgery.", "2005-02-08",
                 id="faces weeks out"),
    pytest.param("Instead there was a real chance of a peaceful resolution to the problem, he said.", "2005-01-10",
                 id="there was a real chance, reported"),
    pytest.param("Mr Howard is likely to defend the bill, which passed after the Tories accepted Tony Blair's "
                 "promise that MPs would review it within a year.", "2005-03-12",
                 id="a name's promise is a noun, not the sentence's speaker"),
    pytest.param("Tory delegates are gathering for what is expected to be their last conference before the election.",
                 "2005-03-12", id="for what is expected to be"),
])
def test_forecasts_found_at_real_237_to_248(sentence, said):
    assert len(found(BODY + sentence, said=said)) == 1


def test_a_lay_off_faced_ends_with_its_span():
    assert one(BODY + "Robinson is facing a six-week lay-off with a knee injury.", said="2005-02-08").due == "2005-03-22"


def test_according_to_a_plural_possessive_is_the_group_whose_forecast_it_is():
    proposal = one(BODY + "According to analysts' forecasts, HSBC will report profits of £9.4bn later this month.",
                   said="2005-02-10")
    assert (proposal.claimant, proposal.text) == ("analysts", "HSBC will report profits of £9.4bn later this month.")


def test_a_minister_s_rule_change_is_a_plan_and_an_analyst_s_a_forecast():
    assert found(BODY + "Constitutional Affairs Minister Christopher Leslie said the current minimum age of 21 for an "
                 "MP would be reduced to 18.", said="2005-01-27") == []
    assert one(BODY + "Analysts said interest rates would be raised to 5% next month.", said="2005-01-27").claimant == \
        "analysts"


# -- from the first looks at real 249 to 254 --------------------------------------------------------------------
@pytest.mark.parametrize("sentence, said, claimant, due", [
    pytest.param("Most commentators have been expecting an election on 5 May.", "2004-10-31", "commentators",
                 "2005-05-05", id="have been expecting, still expecting"),
    pytest.param("Mr Campbell is keen to play a part in the poll, expected in May.", "2004-12-19", "Jo Roe",
                 "2005-05-31", id="an event, then when it is expected"),
    pytest.param("Manager David Moyes has defiantly claimed that he expects Gravesen to still be at Everton.",
                 "2005-01-11", "David Moyes", None, id="an adverb of manner inside the verb"),
    pytest.param("It is expected the trial could last as long as a year.", "2005-01-10", "Jo Roe",
                 "2006-01-10", id="it is expected with no that, and as long as a year"),
    pytest.param("There should be handsets out in the UK in the next six months.", "2005-02-14", "Jo Roe",
                 "2005-08-14", id="there should be, within a span"),
    pytest.param("Mr Brown will undoubtedly claim the forecasts are simply wrong.", "2005-03-10", "Jo Roe", None,
                 id="a certainty adverb is no adverb of manner"),
])
def test_forecasts_found_at_real_249_to_254(sentence, said, claimant, due):
    proposal = one(BODY + sentence, said=said)
    assert (proposal.claimant, proposal.due) == (claimant, due)


# -- from the first looks at real 255 to 260 --------------------------------------------------------------------


def test_a_likely_state_with_a_time_ahead_is_still_a_forecast():
    assert one(BODY + "It is likely that the firm has to cut jobs next year.", said="2005-02-15").due == "2006-12-31"


def test_a_deal_that_does_not_seem_likely_is_probably_not_and_the_one_quoted_speaks():
    proposal = one(BODY + '"He would be abandoning his duty if he didn\'t talk to rivals, but a deal doesn\'t seem '
                   'likely," Reuters quoted one trader as saying.', said="2005-01-10")
    assert (proposal.claimant, proposal.confidence) == ("trader", 0.3)


def test_it_after_a_month_is_no_one_named_june():
    text = BODY + ("Borussia Dortmund posted a record loss in the 12 months through June. It made a loss in the first "
                   "half and said that total debts will increase to 134.7m euros by the middle of 2006.")
    assert one(text, said="2005-02-17").claimant != "June"


# -- a reviewer's probes of this stop's rules: where each must not fire, and where it must -----------------------
@pytest.mark.parametrize("sentence, claimant", [
    pytest.param("Interest rates are now more likely to rise than fall, economists said.", "economists",
                 id="an outcome weighed is no group's tendency"),
    pytest.param('"We\'re more likely to cut rates than raise them," the governor said.', "governor",
                 id="the speaker's own course is no tendency"),
    pytest.param("Mr Kennedy said his party would do well in the north.", "Kennedy",
                 id="how a side will do is no plan"),
    pytest.param("Analysts expect much better figures from Marks & Spencer.", "analysts",
                 id="figures expected from a firm are no demand"),
    pytest.param("China's central bank raised rates last year. The US Federal Reserve met on Tuesday. The central "
                 "bank said it expected growth to continue in 2005.", "US Federal Reserve",
                 id="the body just named before one described long ago"),
    pytest.param("Most lawyers think the officers will not face criminal charges.", "lawyers",
                 id="outsiders foreseeing no charges"),
    pytest.param("Health Secretary John Reid said waiting times would be reduced to 18 weeks by 2008.", "John Reid",
                 id="a target for waiting times is no rule"),
    pytest.param('"Prices will rise next year," said Brian May.', "Brian May", id="said Brian May, at the end"),
])
def test_review_forecasts_kept(sentence, claimant):
    assert one(BODY + sentence, said="2005-01-10").claimant == claimant


def test_review_an_absence_denied_sets_no_deadline():
    assert all(p.due != "2005-02-21" for p in extract(BODY + "Scans showed Owen will not be out for six weeks after "
                                                      "all.", said="2005-01-10", min_score=0))


# -- look-alikes from this stop's first looks (real 234, 237-260) and a reviewer's probes of its rules ------------
_STOP26_LOOK_ALIKES = [
    ('They also are becoming less likely to remember numbers by heart, relying on the phone '
     'book instead.', "2005-01-10"),
    ('Music fans are now more likely to download songs in digital format rather than buy CDs.', "2005-01-10"),
    ('US comedian Bill Cosby will not face charges stemming from an allegation of misconduct.', "2005-01-10"),
    ('The officer will face no further action, the force said.', "2005-01-10"),
    ('Parmar picked up the injury last week and has failed to recover in time for the tie, '
     'which begins on Friday.', "2005-01-10"),
    ('"It was, as always, coded and careful... but entirely deliberate," was Mr Marr\'s assessment.', "2005-01-10"),
    ('Ms Berman said: "I think the audience expects loud things from Fox."', "2005-01-10"),
    ('Fans expect a lot of him.', "2005-01-10"),
    ('The most likely candidates include Jane Smith and Tom Brown.', "2005-01-10"),
    ('Sir Ian told a meeting it would be "unwise" to speculate about the risks.', "2005-01-10"),
    ('Michael Ancram said the move would be "profoundly wrong".', "2005-01-10"),
    ('Tory co-chairman Liam Fox said his party would exploit every chance to show how juvenile '
     'the minister was.', "2005-01-10"),
    ('"There is a great chance to win a Grand Slam," said Jo Roe.', "2005-01-10"),
    ('It is not clear what is expected to happen next.', "2005-01-10"),
    ('England confirmed that Andrew Sheridan was not considered because of an injury he picked '
     'up last week.', "2005-01-10"),
    ('Mr Blair has probably been closer to President Bush than any other European leader.', "2005-02-14"),
    ('The user is at fault, which is probably why the telephone companies are unwilling to refund them.', "2005-02-14"),
    ('The luxury cruise liner Crystal Harmony is the unlikely setting for tests of biometric '
     'technology.', "2005-02-14"),
    ("In all honesty, we've been expecting this announcement for some time.", "2005-02-14"),
    ('There should be an inquiry by next month, MPs said.', "2005-02-14"),
    ('"Handhelds often have limitations - screens will be small by definition," he said.', "2005-02-14"),
    ('"I don\'t believe in making fun of other religions," he said.', "2005-02-15"),
    ('The survey did not interview teenagers but it is likely that millions of under-18s also '
     'have MP3 players.', "2005-02-15"),
    ('Human error is the most likely cause of the crash, investigators said.', "2005-01-10"),
    ("Gordon Brown's promise that income tax will not rise has been questioned by economists.", "2005-01-10"),
    ('Analysts are focused on what is likely to happen to interest rates.', "2005-01-10"),
    ('"There was a real chance of promotion last season but we blew it," he said.', "2005-01-10"),
    ('The chairman stressed he expected loyalty from the board.', "2005-01-10"),
    ('The Financial Times and The Economist said they would raise their cover prices in March.', "2005-01-10"),
]


@pytest.mark.parametrize("sentence, said", _STOP26_LOOK_ALIKES)
def test_look_alikes_from_this_stop(sentence, said):
    assert found(BODY + sentence, said=said) == []


def test_a_group_of_forecasters_reporting_a_possibility_is_their_forecast():
    text = BODY + "Analysts believe other sporting goods companies may now take a closer look at Rossignol."
    assert one(text, said="2005-01-03").claimant == "analysts"
    # (a named speaker's bare "may" stays below the default, as the gold set has it)
    assert found(BODY + "John Smith said the firm may now take a closer look at Rossignol.", said="2005-01-03") == []
