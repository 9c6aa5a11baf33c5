"""The connection and boundary forms: support given or received, the session reflection,
and where a person named in them stands (on the support map or off it)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from journal_app.domain.records import (
    BoundaryPractice,
    Circle,
    ConnectionMoment,
    SessionReflection,
    Support,
)
from journal_app.services.journal import Journal
from journal_app.ui.dialogs import ScriptedDialogs
from journal_app.ui.forms import BoundaryForm, ConnectionForm
from journal_app.ui.today_view import TodayView

PASSPHRASE = "correct horse battery"  # as in tests/conftest.py

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    root: Path = tmp_path_factory.mktemp("forms-people") / "journal"
    journal, _code = Journal.create(root, PASSPHRASE)
    with journal:
        yield journal


@pytest.fixture
def page(qtbot: Any, journal: Journal) -> TodayView:
    view = TodayView(journal, ScriptedDialogs())
    qtbot.addWidget(view)
    view.resize(1000, 900)
    view.show()
    qtbot.waitExposed(view)
    return view


def connection_form(page: TodayView) -> ConnectionForm:
    form = page.open_form(ConnectionMoment.kind)
    assert isinstance(form, ConnectionForm)
    return form


def boundary_form(page: TodayView) -> BoundaryForm:
    form = page.open_form(BoundaryPractice.kind)
    assert isinstance(form, BoundaryForm)
    return form


def choose_circle(form: ConnectionForm | BoundaryForm, circle: Circle) -> None:
    form.circle.setCurrentIndex(form.circle.findData(circle.value))


def test_the_circles_are_offered_innermost_first(page: TodayView) -> None:
    form = connection_form(page)
    offered = [form.circle.itemText(i) for i in range(form.circle.count())]
    assert offered == ["Close people", "Peers", "Community", "Professional support"]
    boundary = boundary_form(page)
    assert [boundary.circle.itemText(i) for i in range(boundary.circle.count())] == [
        "Not set",
        *offered,
    ]


def test_support_is_one_optional_row_of_three_toggles(
    qtbot: Any, page: TodayView, journal: Journal
) -> None:
    form = connection_form(page)
    gave, received, mutual = form.support.buttons
    assert [b.text() for b in form.support.buttons] == ["I gave", "I received", "Both ways"]
    assert [b.accessibleName() for b in form.support.buttons] == [
        "I gave support",
        "I received support",
        "We supported each other",
    ]
    qtbot.mouseClick(gave, Qt.MouseButton.LeftButton)
    assert form.support.value() is Support.GAVE
    qtbot.mouseClick(mutual, Qt.MouseButton.LeftButton)  # one at a time
    assert form.support.value() is Support.MUTUAL
    assert [b.isChecked() for b in form.support.buttons] == [False, False, True]
    qtbot.mouseClick(mutual, Qt.MouseButton.LeftButton)  # and it can be cleared
    assert form.support.value() is None
    assert not any(b.isChecked() for b in form.support.buttons)

    received.setFocus()
    qtbot.keyClick(received, Qt.Key.Key_Space)  # by keyboard too
    choose_circle(form, Circle.PEER)
    form.minutes.setText("45")
    saved = form.save()
    assert isinstance(saved, ConnectionMoment)
    assert saved.support is Support.RECEIVED
    assert journal.get(saved.id) == saved
    # A fresh form says nothing about support; editing shows what was said.
    assert form.support.value() is None
    form.load(saved)
    assert form.support.value() is Support.RECEIVED and received.isChecked()


def test_the_session_questions_show_only_for_a_professional(
    qtbot: Any, page: TodayView, journal: Journal
) -> None:
    form = connection_form(page)
    questions = [form.answers[key] for key in SessionReflection.QUESTIONS]
    choose_circle(form, Circle.PEER)
    assert not any(q.isVisible() for q in questions)
    assert not form.bring_up.isVisible()
    choose_circle(form, Circle.PROFESSIONAL)
    assert all(q.isVisible() for q in questions)
    assert form.bring_up.isVisible() and form.share_bring_up.isVisible()
    assert form.share_bring_up.isChecked(), "flagged to share by default"
    assert [q.accessibleName() for q in questions] == [
        "I felt heard and understood",
        "We worked on what matters to me",
        "The way we worked suited me",
    ]

    form.answers["heard"].setFocus()
    qtbot.keyClick(form.answers["heard"], Qt.Key.Key_8)
    form.answers["approach"].setValue(0)
    qtbot.keyClicks(form.bring_up, "what happened at Christmas")
    qtbot.keyClicks(form.person, "Dr Ade")
    form.minutes.setText("50")
    saved = form.save()
    assert isinstance(saved, ConnectionMoment)
    assert saved.reflection == SessionReflection(
        heard=8, approach=0, bring_up="what happened at Christmas"
    )
    assert journal.get(saved.id) == saved

    # Editing it: the answers come back; moved to another circle, they are not kept.
    form.load(saved)
    assert form.answers["heard"].value() == 8
    assert form.bring_up.text() == "what happened at Christmas"
    choose_circle(form, Circle.COMMUNITY)
    assert not form.bring_up.isVisible()
    changed = form.save()
    assert isinstance(changed, ConnectionMoment)
    assert changed.circle is Circle.COMMUNITY and changed.reflection is None


def test_a_line_to_bring_up_may_be_kept_private_and_errors_show_in_place(
    qtbot: Any, page: TodayView
) -> None:
    form = connection_form(page)
    choose_circle(form, Circle.PROFESSIONAL)
    form.minutes.setText("50")
    form.bring_up.setText("  ")
    form.share_bring_up.setChecked(False)
    form.answers["goals"].setValue(3)
    saved = form.save()
    assert isinstance(saved, ConnectionMoment)
    assert saved.reflection == SessionReflection(goals=3, share_bring_up=False)
    assert form.share_bring_up.isChecked(), "the next form shares again by default"


def test_a_new_name_in_a_boundary_without_a_circle_is_kept_off_the_map(
    qtbot: Any, page: TodayView, journal: Journal
) -> None:
    form = boundary_form(page)
    form.type.setCurrentIndex(0)
    form.outcome.setCurrentIndex(0)
    qtbot.keyClicks(form.person, "Stepdad")
    assert form.person_hint.isVisible()
    assert form.person_hint.text() == (
        "Stepdad is new here. Without a circle they are kept in your journal, "
        "not on your support map."
    )
    saved = form.save()
    assert isinstance(saved, BoundaryPractice)
    assert saved.circle is None
    stepdad = journal.find_person("Stepdad")
    assert stepdad is not None and stepdad.circle is None
    assert journal.find_person("Stepdad") in journal.people()

    # Named later in a connection, they stay off the map; the moment keeps its circle.
    page.refresh()
    moment = connection_form(page)
    qtbot.keyClicks(moment.person, "stepdad")
    assert moment.person_hint.text() == "Stepdad is not on your support map, and stays off it."
    assert moment.circle.currentIndex() == -1, "no circle is filled in for them"
    choose_circle(moment, Circle.CLOSE)
    moment.minutes.setText("15")
    saved_moment = moment.save()
    assert isinstance(saved_moment, ConnectionMoment)
    assert saved_moment.circle is Circle.CLOSE
    assert journal.find_person("Stepdad") == stepdad


def test_a_new_name_with_a_circle_says_it_joins_the_map(qtbot: Any, page: TodayView) -> None:
    form = boundary_form(page)
    qtbot.keyClicks(form.person, "Coach")
    choose_circle(form, Circle.COMMUNITY)
    assert (
        form.person_hint.text() == "Coach is new here and will join your support map in Community."
    )
    form.person.clear()
    assert not form.person_hint.isVisible()
    moment = connection_form(page)
    qtbot.keyClicks(moment.person, "Coach")
    assert not moment.person_hint.isVisible()  # no circle chosen yet: nothing to say
    choose_circle(moment, Circle.PEER)
    assert moment.person_hint.text() == "Coach is new here and will join your support map in Peers."
