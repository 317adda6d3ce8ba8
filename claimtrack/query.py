"""Finding claims: the filters shared by `list`, `export`, `stats` and `due`, and their sort orders.

Text filters compare `str.lower()` forms (any case matches). A filter also yields "needles": strings that
must occur in a claim's stored line for it to possibly match.
The storage uses them to skip, unparsed, the lines that cannot match, which is what keeps a filtered list
of 100k claims fast; the exact test below then decides on the lines that remain.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .errors import InputError
from .model import STATUSES, check_text

SORT_KEYS = ("id", "said", "due", "claimant", "status", "confidence", "updated")


@dataclass
class Filter:
    statuses: list[str] = field(default_factory=list)
    by: str | None = None
    tags: list[str] = field(default_factory=list)
    search: str | None = None
    due_before: dt.date | None = None
    overdue_on: dt.date | None = None  # open and due before this day
    sort: str = "id"
    limit: int | None = None

    def __post_init__(self) -> None:
        for name in ("by", "search"):
            value = getattr(self, name)
            if value is not None:
                if not isinstance(value, str):
                    raise InputError(f"{name} must be text, not {value!r}")
                check_text(value, f"--{name}")
        for tag in self.tags:
            if not isinstance(tag, str):
                raise InputError(f"tags must be text, not {tag!r}")
            check_text(tag, "--tag")
        bad = [s for s in self.statuses if s not in STATUSES]
        if bad:
            raise InputError(f"bad status {bad[0]!r}: use one of {', '.join(STATUSES)}")
        if self.sort.lstrip("-") not in SORT_KEYS:
            raise InputError(f"bad sort {self.sort!r}: use one of {', '.join(SORT_KEYS)} (prefix - for descending)")
        if self.limit is not None and self.limit < 0:
            raise InputError("limit must be 0 or more")

    def needles(self) -> list[list[str]]:
        """Groups of strings a matching claim's line must hold (one of each group), most selective first:
        the storage searches its bytes for the first group and checks the others on the lines it finds."""
        groups: list[list[str]] = []
        if self.by:
            groups.append([self.by.lower()])
        if self.search:
            groups.append([self.search.lower()])
        for tag in self.tags:
            groups.append([f'"{tag.lower()}"'])
        statuses = set(self.statuses)
        if self.overdue_on is not None:
            statuses = statuses & {"open"} if statuses else {"open"}
        if statuses:
            groups.append([f'"{s}"' for s in sorted(statuses)])
        return groups

    def matches(self, claim: dict[str, Any]) -> bool:
        if self.statuses and claim["status"] not in self.statuses:
            return False
        if self.by and self.by.lower() not in claim["claimant"].lower():
            return False
        if self.tags:
            have = {t.lower() for t in claim.get("tags") or ()}
            if not all(t.lower() in have for t in self.tags):
                return False
        if self.search:
            needle = self.search.lower()
            source = claim.get("source") or {}
            hay = (claim.get("text"), claim.get("quote"), claim.get("criteria"), claim.get("notes"),
                   claim.get("claimant"), source.get("title"), source.get("outlet"))
            if not any(h and needle in h.lower() for h in hay):
                return False
        if self.due_before is not None:
            if not claim.get("due") or claim["due"] >= self.due_before.isoformat():
                return False
        if self.overdue_on is not None:
            if claim["status"] != "open" or not claim.get("due") or claim["due"] >= self.overdue_on.isoformat():
                return False
        return True


def _sort_key(name: str):
    if name == "id":
        return lambda c: c["id"]
    if name == "said":
        return lambda c: (c["said_on"], c["id"])
    if name == "due":
        return lambda c: (c.get("due") is None, c.get("due") or "", c["id"])
    if name == "claimant":
        return lambda c: (c["claimant"].lower(), c["id"])
    if name == "status":
        return lambda c: (STATUSES.index(c["status"]), c["id"])
    if name == "confidence":
        return lambda c: (c.get("confidence") is None, c.get("confidence") or 0.0, c["id"])
    return lambda c: (c.get("updated_at") or "", c["id"])


def select(claims_table: Any, flt: Filter) -> list[dict]:
    """The claims matching `flt`, sorted and limited."""
    found = [doc for _, doc in claims_table.scan(flt.needles()) if flt.matches(doc)]
    name = flt.sort.lstrip("-")
    if name != "id" or flt.sort.startswith("-"):
        found.sort(key=_sort_key(name), reverse=flt.sort.startswith("-"))
        if flt.sort.startswith("-") and name == "due":
            # undated claims stay last when sorting by due, newest first
            found.sort(key=lambda c: c.get("due") is None)
    if flt.limit is not None:
        found = found[: flt.limit]
    return found


def due_queue(claims_table: Any, as_of: dt.date) -> list[dict]:
    """Open claims due before `as_of` (a claim due that very day is not yet overdue), oldest due first."""
    return select(claims_table, Filter(overdue_on=as_of, sort="due"))

