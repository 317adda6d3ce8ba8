"""Export formats and reading claimtrack's own exports back.

The fixed claim set pins every byte of each format, because scripts and spreadsheets read these files; the
hypothesis tests show that json, jsonl and csv give back every field of any claim, whatever its text holds.
"""

from __future__ import annotations

import csv
import io
import re
import tracemalloc
from pathlib import Path

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.errors import InputError
from claimtrack.formats import detect_format, export, read_records
from claimtrack.formats.claimtrack_csv import CSV_COLUMNS
from claimtrack.formats.common import DANGEROUS, needs_prefix, strip_prefix, with_prefix
from claimtrack.model import FIELDS, STATUSES, claim_view

FOREIGN = Path(__file__).parent / "data" / "foreign"


def stored(**fields) -> dict:
    """A stored claim, its keys sorted as the storage keeps them, so export has to put them in public order."""
    doc = {
        "id": None, "uuid": None, "text": None, "claimant": None, "said_on": None, "due": None, "due_text": None,
        "confidence": None, "confidence_text": None, "status": "open", "tags": [],
        "source": {"url": None, "title": None, "outlet": None}, "quote": None, "criteria": None, "notes": None,
        "resolution": None, "foreign_id": None, "created_at": "2024-05-01T10:00:00Z",
        "updated_at": "2024-05-01T10:00:00Z",
    }
    doc.update(fields)
    return dict(sorted(doc.items()))


CLAIMS = [
    stored(
        id=1, uuid="11111111-1111-4111-8111-111111111111", text="The Koreas will hold talks before the Olympics.",
        claimant="Harry Kazianis", said_on="2018-01-10", due="2018-02-09", due_text="before the Olympics",
        confidence=0.9, confidence_text="very likely", status="confirmed", tags=["korea", "talks"],
        source={"url": "https://example.com/news/koreas (analysis)", "title": "Rival Koreas thaw", "outlet": "CBC"},
        quote="Talks are coming",
        resolution={"on": "2018-02-01", "evidence": "https://example.org/talks", "note": "They met at Panmunjom."},
    ),
    stored(
        id=2, uuid="22222222-2222-4222-8222-222222222222", text='Rates will rise, "soon"', claimant="Ana Lima",
        said_on="2023-03-01", confidence=0.3, status="refuted", source={"url": None, "title": None, "outlet": "FT"},
        resolution={"on": "2023-12-31", "evidence": None, "note": "No rise in 2023."}, foreign_id="fatebook:abc",
    ),
    stored(
        id=3, uuid="33333333-3333-4333-8333-333333333333", text="=1+1 is a formula", claimant="Ana Lima",
        said_on="2024-01-02", due="2025-01-01", tags=["a;b", "c,d"], notes="line one\nline two",
    ),
    stored(
        id=4, uuid="44444444-4444-4444-8444-444444444444", text="The vote is held in May.", claimant="Zoë Ng",
        said_on="2024-02-01", confidence=0.55, status="void",
        resolution={"on": "2024-03-01", "evidence": None, "note": None},
    ),
    stored(
        id=5, uuid="55555555-5555-4555-8555-555555555555", text="Inflation falls below 3% by June [CPI]",
        claimant="Bo Chen", said_on="2024-01-15", due="2024-06-30", confidence=0.7, status="partial",
        tags=["economy"], source={"url": "https://example.net/a_b", "title": None, "outlet": None},
        resolution={"on": "2024-07-12", "evidence": "javascript:alert(1)", "note": "3.0% in June:\nnot *below*."},
    ),
]


def exported(claims: list[dict], fmt: str) -> bytes:
    out = io.BytesIO()
    export(claims, fmt, out)
    return out.getvalue()


def claims_of(data: bytes, fmt: str) -> list[dict]:
    return [record["claim"] for record in read_records(data, fmt)]


def error_of(data: bytes, fmt: str) -> str:
    with pytest.raises(InputError) as info:
        read_records(data, fmt)
    message = str(info.value)
    assert "\n" not in message
    return message


# --- exact output of each format -----------------------------------------------------------------------------


