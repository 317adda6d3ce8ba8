"""The due-date and confidence grammars: each accepted form maps to one exact value, everything else is refused."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.errors import InputError
from claimtrack.phrases import KENT_SCALE, parse_confidence, parse_due, parse_iso_date

D = dt.date
SAID = D(2018, 1, 10)
ACCEPTED_FORMS = ("YYYY-MM-DD", "'in April'", "'April 2019'", "'mid-March'", "'by the end of 2019'",
                  "'next year'", "'next month'", "'in 3 months'", "'within two weeks'", "'Q2 2018'")


# --- parse_iso_date -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2018-01-05", D(2018, 1, 5)), ("  2018-01-05\n", D(2018, 1, 5)), ("2020-02-29", D(2020, 2, 29)),
     ("9999-12-31", D(9999, 12, 31))],
)
def test_iso_date_accepts_real_dates(text, expected):
    assert parse_iso_date(text) == expected


@pytest.mark.parametrize(
    "text", ["2018-02-30", "2018-1-5", "20180105", "2019-02-29", "2018-13-01", "0000-01-01", "2018/01/05",
             "2018-01-05T00:00", "", "١٠١٨-٠١-٠٥"],
)
def test_iso_date_refuses_everything_else(text):
    with pytest.raises(InputError) as err:
        parse_iso_date(text, "said date")
    assert str(err.value) == f"bad said date '{text.strip()}': expected YYYY-MM-DD"


def test_iso_date_default_what():
    with pytest.raises(InputError, match=r"^bad date '2018-02-30': expected YYYY-MM-DD$"):
        parse_iso_date("2018-02-30")


# --- parse_due: accepted phrases ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "said", "expected"),
    [
        # months: the first such month from said_on's month on, the same month counting
        ("in April", D(2018, 4, 10), D(2018, 4, 30)),
        ("in April", D(2018, 5, 1), D(2019, 4, 30)),
        ("in April", D(2018, 4, 30), D(2018, 4, 30)),
        ("in April", SAID, D(2018, 4, 30)),
        ("by April", SAID, D(2018, 4, 30)),
        ("April", SAID, D(2018, 4, 30)),
        ("April 2019", SAID, D(2019, 4, 30)),
        ("by April 2019", SAID, D(2019, 4, 30)),
        ("in April 2019", SAID, D(2019, 4, 30)),
        ("in February", D(2019, 3, 1), D(2020, 2, 29)),
        ("in Sept", SAID, D(2018, 9, 30)),
        ("in sep", SAID, D(2018, 9, 30)),
        ("by September.", SAID, D(2018, 9, 30)),
        ("IN   apr", SAID, D(2018, 4, 30)),
        ("December", D(2018, 12, 31), D(2018, 12, 31)),
        ("january", D(2018, 2, 1), D(2019, 1, 31)),
        ("by the end of April", SAID, D(2018, 4, 30)),
        ("end of June 2019", SAID, D(2019, 6, 30)),
        # early / mid / late
        ("early March", SAID, D(2018, 3, 10)),
        ("mid March", SAID, D(2018, 3, 15)),
        ("late March", SAID, D(2018, 3, 31)),
        ("mid-March", SAID, D(2018, 3, 15)),
        ("early-March", SAID, D(2018, 3, 10)),
        ("late-March", SAID, D(2018, 3, 31)),
        ("in mid-March", SAID, D(2018, 3, 15)),
        ("by late March", SAID, D(2018, 3, 31)),
        ("mid-March 2019", SAID, D(2019, 3, 15)),
        ("by early-Mar 2020", SAID, D(2020, 3, 10)),
        ("Mid-March", D(2018, 3, 15), D(2018, 3, 15)),
        ("late Feb", D(2018, 3, 2), D(2019, 2, 28)),
        ("mid-January", D(2018, 2, 20), D(2019, 1, 15)),
        ("late February", D(2019, 12, 1), D(2020, 2, 29)),
        # years
        ("by the end of 2019", SAID, D(2019, 12, 31)),
        ("end of 2019", SAID, D(2019, 12, 31)),
        ("in 2019", SAID, D(2019, 12, 31)),
        ("by 2019", SAID, D(2019, 12, 31)),
        ("in 2018", SAID, D(2018, 12, 31)),
        ("end of the year", SAID, D(2018, 12, 31)),
        ("by the end of the year", SAID, D(2018, 12, 31)),
        ("this year", SAID, D(2018, 12, 31)),
        ("by end of year", SAID, D(2018, 12, 31)),
        ("next year", SAID, D(2019, 12, 31)),
        ("next year", D(2018, 12, 31), D(2019, 12, 31)),
        ("By The End Of The Year.", SAID, D(2018, 12, 31)),
        # months relative to said_on
        ("next month", SAID, D(2018, 2, 28)),
        ("by next month", SAID, D(2018, 2, 28)),
        ("next month", D(2018, 12, 15), D(2019, 1, 31)),
        ("next month", D(2020, 1, 31), D(2020, 2, 29)),
        ("end of the month", SAID, D(2018, 1, 31)),
        ("this month", SAID, D(2018, 1, 31)),
        ("this month", D(2018, 2, 28), D(2018, 2, 28)),
        # counted spans
        ("in 3 months", SAID, D(2018, 4, 10)),
        ("within two weeks", SAID, D(2018, 1, 24)),
        ("in 10 days", SAID, D(2018, 1, 20)),
        ("in 1 day", SAID, D(2018, 1, 11)),
        ("within twelve months", SAID, D(2019, 1, 10)),
        ("in one week", SAID, D(2018, 1, 17)),
        ("in a month", SAID, D(2018, 2, 10)),
        ("within a year", SAID, D(2019, 1, 10)),
        ("in a week", SAID, D(2018, 1, 17)),
        ("in an year", SAID, D(2019, 1, 10)),
        ("in 2 years", SAID, D(2020, 1, 10)),
        ("in five  Years.", SAID, D(2023, 1, 10)),
        ("within the next 3 days", SAID, D(2018, 1, 13)),
        # quarters
        ("Q1 2018", SAID, D(2018, 3, 31)),
        ("Q2 2018", SAID, D(2018, 6, 30)),
        ("Q3 2018", SAID, D(2018, 9, 30)),
        ("Q4 2018", SAID, D(2018, 12, 31)),
        ("Q3 of 2018", SAID, D(2018, 9, 30)),
        ("by Q2 2019", SAID, D(2019, 6, 30)),
        ("in Q4 2018", SAID, D(2018, 12, 31)),
        ("q2", SAID, D(2018, 6, 30)),
        ("Q1", SAID, D(2018, 3, 31)),
        ("by the end of Q3", SAID, D(2018, 9, 30)),
    ],
)
def test_due_phrases(text, said, expected):
    assert parse_due(text, said) == (expected, text.strip())


@pytest.mark.parametrize(
    ("text", "said", "expected"),
    [
        ("in 1 month", D(2018, 1, 31), D(2018, 2, 28)),
        ("in a month", D(2020, 1, 31), D(2020, 2, 29)),
        ("in 3 months", D(2018, 11, 30), D(2019, 2, 28)),
        ("in 1 month", D(2018, 3, 31), D(2018, 4, 30)),
        ("in 1 year", D(2020, 2, 29), D(2021, 2, 28)),
        ("within four years", D(2020, 2, 29), D(2024, 2, 29)),
        ("in 12 months", D(2020, 2, 29), D(2021, 2, 28)),
    ],
)
def test_due_adding_months_and_years_clamps_to_month_end(text, said, expected):
    assert parse_due(text, said)[0] == expected


@pytest.mark.parametrize(
    ("text", "said", "expected"),
    [
        ("Q1", D(2018, 3, 31), D(2018, 3, 31)),  # the quarter containing said_on has not ended
        ("Q1", D(2018, 1, 1), D(2018, 3, 31)),
        ("Q1", D(2018, 4, 1), D(2019, 3, 31)),  # ended: next year's
        ("Q2", D(2018, 7, 1), D(2019, 6, 30)),
        ("Q2", D(2018, 6, 30), D(2018, 6, 30)),
        ("by Q3", D(2018, 12, 31), D(2019, 9, 30)),
        ("Q4", D(2018, 12, 31), D(2018, 12, 31)),
        ("in Q4", D(2018, 2, 1), D(2018, 12, 31)),
    ],
)
def test_due_bare_quarter_rolls_over_once_ended(text, said, expected):
    assert parse_due(text, said)[0] == expected


def test_due_iso_date_is_returned_as_is_even_before_said_on():
    assert parse_due(" 2018-02-28 ", SAID) == (D(2018, 2, 28), None)
    assert parse_due("2017-01-01", SAID) == (D(2017, 1, 1), None)


def test_due_accepts_a_datetime_as_said_on():
    assert parse_due("in April", dt.datetime(2018, 4, 10, 12, 30)) == (D(2018, 4, 30), "in April")


# --- parse_due: refusals ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["soon", "in the near future", "eventually", "a few weeks", "in a few weeks", "within several months",
     "in some days", "", "   ", "in an hour", "in 3 hours", "3 months", "two weeks", "in fifty days",
     "in 0 days", "next week", "Q5 2018", "Q2 18", "Aprill", "in April or May", "mid", "end of", "by the end",
     "before April", "April 19", "in 3 months\nrm -rf /", "in\x1b[31m April"],
)
def test_due_refuses_unknown_phrases_listing_the_accepted_forms(text):
    with pytest.raises(InputError) as err:
        parse_due(text, SAID)
    message = str(err.value)
    assert message.startswith("cannot read due date '")
    assert "\n" not in message and "\x1b" not in message
    for form in ACCEPTED_FORMS:
        assert form in message


def test_due_refusal_message_exact():
    with pytest.raises(InputError) as err:
        parse_due("  soon ", SAID)
    assert str(err.value) == (
        "cannot read due date 'soon': use YYYY-MM-DD or a phrase such as 'in April', 'April 2019', 'mid-March', "
        "'by the end of 2019', 'next year', 'next month', 'in 3 months', 'within two weeks', 'Q2 2018'"
    )


@pytest.mark.parametrize(
    ("text", "said"),
    [("April 2017", SAID), ("in 2017", SAID), ("by the end of 2017", SAID), ("Q4 2017", SAID),
     ("Q1 2018", D(2018, 4, 1)), ("mid-March 2018", D(2018, 3, 16)),
     ("mid-March", D(2018, 3, 16)), ("early March", D(2018, 3, 11))],
)
def test_due_phrase_before_said_on_is_refused(text, said):
    with pytest.raises(InputError) as err:
        parse_due(text, said)
    assert str(err.value) == f"'{text}' is before the claim was made ({said.isoformat()})"


@pytest.mark.parametrize("text", ["2018-02-30", "2018-1-5", "20180105"])
def test_due_malformed_iso_date_says_expected_format(text):
    with pytest.raises(InputError, match=rf"^bad due date '{text}': expected YYYY-MM-DD$"):
        parse_due(text, SAID)


@pytest.mark.parametrize(
    ("text", "said"),
    [("in 99999 years", SAID), ("in 9" * 1 + "9" * 5000 + " days", SAID), ("next year", D(9999, 6, 1)),
     ("next month", D(9999, 12, 1)), ("in 0000", SAID)],
)
def test_due_out_of_range_is_an_input_error(text, said):
    with pytest.raises(InputError):
        parse_due(text, said)


def test_due_long_text_is_shortened_in_the_message():
    with pytest.raises(InputError) as err:
        parse_due("soon " * 100, SAID)
    assert len(str(err.value)) < 300


# --- parse_due: properties ----------------------------------------------------------------------------------------

_WORDS = ["in", "by", "within", "the", "end", "of", "next", "this", "year", "years", "month", "months", "week",
          "weeks", "day", "days", "a", "an", "few", "two", "twelve", "0", "3", "99999", "Q1", "q4", "Q5", "early",
          "mid-", "mid", "late", "-", "April", "Sept", "feb", "2017", "2019", "0000", "9999", ".", ",",
          "2018-02-30", "2018-02-28", " ", "  "]
_phrases = st.lists(st.sampled_from(_WORDS), max_size=6).map(" ".join)
_said = st.dates(min_value=D(1, 1, 1), max_value=D(9999, 12, 31))


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=40), _phrases), said=_said)
def test_due_only_raises_input_error_and_never_goes_back_in_time(text, said):
    try:
        due, phrase = parse_due(text, said)
    except InputError as err:
        assert "\n" not in str(err)
        return
    assert isinstance(due, dt.date)
    if phrase is not None:
        assert phrase == text.strip()
        assert due >= said


# --- parse_confidence ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [("0", 0.0), ("0.7", 0.7), (".7", 0.7), ("1", 1.0), ("1.0", 1.0), (" 0.25 ", 0.25),
     ("70", 0.7), ("100", 1.0), ("2", 0.02), ("70.0", 0.7),
     ("70%", 0.7), ("72.5 %", 0.725), ("0.5%", 0.005), ("0%", 0.0), ("100%", 1.0), ("1%", 0.01), ("33%", 0.33),
     (0, 0.0), (1, 1.0), (0.7, 0.7), (70, 0.7), (100, 1.0), (70.0, 0.7), (-0.0, 0.0), (0.5, 0.5)],
)
def test_confidence_numbers(value, expected):
    p, words = parse_confidence(value)
    assert p == expected  # exact: 70 must give 0.7, not 0.7000000000000001
    assert type(p) is float
    assert words is None


@pytest.mark.parametrize(
    ("value", "expected", "words"),
    [("certain", 1.0, "certain"), ("almost certain", 0.93, "almost certain"), ("probable", 0.75, "probable"),
     ("likely", 0.75, "likely"), ("probably", 0.75, "probably"), ("chances about even", 0.5, "chances about even"),
     ("even", 0.5, "even"), ("probably not", 0.3, "probably not"), ("unlikely", 0.3, "unlikely"),
     ("almost certainly not", 0.07, "almost certainly not"), ("impossible", 0.0, "impossible"),
     ("  Almost   CERTAIN ", 0.93, "almost certain"), ("Probably\tNot", 0.3, "probably not")],
)
def test_confidence_kent_words(value, expected, words):
    assert parse_confidence(value) == (expected, words)


def test_kent_scale_is_exported():
    assert KENT_SCALE["likely"] == 0.75
    assert all(0.0 <= p <= 1.0 for p in KENT_SCALE.values())
    assert all(w == w.lower() and "  " not in w for w in KENT_SCALE)


@pytest.mark.parametrize(
    "value",
    ["1.2", "-0.1", "101%", "1.5", "nan", "inf", "very very maybe", "", "  ", "-5%", "1e-1", "70 %%", "0,7",
     "seventy", "likely-ish", "%", "100.5", "1_0", "٧٠",
     1.2, -0.1, 1.5, 101, -1, float("nan"), float("inf"), True, False, None, 10**400],
)
def test_confidence_refusals(value):
    with pytest.raises(InputError) as err:
        parse_confidence(value)
    message = str(err.value)
    assert message.startswith("bad confidence '")
    assert "\n" not in message
    for form in ("0..1", "70", "70%", "'likely'", "'even'", "'unlikely'"):
        assert form in message


def test_confidence_refusal_message_exact():
    with pytest.raises(InputError) as err:
        parse_confidence("1.2")
    assert str(err.value) == (
        "bad confidence '1.2': use a probability 0..1, a percentage like 70 or 70%, "
        "or words such as 'likely', 'even', 'unlikely'"
    )


@settings(max_examples=200, deadline=None)
@given(value=st.one_of(st.text(max_size=20), st.integers(), st.floats(), st.booleans()))
def test_confidence_only_raises_input_error_and_stays_in_range(value):
    try:
        p, _ = parse_confidence(value)
    except InputError:
        return
    assert 0.0 <= p <= 1.0


@pytest.mark.parametrize("n", range(0, 101))
def test_confidence_whole_percentages_are_exact(n):
    expected = float(f"0.{n:02d}") if n < 100 else 1.0
    assert parse_confidence(f"{n}%")[0] == expected
    if n > 1:
        assert parse_confidence(str(n))[0] == expected
        assert parse_confidence(n)[0] == expected


# --- read_article_due: deadlines as articles write them -------------------------------------------------------

from claimtrack.phrases import read_article_due  # noqa: E402


@pytest.mark.parametrize(
    ("text", "said", "expected"),
    [
        # everything parse_due reads
        ("in April", SAID, D(2018, 4, 30)), ("by the end of 2019", SAID, D(2019, 12, 31)),
        ("within six months", SAID, D(2018, 7, 10)), ("Q3", SAID, D(2018, 9, 30)), ("2019", SAID, D(2019, 12, 31)),
        # before: the day before the period begins; before the end of X: X's last day
        ("before April", SAID, D(2018, 3, 31)), ("before 2020", SAID, D(2019, 12, 31)),
        ("before the end of the year", SAID, D(2018, 12, 31)), ("before Oct. 9", SAID, D(2018, 10, 8)),
        ("ahead of the summer", SAID, D(2018, 5, 31)), ("prior to 2019", SAID, D(2018, 12, 31)),
        # until / through: the period's last day
        ("until 2020", SAID, D(2020, 12, 31)), ("until August", SAID, D(2018, 8, 31)),
        ("through the end of March", SAID, D(2018, 3, 31)), ("until this year's end", SAID, D(2018, 12, 31)),
        # days without a year: the first on or after said_on
        ("Oct. 9", SAID, D(2018, 10, 9)), ("on October 9th", SAID, D(2018, 10, 9)), ("9 October", SAID, D(2018, 10, 9)),
        ("the 9th of October", SAID, D(2018, 10, 9)), ("Jan. 3", SAID, D(2019, 1, 3)),
        ("October 9, 2019", SAID, D(2019, 10, 9)), ("Tuesday, Oct. 9", SAID, D(2018, 10, 9)),
        # weekdays (SAID is a Wednesday) and weeks, which end on Sunday
        ("Friday", SAID, D(2018, 1, 12)), ("on Wednesday", SAID, D(2018, 1, 10)), ("next Friday", SAID, D(2018, 1, 19)),
        ("Friday night", SAID, D(2018, 1, 12)), ("this weekend", SAID, D(2018, 1, 14)),
        ("the end of the weekend", SAID, D(2018, 1, 14)), ("next week", SAID, D(2018, 1, 21)),
        ("by the end of the week", SAID, D(2018, 1, 14)), ("tomorrow", SAID, D(2018, 1, 11)), ("tonight", SAID, SAID),
        # seasons (meteorological, northern), parts of years, decades
        ("by the summer", SAID, D(2018, 8, 31)), ("next summer", SAID, D(2019, 8, 31)), ("this spring", SAID, D(2018, 5, 31)),
        ("by autumn 2019", SAID, D(2019, 11, 30)), ("in the fall", SAID, D(2018, 11, 30)), ("by winter", SAID, D(2018, 2, 28)),
        ("early summer", SAID, D(2018, 6, 30)), ("mid-2019", SAID, D(2019, 6, 30)), ("early 2019", SAID, D(2019, 4, 30)),
        ("late 2019", SAID, D(2019, 12, 31)), ("the first half of 2019", SAID, D(2019, 6, 30)),
        ("the second half of next year", SAID, D(2019, 12, 31)), ("later this year", SAID, D(2018, 12, 31)),
        ("by year-end", SAID, D(2018, 12, 31)), ("the end of the decade", SAID, D(2019, 12, 31)),
        # spans counted from said_on
        ("over the next two years", SAID, D(2020, 1, 10)), ("in two weeks' time", SAID, D(2018, 1, 24)),
        ("within the next two decades", SAID, D(2038, 1, 10)), ("a year from now", SAID, D(2019, 1, 10)),
        # holidays
        ("by Christmas", SAID, D(2018, 12, 25)), ("before Christmas", SAID, D(2018, 12, 24)),
        ("Easter", SAID, D(2018, 4, 1)), ("before Easter", D(2024, 3, 14), D(2024, 3, 30)),
        ("Thanksgiving", SAID, D(2018, 11, 22)),
        # an event in a period: the period's last day; a US election in November: election day
        ("before the election in November", D(2019, 1, 10), D(2019, 11, 30)),
        ("before the election in November", SAID, D(2018, 11, 6)),
        ("before the US Presidential election in November", D(2004, 4, 29), D(2004, 11, 2)),
        ("before the November 2020 election", D(2019, 9, 3), D(2020, 11, 3)),
        ("the summit on Oct. 9", SAID, D(2018, 10, 9)), ("before the by-election on Dec. 8", SAID, D(2018, 12, 7)),
        ("the 2020 election", SAID, D(2020, 12, 31)),
        # the rest of a period, the turn of the decade, the year ahead, a year's end as a verb's object
        ("for the rest of the decade", SAID, D(2019, 12, 31)), ("through the rest of the year", SAID, D(2018, 12, 31)),
        ("by the turn of the decade", SAID, D(2019, 12, 31)), ("in the year ahead", SAID, D(2019, 1, 10)),
        ("end 2019", SAID, D(2019, 12, 31)),
        # "(the strike will be) over by mid-June"; the middle of a month
        ("over by mid-June", SAID, D(2018, 6, 15)), ("by the middle of June", SAID, D(2018, 6, 15)),
        ("by the middle of the year", SAID, D(2018, 6, 30)), ("by mid-year", SAID, D(2018, 6, 30)),
        ("by the middle of next year", SAID, D(2019, 6, 30)),
        # US holidays, fiscal years that end in March, "another month", a day's possessive
        ("by Labor Day", SAID, D(2018, 9, 3)), ("by Memorial Day", SAID, D(2018, 5, 28)),
        ("by the Fourth of July", SAID, D(2018, 7, 4)), ("in FY19", SAID, D(2019, 3, 31)),
        ("through FY2020", SAID, D(2020, 3, 31)), ("for at least another month", SAID, D(2018, 2, 10)),
        ("Saturday's", SAID, D(2018, 1, 13)), ("come May", SAID, D(2018, 5, 31)),
        ("by the end of the century", SAID, D(2100, 12, 31)),
        # the holiday season, "this Christmas", a part of a year said with "in" or "part of"
        ("this holiday season", SAID, D(2018, 12, 31)), ("by the holidays", SAID, D(2018, 12, 31)),
        ("this festive season", SAID, D(2018, 12, 31)), ("this Christmas", SAID, D(2018, 12, 25)),
        ("early in 2019", SAID, D(2019, 4, 30)), ("in the early part of 2019", SAID, D(2019, 4, 30)),
        ("late in 2019", SAID, D(2019, 12, 31)), ("the latter part of next year", SAID, D(2019, 12, 31)),
        # "this weekend's championships", "next week's vote"
        ("this weekend's", SAID, D(2018, 1, 14)), ("next week's", SAID, D(2018, 1, 21)),
        # an article's "early" or "late" in a month, week or month to come: by its end
        ("early in February", SAID, D(2018, 2, 28)), ("early March", SAID, D(2018, 3, 31)),
        ("late in April", SAID, D(2018, 4, 30)), ("early next week", SAID, D(2018, 1, 21)),
        ("later next week", SAID, D(2018, 1, 21)), ("early next month", SAID, D(2018, 2, 28)),
        # a range's last day; "the new year": the one to come, or in its first months the one begun
        ("between October 11 and 13", SAID, D(2018, 10, 13)), ("between 11 and 13 October", SAID, D(2018, 10, 13)),
        ("between March and May", SAID, D(2018, 5, 31)), ("in the new year", SAID, D(2018, 12, 31)),
        ("in the new year", D(2016, 12, 10), D(2017, 12, 31)), ("early in the new year", D(2016, 12, 10), D(2017, 4, 30)),
        # a week named by its first day: to its seventh
        ("in the week beginning 4 April", SAID, D(2018, 4, 10)), ("the week of March 10", SAID, D(2018, 3, 16)),
        # a range that runs into the next year; a week begun before the day said; "by the new year" is its first day
        ("between December and February", SAID, D(2019, 2, 28)), ("in the week beginning 8 January", SAID,
                                                                    D(2018, 1, 14)),
        ("in the new year", D(2018, 5, 20), D(2019, 12, 31)),
        # a count given as a range: its larger end
        ("in the next one to two weeks", SAID, D(2018, 1, 24)), ("within 3-5 years", SAID, D(2023, 1, 10)),
        # the first months of a year: to the last of them
        ("in the first three months of 2018", SAID, D(2018, 3, 31)), ("the first six months of next year", SAID,
                                                                        D(2019, 6, 30)),
    ],
)
def test_article_due_phrases(text, said, expected):
    assert read_article_due(text, said) == expected


@pytest.mark.parametrize(
    "text",
    ["soon", "in the coming months", "in the near future", "within days", "eventually", "after the election",
     "in 2017", "April 2017", "this is all going to break down in April", "the vote is on Oct. 9",
     "the two Koreas on Tuesday", "Feb. 30", "", "   ", "in\x1b[31m April", "x" * 500,
     # a week named by a month or a year alone is no week
     "the week of June", "the week of 2019"],
)
def test_article_due_refuses_what_sets_no_future_deadline(text):
    assert read_article_due(text, SAID) is None


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(st.text(max_size=40), _phrases), said=_said)
def test_article_due_never_raises_and_never_goes_back_in_time(text, said):
    due = read_article_due(text, said)
    assert due is None or due >= said


def test_article_due_gives_a_time_gone_only_when_asked():
    # so that the extractor can tell "the second quarter of 2017" (gone) from words that name no time
    assert read_article_due("the second quarter of 2017", SAID) is None
    assert read_article_due("the second quarter of 2017", SAID, past=True) == D(2017, 6, 30)
    assert read_article_due("soon", SAID, past=True) is None


@pytest.mark.parametrize(("phrase", "due"), [
    ("within eighteen months", "2027-06-02"),
    ("for at least another eighteen months", "2027-06-02"),
    ("by the end of the quarter", "2025-12-31"),
    ("for the rest of the quarter", "2025-12-31"),
    ("for the year to March", "2026-03-31"),
    ("in the financial year to March 2026", "2026-03-31"),
    ("during this year's June-September", "2026-09-30"),
    ("by 2025/26", "2026-03-31"),
    ("in the 2025/26", None),  # a season's ("the 2025/26 season"), whose end varies
    ("before 2025/26", None),
])
def test_article_due_spans_teens_fiscal_years_and_month_ranges(phrase, due):
    import datetime

    from claimtrack.phrases import read_article_due

    result = read_article_due(phrase, datetime.date(2025, 12, 2))
    assert (result.isoformat() if result else None) == due


@pytest.mark.parametrize(("phrase", "due"), [
    ("in the March quarter", "2026-03-31"),
    ("in the second half", "2026-12-31"),
    ("in the first half", "2026-06-30"),
    ("in the second half of June", "2026-06-30"),
    ("in the second half of the month", "2026-01-31"),
    ("within a fortnight", "2026-02-13"),
    ("June 16-17", "2026-06-17"),
    ("24-26 June", "2026-06-26"),
])
def test_article_due_quarters_named_by_month_halves_fortnights_and_runs_of_days(phrase, due):
    import datetime

    from claimtrack.phrases import read_article_due

    assert read_article_due(phrase, datetime.date(2026, 1, 30)).isoformat() == due


@pytest.mark.parametrize(("phrase", "said", "due"), [
    ("before the end of the financial year", "2025-11-14", "2026-03-31"),
    ("by the end of this financial year", "2026-02-01", "2026-03-31"),
    ("in the current financial year", "2026-04-02", "2027-03-31"),
    ("in 2027-28", "2026-02-17", "2028-03-31"),
    ("by 2030-31", "2026-02-17", "2031-03-31"),
])
def test_article_due_a_british_financial_year_ends_on_31_march(phrase, said, due):
    import datetime

    from claimtrack.phrases import read_article_due

    assert read_article_due(phrase, datetime.date.fromisoformat(said)).isoformat() == due


@pytest.mark.parametrize("phrase, due", [
    ("next September", "2026-09-30"),   # said in September: a year on
    ("next December", "2025-12-31"),    # later this year
    ("by next March", "2026-03-31"),
    ("in September next year", "2026-09-30"),
])
def test_next_with_a_month_is_the_first_such_month_after_this_one(phrase, due):
    assert read_article_due(phrase, dt.date(2025, 9, 9)).isoformat() == due


@pytest.mark.parametrize("phrase", ["this afternoon", "later today", "later this afternoon", "by this evening"])
def test_later_today_is_today(phrase):
    assert read_article_due(phrase, dt.date(2026, 3, 11)) == dt.date(2026, 3, 11)


@pytest.mark.parametrize("phrase, due", [
    ("in the 2027-28 fiscal year", dt.date(2028, 3, 31)),
    ("the 2027/28 financial year", dt.date(2028, 3, 31)),
    ("in fiscal 2027", None),  # a single year's fiscal year ends when its country's does
    ("the 2027-29 fiscal year", None),
])
def test_a_fiscal_year_written_across_two_years_ends_in_march(phrase, due):
    assert read_article_due(phrase, dt.date(2026, 3, 1)) == due


@pytest.mark.parametrize("phrase", ["within the next fortnight", "in the next fortnight", "over the coming fortnight",
                                    "within a fortnight"])
def test_the_next_fortnight_is_two_weeks(phrase):
    assert read_article_due(phrase, dt.date(2026, 1, 24)) == dt.date(2026, 2, 7)


@pytest.mark.parametrize("phrase, due", [
    ("for the month", dt.date(2004, 12, 31)),  # "growth of between 1% and 3% for the month"
    ("for the year", dt.date(2004, 12, 31)),
    ("for the season", None),  # whose end the words do not give
])
def test_for_the_month_or_the_year_is_the_one_under_way(phrase, due):
    assert read_article_due(phrase, dt.date(2004, 12, 28)) == due


@pytest.mark.parametrize("phrase, due", [
    ("Black Friday 2019", dt.date(2019, 11, 29)),  # the day after Thanksgiving (28 November 2019)
    ("by Cyber Monday", dt.date(2019, 12, 2)),
    ("Black Friday", dt.date(2019, 11, 29)),
])
def test_the_shopping_days_after_thanksgiving(phrase, due):
    assert read_article_due(phrase, dt.date(2019, 11, 19)) == due


@pytest.mark.parametrize("phrase, due", [("midway through next year", "2020-06-30"),
                                         ("halfway through 2021", "2021-06-30"),
                                         ("through next year", "2020-12-31")])
def test_midway_through_a_year_is_its_middle(phrase, due):
    from claimtrack.phrases import read_article_due

    assert read_article_due(phrase, dt.date(2019, 11, 20)).isoformat() == due


def test_this_week_said_on_a_sunday_is_the_week_to_come():
    from claimtrack.phrases import read_article_due
    sunday = dt.date(2005, 1, 9)
    assert read_article_due("later this week", sunday) == read_article_due("this week", sunday) == dt.date(2005, 1, 16)
    assert read_article_due("this week", dt.date(2005, 1, 10)) == dt.date(2005, 1, 16)
    assert read_article_due("this weekend", sunday) == sunday
