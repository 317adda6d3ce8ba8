"""Shell completion, driven through the environment protocol that Typer and click use.

bash sends `_CLAIMTRACK_COMPLETE=complete_bash` with COMP_WORDS/COMP_CWORD; zsh and fish send
`_TYPER_COMPLETE_ARGS` (the command line up to the cursor). Most cases run in-process (the same `main()` the
`claimtrack` executable runs); a few run the real executable, one through a real bash.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from conftest import claimtrack_exe


def protocol(shell: str, line: str) -> dict[str, str]:
    """The environment a shell's completion script sets for the command line `line` (cursor at its end)."""
    if shell == "bash":
        words = line.split(" ")
        return {"_CLAIMTRACK_COMPLETE": "complete_bash", "COMP_WORDS": line, "COMP_CWORD": str(len(words) - 1)}
    env = {"_CLAIMTRACK_COMPLETE": f"complete_{shell}", "_TYPER_COMPLETE_ARGS": line}
    if shell == "fish":
        env["_TYPER_COMPLETE_FISH_ACTION"] = "get-args"
    return env


@pytest.fixture
def complete(capfdbinary, monkeypatch):
    """complete('bash', 'claimtrack list --st') -> the lines the shell would get."""
    from claimtrack.cli import main

    def run(shell: str, line: str) -> list[str]:
        with monkeypatch.context() as m:
            for name, value in protocol(shell, line).items():
                m.setenv(name, value)
            capfdbinary.readouterr()
            code = main([])
            sys.stdout.flush()
            out, err = capfdbinary.readouterr()
        assert code == 0 and err == b"", (code, err)
        text = out.decode("utf-8")
        return text.rstrip("\n").split("\n") if text.strip() else []

    return run


def fish_values(lines: list[str]) -> list[str]:
    return [line.split("\t")[0] for line in lines]


@pytest.fixture
def claims(ct):
    for args in (
        ["Talks will break down in April", "--by", "Harry Kazianis", "--said", "2018-01-10", "--tag", "korea", "--tag", "diplomacy"],
        ["No deal before the election", "--by", "Jon Wolfsthal", "--said", "2004-04-29", "--tag", "Korea"],
        ["Sanctions relief sought\x1b[31m [bold]x[/] line\nbreak", "--by", "harriet O'Neil", "--said", "2018-01-10", "--tag", "sanctions"],
    ):
        assert ct("add", *args).exit_code == 0
    lines = "".join(json.dumps({"op": "add", "text": f"filler {i}", "claimant": "Filler", "said_on": "2018-01-01"}) + "\n"
                    for i in range(4, 13))
    assert ct("batch", "-", input=lines).exit_code == 0


def test_commands_and_their_help(complete):
    assert complete("bash", "claimtrack con") == ["confirm"]
    assert complete("bash", "claimtrack re") == ["refute", "resolve", "reopen", "review", "report"]
    zsh = "\n".join(complete("zsh", "claimtrack "))
    assert zsh.startswith("_arguments '*: :((")
    assert '"confirm":"Mark claims as having come true."' in zsh and '"import":' in zsh
    assert "confirm\tMark claims as having come true." in complete("fish", "claimtrack co")


def test_options_of_the_app_and_of_a_command(complete):
    assert set(complete("bash", "claimtrack --")) >= {"--db", "--debug", "--version", "--install-completion",
                                                      "--show-completion", "--help"}
    assert complete("bash", "claimtrack list --s") == ["--status", "--search", "--sort"]
    assert "--add-tag" in complete("bash", "claimtrack --db x.json edit 3 --")


def test_statuses_sort_keys_and_formats(complete):
    assert complete("bash", "claimtrack list --status ") == ["open", "confirmed", "refuted", "partial", "void"]
    assert complete("bash", "claimtrack stats -s co") == ["confirmed"]
    assert complete("bash", "claimtrack list --sort d") == ["due"]
    sort = complete("fish", "claimtrack export --sort ")
    assert "id" in sort and "-due\treversed" in sort
    from claimtrack.formats import EXPORT_FORMATS, IMPORT_FORMATS

    assert complete("bash", "claimtrack export --format ") == list(EXPORT_FORMATS)
    assert complete("bash", "claimtrack import x.csv -f ") == list(IMPORT_FORMATS)
    assert complete("bash", "claimtrack import x.csv -f pre") == ["predictionbook"]


