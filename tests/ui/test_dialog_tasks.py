"""The shared handling of slow work started from the export and import dialogs."""

from __future__ import annotations

from typing import Any

import pytest
import shiboken6
from PySide6.QtWidgets import QDialog

from journal_app.ui.dialog_tasks import on_own_connection, unless_closed


class FakeJournal:
    def __init__(self) -> None:
        self.siblings: list[FakeJournal] = []
        self.closed = False

    def sibling(self) -> FakeJournal:
        other = FakeJournal()
        self.siblings.append(other)
        return other

    def close(self) -> None:
        self.closed = True


def test_work_runs_on_its_own_connection_which_is_always_closed() -> None:
    journal = FakeJournal()
    job = on_own_connection(journal, lambda j: j)
    used = job()
    assert used is journal.siblings[0] and used is not journal
    assert used.closed and not journal.closed

    def fails(_j: Any) -> None:
        raise OSError("disk full")

    with pytest.raises(OSError):
        on_own_connection(journal, fails)()
    assert journal.siblings[1].closed  # closed on failure too
    assert not journal.closed


def test_the_answer_reaches_only_an_open_dialog(qtbot: Any) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    calls: list[Any] = []
    handle = unless_closed(
        dialog, lambda: calls.append("stop"), calls.append, lambda: calls.append("closed")
    )
    dialog.show()
    handle("answer")
    assert calls == ["stop", "answer"]
    calls.clear()
    dialog.reject()  # what a lock or quick exit does to every dialog
    handle("answer")
    assert calls == ["stop", "closed"]  # no longer busy; the answer is dropped
    calls.clear()
    shiboken6.delete(dialog)
    handle("answer")
    assert calls == []  # a deleted dialog is not touched at all
