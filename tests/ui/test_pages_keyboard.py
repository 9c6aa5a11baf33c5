"""Every interactive widget on the Today, Journal and People pages is reachable with Tab
and has a name a screen reader can say."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from journal_app.domain.records import Circle, ConnectionMoment, JournalEntry, RecordKind
from journal_app.services.journal import Journal
from journal_app.ui.dialogs import ScriptedDialogs
from journal_app.ui.journal_view import JournalView
from journal_app.ui.people_view import PeopleView
from journal_app.ui.today_view import TodayView
from journal_app.ui.widgets import ScalePicker

PASSPHRASE = "correct horse battery"  # as in tests/conftest.py

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    ScalePicker,
)


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    root: Path = tmp_path_factory.mktemp("keyboard") / "journal"
    journal, _code = Journal.create(root, PASSPHRASE)
    with journal:
        journal.add(ConnectionMoment(circle=Circle.PEER, person="Ana", minutes=30))
        journal.add(JournalEntry(text="A quiet day", title="Notes"))
        yield journal


def interactive(root: QWidget) -> list[QWidget]:
    """The widgets a person can use, shown and enabled (not the parts inside a combo box)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE):
            continue
        if not widget.isVisibleTo(root) or not widget.isEnabled():
            continue
        parent = widget.parentWidget()
        inside_another = False
        while parent is not None and parent is not root:
            if isinstance(parent, INTERACTIVE):
                inside_another = True
            parent = parent.parentWidget()
        if not inside_another:
            found.append(widget)
    return found


def tab_chain(root: QWidget) -> list[QWidget]:
    """What Tab visits, in order, from the page itself."""
    seen: list[QWidget] = []
    widget = root.nextInFocusChain()
    while widget is not root and len(seen) < 2000:
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(root)
            and widget.isEnabled()
        ):
            seen.append(widget)
        widget = widget.nextInFocusChain()
    return seen


def spoken_name(widget: QWidget) -> str:
    """The name set for it, or what the accessibility layer derives (a button's text)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None
    return (widget.accessibleName() or iface.text(QAccessible.Text.Name)).strip()


def check(root: QWidget) -> int:
    reachable = set(map(id, tab_chain(root)))
    widgets = interactive(root)
    assert widgets
    for widget in widgets:
        target = widget.focusProxy() or widget
        label = f"{type(widget).__name__} {spoken_name(widget)!r} {widget.objectName()}"
        assert id(target) in reachable, f"Tab never reaches {label}"
        assert spoken_name(widget), f"{type(widget).__name__} has no accessible name"
    return len(widgets)


Maker = Callable[[Journal], QWidget]


@pytest.fixture
def shown(qtbot: Any, journal: Journal) -> Callable[[Maker], Any]:
    def make(maker: Maker) -> Any:
        page = maker(journal)
        qtbot.addWidget(page)
        page.resize(1000, 800)
        page.show()
        qtbot.waitExposed(page)
        return page

    return make


def test_today_page(shown: Callable[[Maker], Any]) -> None:
    page: TodayView = shown(lambda j: TodayView(j, ScriptedDialogs()))
    counted = check(page)
    for kind in (RecordKind.CONNECTION, RecordKind.ALONE, RecordKind.BOUNDARY):
        page.open_form(kind)
        counted += check(page)
    assert counted > 40


def test_journal_page(shown: Callable[[Maker], Any], journal: Journal) -> None:
    page: JournalView = shown(lambda j: JournalView(j, ScriptedDialogs()))
    page.list.setCurrentRow(0)
    check(page)
    for kind in RecordKind:
        if kind is RecordKind.ENTRY:
            page.new_entry()
        else:
            page.open_record(_sample(kind))  # to read: its text and Edit are reachable
            check(page)
            page.edit_record(_sample(kind))
        check(page)
        page.forms[kind].cancel()


def test_people_page(shown: Callable[[Maker], Any]) -> None:
    page: PeopleView = shown(lambda j: PeopleView(j, ScriptedDialogs()))
    check(page)
    assert page.select("Ana")
    check(page)


def _sample(kind: RecordKind) -> Any:
    from journal_app.domain.records import BoundaryPractice, MoodCheckIn, TimeAlone

    return {
        RecordKind.MOOD: MoodCheckIn(score=5),
        RecordKind.CONNECTION: ConnectionMoment(circle=Circle.CLOSE, minutes=10),
        RecordKind.ALONE: TimeAlone(minutes=10),
        RecordKind.BOUNDARY: BoundaryPractice(type="saying_no", outcome="held"),
    }[kind]