def test_json_is_an_indented_array_of_claims_in_public_field_order():
    assert exported(CLAIMS[1:3], "json").decode() == """\
[
  {
    "id": 2,
    "uuid": "22222222-2222-4222-8222-222222222222",
    "text": "Rates will rise, \\"soon\\"",
    "claimant": "Ana Lima",
    "said_on": "2023-03-01",
    "due": null,
    "due_text": null,
    "confidence": 0.3,
    "confidence_text": null,
    "status": "refuted",
    "tags": [],
    "source": {
      "url": null,
      "title": null,
      "outlet": "FT"
    },
    "quote": null,
    "criteria": null,
    "notes": null,
    "resolution": {
      "on": "2023-12-31",
      "evidence": null,
      "note": "No rise in 2023."
    },
    "foreign_id": "fatebook:abc",
    "created_at": "2024-05-01T10:00:00Z",
    "updated_at": "2024-05-01T10:00:00Z"
  },
  {
    "id": 3,
    "uuid": "33333333-3333-4333-8333-333333333333",
    "text": "=1+1 is a formula",
    "claimant": "Ana Lima",
    "said_on": "2024-01-02",
    "due": "2025-01-01",
    "due_text": null,
    "confidence": null,
    "confidence_text": null,
    "status": "open",
    "tags": [
      "a;b",
      "c,d"
    ],
    "source": {
      "url": null,
      "title": null,
      "outlet": null
    },
    "quote": null,
    "criteria": null,
    "notes": "line one\\nline two",
    "resolution": null,
    "foreign_id": null,
    "created_at": "2024-05-01T10:00:00Z",
    "updated_at": "2024-05-01T10:00:00Z"
  }
]
"""
    assert exported([], "json") == b"[]\n"
    assert orjson.loads(exported(CLAIMS, "json")) == [claim_view(claim) for claim in CLAIMS]


JSONL = (
    '{"id":1,"uuid":"11111111-1111-4111-8111-111111111111","text":"The Koreas will hold talks before the Olympics.",'
    '"claimant":"Harry Kazianis","said_on":"2018-01-10","due":"2018-02-09","due_text":"before the Olympics",'
    '"confidence":0.9,"confidence_text":"very likely","status":"confirmed","tags":["korea","talks"],'
    '"source":{"url":"https://example.com/news/koreas (analysis)","title":"Rival Koreas thaw","outlet":"CBC"},'
    '"quote":"Talks are coming","criteria":null,"notes":null,"resolution":{"on":"2018-02-01",'
    '"evidence":"https://example.org/talks","note":"They met at Panmunjom."},"foreign_id":null,'
    '"created_at":"2024-05-01T10:00:00Z","updated_at":"2024-05-01T10:00:00Z"}\n'
    '{"id":2,"uuid":"22222222-2222-4222-8222-222222222222","text":"Rates will rise, \\"soon\\"",'
    '"claimant":"Ana Lima","said_on":"2023-03-01","due":null,"due_text":null,"confidence":0.3,'
    '"confidence_text":null,"status":"refuted","tags":[],"source":{"url":null,"title":null,"outlet":"FT"},'
    '"quote":null,"criteria":null,"notes":null,"resolution":{"on":"2023-12-31","evidence":null,'
    '"note":"No rise in 2023."},"foreign_id":"fatebook:abc","created_at":"2024-05-01T10:00:00Z",'
    '"updated_at":"2024-05-01T10:00:00Z"}\n'
    '{"id":3,"uuid":"33333333-3333-4333-8333-333333333333","text":"=1+1 is a formula","claimant":"Ana Lima",'
    '"said_on":"2024-01-02","due":"2025-01-01","due_text":null,"confidence":null,"confidence_text":null,'
    '"status":"open","tags":["a;b","c,d"],"source":{"url":null,"title":null,"outlet":null},"quote":null,'
    '"criteria":null,"notes":"line one\\nline two","resolution":null,"foreign_id":null,'
    '"created_at":"2024-05-01T10:00:00Z","updated_at":"2024-05-01T10:00:00Z"}\n'
    '{"id":4,"uuid":"44444444-4444-4444-8444-444444444444","text":"The vote is held in May.","claimant":"Zoë Ng",'
    '"said_on":"2024-02-01","due":null,"due_text":null,"confidence":0.55,"confidence_text":null,"status":"void",'
    '"tags":[],"source":{"url":null,"title":null,"outlet":null},"quote":null,"criteria":null,"notes":null,'
    '"resolution":{"on":"2024-03-01","evidence":null,"note":null},"foreign_id":null,'
    '"created_at":"2024-05-01T10:00:00Z","updated_at":"2024-05-01T10:00:00Z"}\n'
    '{"id":5,"uuid":"55555555-5555-4555-8555-555555555555","text":"Inflation falls below 3% by June [CPI]",'
    '"claimant":"Bo Chen","said_on":"2024-01-15","due":"2024-06-30","due_text":null,"confidence":0.7,'
    '"confidence_text":null,"status":"partial","tags":["economy"],'
    '"source":{"url":"https://example.net/a_b","title":null,"outlet":null},"quote":null,"criteria":null,'
    '"notes":null,"resolution":{"on":"2024-07-12","evidence":"javascript:alert(1)",'
    '"note":"3.0% in June:\\nnot *below*."},"foreign_id":null,"created_at":"2024-05-01T10:00:00Z",'
    '"updated_at":"2024-05-01T10:00:00Z"}\n'
)


