"""Reading PredictionBook and Fatebook CSV exports into claimtrack import records.

The sample files in tests/data/foreign copy the shapes of the real exports: PredictionBook's is written by Ruby's
CSV (quotes only where needed, `2018-01-10 18:30:00 UTC` times); Fatebook's quotes every string, leaves numbers
and booleans bare, ends rows in `\\n` and does not zero-pad seconds (`2024-01-05 09:12:7`).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.errors import InputError
from claimtrack.formats.fatebook import looks_like_fatebook, read_fatebook
from claimtrack.formats.predictionbook import looks_like_predictionbook, read_predictionbook

DATA = Path(__file__).parent / "data" / "foreign"

PB_HEADER = (
    "created_at,creator_id,creator_label,deadline,description_with_group,description,group_id,id,"
    "mean_confidence,outcome,prediction_group_id,last_judgement_at,updated_at,uuid,version,visibility,withdrawn"
).split(",")
FB_HEADER = [
    "Question title", "Multiple choice option", "Forecast created by", "Forecast (scale = 0-1)",
    "Forecast created at", "Question created by", "Question created at", "Question resolve by", "Resolution",
    "Resolved at", "Your Brier score for this question", "Your relative Brier score for this question",
    "Question notes", "Question shared with", "Question shared publicly", "Question comments", "Question tags",
]


def sample(name: str) -> str:
    # Plain utf-8 (not utf-8-sig) on purpose: the readers must cope with a BOM themselves.
    return (DATA / name).read_bytes().decode("utf-8")


def judged(on: str, note: str) -> dict:
    return {"on": on, "evidence": None, "note": note}


def pb(row: int, ident: int, text: str, said_on: str, due: str, confidence, status: str, resolution, **extra):
    fields = {"text": text, "claimant": "gwern", **extra}
    fields.update(said_on=said_on, due=due, confidence=confidence, status=status, resolution=resolution)
    return {"row": row, "foreign_id": f"predictionbook:{ident}", "fields": fields, "forecasts": []}


RIGHT, WRONG = "PredictionBook outcome: right", "PredictionBook outcome: wrong"


# --- PredictionBook ------------------------------------------------------------------------------------------


def test_predictionbook_export_maps_every_prediction():
    records = read_predictionbook(sample("predictionbook_export.csv"))
    assert records == [
        pb(2, 1234, "Bitcoin will trade above $20k on 2018-06-30", "2018-01-10", "2018-06-30", 0.7,
           "refuted", judged("2018-07-01", WRONG)),
        pb(3, 2001, "The Fed raises rates twice in 2019, not three times", "2019-03-02", "2019-12-31", 0.55,
           "confirmed", judged("2020-01-02", RIGHT)),
        # Spans lines 4-6: both description columns hold a line break and doubled quotes.
        pb(4, 2002, 'The minister will say "no comment"\nwhen asked about the leak', "2019-05-20", "2026-01-01",
           0.15, "open", None),
        # Grouped predictions: the text is description_with_group, `[group] description`.
        pb(7, 2003, "[2020 US election] Biden wins Pennsylvania", "2020-10-01", "2020-11-30", 0.85,
           "confirmed", judged("2020-11-07", RIGHT)),
        pb(8, 2004, "[2020 US election] Trump wins Georgia", "2020-10-01", "2020-11-30", 0.4,
           "refuted", judged("2020-11-20", WRONG)),
        # Withdrawn: void, dated by updated_at.
        pb(9, 2005, "I will finish the novel draft this year", "2021-01-03", "2021-12-31", 0.6,
           "void", judged("2021-02-14", "PredictionBook: withdrawn")),
        {"row": 10, "foreign_id": "predictionbook:3001", "forecasts": [], "fields": {
            "text": "서울의 아파트 가격은 2022년에 10% 이상 하락할 것이다", "claimant": "김민준",
            "said_on": "2022-01-15", "due": "2022-12-31", "confidence": 0.62, "status": "confirmed",
            "resolution": judged("2023-01-05", RIGHT)}},
        {"row": 11, "foreign_id": "predictionbook:3002", "forecasts": [], "fields": {
            "text": "سيتم افتتاح مترو الرياض قبل نهاية عام 2024", "claimant": "ليلى",
            "said_on": "2023-03-01", "due": "2024-12-31", "confidence": 0.4, "status": "refuted",
            "resolution": judged("2025-01-01", WRONG)}},
        pb(12, 3003, "A prediction exported with an empty mean_confidence", "2023-06-30", "2024-06-30", None,
           "open", None),
    ]


def test_predictionbook_export_resaved_by_a_spreadsheet():
    """BOM, \\r\\n, TRUE/FALSE, an added column, an offset time and an ISO time all read the same."""
    records = read_predictionbook(sample("predictionbook_spreadsheet.csv"))
    assert records == [
        # created_at 2021-05-01 08:00 +10:00 is still 2021-04-30 in UTC.
        pb(2, 5001, "Tokyo Olympics go ahead with spectators", "2021-04-30", "2021-09-01", 0.3,
           "refuted", judged("2021-07-09", WRONG)),
        pb(3, 5002, "Line one\nline two", "2021-06-01", "2021-12-01", 0.5, "open", None),
        pb(6, 5003, "Rust 2021 edition ships", "2021-06-02", "2021-12-02", 0.9,
           "confirmed", judged("2021-10-21", RIGHT)),
    ]


def test_predictionbook_bad_deadline_names_the_line_where_the_record_starts():
    # Line 6, not record 4: the record before it spans three lines.
    with pytest.raises(InputError) as info:
        read_predictionbook(sample("predictionbook_bad_deadline.csv"))
    assert str(info.value) == "row 6: cannot read deadline '2018-13-01'"


def test_predictionbook_missing_column():
    with pytest.raises(InputError) as info:
        read_predictionbook(sample("predictionbook_missing_deadline.csv"))
    assert str(info.value) == "missing column 'deadline' (is this a PredictionBook CSV export?)"


def pb_csv(*rows: dict, header=PB_HEADER, lineterminator="\n", quoting=csv.QUOTE_MINIMAL) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=lineterminator, quoting=quoting)
    writer.writerow(header)
    base = {
        "created_at": "2020-01-01 00:00:00 UTC", "creator_id": "1", "creator_label": "amy",
        "deadline": "2021-01-01 00:00:00 UTC", "description_with_group": "x", "description": "x", "id": "1",
        "mean_confidence": "50", "updated_at": "2020-01-01 00:00:00 UTC", "version": "1",
        "visibility": "visible_to_everyone", "withdrawn": "false",
    }
    for row in rows:
        cells = {**base, **row}
        writer.writerow([cells.get(name, "") for name in header])
    return out.getvalue()


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"mean_confidence": "120"}, "row 2: mean_confidence '120' is not between 0 and 100"),
        ({"mean_confidence": "-1"}, "row 2: mean_confidence '-1' is not between 0 and 100"),
        ({"mean_confidence": "seventy"}, "row 2: cannot read mean_confidence 'seventy'"),
        ({"mean_confidence": "NaN"}, "row 2: cannot read mean_confidence 'NaN'"),
        ({"outcome": "maybe"}, "row 2: cannot read outcome 'maybe'"),
        ({"withdrawn": "perhaps"}, "row 2: cannot read withdrawn 'perhaps'"),
        ({"created_at": "yesterday"}, "row 2: cannot read created_at 'yesterday'"),
        ({"created_at": ""}, "row 2: empty created_at"),
        ({"description_with_group": "", "description": ""}, "row 2: empty description"),
        ({"id": ""}, "row 2: empty id"),
        ({"outcome": "true", "updated_at": ""}, "row 2: empty last_judgement_at for a judged or withdrawn prediction"),
        ({"deadline": "2018-02-30\n00:00:00 UTC"}, "row 2: cannot read deadline '2018-02-30\\n00:00:00 UTC'"),
    ],
)
def test_predictionbook_row_errors(row, message):
    with pytest.raises(InputError) as info:
        read_predictionbook(pb_csv(row))
    assert str(info.value) == message
    assert "\n" not in str(info.value)


def test_predictionbook_first_error_wins_and_duplicates_are_errors():
    text = pb_csv({"id": "7"}, {"id": "8", "outcome": "bad"}, {"id": "9", "deadline": "bad"})
    with pytest.raises(InputError, match=r"^row 3: cannot read outcome 'bad'$"):
        read_predictionbook(text)
    with pytest.raises(InputError, match=r"^row 3: prediction id '7' already appeared on row 2$"):
        read_predictionbook(pb_csv({"id": "7"}, {"id": "7"}))


def test_predictionbook_judgement_falls_back_to_updated_at_and_empty_deadline_is_none():
    text = pb_csv({"outcome": "true", "updated_at": "2020-05-05 10:00:00 UTC", "deadline": ""},
                  header=[name for name in PB_HEADER if name != "last_judgement_at"])
    (record,) = read_predictionbook(text)
    assert record["fields"]["due"] is None
    assert record["fields"]["resolution"] == judged("2020-05-05", RIGHT)


def test_predictionbook_empty_creator_label_leaves_claimant_out():
    (record,) = read_predictionbook(pb_csv({"creator_label": ""}))
    assert "claimant" not in record["fields"]


def test_predictionbook_malformed_csv_names_the_record():
    text = pb_csv({"id": "1"}) + '2020-01-01 00:00:00 UTC,1,amy,2021-01-01 00:00:00 UTC,"never closed\n'
    with pytest.raises(InputError, match=r"^row 3: cannot read this CSV record"):
        read_predictionbook(text)
    with pytest.raises(InputError, match=r"^row 2: 3 cells, but the header has 17 columns$"):
        read_predictionbook(",".join(PB_HEADER) + "\na,b,c\n")


def test_predictionbook_empty_inputs():
    assert read_predictionbook(",".join(PB_HEADER) + "\r\n") == []
    with pytest.raises(InputError, match=r"^the file is empty \(is this a PredictionBook CSV export\?\)$"):
        read_predictionbook("")


def test_fatebook_file_given_as_predictionbook():
    with pytest.raises(InputError) as info:
        read_predictionbook(sample("fatebook_export.csv"))
    assert str(info.value) == "missing column 'id' (is this a PredictionBook CSV export?)"


description = st.text(st.characters(blacklist_characters="\x00"), min_size=1)
# csv.writer only quotes a bare \r when its line terminator holds one, so "\n" files quote every cell
# (as Fatebook does); otherwise the written file itself would be ambiguous.
shapes = st.sampled_from([("\r\n", csv.QUOTE_MINIMAL), ("\n", csv.QUOTE_ALL)])


@settings(max_examples=300, deadline=None)
@given(first=description, second=description, creator=description,
       shape=shapes, bom=st.booleans())
def test_predictionbook_text_round_trips(first, second, creator, shape, bom):
    lineterminator, quoting = shape
    text = pb_csv(
        {"id": "1", "description_with_group": first, "description": first, "creator_label": creator},
        {"id": "2", "description_with_group": second, "description": second},
        lineterminator=lineterminator,
        quoting=quoting,
    )
    records = read_predictionbook(("\ufeff" if bom else "") + text)
    assert [r["fields"]["text"] for r in records] == [first, second]
    assert records[0]["fields"]["claimant"] == creator
    # The second record starts on the line after the first one's last physical line.
    header_and_first = pb_csv({"description_with_group": first, "description": first, "creator_label": creator},
                              lineterminator=lineterminator, quoting=quoting)
    assert text.startswith(header_and_first)
    assert records[1]["row"] == len(io.StringIO(header_and_first, newline="").readlines()) + 1


# --- Fatebook ------------------------------------------------------------------------------------------------

OFFICE = "Will the new office open by March 2024?"
LEAGUE = "Which team wins the 2024 league?"
LEAGUE_NOTES = 'Counting only the regular season.\nSee the "rules" page, section 2.'
SNOW = "다음 달에 서울에 눈이 올까요?"
GOLD = "هل سينخفض سعر الذهب قبل نهاية الربع؟"
WEEKLY = "Weekly: will I ship the release?"


def forecast(by: str, confidence: float, at: str) -> dict:
    return {"by": by, "confidence": confidence, "at": at}


def league(row: int, option: str, confidence: float, status: str, word: str, forecasts: list[dict]) -> dict:
    return {
        "row": row,
        "foreign_id": f"fatebook:{LEAGUE}|2024-02-01T10:00:05Z|{option}",
        "fields": {
            "text": f"{LEAGUE}: {option}", "claimant": "Ana Lima", "said_on": "2024-02-01", "due": "2024-06-01",
            "confidence": confidence, "status": status,
            "resolution": judged("2024-05-30", f"Fatebook resolution: {word}"),
            "tags": ["sport", "league"], "notes": LEAGUE_NOTES,
        },
        "forecasts": forecasts,
    }


def test_fatebook_export_maps_questions_options_and_forecasts():
    records = read_fatebook(sample("fatebook_export.csv"))
    assert records == [
        {
            "row": 2,
            "foreign_id": f"fatebook:{OFFICE}|2024-01-05T09:10:45Z",
            "fields": {
                "text": OFFICE, "claimant": "Ana Lima", "said_on": "2024-01-05", "due": "2024-03-31",
                # The creator's latest forecast; Ben's 0.3 is history only.
                "confidence": 0.8, "status": "confirmed",
                "resolution": judged("2024-03-28", "Fatebook resolution: YES"),
                "tags": ["work", "ops"],
                "notes": "Lease signed in Dec, fit-out pending.\n\n"
                         "Comments:\nBen Ortiz: permit delayed?; Ana Lima: sorted now",
            },
            # Oldest first although the file lists them out of order; unpadded seconds read as seconds.
            "forecasts": [
                forecast("Ana Lima", 0.6, "2024-01-05T09:12:07Z"),
                forecast("Ben Ortiz", 0.3, "2024-01-06T11:00:15Z"),
                forecast("Ana Lima", 0.8, "2024-02-20T08:05:00Z"),
            ],
        },
        # Multiple choice: one claim per option, each option's own YES/NO.
        league(5, "Reds", 0.4, "refuted", "NO", [
            forecast("Ana Lima", 0.5, "2024-02-01T10:01:03Z"),
            forecast("Ana Lima", 0.4, "2024-03-01T07:00:00Z"),
        ]),
        league(7, "Blues", 0.45, "confirmed", "YES", [
            forecast("Ana Lima", 0.3, "2024-02-01T10:01:03Z"),
            forecast("Ben Ortiz", 0.6, "2024-02-03T18:30:59Z"),
            forecast("Ana Lima", 0.45, "2024-03-01T07:00:00Z"),
        ]),
        league(9, "Greens, the underdogs", 0.1, "refuted", "NO", [
            forecast("Ana Lima", 0.1, "2024-02-01T10:01:03Z"),
        ]),
        {
            "row": 17,
            "foreign_id": f"fatebook:{SNOW}|2024-11-20T03:04:05Z",
            "fields": {
                # Ben asked but never forecast: no confidence, Ana's forecast is history.
                "text": SNOW, "claimant": "Ben Ortiz", "said_on": "2024-11-20", "due": "2024-12-31",
                "confidence": None, "status": "void",
                "resolution": judged("2025-01-01", "Fatebook resolution: AMBIGUOUS"),
                "notes": "Comments:\nBen Ortiz: 첫눈은 11월에 왔어요",
            },
            "forecasts": [forecast("Ana Lima", 0.25, "2024-11-21T22:10:01Z")],
        },
        {
            "row": 18,
            "foreign_id": f"fatebook:{GOLD}|2025-01-10T08:00:00Z",
            "fields": {
                "text": GOLD, "claimant": "Ana Lima", "said_on": "2025-01-10", "due": "2025-03-31",
                "confidence": 0.35, "status": "open", "resolution": None,
                "tags": ["مالية"], "notes": "مصدر: تقرير البنك المركزي",
            },
            "forecasts": [forecast("Ana Lima", 0.35, "2025-01-10T08:01:02Z")],
        },
        # Same title, created at different times: two questions.
        {
            "row": 19,
            "foreign_id": f"fatebook:{WEEKLY}|2025-02-03T08:59:01Z",
            "fields": {
                "text": WEEKLY, "claimant": "Ana Lima", "said_on": "2025-02-03", "due": "2025-02-07",
                "confidence": 0.9, "status": "refuted", "resolution": judged("2025-02-07", "Fatebook resolution: NO"),
                "tags": ["work"],
            },
            "forecasts": [forecast("Ana Lima", 0.9, "2025-02-03T09:00:00Z")],
        },
        {
            "row": 20,
            "foreign_id": f"fatebook:{WEEKLY}|2025-02-10T08:59:01Z",
            "fields": {
                "text": WEEKLY, "claimant": "Ana Lima", "said_on": "2025-02-10", "due": "2025-02-14",
                "confidence": 0.7, "status": "open", "resolution": None, "tags": ["work"],
            },
            "forecasts": [forecast("Ana Lima", 0.7, "2025-02-10T09:00:00Z")],
        },
    ]


def test_fatebook_export_before_tags_with_bom_and_crlf():
    assert read_fatebook(sample("fatebook_export_before_tags.csv")) == [
        {
            "row": 2,
            "foreign_id": "fatebook:Did the bus strike end within a week?|2023-09-04T07:29:08Z",
            "fields": {
                "text": "Did the bus strike end within a week?", "claimant": "Ana Lima", "said_on": "2023-09-04",
                "due": "2023-09-11", "confidence": 0.2, "status": "refuted",
                "resolution": judged("2023-09-09", "Fatebook resolution: NO"),
                "notes": 'Union said "indefinite".\r\nTalks resume Friday.',
            },
            "forecasts": [forecast("Ana Lima", 0.2, "2023-09-04T07:30:00Z")],
        },
    ]


def test_fatebook_first_export_with_old_column_names():
    assert read_fatebook(sample("fatebook_export_2023.csv")) == [
        {
            "row": 2,
            "foreign_id": "fatebook:Will it rain at the picnic?|2023-06-01T11:59:30Z",
            "fields": {
                "text": "Will it rain at the picnic?", "claimant": "Ana Lima", "said_on": "2023-06-01",
                "due": "2023-06-03", "confidence": 0.7, "status": "confirmed",
                "resolution": judged("2023-06-03", "Fatebook resolution: YES"),
            },
            "forecasts": [forecast("Ana Lima", 0.7, "2023-06-01T12:00:00Z")],
        },
    ]


def test_fatebook_bad_date_names_the_line_where_the_record_starts():
    with pytest.raises(InputError) as info:
        read_fatebook(sample("fatebook_bad_date.csv"))
    assert str(info.value) == "row 5: cannot read Question created at '2024-02-30 10:00:0'"


def fb_csv(*rows: dict, header=FB_HEADER) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    base = {
        "Question title": "Q", "Forecast created by": "amy", "Forecast (scale = 0-1)": "0.5",
        "Forecast created at": "2024-01-01 00:00:1", "Question created by": "amy",
        "Question created at": "2024-01-01 00:00:0", "Question resolve by": "2024-02-01 00:00:0",
    }
    for row in rows:
        cells = {**base, **row}
        writer.writerow([cells.get(name, "") for name in header])
    return out.getvalue()


def test_fatebook_resolution_naming_the_winning_option():
    rows = [{"Multiple choice option": option, "Resolution": "Blue", "Resolved at": "2024-02-02 00:00:0"}
            for option in ("Red", "Blue")]
    statuses = [r["fields"]["status"] for r in read_fatebook(fb_csv(*rows))]
    assert statuses == ["refuted", "confirmed"]
    other = [{**row, "Resolution": "OTHER"} for row in rows]
    assert [r["fields"]["status"] for r in read_fatebook(fb_csv(*other))] == ["refuted", "refuted"]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"Forecast (scale = 0-1)": "1.5"}, "row 2: Forecast (scale = 0-1) '1.5' is not between 0 and 1"),
        ({"Forecast (scale = 0-1)": ""}, "row 2: empty Forecast (scale = 0-1)"),
        ({"Forecast created at": "soon"}, "row 2: cannot read Forecast created at 'soon'"),
        ({"Question title": ""}, "row 2: empty Question title"),
        ({"Question created at": ""}, "row 2: empty Question created at"),
        ({"Resolution": "MAYBE", "Resolved at": "2024-02-02 00:00:0"}, "row 2: cannot read Resolution 'MAYBE'"),
        ({"Resolution": "YES"}, "row 2: empty Resolved at for a resolved question"),
        ({"Question resolve by": "2024-02-01 25:00:0"}, "row 2: cannot read Question resolve by '2024-02-01 25:00:0'"),
    ],
)
def test_fatebook_row_errors(row, message):
    with pytest.raises(InputError) as info:
        read_fatebook(fb_csv(row))
    assert str(info.value) == message


def test_fatebook_missing_column():
    header = [name for name in FB_HEADER if name != "Resolution"]
    with pytest.raises(InputError) as info:
        read_fatebook(fb_csv({}, header=header))
    assert str(info.value) == "missing column 'Resolution' (is this a Fatebook CSV export?)"


def test_fatebook_creator_without_a_forecast_has_no_confidence_and_empty_cells_are_omitted():
    (record,) = read_fatebook(fb_csv({"Forecast created by": "bob", "Question tags": " ; ",
                                      "Question notes": "", "Question comments": ""}))
    assert record["fields"] == {
        "text": "Q", "claimant": "amy", "said_on": "2024-01-01", "due": "2024-02-01",
        "confidence": None, "status": "open", "resolution": None,
    }
    assert record["forecasts"] == [forecast("bob", 0.5, "2024-01-01T00:00:01Z")]


# --- --format auto -------------------------------------------------------------------------------------------


def header_of(name: str) -> list[str]:
    return next(csv.reader(io.StringIO(sample(name), newline="")))


@pytest.mark.parametrize(
    ("name", "is_pb", "is_fb"),
    [
        ("predictionbook_export.csv", True, False),
        ("predictionbook_spreadsheet.csv", True, False),  # header starts with a BOM
        ("fatebook_export.csv", False, True),
        ("fatebook_export_before_tags.csv", False, True),
        ("fatebook_export_2023.csv", False, True),
    ],
)
def test_format_detection_from_the_header(name, is_pb, is_fb):
    header = header_of(name)
    assert looks_like_predictionbook(header) is is_pb
    assert looks_like_fatebook(header) is is_fb


def test_format_detection_rejects_other_csv():
    assert not looks_like_predictionbook(["id", "text", "confidence"])
    assert not looks_like_fatebook(["Question title", "Answer"])
    assert not looks_like_predictionbook([])
    assert not looks_like_fatebook([])
