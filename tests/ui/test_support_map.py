"""The support map: rings innermost first, one dot size, stable places, recency by outline."""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt

from journal_app.domain.records import BoundaryPractice, Circle, ConnectionMoment, Person
from journal_app.exchange.charts import RING_ORDER, Recency, layout_support_map, recency_of
from journal_app.services.journal import Journal
from journal_app.ui import support_map as support_map_module
from journal_app.ui.support_map import SupportMapView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

PASSPHRASE = "correct horse battery"
TZ = timezone(timedelta(hours=1))
TODAY = date(2026, 11, 25)


def at(day: date) -> datetime:
    return datetime.combine(day, time(12), tzinfo=TZ)


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    journal, _ = Journal.create(tmp_path_factory.mktemp("map") / "journal", PASSPHRASE)
    with journal:
        journal.add_many(
            [
                ConnectionMoment(at=at(TODAY - timedelta(days=2)), circle=Circle.CLOSE,
                                 person="Sam", minutes=40),
                ConnectionMoment(at=at(TODAY - timedelta(days=9)), circle=Circle.CLOSE,
                                 person="Sam", minutes=20),
                ConnectionMoment(at=at(TODAY - timedelta(days=100)), circle=Circle.PEER,
                                 person="Rowan", minutes=30),
                ConnectionMoment(at=at(TODAY - timedelta(days=20)), circle=Circle.COMMUNITY,
                                 person="Choir Jo", minutes=90),
                ConnectionMoment(at=at(TODAY - timedelta(days=5)), circle=Circle.PROFESSIONAL,
                                 person="Dr Lee", minutes=50),
                # Named in a boundary without a circle: kept off the map.
                BoundaryPractice(at=at(TODAY - timedelta(days=1)), type="saying_no",
                                 outcome="held", person="Uncle R"),
            ],
            [Person(name="Kit", circle=Circle.COMMUNITY)],
        )  # fmt: skip
        yield journal


