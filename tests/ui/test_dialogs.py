"""The dialog seam: the real file choosers start in the home folder and leave no record of
the folders the person went to."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from journal_app.ui.dialogs import QtDialogService

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _answer_with(path: Path) -> None:
    """When the file dialog shows, type ``path`` into it and accept."""

    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QFileDialog) and widget.isVisible():
                name = widget.findChild(QLineEdit, "fileNameEdit")
                assert name is not None
                widget.setDirectory(str(path.parent))
                name.setText(path.name)
                widget.accept()
                return
        QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)


def test_file_dialogs_do_not_record_the_folders_visited(qapp: Any, tmp_path: Path) -> None:
    conf = Path(os.environ["XDG_CONFIG_HOME"]) / "QtProject.conf"
    # Another Qt program's history, which must survive as it was.
    earlier = QSettings(QSettings.Scope.UserScope, "QtProject")
    earlier.setValue("FileDialog/history", ["file:///elsewhere/theirs"])
    earlier.sync()
    del earlier
    hidden = tmp_path / "the-therapy-folder"
    hidden.mkdir()
    (hidden / "import-me.json").write_text("{}", "utf-8")
    dialogs = QtDialogService()

    assert QApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    _answer_with(hidden / "summary.pdf")
    chosen = dialogs.ask_save_path(None, "Save", Path.home() / "summary.pdf", "PDF (*.pdf)")
    assert chosen == hidden / "summary.pdf"
    _answer_with(hidden / "import-me.json")
    assert dialogs.ask_open_path(None, "Open", "JSON (*.json)") == hidden / "import-me.json"

    text = conf.read_text("utf-8") if conf.exists() else ""
    assert "the-therapy-folder" not in text
    assert "elsewhere/theirs" in text
    after = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert after.value("FileDialog/history") in (
        ["file:///elsewhere/theirs"],
        "file:///elsewhere/theirs",
    )
    assert not after.contains("FileDialog/lastVisited")


def test_file_choosers_open_in_the_home_folder(monkeypatch: Any, tmp_path: Any) -> None:
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    from journal_app.ui.dialogs import QtDialogService

    asked: list[str] = []

    def chooser(_parent: Any, _title: str, where: str, _filters: str) -> tuple[str, str]:
        asked.append(where)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", chooser)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", chooser)
    dialogs = QtDialogService()
    assert dialogs.ask_open_path(None, "Open", "*.csv") is None
    assert dialogs.ask_save_path(None, "Save", Path.home() / "summary.pdf", "*.pdf") is None
    assert asked == [str(Path.home()), str(Path.home() / "summary.pdf")]