def test_jsonl_is_one_compact_object_per_line():
    assert exported(CLAIMS, "jsonl").decode() == JSONL
    assert exported([], "jsonl") == b""


CSV = (
    '"id","uuid","text","claimant","said_on","due","due_text","confidence","confidence_text","status","tags",'
    '"source_url","source_title","source_outlet","quote","criteria","notes","resolution_on","resolution_evidence",'
    '"resolution_note","foreign_id","created_at","updated_at"\r\n'
    '"1","11111111-1111-4111-8111-111111111111","The Koreas will hold talks before the Olympics.",'
    '"Harry Kazianis","2018-01-10","2018-02-09","before the Olympics","0.9","very likely","confirmed",'
    '"[""korea"",""talks""]","https://example.com/news/koreas (analysis)","Rival Koreas thaw","CBC",'
    '"Talks are coming","","","2018-02-01","https://example.org/talks","They met at Panmunjom.","",'
    '"2024-05-01T10:00:00Z","2024-05-01T10:00:00Z"\r\n'
    '"2","22222222-2222-4222-8222-222222222222","Rates will rise, ""soon""","Ana Lima","2023-03-01","","",'
    '"0.3","","refuted","[]","","","FT","","","","2023-12-31","","No rise in 2023.","fatebook:abc",'
    '"2024-05-01T10:00:00Z","2024-05-01T10:00:00Z"\r\n'
    '"3","33333333-3333-4333-8333-333333333333","\'=1+1 is a formula","Ana Lima","2024-01-02","2025-01-01","",'
    '"","","open","[""a;b"",""c,d""]","","","","","","line one\nline two","","","","",'
    '"2024-05-01T10:00:00Z","2024-05-01T10:00:00Z"\r\n'
    '"4","44444444-4444-4444-8444-444444444444","The vote is held in May.","Zoë Ng","2024-02-01","","",'
    '"0.55","","void","[]","","","","","","","2024-03-01","","","","2024-05-01T10:00:00Z",'
    '"2024-05-01T10:00:00Z"\r\n'
    '"5","55555555-5555-4555-8555-555555555555","Inflation falls below 3% by June [CPI]","Bo Chen","2024-01-15",'
    '"2024-06-30","","0.7","","partial","[""economy""]","https://example.net/a_b","","","","","",'
    '"2024-07-12","javascript:alert(1)","3.0% in June:\nnot *below*.","","2024-05-01T10:00:00Z",'
    '"2024-05-01T10:00:00Z"\r\n'
)


def test_csv_quotes_every_cell_ends_rows_in_crlf_and_defuses_formulas():
    assert exported(CLAIMS, "csv").decode() == CSV
    assert exported([], "csv").decode() == CSV.split("\r\n")[0] + "\r\n"
    assert CSV_COLUMNS == tuple(CSV.split("\r\n")[0].replace('"', "").split(","))


MARKDOWN = """\
# Claims

5 claims by 4 claimants: 1 open, 1 confirmed, 1 refuted, 1 partial, 1 void.

## Ana Lima

- **✗ refuted** Rates will rise, "soon"\\
  Said on 2023-03-01 in FT · confidence 30%

  Verdict on 2023-12-31: No rise in 2023.

- **open** \\=1+1 is a formula\\
  Said on 2024-01-02 · due 2025-01-01

## Bo Chen

- **½ partial** Inflation falls below 3% by June \\[CPI\\]\\
  Said on 2024-01-15: [source](https://example.net/a_b) · due 2024-06-30 · confidence 70%

  Verdict on 2024-07-12: 3.0% in June:\\
  not \\*below\\*. · evidence: javascript:alert(1)

## Harry Kazianis

- **✓ confirmed** The Koreas will hold talks before the Olympics.\\
  Said on 2018-01-10 in CBC: [Rival Koreas thaw](<https://example.com/news/koreas (analysis)>) · \
due 2018-02-09 (before the Olympics) · confidence 90% (very likely)

  > Talks are coming

  Verdict on 2018-02-01: They met at Panmunjom. · [evidence](https://example.org/talks)

## Zoë Ng

- **void** The vote is held in May.\\
  Said on 2024-02-01 · confidence 55%

  Verdict on 2024-03-01
"""


