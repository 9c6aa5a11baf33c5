"""The dialog seam: the real file choosers start in the home folder."""

from __future__ import annotations

from typing import Any


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