def test_claim_ids_with_their_text_where_the_shell_shows_it(complete, claims):
    fish = complete("fish", "claimtrack show ")
    assert fish_values(fish) == [str(i) for i in range(1, 13)]
    assert fish[0] == "1\tTalks will break down in April"
    # text is one safe line: control characters spelled out, markup literal, whitespace folded
    assert fish[2] == "3\tSanctions relief sought\\x1b[31m [bold]x[/] line break"
    assert complete("bash", "claimtrack show 1") == ["1", "10", "11", "12"]  # bash shows values only
    zsh = "\n".join(complete("zsh", "claimtrack history 1"))
    assert '"1":"Talks will break down in April"' in zsh and '"12":"filler 12"' in zsh
    assert complete("bash", "claimtrack show x") == []


def test_several_ids_skip_those_typed_and_resolve_offers_the_verdict(complete, claims):
    assert complete("bash", "claimtrack confirm 1 1") == ["10", "11", "12"]
    assert "3" not in complete("bash", "claimtrack delete 3 ")
    assert complete("bash", "claimtrack resolve ")[:2] == ["1", "2"]
    assert "confirmed" not in complete("bash", "claimtrack resolve ")
    after_id = complete("bash", "claimtrack resolve 4 ")
    assert "5" in after_id and after_id[-4:] == ["confirmed", "refuted", "partial", "void"]
    assert complete("bash", "claimtrack resolve 4 5 pa") == ["partial"]
    assert complete("bash", "claimtrack resolve 4 void ") == []


def test_tags_and_claimants_from_the_database(complete, claims):
    assert complete("bash", "claimtrack list --tag ") == ["diplomacy", "Korea", "korea", "sanctions"]
    assert complete("bash", "claimtrack edit 1 --remove-tag k") == ["Korea", "korea"]
    assert complete("bash", "claimtrack stats -t s") == ["sanctions"]
    # bash gets the value quoted for its command line; any case matches what was typed
    assert complete("bash", "claimtrack list --by har") == ["harriet\\ O\\'Neil", "Harry\\ Kazianis"]
    assert complete("fish", "claimtrack list --by J") == ["Jon Wolfsthal"]
    assert "Filler" in complete("fish", "claimtrack import x.csv --claimant ")


def test_the_database_is_the_one_the_command_line_names(complete, claims, ct, tmp_path, monkeypatch):
    other = tmp_path / "other.json"
    assert ct("--db", str(other), "add", "Elsewhere", "--by", "Somebody Else").exit_code == 0
    assert complete("fish", f"claimtrack --db {other} show ") == ["1\tElsewhere"]
    assert complete("fish", f"claimtrack --db {other} list --by ") == ["Somebody Else"]
    assert complete("bash", f"claimtrack --db {tmp_path / 'none.json'} show ") == []
    monkeypatch.setenv("HOME", str(tmp_path))  # what the shell has not expanded yet, completion does
    assert complete("fish", "claimtrack --db ~/other.json show ") == ["1\tElsewhere"]


def test_a_file_in_another_layout_is_read_through_the_store(complete, db_path):
    # hand-indented, as a person or another program might leave it: no byte scan can be trusted there
    db = {"_meta": {"1": {"app": "claimtrack", "next_id": 3, "next_txn": 1, "schema": 1}},
          "claims": {str(i): {"id": i, "uuid": f"00000000-0000-4000-8000-00000000000{i}", "text": f"Claim {i}",
                              "claimant": f"Person {i}", "said_on": "2018-01-01", "due": None, "due_text": None,
                              "confidence": None, "confidence_text": None, "status": "open", "tags": [f"t{i}"],
                              "source": {"url": None, "title": None, "outlet": None}, "quote": None,
                              "criteria": None, "notes": None, "resolution": None, "foreign_id": None,
                              "created_at": "2018-01-01T00:00:00Z", "updated_at": "2018-01-01T00:00:00Z"}
                     for i in (1, 2)},
          "history": {}}
    db_path.write_text(json.dumps(db, indent=4))
    assert complete("fish", "claimtrack show ") == ["1\tClaim 1", "2\tClaim 2"]
    assert complete("bash", "claimtrack list --tag ") == ["t1", "t2"]
    assert complete("bash", "claimtrack list --by ") == ["Person\\ 1", "Person\\ 2"]


