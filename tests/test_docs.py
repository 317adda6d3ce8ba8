"""The README documents every command and option, so a new user can work from it alone."""

from __future__ import annotations

import re
from pathlib import Path

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def all_commands():
    from claimtrack import cli

    cli._load_all_commands()
    app = cli.build_app()
    import typer.main

    return typer.main.get_command(app)


def test_every_command_and_option_is_in_the_readme():
    group = all_commands()
    missing = []
    for name, command in group.commands.items():
        if f"`{name}" not in README:
            missing.append(name)
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("-") and opt not in ("-h", "--help") and opt not in README:
                    missing.append(f"{name} {opt}")
    for param in group.params:
        for opt in param.opts:
            if opt.startswith("--") and opt not in ("--help",) and opt not in README:
                missing.append(opt)
    assert not missing, f"not in README: {missing}"


def test_readme_quick_start_is_what_ci_runs():
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text()
    commands = re.findall(r"```sh\n(python3 -m venv[^\n]*)\n```", README)
    assert len(commands) == 2, commands
    assert commands[1] in ci


def test_exit_codes_and_fields_are_documented():
    from claimtrack.model import FIELDS

    for code in ("| 0 |", "| 1 |", "| 2 |", "| 3 |"):
        assert code in README
    for field in FIELDS:
        assert f"`{field}`" in README, field
