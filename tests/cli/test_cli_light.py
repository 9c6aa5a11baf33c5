"""The command line stays light: no Qt is loaded to add, list or search records."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from journal_app.cli.main import build_parser
build_parser().parse_args(["add", "mood", "--score", "5"])
heavy = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
print(",".join(heavy))
"""


def test_building_the_command_line_loads_no_qt() -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "", f"the command line imported Qt modules at start-up: {out}"
