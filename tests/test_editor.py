"""`edit ID` in $EDITOR: the text format (claimtrack.editing) and the whole round trip on a pseudo-terminal.

The editor is a small Python script that does, at each call, the next step the test gives it (replace lines,
write a text, run another claimtrack command, exit with a status) and keeps a copy of every text it was shown.
"""

from __future__ import annotations

import json
import shlex
import sys

import pytest

from claimtrack import editing
from claimtrack.errors import InputError

CLAIM = {"id": 3, "status": "open", "text": "Talks will break down in April", "claimant": "Harry Kazianis",
         "said_on": "2018-01-10", "due": "2018-04-30", "due_text": "in April", "confidence": 0.75,
         "confidence_text": "likely", "tags": ["korea", "diplomacy"],
         "source": {"url": "https://www.cbc.ca/news/x", "title": None, "outlet": "CBC"},
         "quote": "But really, this is all going to break down in April", "criteria": None,
         "notes": "first line\n\n  indented line\nlast line"}


# -- the text ---------------------------------------------------------------------------------------------------
def test_the_text_lists_every_editable_field_and_reads_back_unchanged():
    text = editing.to_text(CLAIM)
    keys = [line.split(":")[0] for line in text.splitlines() if line and line[0] not in "# "]
    assert keys == list(editing.KEYS)
    assert "due: in April\n" in text and "confidence: likely\n" in text and "tags: korea, diplomacy\n" in text
    assert "notes: first line\n  \n    indented line\n  last line\n" in text
    assert editing.read_text(text)["notes"] == CLAIM["notes"]
    assert editing.changes(CLAIM, editing.read_text(text)) == {}


def test_only_the_changed_values_are_given_back_in_the_model_s_terms():
    text = editing.to_text(CLAIM)
    text = (text.replace("due: in April", "due: 2018-06-30").replace("outlet: CBC", "outlet:")
            .replace("tags: korea, diplomacy", "tags: korea,  summit ,")
            .replace("criteria:", "criteria: Refuted if\n  talks go on\n"))
    assert editing.changes(CLAIM, editing.read_text(text)) == {
        "due": "2018-06-30", "tags": ["korea", "summit"], "criteria": "Refuted if\ntalks go on",
        "source": {"url": "https://www.cbc.ca/news/x", "title": None, "outlet": None}}


def test_editors_that_strip_trailing_spaces_or_use_crlf_change_nothing():
    text = editing.to_text(CLAIM)
    stripped = "\r\n".join(line.rstrip() for line in text.split("\n"))
    assert editing.changes(CLAIM, editing.read_text(stripped)) == {}


def test_a_removed_line_keeps_the_field_and_an_emptied_file_aborts():
    text = "\n".join(line for line in editing.to_text(CLAIM).split("\n") if not line.startswith("quote"))
    assert editing.changes(CLAIM, editing.read_text(text)) == {}
    assert editing.read_text("# only comments\n\n   \n") is None
    assert editing.read_text("") is None


@pytest.mark.parametrize("text, error", [
    ("text: x\ncolour: red\n", "line 2: unknown field 'colour'"),
    ("text: x\ntext: y\n", "line 2: text is given twice"),
    ("  stray\n", "line 1: a further line of a value, but no field before it"),
    ("text: x\nno colon here\n", "line 2: expected 'field: value'"),
])
def test_a_text_that_cannot_be_read_names_its_line(text, error):
    with pytest.raises(InputError, match=error):
        editing.read_text(text)


def test_the_error_goes_on_top_and_replaces_the_previous_one():
    once = editing.with_error("text: x\n", "bad\ndate")
    assert once == "# ERROR: bad date\n# Fix it and save again, or empty the file to abort.\ntext: x\n"
    assert editing.with_error(once, "worse").startswith("# ERROR: worse\n# Fix it") and "bad" not in editing.with_error(once, "worse")


# -- the command, on a pseudo-terminal ---------------------------------------------------------------------------
pty_only = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

EDITOR_SCRIPT = r'''
import json, os, pathlib, subprocess, sys
path = pathlib.Path(sys.argv[-1])
work = pathlib.Path(os.environ["ED_WORK"])
calls = sorted(work.glob("seen-*.txt"))
(work / f"seen-{len(calls) + 1}.txt").write_bytes(path.read_bytes())
steps = json.loads(os.environ["ED_STEPS"])
step = steps[min(len(calls), len(steps) - 1)]
for args in step.get("run", []):
    subprocess.run(args, check=True, capture_output=True, timeout=30)
text = path.read_text(encoding="utf-8")
for old, new in step.get("replace", []):
    assert old in text, (old, text)
    text = text.replace(old, new)
if "write" in step:
    text = step["write"]
path.write_text(text, encoding="utf-8")
sys.exit(step.get("exit", 0))
'''


@pytest.fixture
def editor(tmp_path, monkeypatch):
    """editor(step, ...) sets $EDITOR to a script doing these steps; returns the texts it was shown."""
    script = tmp_path / "editor.py"
    script.write_text(EDITOR_SCRIPT)
    work = tmp_path / "editor-work"
    work.mkdir()
    monkeypatch.delenv("VISUAL", raising=False)

    def use(*steps: dict, variable: str = "EDITOR") -> list:
        monkeypatch.setenv(variable, f"{shlex.quote(sys.executable)} {shlex.quote(str(script))}")
        monkeypatch.setenv("ED_WORK", str(work))
        monkeypatch.setenv("ED_STEPS", json.dumps(list(steps)))
        return work

    return use