def test_markdown_report_groups_by_claimant_with_verdicts_quotes_and_links():
    assert exported(CLAIMS, "markdown").decode() == MARKDOWN
    assert exported([], "markdown").decode() == "# Claims\n\nNo claims.\n"


CLAIMREVIEW = [
    {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": "The Koreas will hold talks before the Olympics.",
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Person", "name": "Harry Kazianis"},
            "datePublished": "2018-01-10",
            "appearance": {
                "@type": "CreativeWork",
                "url": "https://example.com/news/koreas (analysis)",
                "headline": "Rival Koreas thaw",
                "publisher": {"@type": "Organization", "name": "CBC"},
            },
        },
        "reviewRating": {
            "@type": "Rating", "alternateName": "True", "ratingValue": 5, "bestRating": 5, "worstRating": 1,
        },
        "datePublished": "2018-02-01",
        "reviewBody": "They met at Panmunjom.",
        "url": "https://example.org/talks",
        "identifier": "urn:uuid:11111111-1111-4111-8111-111111111111",
    },
    {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": 'Rates will rise, "soon"',
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Person", "name": "Ana Lima"},
            "datePublished": "2023-03-01",
        },
        "reviewRating": {
            "@type": "Rating", "alternateName": "False", "ratingValue": 1, "bestRating": 5, "worstRating": 1,
        },
        "datePublished": "2023-12-31",
        "reviewBody": "No rise in 2023.",
        "identifier": "urn:uuid:22222222-2222-4222-8222-222222222222",
    },
    {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": "Inflation falls below 3% by June [CPI]",
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Person", "name": "Bo Chen"},
            "datePublished": "2024-01-15",
            "appearance": {"@type": "CreativeWork", "url": "https://example.net/a_b"},
        },
        "reviewRating": {
            "@type": "Rating", "alternateName": "Partly true", "ratingValue": 3, "bestRating": 5, "worstRating": 1,
        },
        "datePublished": "2024-07-12",
        "reviewBody": "3.0% in June:\nnot *below*.",
        "url": "javascript:alert(1)",
        "identifier": "urn:uuid:55555555-5555-4555-8555-555555555555",
    },
]


def test_claimreview_has_one_review_per_judged_claim_open_and_void_skipped():
    out = exported(CLAIMS, "claimreview")
    assert out == orjson.dumps(CLAIMREVIEW, option=orjson.OPT_INDENT_2) + b"\n"
    assert out.startswith(b'[\n  {\n    "@context": "https://schema.org",\n    "@type": "ClaimReview",\n')
    ratings = [review["reviewRating"]["alternateName"] for review in orjson.loads(out)]
    assert ratings == ["True", "False", "Partly true"]
    assert exported([CLAIMS[2], CLAIMS[3]], "claimreview") == b"[]\n"


def test_claimreview_cannot_close_the_script_element_it_is_pasted_into():
    claim = stored(**{**CLAIMS[1], "text": "</script><script>alert(1)</script> & co"})
    out = exported([claim], "claimreview")
    assert b"<" not in out and b">" not in out and b"&" not in out
    assert orjson.loads(out)[0]["claimReviewed"] == "</script><script>alert(1)</script> & co"


def test_export_rejects_an_unknown_format():
    with pytest.raises(InputError, match="unknown export format 'xml'"):
        exported(CLAIMS, "xml")


# --- CSV formula injection -----------------------------------------------------------------------------------

