"""Start-up cost guards: deterministic checks (which modules load), never timings.

People run claimtrack in shell loops, so a command must not import what it does not use. typer 0.29 started
importing pydantic and building a TypeAdapter per parameter (measured: 346 ms against 129 ms for a trivial
command); if a typer release we allow does that again, the first test fails.
"""

from __future__ import annotations

import pytest

from conftest import loaded_modules


def test_typer_does_not_pull_in_pydantic():
    assert not any(m == "pydantic" or m.startswith("pydantic.") for m in loaded_modules("list", "--json"))


@pytest.mark.parametrize("args", [["list", "--json"], ["add", "x", "--by", "Y", "--json"], ["add", "x", "--by", "Y"], ["due", "--json"]])
def test_scripted_commands_do_not_import_rich_or_tinydb(args):
    mods = loaded_modules(*args)
    assert "rich" not in mods and "rich.console" not in mods
    assert "tinydb" not in mods


def test_only_the_command_being_run_is_built(monkeypatch):
    from claimtrack import cli

    built = []
    real = cli.build_app

    def spy(only=None):
        built.append(only)
        return real(only)

    monkeypatch.setattr(cli, "build_app", spy)
    assert cli.main(["list", "--json"]) == 0
    assert built == ["list"]


def test_ordinary_commands_pay_nothing_for_shell_completion(monkeypatch):
    """Completion code loads only when a shell asks; the completion options are built only for the whole app."""
    for args in (["list", "--json"], ["add", "x", "--by", "Y", "--json"]):
        assert "claimtrack.cli.completion" not in loaded_modules(*args)
    import typer.main

    from claimtrack import cli

    calls = []
    real = typer.main.get_install_completion_arguments
    monkeypatch.setattr(typer.main, "get_install_completion_arguments", lambda: calls.append(1) or real())
    assert cli.main(["list", "--json"]) == 0 and cli.main(["confirm", "--help"]) == 0
    assert calls == []
    assert cli.main(["--help"]) == 0  # the top-level help lists --install-completion and --show-completion
    assert calls == [1]
