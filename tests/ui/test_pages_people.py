"""The People page on a real encrypted vault: add, rename, move, archive, recent moments."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from journal_app.domain.records import Circle, ConnectionMoment
from journal_app.services.journal import Journal
from journal_app.ui.dialogs import ScriptedDialogs
from journal_app.ui.people_view import PeopleView

PASSPHRASE = "correct horse battery"  # as in tests/conftest.py

# The offscreen platform has no window manager (size hints, raising or grabbing a popup).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    root: Path = tmp_path_factory.mktemp("people-page") / "journal"
    journal, _code = Journal.create(root, PASSPHRASE)
    with journal:
        yield journal


@pytest.fixture
def view(qtbot: Any, journal: Journal) -> PeopleView:
    page = PeopleView(journal, ScriptedDialogs())
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def tree_texts(view: PeopleView) -> dict[str, list[str]]:
    """Group heading -> the names shown under it."""
    shown: dict[str, list[str]] = {}
    for i in range(view.tree.topLevelItemCount()):
        group = view.tree.topLevelItem(i)
        shown[group.text(0)] = [group.child(j).text(0) for j in range(group.childCount())]
    return shown


def group_of(view: PeopleView, name: str) -> str:
    for heading, names in tree_texts(view).items():
        if name in names or any(n.startswith(name + " ") for n in names):
            return heading
    raise AssertionError(f"{name} is not shown")


def test_add_a_person_by_keyboard(qtbot: Any, view: PeopleView, journal: Journal) -> None:
    qtbot.keyClicks(view.new_name, "Ana")
    qtbot.keyClicks(view.new_circle, "Pe")  # Peers
    with qtbot.waitSignal(view.changed, timeout=1000):
        qtbot.keyClick(view.new_name, Qt.Key.Key_Return)
    ana = journal.find_person("Ana")
    assert ana is not None and ana.circle is Circle.PEER
    assert group_of(view, "Ana").startswith("Peers")
    assert view.current_person() == ana
    assert view.new_name.text() == ""


def test_add_refuses_a_duplicate_or_missing_circle_in_words(
    qtbot: Any, view: PeopleView, journal: Journal
) -> None:
    journal.add_person("Bea", Circle.CLOSE)
    view.refresh()
    qtbot.keyClicks(view.new_name, "Cal")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert "circle" in view.add_error.text()
    assert journal.find_person("Cal") is None

    view.new_name.clear()
    qtbot.keyClicks(view.new_name, "bea")
    view.new_circle.setCurrentIndex(0)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert "already in your support map" in view.add_error.text()
    assert len([p for p in journal.people() if p.name.lower() == "bea"]) == 1


def test_rename_move_archive_and_bring_back(qtbot: Any, view: PeopleView, journal: Journal) -> None:
    person = journal.add_person("Dee", Circle.COMMUNITY)
    view.refresh()
    assert view.select("Dee")

    view.rename_edit.selectAll()
    qtbot.keyClicks(view.rename_edit, "Dee (choir)")
    with qtbot.waitSignal(view.changed, timeout=1000):
        qtbot.keyClick(view.rename_edit, Qt.Key.Key_Return)
    renamed = journal.find_person("Dee (choir)")
    assert renamed is not None and renamed.id == person.id
    assert journal.find_person("Dee") is None
    assert view.current_person() == renamed

    qtbot.keyClicks(view.move_combo, "Cl")  # Close people
    qtbot.mouseClick(view.move_button, Qt.MouseButton.LeftButton)
    moved = journal.find_person("Dee (choir)")
    assert moved is not None and moved.circle is Circle.CLOSE
    assert group_of(view, "Dee (choir)").startswith("Close people")

    qtbot.mouseClick(view.archive_button, Qt.MouseButton.LeftButton)
    archived = journal.find_person("Dee (choir)")
    assert archived is not None and archived.archived
    assert all(p.id != person.id for p in journal.people())
    assert view.show_archived.isChecked(), "shown, so it can be undone at once"
    assert "(archived)" in view.tree.currentItem().text(0)
    assert view.archive_button.text() == "Bring back"

    view.show_archived.setChecked(False)
    assert "Dee (choir)" not in str(tree_texts(view))
    view.show_archived.setChecked(True)
    assert view.select("Dee (choir)")
    qtbot.mouseClick(view.archive_button, Qt.MouseButton.LeftButton)
    back = journal.find_person("Dee (choir)")
    assert back is not None and not back.archived


def test_rename_to_a_name_in_use_is_refused(qtbot: Any, view: PeopleView, journal: Journal) -> None:
    journal.add_person("Eli", Circle.PEER)
    journal.add_person("Fay", Circle.PEER)
    view.refresh()
    assert view.select("Eli")
    view.rename_edit.setText("fay")
    qtbot.mouseClick(view.rename_button, Qt.MouseButton.LeftButton)
    assert "already in your support map" in view.person_error.text()
    assert journal.find_person("Eli") is not None
    view.rename_edit.setText("  ")
    qtbot.mouseClick(view.rename_button, Qt.MouseButton.LeftButton)
    assert "cannot be empty" in view.person_error.text()


def test_choosing_a_person_shows_their_recent_moments(qtbot: Any, journal: Journal) -> None:
    journal.add(ConnectionMoment(circle=Circle.PROFESSIONAL, person="Gus", minutes=50))
    journal.add(ConnectionMoment(circle=Circle.PROFESSIONAL, person="Gus", minutes=20, note="x"))
    page = PeopleView(journal, ScriptedDialogs())
    qtbot.addWidget(page)
    page.show()
    assert page.nobody.isVisible() and not page.details.isVisible()
    assert page.select("Gus")
    assert page.details.isVisible()
    moments = [page.moments.item(i).text() for i in range(page.moments.count())]
    assert len(moments) == 2
    assert all("Connected with Gus" in m for m in moments)
    assert page.person_title.text() == "Gus"


def test_the_picture_shows_everyone_and_a_click_chooses_them_in_the_list(
    qtbot: Any, view: PeopleView, journal: Journal
) -> None:
    journal.add(ConnectionMoment(circle=Circle.PEER, minutes=30, person="Picture Pat"))
    view.refresh()
    view.views.setCurrentWidget(view.support_map)
    canvas = view.support_map.canvas
    qtbot.waitUntil(lambda: any(s.person.name == "Picture Pat" for s in canvas.placed))
    spot = next(s for s in canvas.placed if s.person.name == "Picture Pat")
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=spot.center.toPoint())
    assert "Picture Pat" in view.support_map.heading.text()
    assert view.support_map.moments.count() >= 1
    assert view.current_person() is not None
    assert view.current_person().name == "Picture Pat"
    view.views.setCurrentIndex(0)
    assert view.person_title.text() == "Picture Pat"
