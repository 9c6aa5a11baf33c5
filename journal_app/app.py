"""Composition root: paths, settings and start-up of the desktop app."""

from __future__ import annotations

import sys
from pathlib import Path


def run(data_dir: Path, *, demo: bool = False) -> int:
    """Start the desktop app on ``data_dir``. Returns the exit code."""
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    label = QLabel(
        QApplication.translate(
            "placeholder",
            "journal-app\n\nThe desktop app is being built. Your journal is safe; "
            "use the command line for now.",
        )
    )
    label.setMargin(32)
    label.setWindowTitle(QApplication.translate("placeholder", "Journal"))
    label.show()
    return int(app.exec())
