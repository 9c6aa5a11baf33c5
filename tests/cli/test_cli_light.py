"""The command line stays light: no Qt to add, list or search; only the command's own module."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from journal_app.cli.main import COMMAND_MODULES, build_parser, command_word

PROBE = """
import os, sys
from journal_app.cli.main import main
os.environ.pop("JOURNAL_APP_PASSPHRASE", None)
main(sys.argv[1:])  # parsed, then stops: no passphrase (or no journal) here
print(",".join(sorted(sys.modules)))
"""


def _loaded_by(*args: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=True
    ).stdout.strip()
    return set(out.splitlines()[-1].split(","))


def _commands(parser: argparse.ArgumentParser) -> set[str]:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(sub.choices)


def test_building_the_command_line_loads_no_qt() -> None:
    loaded = _loaded_by("add", "mood", "--score", "5")
    heavy = sorted(m for m in loaded if m.startswith(("PySide6", "shiboken6")))
    assert heavy == [], f"the command line imported Qt modules at start-up: {heavy}"


def test_the_command_to_save_a_record_loads_only_its_own_module() -> None:
    """Every command module used to be loaded to parse any command line: the importers
    and the weekly insights cost every `add` some 20 ms it does not need."""
    loaded = _loaded_by("--data-dir", "/nowhere", "add", "entry", "--text", "a quiet day")
    assert "journal_app.cli.records" in loaded
    for module in (
        "journal_app.cli.importcmd",
        "journal_app.exchange.importers",
        "journal_app.cli.summary",
        "journal_app.insights",
        "journal_app.cli.exchange",
        "journal_app.cli.vaultcmds",
    ):
        assert module not in loaded, module


def test_every_command_is_listed_with_the_module_that_registers_it() -> None:
    everything = _commands(build_parser())
    assert everything == set(COMMAND_MODULES)
    for command in everything:
        assert command in _commands(build_parser(command)), command


@pytest.mark.parametrize(
    ("args", "word"),
    [
        (["add", "mood"], "add"),
        (["--data-dir", "/x", "list", "--from", "2026-11-16"], "list"),
        (["--data-dir=/x", "search", "tea"], "search"),
        (["--help"], None),
        (["--data-dir", "/x"], None),
        ([], None),
    ],
)
def test_the_command_word(args: list[str], word: str | None) -> None:
    assert command_word(args) == word


def test_an_unknown_command_still_lists_every_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from journal_app.cli.main import main

    assert main(["--data-dir", "/nowhere", "ad", "mood"]) == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'ad'" in err
    assert "'add'" in err and "'import'" in err