@pytest.fixture
def view(qtbot: Any, journal: Journal) -> SupportMapView:
    widget = SupportMapView(journal, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(900, 560)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    return widget


def spot(view: SupportMapView, name: str) -> Any:
    return next(s for s in view.canvas.placed if s.person.name == name)


def distance(view: SupportMapView, name: str) -> float:
    centre = QRectF(view.canvas.rect()).center()
    where = spot(view, name).center
    return math.hypot(where.x() - centre.x(), where.y() - centre.y())


def test_rings_go_from_close_people_inside_to_professional_support_outside(
    view: SupportMapView,
) -> None:
    assert RING_ORDER == (Circle.CLOSE, Circle.PEER, Circle.COMMUNITY, Circle.PROFESSIONAL)
    assert distance(view, "Sam") < distance(view, "Rowan") < distance(view, "Kit")
    assert distance(view, "Kit") < distance(view, "Dr Lee")
    assert abs(distance(view, "Kit") - distance(view, "Choir Jo")) < 1  # one ring, one track


def test_someone_off_the_map_is_never_drawn(view: SupportMapView, journal: Journal) -> None:
    uncle = journal.find_person("Uncle R")
    assert uncle is not None and uncle.circle is None
    names = sorted(s.person.name for s in view.canvas.placed)
    assert names == ["Choir Jo", "Dr Lee", "Kit", "Rowan", "Sam"]
    assert all(p.circle is not None for p in view.canvas.people)


def test_every_dot_has_one_size_and_recency_is_its_outline(view: SupportMapView) -> None:
    assert len({s.radius for s in view.canvas.placed}) == 1
    recency = {s.person.name: s.recency for s in view.canvas.placed}
    assert recency == {
        "Sam": Recency.WEEK,
        "Dr Lee": Recency.WEEK,
        "Choir Jo": Recency.MONTH,
        "Rowan": Recency.LONGER,
        "Kit": Recency.LONGER,  # no moment yet
    }
    assert recency_of(TODAY - timedelta(days=7), TODAY) is Recency.WEEK
    assert recency_of(TODAY - timedelta(days=8), TODAY) is Recency.MONTH
    assert recency_of(TODAY - timedelta(days=31), TODAY) is Recency.MONTH
    assert recency_of(TODAY - timedelta(days=32), TODAY) is Recency.LONGER
    assert recency_of(None, TODAY) is Recency.LONGER


def test_a_place_on_the_ring_does_not_drift_with_time_contact_or_a_rename() -> None:
    rect = QRectF(0, 0, 500, 500)
    people = [Person(id=i, name=f"P{i}", circle=Circle.PEER) for i in range(1, 6)]

    def centres(people: list[Person], last: dict[int, date], today: date) -> dict[int, Any]:
        return {s.person.id: s.center for s in layout_support_map(rect, people, last, today)}

    fresh = centres(people, {1: TODAY}, TODAY)
    assert centres(people, {}, TODAY + timedelta(days=400)) == fresh  # contact ages
    assert centres(people, {i: TODAY for i in range(1, 6)}, TODAY) == fresh  # more contact
    renamed = [replace(p, name="Someone else") if p.id == 3 else p for p in people]
    assert centres(renamed, {}, TODAY)[3] == fresh[3]
    # An order of people that differs (as the store might give it) changes nothing either.
    assert centres(list(reversed(people)), {}, TODAY) == fresh


def test_a_crowded_ring_keeps_dots_apart() -> None:
    rect = QRectF(0, 0, 460, 460)
    people = [Person(id=i, name=f"N{i}", circle=Circle.CLOSE) for i in range(1, 21)]
    placed = layout_support_map(rect, people, {}, TODAY)
    assert len(placed) == 20
    for a in placed:
        for b in placed:
            if a is not b:
                gap = math.hypot(a.center.x() - b.center.x(), a.center.y() - b.center.y())
                assert gap >= 2 * a.radius


def test_clicking_a_person_lists_their_moments_and_tells_screen_readers(
    qtbot: Any, view: SupportMapView, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(support_map_module, "announce", lambda _widget, text: said.append(text))
    sam = spot(view, "Sam")
    with qtbot.waitSignal(view.person_clicked) as blocker:
        qtbot.mouseClick(
            view.canvas,
            Qt.MouseButton.LeftButton,
            pos=QPoint(round(sam.center.x()), round(sam.center.y())),
        )
    assert blocker.args[0].name == "Sam"
    items = [view.moments.item(i).text() for i in range(view.moments.count())]
    assert len(items) == 2
    assert items[0].startswith("Mon 23 Nov")  # newest first
    assert "40 min" in items[0]
    assert view.heading.text() == "Sam · Close people"
    assert view.canvas.selected is not None
    assert view.canvas.accessibleDescription() == "Sam, Close people, seen this week"
    assert said == ["Sam, Close people, seen this week"]
    assert not view.grab().isNull()


def test_the_legend_under_the_picture_says_what_each_outline_means(view: SupportMapView) -> None:
    legend = view.legend
    assert legend.isVisible()
    below = legend.mapTo(view, QPoint(0, 0)).y()
    assert below >= view.canvas.mapTo(view, QPoint(0, 0)).y() + view.canvas.height()
    for words in ("seen this week", "this month", "longer ago"):
        assert words in legend.accessibleDescription()
    assert not legend.grab().isNull()


def test_an_empty_map_and_a_dark_one_render(qtbot: Any, view: Any) -> None:
    from journal_app.ui.theme import dark_palette

    view.setPalette(dark_palette())
    assert not view.grab().isNull()
    widget = SupportMapView(NoOne(), today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(600, 500)
    assert widget.canvas.placed == []
    assert widget.canvas.accessibleDescription() == "No one is on your map yet."
    assert not widget.grab().isNull()


class NoOne:
    """A journal with no one in it yet (what the view reads of it)."""

    def people(self) -> list[Person]:
        return []

    def last_contact(self) -> dict[int, date]:
        return {}


def test_the_keyboard_reaches_everyone_ring_by_ring(qtbot: Any, view: SupportMapView) -> None:
    canvas = view.canvas
    canvas.setFocus()
    seen = []
    for _ in range(len(canvas.placed)):
        with qtbot.waitSignal(view.person_clicked) as blocker:
            qtbot.keyClick(canvas, Qt.Key.Key_Right)
        seen.append(blocker.args[0].name)
    assert seen[0] == "Sam" and seen[-1] == "Dr Lee"  # innermost ring first
    assert sorted(seen) == ["Choir Jo", "Dr Lee", "Kit", "Rowan", "Sam"]
    with qtbot.waitSignal(view.person_clicked) as blocker:
        qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert blocker.args[0].name == seen[-2]
    assert view.heading.text().startswith(seen[-2])
    assert canvas.accessibleDescription().startswith(seen[-2])
