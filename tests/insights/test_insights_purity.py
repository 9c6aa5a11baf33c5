"""Insights are pure: no widgets, no database, no services (DESIGN.md, Architecture)."""

from __future__ import annotations

import json
import subprocess
import sys

FORBIDDEN = (
    "PySide6.QtWidgets",
    "PySide6.QtGui",
    "sqlite3",
    "sqlcipher3",
    "journal_app.storage",
    "journal_app.services",
    "journal_app.ui",
    "journal_app.cli",
    "journal_app.exchange",
)


def test_importing_insights_loads_no_widgets_database_or_services() -> None:
    code = (
        "import json, sys\n"
        "import journal_app.insights, journal_app.insights.text\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    loaded = json.loads(done.stdout)
    assert "journal_app.insights.text" in loaded
    assert "PySide6.QtCore" in loaded  # translation only
    offending = [m for m in loaded if m.startswith(FORBIDDEN)]
    assert offending == []