def seen(work) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(work.glob("seen-*.txt"))]


@pytest.fixture
def claim(ct):
    r = ct("add", "Talks will break down in April", "--by", "Harry Kazianis", "--said", "2018-01-10", "--due",
           "in April", "--tag", "korea", "--json")
    assert r.exit_code == 0
    return r.json()


def kept_text(out: str) -> str:
    """The text of the file a refused edit kept (named in the message), which is then removed."""
    import os

    path = out.replace("\r\n", "").split("your text is kept in ")[1].split(")")[0].strip()
    with open(path, encoding="utf-8") as f:
        text = f.read()
    os.unlink(path)
    return text


def drive(args):
    from conftest import drive_pty

    return drive_pty(args, [], timeout=20.0, columns=100)


@pytest.mark.parametrize("variable", ["EDITOR", "VISUAL"])
@pty_only
def test_editing_in_the_editor_changes_what_was_changed(ct, claim, editor, variable):
    work = editor({"replace": [["due: in April", "due: 2018-06-30"], ["notes:", "notes: from the CBC piece\n  second line"],
                               ["tags: korea", "tags: korea, summit"]]}, variable=variable)
    code, out = drive(["edit", "1"])
    assert code == 0, out
    assert "Edited claim 1" in out
    shown = seen(work)
    assert len(shown) == 1 and shown[0].startswith("# Claim 1 (open).") and "text: Talks will break down in April\n" in shown[0]
    after = ct("show", "1", "--json").json()
    assert (after["due"], after["due_text"], after["tags"]) == ("2018-06-30", None, ["korea", "summit"])
    assert after["notes"] == "from the CBC piece\nsecond line" and after["text"] == claim["text"]
    history = ct("history", "1", "--json").json()
    assert history[-1]["action"] == "edit" and set(history[-1]["changes"]) == {"due", "due_text", "tags", "notes"}


@pty_only
def test_an_invalid_text_reopens_with_the_error_on_top_until_fixed(ct, claim, editor):
    work = editor({"replace": [["due: in April", "due: 2017-01-01"]]},
                  {"replace": [["due: 2017-01-01", "due: soonish"]]},
                  {"replace": [["due: soonish", "due: 2018-12-31"]]})
    code, out = drive(["edit", "1"])
    assert code == 0, out
    shown = seen(work)
    assert len(shown) == 3
    assert shown[1].startswith("# ERROR: due date 2017-01-01 is before the claim was made (2018-01-10)\n")
    assert shown[2].startswith("# ERROR: cannot read due date 'soonish'") and "2017-01-01" not in shown[2].split("\n")[0]
    assert ct("show", "1", "--json").json()["due"] == "2018-12-31"
    assert len([h for h in ct("history", "1", "--json").json() if h["action"] == "edit"]) == 1


@pty_only
def test_an_unreadable_text_reopens_too(ct, claim, editor):
    work = editor({"replace": [["tags: korea", "tags: korea\ncolour: red"]]}, {"replace": [["colour: red", ""]]})
    code, out = drive(["edit", "1"])
    assert code == 0, out
    assert seen(work)[1].startswith("# ERROR: line ") and "unknown field 'colour'" in seen(work)[1].split("\n")[0]


@pty_only
@pytest.mark.parametrize("step, code, words", [
    ({"write": ""}, 1, "the file was emptied: edit aborted, claim 1 was not changed"),
    ({"write": "# nothing but a comment\n"}, 1, "edit aborted"),
    ({}, 0, "No change: claim 1 was not changed."),
    ({"exit": 3}, 1, "exited with status 3; nothing was written"),
])
def test_emptied_unchanged_or_failed_writes_nothing(ct, db_path, claim, editor, step, code, words):
    editor(step)
    before = db_path.read_bytes()
    got, out = drive(["edit", "1"])
    assert got == code, out
    assert words in out
    assert db_path.read_bytes() == before


@pty_only
def test_the_lock_is_free_while_editing_and_a_claim_changed_meanwhile_is_refused(ct, claim, editor, tmp_path):
    from conftest import claimtrack_exe

    # the "editor" confirms the claim from another process (it would wait, then fail, if the lock were held)
    editor({"run": [claimtrack_exe() + ["confirm", "1"]], "replace": [["notes:", "notes: mine"]]})
    code, out = drive(["edit", "1"])
    assert code == 1, out
    assert "claim 1 was changed by another command while it was being edited; nothing was written" in out
    after = ct("show", "1", "--json").json()
    assert after["status"] == "confirmed" and after["notes"] is None
    assert "notes: mine" in kept_text(out)


@pty_only
def test_a_claim_deleted_meanwhile_keeps_the_text(ct, claim, editor):
    from conftest import claimtrack_exe

    editor({"run": [claimtrack_exe() + ["delete", "1", "--yes"]], "replace": [["notes:", "notes: mine"]]})
    code, out = drive(["edit", "1"])
    assert code == 1 and "no claim with id 1; nothing was written (your text is kept in" in out.replace("\r\n", "")
    assert "notes: mine" in kept_text(out)


def test_on_a_pipe_it_never_opens_the_editor(sh, claim, editor, db_path):
    work = editor({"write": ""})
    before = db_path.read_bytes()
    r = sh("edit", "1")
    assert r.exit_code == 1 and "nothing to change: give at least one field option" in r.stderr
    assert seen(work) == [] and db_path.read_bytes() == before
