"""Gather the real articles' texts, which the repository does not ship, into a folder for extract_eval.py.

    python bench/extract_corpus.py CORPUS_DIR CHECKOUT [CHECKOUT ...]
    python bench/extract_eval.py --corpus CORPUS_DIR

Each real gold file in tests/data/extract/ names under "source" the dataset its article comes from, the
repository that publishes it, the file's path there and the SHA-256 of its text. A CHECKOUT is a local copy of
such a repository (e.g. `git clone https://github.com/scrapinghub/article-extraction-benchmark`). Each article is
looked up at its path in every checkout, checked against its SHA-256 and written to CORPUS_DIR under the name the
gold file gives it ("ARCHIVE!MEMBER" names a file inside a tar archive the dataset ships). Nothing is downloaded.
Articles whose annotated copy was edited from the dataset's file cannot be rebuilt, and are listed.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "extract"


def _text(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def _from_checkout(checkout: Path, path: str) -> bytes | None:
    """The file at `path` in a checkout; "ARCHIVE!MEMBER" is a member of a tar archive the dataset ships."""
    archive, _, member = path.partition("!")
    if not (checkout / archive).is_file():
        return None
    if not member:
        return _text(checkout / archive)
    import tarfile

    with tarfile.open(checkout / archive) as tar:
        try:
            extracted = tar.extractfile(member)
        except KeyError:
            return None
        return extracted.read() if extracted is not None else None


def gather(corpus: Path, checkouts: list[Path], gold_dir: Path = GOLD) -> dict[str, list[str]]:
    """Write every article found; return the names written, already there, not found and not rebuildable."""
    outcome: dict[str, list[str]] = {"written": [], "present": [], "missing": [], "edited": []}
    corpus.mkdir(parents=True, exist_ok=True)
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        source = gold.get("source") if isinstance(gold, dict) else None
        if not source:
            continue
        target = corpus / gold["article"]
        if target.is_file() and hashlib.sha256(_text(target)).hexdigest() == source["sha256"]:
            outcome["present"].append(gold["article"])
            continue
        if source.get("edited"):
            outcome["edited"].append(gold["article"])
            continue
        for checkout in checkouts:
            text = _from_checkout(checkout, source["path"])
            if text is not None and hashlib.sha256(text).hexdigest() == source["sha256"]:
                target.write_bytes(gzip.compress(text, mtime=0) if target.suffix == ".gz" else text)
                outcome["written"].append(gold["article"])
                break
        else:
            outcome["missing"].append(gold["article"])
    return outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="the folder to fill")
    parser.add_argument("checkouts", type=Path, nargs="+", help="local copies of the datasets' repositories")
    args = parser.parse_args()
    outcome = gather(args.corpus, args.checkouts)
    for kind, names in outcome.items():
        print(f"{kind:8} {len(names)}")
    for name in outcome["missing"]:
        print(f"  not found in any checkout: {name}", file=sys.stderr)
    for name in outcome["edited"]:
        print(f"  edited from the dataset's file, cannot be rebuilt: {name}", file=sys.stderr)


if __name__ == "__main__":
    main()
