"""PySide6 6.12.0 dropped a reference to None on every void call (Python 3.11 then aborts).

pyproject.toml keeps that release out; this test catches any installed Qt
binding with the same fault before a survivor's app does.
"""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for _ in range(2000):
    label.setText("x")
after = sys.getrefcount(None)
print(before - after)
"""


def test_void_qt_calls_keep_references_to_none() -> None:
    # A separate process without the app's guard, so the binding itself is measured.
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert abs(int(out)) < 100, f"Qt calls lost {out} references to None"