INJECTION = [
    ("=1+1", "'=1+1"),
    ("+1", "'+1"),
    ("-1", "'-1"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"),
    ("\rx", "'\rx"),
    ("'=x", "''=x"),  # the user's own quote survives: the import strips only ours
    ("''=x", "'''=x"),
    ("'x", "'x"),  # harmless, and not followed by a formula: written as it is
    ("x=1", "x=1"),
    ("'", "'"),
    ("", ""),
]


@pytest.mark.parametrize(("value", "cell"), INJECTION)
def test_formula_cells_get_a_quote_and_lose_it_on_import(value, cell):
    assert with_prefix(value) == cell
    assert strip_prefix(cell) == value


@pytest.mark.parametrize(("value", "cell"), [case for case in INJECTION if case[0]])
def test_formula_cells_round_trip_through_a_csv_file(value, cell):
    claim = stored(**{**CLAIMS[2], "text": value, "claimant": value, "notes": value, "tags": [value]})
    data = exported([claim], "csv")
    row = data.decode().split("\r\n", 1)[1]
    assert row.count(f'"{cell}"') >= 3  # the text, claimant and notes cells
    assert claims_of(data, "csv") == [claim_view(claim)]


def test_no_exported_cell_starts_like_a_formula():
    claim = stored(**{**CLAIMS[0], "id": -1, "confidence": -0.5, "text": "@x", "quote": "\r\n="})
    data = exported([claim], "csv").decode()
    for row in csv.reader(io.StringIO(data, newline="")):
        assert not [cell for cell in row if cell[:1] in DANGEROUS]
    assert claims_of(data.encode(), "csv") == [claim_view(claim)]


def reference_needs_prefix(s: str) -> bool:
    """The definition the format documents, written recursively."""
    return s[:1] in DANGEROUS or (s[:1] == "'" and reference_needs_prefix(s[1:]))


cells = st.text(alphabet=st.sampled_from(list("'=+-@\t\rax ")), max_size=8) | st.text()


@given(cells)
def test_prefix_is_a_bijection_onto_cells_that_do_not_start_like_a_formula(s):
    assert needs_prefix(s) == reference_needs_prefix(s)
    cell = with_prefix(s)
    assert cell == ("'" + s if reference_needs_prefix(s) else s)
    assert cell[:1] not in DANGEROUS  # every export is safe...
    assert strip_prefix(cell) == s  # ...and import gives the value back (injective)
    if s[:1] not in DANGEROUS:  # every safe cell is the export of exactly one value (surjective)
        assert with_prefix(strip_prefix(s)) == s


# --- round trips ---------------------------------------------------------------------------------------------

# Any text but NUL (which claims cannot hold) and lone surrogates (which UTF-8 cannot hold), with the characters
# that break naive writers over-represented.
TRICKY = [
    *"\"',;[]{}\n\r\t=+-@\\#*_<>|", "\r\n", "😀", "שלום", "مرحبا", "\u202e", "\u2028", "\x85", "\ufeff", "\x1b", "\x7f",
    "é", "한국",
]
characters = st.characters(exclude_characters="\x00", exclude_categories=("Cs",))
text = st.lists(st.sampled_from(TRICKY) | characters, min_size=1, max_size=12).map("".join)
optional_text = st.none() | text
dates = st.dates().map(lambda d: d.isoformat())
stamps = st.datetimes().map(lambda t: t.isoformat() + "Z")


@st.composite
def claims(draw, id_=st.integers(1, 10**12)):
    status = draw(st.sampled_from(STATUSES))
    resolution = None
    if status != "open":
        resolution = {"on": draw(dates), "evidence": draw(optional_text), "note": draw(optional_text)}
    return stored(
        id=draw(id_), uuid=str(draw(st.uuids())), text=draw(text), claimant=draw(text), said_on=draw(dates),
        due=draw(st.none() | dates), due_text=draw(optional_text),
        confidence=draw(st.none() | st.floats(0, 1)), confidence_text=draw(optional_text), status=status,
        tags=draw(st.lists(text, max_size=4)),
        source={"url": draw(optional_text), "title": draw(optional_text), "outlet": draw(optional_text)},
        quote=draw(optional_text), criteria=draw(optional_text), notes=draw(optional_text), resolution=resolution,
        foreign_id=draw(optional_text), created_at=draw(stamps), updated_at=draw(stamps),
    )


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
@settings(max_examples=150, deadline=None)
@given(st.lists(claims(), max_size=4))
def test_lossless_formats_give_back_every_field(fmt, generated):
    records = read_records(exported(generated, fmt), fmt)
    assert [record["claim"] for record in records] == [claim_view(claim) for claim in generated]
    for record, claim in zip(records, generated):
        assert list(record["claim"]) == list(FIELDS)
        if claim["confidence"] is not None:  # the very same float, not merely a close one
            assert record["claim"]["confidence"].hex() == float(claim["confidence"]).hex()


def test_confidence_round_trips_exactly_through_csv():
    claim = stored(**{**CLAIMS[1], "confidence": 0.1 + 0.2})
    data = exported([claim], "csv")
    assert b'"0.30000000000000004"' in data
    assert claims_of(data, "csv")[0]["confidence"] == 0.1 + 0.2


# --- what read_records gives -----------------------------------------------------------------------------------


def test_rows_are_file_lines_even_when_csv_cells_span_lines():
    data = exported(CLAIMS, "csv")  # claims 3 and 5 have a line break in a cell
    assert [record["row"] for record in read_records(data, "csv")] == [2, 3, 4, 6, 7]
    assert [record["row"] for record in read_records(exported(CLAIMS, "json"), "json")] == [1, 2, 3, 4, 5]
    spaced = b"\n" + exported(CLAIMS[:2], "jsonl").replace(b"\n", b"\n\n  \n", 1)
    assert [record["row"] for record in read_records(spaced, "jsonl")] == [2, 5]


def test_json_reads_one_object_and_keeps_only_fields_present():
    assert read_records(b'{"text": "x", "tags": ["a"], "extra": 1}', "json") == [
        {"row": 1, "claim": {"text": "x", "tags": ["a"]}}
    ]
    assert read_records(b'[{"claimant": "A"}, {}]', "json") == [
        {"row": 1, "claim": {"claimant": "A"}},
        {"row": 2, "claim": {}},
    ]


def test_json_array_reader_copes_with_brackets_in_strings_and_deep_values():
    data = b'[ {"text": "a, ]} [\\" {", "notes": [[[[{"x": "]"}]]]]} ,\n{"text":"b"} ]'
    assert claims_of(data, "json") == [{"text": 'a, ]} [" {', "notes": [[[[{"x": "]"}]]]]}, {"text": "b"}]


def test_csv_rebuilds_only_the_columns_it_has():
    data = b"text,claimant,source_url,resolution_on\r\nx,A,,\r\ny,B,https://e.com/a,2024-01-01\r\n"
    assert claims_of(data, "csv") == [
        {"text": "x", "claimant": "A", "source": {"url": None}, "resolution": None},
        {"text": "y", "claimant": "B", "source": {"url": "https://e.com/a"}, "resolution": {"on": "2024-01-01"}},
    ]


@pytest.mark.parametrize(
    ("cell", "tags"),
    [
        ('["korea","talks"]', ["korea", "talks"]),
        ('["a;b", "c,d"]', ["a;b", "c,d"]),
        ("korea; talks ;;", ["korea", "talks"]),
        ("one tag, with comma", ["one tag, with comma"]),
        ("[]", []),
        ("", None),
    ],
)
def test_csv_tags_are_a_json_array_or_a_semicolon_list(cell, tags):
    data = f'"text","tags"\r\n"x","{cell.replace(chr(34), chr(34) * 2)}"\r\n'.encode()
    assert claims_of(data, "csv") == [{"text": "x", "tags": tags}]


def test_a_byte_order_mark_is_skipped():
    bom = b"\xef\xbb\xbf"
    for fmt in ("json", "jsonl", "csv"):
        assert claims_of(bom + exported(CLAIMS, fmt), fmt) == [claim_view(claim) for claim in CLAIMS]
    assert claims_of(bom + b'{"text": "x"}', "json") == [{"text": "x"}]


def test_jsonl_lines_end_only_at_newline():
    claim = stored(**{**CLAIMS[0], "text": "a\u2028b\x85c\rd"})
    data = exported([claim], "jsonl")
    assert data.count(b"\n") == 1
    assert claims_of(data.replace(b"\n", b"\r\n"), "jsonl") == [claim_view(claim)]


# --- structural errors -----------------------------------------------------------------------------------------


def test_invalid_json_names_the_line():
    lines = exported(CLAIMS, "jsonl").splitlines(keepends=True)
    data = b"".join(lines[:4]) + b"\n\n" + b'{"text": "x",\n'
    assert re.fullmatch(r"line 7: invalid JSON \(.+\)", error_of(data, "jsonl"))
    pretty = exported(CLAIMS[:1], "json").replace(b'"confidence": 0.9', b'"confidence": .9')
    assert re.fullmatch(r"line 10: invalid JSON \(.+\)", error_of(pretty, "json"))
    assert re.fullmatch(r"line 1: invalid JSON \(.+\)", error_of(b"[{}, {},]", "json"))
    assert re.fullmatch(r"line 2: invalid JSON \(.+\)", error_of(b'[{},\n {"text": "x}]', "json"))


def test_a_record_that_is_not_an_object_is_named():
    assert error_of(b'{"text": "x"}\n["y"]\n', "jsonl") == "line 2: expected a claim object, not an array"
    assert error_of(b'[{"text": "x"}, "y"]', "json") == "row 2: expected a claim object, not a string"
    assert error_of(b"42", "json") == "expected a JSON array of claims or one claim object, not a number"


def test_csv_structural_errors_name_the_row():
    assert error_of(b'"claim","by"\r\n"x","y"\r\n', "csv") == (
        "missing column 'text' (is this a claimtrack CSV export?)"
    )
    header = exported([], "csv")
    rows = exported(CLAIMS, "csv").split(b"\r\n", 1)[1]  # 5 claims on 7 lines: two cells hold a line break
    bad = exported([stored(**{**CLAIMS[0], "confidence": 0.5})], "csv").split(b"\r\n", 1)[1]
    bad = bad.replace(b'"0.5"', b'"abc"')
    many = header + rows + rows + bad  # lines 2-8, 9-15, then the bad row on line 16
    assert error_of(many, "csv") == "row 16: bad confidence 'abc'"
    tags = b'"text","tags"\r\n"x","[korea"\r\n'
    assert error_of(tags, "csv") == (
        "row 2: bad tags '[korea': expected a JSON array of strings or a ;-separated list"
    )
    assert error_of(b'"text","tags"\r\n"x","[""a"", 1]"\r\n', "csv").startswith("row 2: bad tags")
    assert error_of(b'"text","claimant"\r\n"x"\r\n', "csv") == "row 2: 1 cells, but the header has 2 columns"
    assert error_of(b'"text"\r\n"x\r\n', "csv").startswith("row 2: cannot read this CSV record")


def test_text_that_is_not_utf8_names_the_byte():
    # Bytes are counted from 1, as `cmp` does: byte 29 is the \xff.
    assert error_of(b'[{"text": "ok"},\n {"text": "\xff"}]', "json") == "not UTF-8 text (byte 29)"
    jsonl = b'{"text": "ok"}\n{"text": "caf\xe9"}\n'
    assert error_of(jsonl, "jsonl") == "not UTF-8 text (byte %d)" % (jsonl.index(b"\xe9") + 1)
    table = b'\xef\xbb\xbf"text"\r\n"ok"\r\n"caf\xe9"\r\n'  # the BOM's 3 bytes count
    assert error_of(table, "csv") == "not UTF-8 text (byte %d)" % (table.index(b"\xe9") + 1)


def test_empty_files():
    assert read_records(b"", "jsonl") == []
    assert read_records(b"\n \n", "jsonl") == []
    assert read_records(b"[]", "json") == []
    assert read_records(exported([], "csv"), "csv") == []
    assert error_of(b"  \n", "json") == "the file is empty (is this a claimtrack JSON export?)"
    assert error_of(b"", "csv") == "the file is empty (is this a claimtrack CSV export?)"


def test_read_records_rejects_formats_it_does_not_read():
    with pytest.raises(InputError, match="cannot read format 'predictionbook'"):
        read_records(b"", "predictionbook")


# --- Markdown safety -------------------------------------------------------------------------------------------


def markdown_of(**fields) -> str:
    return exported([stored(**{**CLAIMS[0], **fields})], "markdown").decode()


def test_markdown_user_text_cannot_make_links_or_headings():
    out = markdown_of(text="[click](javascript:alert(1))\n# heading\n- item\n1. first\n===\n<b>x</b> `code` a|b")
    assert "\\[click\\](javascript:alert(1))" in out
    assert not re.search(r"(?<!\\)\]\(javascript", out)  # every `](` of the user's is escaped
    assert "\n  \\# heading\\\n" in out  # a continuation line of the bullet, not a heading
    assert "\n  \\- item\\\n" in out and "\n  1\\. first\\\n" in out and "\n  \\===\\\n" in out
    assert "\\<b\\>x\\</b\\> \\`code\\` a\\|b" in out
    headings = [line for line in out.splitlines() if line.startswith("#")]
    assert headings == ["# Claims", "## Harry Kazianis"]


def test_markdown_escapes_names_titles_notes_and_quotes():
    out = markdown_of(
        claimant="# Evil\n## Name", quote="> not a *quote*\n\tcode?", source={
            "url": "https://e.com/x", "title": "[x](https://evil)", "outlet": "_Times_"},
        resolution={"on": "2018-02-01", "evidence": None, "note": "see <script>"},
    )
    assert "## \\# Evil\\\\n\\#\\# Name\n" in out  # the newline spelled out `\n`: a heading is one line
    assert "in \\_Times\\_: [\\[x\\](https://evil)](https://e.com/x)" in out
    assert "  > \\> not a \\*quote\\*\\\n  > code?\n" in out
    assert "Verdict on 2018-02-01: see \\<script\\>\n" in out


def test_markdown_spells_out_control_characters():
    out = markdown_of(text="red \x1b[31m text \u202e reversed", claimant="A\x07B")
    assert "\x1b" not in out and "\u202e" not in out and "\x07" not in out
    assert "red \\\\x1b\\[31m text \\\\u202e reversed" in out
    assert "## A\\\\x07B\n" in out


@pytest.mark.parametrize(
    ("url", "link"),
    [
        ("https://example.org/a", "[evidence](https://example.org/a)"),
        ("http://example.org/a b", "[evidence](<http://example.org/a b>)"),
        ("https://en.wikipedia.org/wiki/Foo_(bar)", "[evidence](<https://en.wikipedia.org/wiki/Foo_(bar)>)"),
        ("https://e.org/<x>", "[evidence](<https://e.org/\\<x\\>>)"),
        ("javascript:alert(1)", "evidence: javascript:alert(1)"),
        ("data:text/html,<b>", "evidence: data:text/html,\\<b\\>"),
        ("ftp://example.org/file", "evidence: ftp://example.org/file"),
    ],
)
def test_markdown_links_only_http_urls(url, link):
    out = markdown_of(resolution={"on": "2018-02-01", "evidence": url, "note": None})
    assert f"Verdict on 2018-02-01 · {link}\n" in out


def test_markdown_claims_without_a_claimant_or_date_still_render():
    out = exported([stored(id=9, text="x", claimant=None, status="open")], "markdown").decode()
    assert "## Unknown claimant\n\n- **open** x\\\n  Said\n" in out


# --- detect_format ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "filename", "fmt"),
    [
        (b'[{"text": "x"}]', None, "json"),
        (b' \n\t[', "claims.txt", "json"),
        (b'\xef\xbb\xbf[{"text": "x"}]', None, "json"),
        (b'{"text": "x"}', None, "json"),
        (b'{"text": "x"}\n', "claims.json", "json"),
        (b'{\n  "text": "x"\n}\n', None, "json"),
        (b'{"text": "x"}\n\n{"text": "y"}\n', None, "jsonl"),
        (b'{"text": "x"}\r\n{"text": "y"}\r\n', "claims.json", "jsonl"),
        (b'{"text": "x"}', "claims.jsonl", "jsonl"),
        (b'{"text": "x"}', "export.NDJSON", "jsonl"),
        (b"", "claims.jsonl", "jsonl"),
        (b"", "claims.json", "json"),
        (b"", "claims.csv", "csv"),
        (b'"id","text"\r\n', None, "csv"),
        (b"text,claimant\n", "claims.csv", "csv"),
        (b'[1]', "weird.csv", "csv"),
        (b"id,description_with_group,mean_confidence\n", None, "predictionbook"),
        (b"Question title,Forecast (scale = 0-1)\n", "fatebook.csv", "fatebook"),
    ],
)
def test_detect_format(data, filename, fmt):
    assert detect_format(data, filename) == fmt