def test_a_broken_database_offers_nothing_and_prints_no_error(complete, db_path):
    db_path.write_bytes(b'{"claims": {"1": {"text": "trunc')
    assert complete("bash", "claimtrack show ") == []
    assert complete("bash", "claimtrack list --by ") == []
    assert complete("bash", "claimtrack li") == ["list"]


def test_completion_builds_only_the_command_being_completed(complete, claims, monkeypatch):
    from claimtrack import cli
    from claimtrack.cli import fastcomplete

    monkeypatch.setattr(fastcomplete, "answer", lambda: None)  # the full path (the fast one builds nothing)

    built = []
    real = cli.build_app

    def spy(only=None, commands=True):
        built.append((only, commands))
        return real(only, commands)

    monkeypatch.setattr(cli, "build_app", spy)
    complete("bash", "claimtrack show 1")
    complete("bash", "claimtrack sh")
    assert built == [("show", True), (None, False)]


# -- the real executable ------------------------------------------------------------------------------------
def run_exe(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(claimtrack_exe() + list(args), capture_output=True, text=True, timeout=60,
                          env=dict(os.environ, **env))


def test_the_executable_answers_each_shell(claims):
    r = run_exe(env=protocol("bash", "claimtrack list --by Harry"))
    assert (r.returncode, r.stdout, r.stderr) == (0, "Harry\\ Kazianis\n", "")
    r = run_exe(env=protocol("zsh", "claimtrack show 2"))
    assert r.returncode == 0 and r.stdout == "_arguments '*: :((\"2\":\"No deal before the election\"))'\n"
    r = run_exe(env=protocol("zsh", "claimtrack show 99"))
    assert r.returncode == 0 and r.stdout == "_files\n"  # nothing to offer: zsh falls back to file names
    # fish first asks whether there is anything to complete (exit status), then for the values
    is_args = dict(protocol("fish", "claimtrack list --status "), _TYPER_COMPLETE_FISH_ACTION="is-args")
    assert run_exe(env=is_args).returncode == 0
    is_args["_TYPER_COMPLETE_ARGS"] = "claimtrack --db "
    assert run_exe(env=is_args).returncode == 1  # a file name: fish offers files


@pytest.mark.parametrize("shell, marker", [
    ("bash", "complete -o default -F _claimtrack_completion claimtrack"),
    ("zsh", "compdef _claimtrack_completion claimtrack"),
    ("fish", "complete --command claimtrack --no-files"),
])
def test_show_and_install_completion_for_each_shell(tmp_path, shell, marker):
    env = {"_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1", "HOME": str(tmp_path)}  # name the shell
    r = run_exe("--show-completion", shell, env=env)
    assert r.returncode == 0 and marker in r.stdout, r
    assert "_CLAIMTRACK_COMPLETE=complete_" in r.stdout
    r = run_exe("--install-completion", shell, env=env)
    assert r.returncode == 0 and f"{shell} completion installed in" in r.stdout, r
    installed = {"bash": ".bash_completions/claimtrack.sh", "zsh": ".zfunc/_claimtrack",
                 "fish": ".config/fish/completions/claimtrack.fish"}[shell]
    assert marker in (tmp_path / installed).read_text()
    r = run_exe(env={"_CLAIMTRACK_COMPLETE": f"source_{shell}"})  # click's way to print the script
    assert r.returncode == 0 and marker in r.stdout


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_a_real_bash_completes_through_the_installed_script(claims, tmp_path):
    env = dict(os.environ, _TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION="1",
               PATH=os.path.dirname(claimtrack_exe()[0]) + os.pathsep + os.environ["PATH"])
    script = subprocess.run(claimtrack_exe() + ["--show-completion", "bash"], capture_output=True, text=True,
                            env=env, check=True).stdout
    (tmp_path / "completion.sh").write_text(script)
    program = f"""
source {tmp_path / "completion.sh"}
ask() {{ COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); _claimtrack_completion claimtrack; printf '%s|' "${{COMPREPLY[@]}}"; echo; }}
ask claimtrack conf
ask claimtrack list --by Harry
ask claimtrack resolve 3 vo
"""
    if claimtrack_exe()[0].endswith("python") or len(claimtrack_exe()) > 1:
        pytest.skip("no claimtrack executable on PATH to complete")
    r = subprocess.run(["bash", "--norc", "-c", program], capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["confirm|", "Harry\\ Kazianis|", "void|"]


def test_the_byte_scan_reads_any_text_exactly(complete, ct):
    tricky = ['He said "no" \\ then "text":"fake" \\"', "日本語 العربية 🙂 naïve", '\\', '"', 'x' * 200]
    for i, text in enumerate(tricky):
        r = ct("add", text, "--by", f'O"Brien \\{i}', "--tag", f'a"]b{i}', "--quote", '"text":"not this"')
        assert r.exit_code == 0, r
    fish = complete("fish", "claimtrack show ")
    assert fish[:4] == ['1\tHe said "no" \\ then "text":"fake" \\"', "2\t日本語 العربية 🙂 naïve", "3\t\\", '4\t"']
    assert fish[4] == "5\t" + "x" * 59 + "…"
    assert complete("fish", "claimtrack list --by O") == [f'O"Brien \\{i}' for i in range(5)]
    assert complete("fish", "claimtrack list --tag ") == [f'a"]b{i}' for i in range(5)]


def test_our_shell_formats_are_typer_s_but_without_rich():
    """The fish lines are Typer's (minus Rich reading markup in help); bash quotes what needs quoting; zsh
    keeps quotes and apostrophes (Typer's zsh lines lose them: see the next test)."""
    from typer._click.shell_completion import CompletionItem
    from typer._completion_classes import BashComplete, FishComplete

    from claimtrack.cli.completion import _shell_classes

    ours = _shell_classes()
    for value, help in [("3", "Talks will: \"break\" $down `now` it's"), ("Harry Kazianis", None), ("void", "x")]:
        item = CompletionItem(value, help=help)
        assert ours["fish"](None, {}, "claimtrack", "X").format_completion(item) == \
            FishComplete(None, {}, "claimtrack", "X").format_completion(item)
    bash = ours["bash"](None, {}, "claimtrack", "X")
    assert BashComplete(None, {}, "claimtrack", "X").format_completion(CompletionItem("12")) == "12"
    assert [bash.format_completion(CompletionItem(v)) for v in ("12", "O'Neil & Co", "a$b")] == \
        ["12", "O\\'Neil\\ \\&\\ Co", "a\\$b"]
    markup = CompletionItem("1", help="[bold]x[/] :warning:")
    assert ours["fish"](None, {}, "claimtrack", "X").format_completion(markup) == "1\t[bold]x[/] :warning:"
    zsh = ours["zsh"](None, {}, "claimtrack", "X")
    assert zsh.format_completion(CompletionItem("3", help="a: b")) == '"3":"a\\\\: b"'


@pytest.mark.skipif(shutil.which("zsh") is None, reason="needs zsh")
def test_zsh_reads_back_every_value_and_description_exactly(claims, ct, tmp_path):
    """Through the script --show-completion prints, with `_arguments` reading its argument as zsh's does."""
    tricky = ['He said "no" $HOME `x` a:b \\ end', "O'Neil", "semi;colon & (paren)"]
    for text in tricky:
        assert ct("add", text, "--by", text, "--said", "2018-01-10").exit_code == 0
    env = dict(os.environ, _TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION="1",
               PATH=os.path.dirname(claimtrack_exe()[0]) + os.pathsep + os.environ["PATH"])
    if len(claimtrack_exe()) > 1:
        pytest.skip("no claimtrack executable on PATH to complete")
    script = subprocess.run(claimtrack_exe() + ["--show-completion", "zsh"], capture_output=True, text=True,
                            env=env, check=True).stdout
    (tmp_path / "completion.zsh").write_text(script)
    program = f"""
compdef() {{ : }}
_files() {{ print -r -- FILES }}
# what _arguments does with a '*: :((...))' spec: read the words, then split each at its first unescaped colon
_arguments() {{ local action=${{1#*: :}} ws w; eval ws\\=\\( "${{action[3,-3]}}" \\)
  for w in $ws; do print -r -- "${{${{w%%(#b)([^\\\\]):*}}//\\\\:/:}}${{match[1]}}"; done }}
setopt extendedglob
source {tmp_path / "completion.zsh"}
words=(claimtrack list --by O); CURRENT=4; _claimtrack_completion
words=(claimtrack list --by He); CURRENT=4; _claimtrack_completion
words=(claimtrack list --by semi); CURRENT=4; _claimtrack_completion
words=(claimtrack show 99); CURRENT=3; _claimtrack_completion
"""
    r = subprocess.run(["zsh", "-f", "-c", program], capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["O'Neil", tricky[0], tricky[2], "FILES"]


@pytest.mark.skipif(shutil.which("fish") is None, reason="needs fish")
def test_a_real_fish_completes_through_the_installed_script(claims, tmp_path):
    if len(claimtrack_exe()) > 1:
        pytest.skip("no claimtrack executable on PATH to complete")
    env = dict(os.environ, _TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION="1",
               PATH=os.path.dirname(claimtrack_exe()[0]) + os.pathsep + os.environ["PATH"])
    script = subprocess.run(claimtrack_exe() + ["--show-completion", "fish"], capture_output=True, text=True,
                            env=env, check=True).stdout
    (tmp_path / "completion.fish").write_text(script)
    program = (f"source {tmp_path / 'completion.fish'}; complete -C 'claimtrack conf'; "
               "complete -C 'claimtrack show 1'; complete -C 'claimtrack list --by harr'")
    r = subprocess.run(["fish", "--no-config", "-c", program], capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0] == "confirm\tMark claims as having come true."
    assert "1\tTalks will break down in April" in lines and "12\tfiller 12" in lines
    assert "Harry Kazianis" in lines and "harriet O'Neil" in lines


# -- the fast path: ids, tags and claimants without Typer -----------------------------------------------------
@pytest.fixture
def answer(capfdbinary, monkeypatch):
    """answer(shell, line, fast) -> (exit code, bytes printed), by the fast path or (fast=False) the full one."""
    from claimtrack.cli import fastcomplete, main

    real = fastcomplete.answer
    asked = []

    def run(shell: str, line: str, fast: bool, **extra: str) -> tuple[int, bytes]:
        with monkeypatch.context() as m:
            for name, value in dict(protocol(shell, line), **extra).items():
                m.setenv(name, value)
            m.setattr(fastcomplete, "answer", (lambda: asked.append(real()) or asked[-1]) if fast else lambda: None)
            capfdbinary.readouterr()
            code = main([])
            sys.stdout.flush()
            out, err = capfdbinary.readouterr()
        assert err == b""
        if fast:
            assert asked[-1] is not None, f"the fast path declined {line!r}"
        return code, out

    return run


FAST_LINES = [
    "claimtrack show ", "claimtrack show 1", "claimtrack history 1", "claimtrack edit 1", "claimtrack show 99",
    "claimtrack show x", "claimtrack confirm ", "claimtrack confirm 1 1", "claimtrack refute 2 --json 1",
    "claimtrack confirm -e https://x.example 3 ", "claimtrack delete 3 ", "claimtrack reopen 1",
    "claimtrack resolve ", "claimtrack resolve 4 ", "claimtrack resolve 4 5 pa", "claimtrack resolve 4 void ",
    "claimtrack resolve 1 1",
    "claimtrack list --tag ", "claimtrack list --tag k", "claimtrack stats -t s", "claimtrack edit 1 --remove-tag K",
    "claimtrack edit 1 --add-tag ", "claimtrack list --by ", "claimtrack list --by har",
    "claimtrack export --status open --by J", "claimtrack import x.csv --claimant ", "claimtrack list --by zz",
    "claimtrack --debug list -t ", "claimtrack list --search -t ",
]


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_the_fast_path_prints_what_the_full_path_prints(answer, claims, shell, ct, tmp_path):
    other = tmp_path / "other.json"
    assert ct("--db", str(other), "add", "Elsewhere: 'quoted' \"text\"", "--by", "O'Neil & Co", "-t", "a b").exit_code == 0
    lines = FAST_LINES + [f"claimtrack --db {other} show ", f"claimtrack --db {other} list --by O",
                          f"claimtrack --db {other} list -t ", f"claimtrack --db {tmp_path / 'none.json'} show "]
    for line in lines:
        full = answer(shell, line, fast=False)
        assert answer(shell, line, fast=True) == full, line
        assert full[0] == 0
    if shell == "fish":  # fish first asks whether there is anything to complete: the exit code says
        for line in ("claimtrack show ", "claimtrack show 99", "claimtrack list --by zz"):
            full = answer(shell, line, fast=False, _TYPER_COMPLETE_FISH_ACTION="is-args")
            assert answer(shell, line, fast=True, _TYPER_COMPLETE_FISH_ACTION="is-args") == full
            assert full[1] == b""
    assert answer(shell, "claimtrack show 1", fast=True) != answer(shell, "claimtrack show 2", fast=True)


@pytest.mark.parametrize("line", [
    "claimtrack ", "claimtrack sh", "claimtrack list --", "claimtrack list --status ", "claimtrack list --sort ",
    "claimtrack list --tag=k", "claimtrack show 1 ", "claimtrack confirm -- ", "claimtrack confirm --bogus ",
    "claimtrack --db", "claimtrack --version show ", "claimtrack batch ", "claimtrack merge-driver ",
    "claimtrack list -tk", "claimtrack add ",
])
def test_the_fast_path_leaves_everything_else_to_the_full_path(line, monkeypatch):
    from claimtrack.cli.fastcomplete import answer

    for shell in ("bash", "zsh", "fish"):
        for name, value in protocol(shell, line).items():
            monkeypatch.setenv(name, value)
        assert answer() is None, (shell, line)


def typer_command_table() -> dict:
    """What the fast path's parser needs of each command, read from the Typer definitions."""
    import typer.main

    from claimtrack import cli
    from claimtrack.cli.completion import _completer

    cli._load_commands()
    table = {}
    for name in cli.COMMANDS:
        cmd = typer.main.get_command(cli.build_app(name)).commands[name]
        flags, valued, arguments = ["--help", "-h"], {}, []
        for p in cmd.params:
            if p.param_type_name == "argument":
                arguments.append((p.name, p.nargs))
            elif p.is_flag or p.count:
                flags += [*p.opts, *p.secondary_opts]
            else:
                completer = _completer(name, p)
                kind = ""
                if p.nargs != 1:
                    kind = "?"
                elif completer is not None and completer.__qualname__.startswith("_from_database"):
                    kind = "tags" if set(p.opts) & {"--tag", "-t", "--add-tag", "--remove-tag"} else "claimants"
                valued.update(dict.fromkeys(p.opts, kind))
        table[name] = (" ".join(sorted(flags)), dict(sorted(valued.items())), tuple(arguments))
    return table


def test_the_fast_path_knows_every_command_as_typer_defines_it():
    """A new option or command changes the Typer definitions: this says to update fastcomplete.COMMANDS."""
    from claimtrack.cli.fastcomplete import COMMANDS

    assert COMMANDS == typer_command_table()


def test_the_executable_answers_ids_tags_and_claimants_without_typer_or_click(claims):
    """Importing Typer costs about the whole time a completion may take: the fast path never loads it."""
    for shell, line, expected in [
        ("bash", "claimtrack confirm 1", "1\n10\n11\n12\n"),
        ("zsh", "claimtrack show 2", "_arguments '*: :((\"2\":\"No deal before the election\"))'\n"),
        ("fish", "claimtrack list --by harr", "harriet O'Neil\nHarry Kazianis\n"),
        ("bash", "claimtrack list -t s", "sanctions\n"),
    ]:
        r = run_exe(env=dict(protocol(shell, line), PYTHONPROFILEIMPORTTIME="1"))
        assert (r.returncode, r.stdout) == (0, expected), (line, r)
        loaded = {row.rsplit("|", 1)[-1].strip() for row in r.stderr.splitlines() if row.startswith("import time:")}
        assert "claimtrack.cli.fastcomplete" in loaded
        assert not {m for m in loaded if m.split(".")[0] in ("typer", "click", "rich")}, (line, sorted(loaded))
    r = run_exe(env=dict(protocol("bash", "claimtrack li"), PYTHONPROFILEIMPORTTIME="1"))  # the full path
    assert r.stdout == "list\n" and " typer" in r.stderr
