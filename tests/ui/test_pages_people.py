"""The People page on a real encrypted vault: add, rename, move, archive, recent moments."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from journal_app.domain.records import BoundaryPractice, Circle, ConnectionMoment
from journal_app.services.journal import Journal
from journal_app.ui.dialogs import ScriptedDialogs
from journal_app.ui.people_view import PERSON_ROLE, PeopleView

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


def test_circles_are_listed_innermost_first_and_each_is_explained_on_the_page(
    view: PeopleView,
) -> None:
    groups = [view.tree.topLevelItem(i) for i in range(view.tree.topLevelItemCount())]
    names = [g.text(0).rsplit(" (", 1)[0] for g in groups]
    assert names[:4] == ["Close people", "Peers", "Community", "Professional support"]
    explained = [g.child(0).text(0) for g in groups[:4]]
    assert explained == [
        "family, partner, close friends",
        "support group, fellow survivors, peer mentor",
        "workplace, school, faith community, neighbours, clubs",
        "therapist, counsellor, doctor, advocate, case worker",
    ]
    assert all(g.child(0).data(0, PERSON_ROLE) is None for g in groups)  # not a person


def test_someone_named_only_in_a_boundary_is_listed_off_the_map_not_drawn(
    qtbot: Any, view: PeopleView, journal: Journal
) -> None:
    journal.add(BoundaryPractice(type="ending_contact", outcome="held", person="Uncle Ray"))
    view.refresh()
    assert group_of(view, "Uncle Ray").startswith("Not on my support map")
    off = view.tree.topLevelItem(view.tree.topLevelItemCount() - 1)
    assert "never drawn on the map" in off.child(0).text(0)
    assert view.select("Uncle Ray")
    assert view.move_combo.currentText() == "Not on my support map"
    view.views.setCurrentWidget(view.support_map)
    qtbot.waitUntil(lambda: bool(view.support_map.canvas.placed))
    assert "Uncle Ray" not in [s.person.name for s in view.support_map.canvas.placed]


def test_moving_off_the_map_and_back_is_one_action(
    qtbot: Any, view: PeopleView, journal: Journal
) -> None:
    journal.add_person("Jordan", Circle.COMMUNITY)
    view.refresh()
    assert view.select("Jordan")
    view.move_combo.setCurrentIndex(view.move_combo.findText("Not on my support map"))
    with qtbot.waitSignal(view.changed, timeout=1000):
        qtbot.mouseClick(view.move_button, Qt.MouseButton.LeftButton)
    jordan = journal.find_person("Jordan")
    assert jordan is not None and jordan.circle is None
    assert group_of(view, "Jordan").startswith("Not on my support map")
    assert view.current_person() == jordan

    view.move_combo.setCurrentIndex(view.move_combo.findText("Peers"))
    with qtbot.waitSignal(view.changed, timeout=1000):
        qtbot.mouseClick(view.move_button, Qt.MouseButton.LeftButton)
    back = journal.find_person("Jordan")
    assert back is not None and back.circle is Circle.PEER
    assert group_of(view, "Jordan").startswith("Peers")


def test_add_someone_straight_off_the_map(qtbot: Any, view: PeopleView, journal: Journal) -> None:
    qtbot.keyClicks(view.new_name, "Landlord")
    view.new_circle.setCurrentIndex(view.new_circle.findText("Not on my support map"))
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    landlord = journal.find_person("Landlord")
    assert landlord is not None and landlord.circle is None
    view.new_name.setText("landlord")
    view.new_circle.setCurrentIndex(0)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert view.add_error.text() == "Landlord is already in your journal, off your support map."


def test_delete_asks_once_calmly_then_takes_the_name_off_every_record(
    qtbot: Any, journal: Journal
) -> None:
    journal.add(ConnectionMoment(id="del-c", circle=Circle.CLOSE, minutes=20, person="Robin",
                                 note="Robin's birthday"))  # fmt: skip
    journal.add(BoundaryPractice(id="del-b", type="saying_no", outcome="held", person="Robin"))
    dialogs = ScriptedDialogs()
    page = PeopleView(journal, dialogs)
    qtbot.addWidget(page)
    page.show()
    assert page.select("Robin")
    assert page.delete_button.isVisible()

    dialogs.yes_no.append(False)  # "No" changes nothing
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert journal.find_person("Robin") is not None
    ((kind, title, text),) = dialogs.asked
    assert (kind, title) == ("yes_no", "Delete Robin")
    for said in (
        "Robin will be removed from your journal.",
        "taken off the 2 records that carry it; the records stay, shown without a name",
        "What you wrote yourself (notes, entries, your safety plan) is not changed",
        "not in its search index",
        "Backups you made earlier still hold it",
        "This cannot be undone. Delete Robin?",
    ):
        assert said in text, said

    dialogs.yes_no.append(True)
    with qtbot.waitSignal(page.changed, timeout=1000):
        qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert len(dialogs.asked) == 2  # one question each time, no second "are you sure"
    assert journal.find_person("Robin") is None
    assert journal.get("del-c").person is None  # type: ignore[union-attr]
    assert journal.get("del-b").person is None  # type: ignore[union-attr]
    assert journal.get("del-c").note == "Robin's birthday"
    assert "Robin" not in str(tree_texts(page))
    assert page.status.text() == "Robin was deleted. 2 records stay, without a name."
    assert page.current_person() is None and page.nobody.isVisible()