def test_detect_format_knows_our_csv_and_the_foreign_exports():
    assert detect_format(exported(CLAIMS, "csv"), "claims.csv") == "csv"
    assert detect_format(exported(CLAIMS, "csv"), None) == "csv"
    assert detect_format(exported(CLAIMS, "jsonl"), None) == "jsonl"
    assert detect_format(exported(CLAIMS, "json"), None) == "json"
    assert detect_format(exported(CLAIMS[:1], "jsonl"), None) == "json"  # one object: either reader gives the same
    for path in sorted(FOREIGN.glob("*.csv")):
        expected = "fatebook" if path.name.startswith("fatebook") else "predictionbook"
        assert detect_format(path.read_bytes(), None) == expected, path.name
        assert detect_format(path.read_bytes(), path.name) == expected, path.name


def test_detect_format_cannot_guess_an_empty_unnamed_file():
    with pytest.raises(InputError, match="empty"):
        detect_format(b" \n", None)


# --- memory --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_reading_stays_under_ten_times_the_input(fmt):
    # Short claims are the hard case: per-claim overhead is largest against their size in the file.
    claims = [stored(**{**CLAIMS[2], "id": n, "text": f"Rates rise in May, #{n}"}) for n in range(20_000)]
    data = exported(claims, fmt)
    tracemalloc.start()
    try:
        records = read_records(data, fmt)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(records) == 20_000
    assert len(data) + peak < 10 * len(data)
