"""schema.org ClaimReview JSON-LD for each judged claim: structured data for a fact-check page. One-way."""

from __future__ import annotations

import typing

import orjson


# (alternateName, ratingValue) on a 1-5 scale; void and open claims have no verdict on the claim to publish.
_RATINGS = {"confirmed": ("True", 5), "refuted": ("False", 1), "partial": ("Partly true", 3)}


def write(views: list[dict], out: typing.BinaryIO) -> None:
    reviews = [_claim_review(view) for view in views if view.get("status") in _RATINGS]
    data = orjson.dumps(reviews, option=orjson.OPT_INDENT_2) + b"\n"
    # JSON-LD is pasted into <script type="application/ld+json">: a claim text holding `</script>` must not end
    # the element. `<`, `>` and `&` only ever occur inside JSON strings, where the \u escapes mean the same.
    data = data.replace(b"<", b"\\u003c").replace(b">", b"\\u003e").replace(b"&", b"\\u0026")
    out.write(data)


def _claim_review(view: dict) -> dict:
    source = view.get("source") or {}
    resolution = view.get("resolution") or {}
    claim: dict[str, typing.Any] = {"@type": "Claim"}
    if view.get("claimant"):
        claim["author"] = {"@type": "Person", "name": view["claimant"]}
    if view.get("said_on"):
        claim["datePublished"] = view["said_on"]
    if source.get("url"):
        appearance: dict[str, typing.Any] = {"@type": "CreativeWork", "url": source["url"]}
        if source.get("title"):
            appearance["headline"] = source["title"]
        if source.get("outlet"):
            appearance["publisher"] = {"@type": "Organization", "name": source["outlet"]}
        claim["appearance"] = appearance
    name, value = _RATINGS[view["status"]]
    review: dict[str, typing.Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": view.get("text"),
        "itemReviewed": claim,
        "reviewRating": {
            "@type": "Rating",
            "alternateName": name,
            "ratingValue": value,
            "bestRating": 5,
            "worstRating": 1,
        },
    }
    if resolution.get("on"):
        review["datePublished"] = resolution["on"]
    if resolution.get("note"):
        review["reviewBody"] = resolution["note"]
    if resolution.get("evidence"):
        review["url"] = resolution["evidence"]
    if view.get("uuid"):
        # The claim's uuid never changes, so a site can tell a re-export of the same review from a new one.
        review["identifier"] = f"urn:uuid:{view['uuid']}"
    return review
