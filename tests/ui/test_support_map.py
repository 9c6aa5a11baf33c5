"""The support map: rings, people nearer and larger with recent contact, click to list moments."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from journal_app.domain.records import Circle, ConnectionMoment, Person
from journal_app.exchange.charts import RING_ORDER, contact_strength
from journal_app.services.journal import Journal
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
                ConnectionMoment(at=at(TODAY - timedelta(days=5)), circle=Circle.PROFESSIONAL,
                                 person="Dr Lee", minutes=50),
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


def test_everyone_is_on_their_ring_recent_contact_larger(view: SupportMapView) -> None:
    assert sorted(s.person.name for s in view.canvas.placed) == ["Dr Lee", "Kit", "Rowan", "Sam"]
    sam, rowan, kit = spot(view, "Sam"), spot(view, "Rowan"), spot(view, "Kit")
    assert sam.strength == 1.0
    assert rowan.strength < 0.5
    assert kit.last is None and kit.strength < rowan.strength
    assert sam.radius > rowan.radius > kit.radius
    assert RING_ORDER == (Circle.PROFESSIONAL, Circle.PEER, Circle.CLOSE, Circle.COMMUNITY)
    assert not view.grab().isNull()


def test_contact_fades_but_never_vanishes() -> None:
    assert contact_strength(TODAY, TODAY) == 1.0
    assert contact_strength(TODAY - timedelta(days=60), TODAY) < 1.0
    assert contact_strength(TODAY - timedelta(days=1000), TODAY) == 0.15
    assert contact_strength(None, TODAY) > 0


def test_clicking_a_person_lists_their_recent_moments(qtbot: Any, view: SupportMapView) -> None:
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
    assert view.heading.text() == "Sam · close"
    assert view.canvas.selected is not None
    assert not view.grab().isNull()


def test_an_empty_map_and_a_dark_one_render(qtbot: Any, view: Any) -> None:
    from journal_app.ui.theme import dark_palette

    view.setPalette(dark_palette())
    assert not view.grab().isNull()
    widget = SupportMapView(NoOne(), today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(600, 500)
    assert widget.canvas.placed == []
    assert not widget.grab().isNull()


class NoOne:
    """A journal with no one in it yet (what the view reads of it)."""

    def people(self) -> list[Person]:
        return []

    def last_contact(self) -> dict[int, date]:
        return {}


def test_the_keyboard_reaches_everyone(qtbot: Any, view: SupportMapView) -> None:
    canvas = view.canvas
    canvas.setFocus()
    seen = []
    for _ in range(len(canvas.placed)):
        with qtbot.waitSignal(view.person_clicked) as blocker:
            qtbot.keyClick(canvas, Qt.Key.Key_Right)
        seen.append(blocker.args[0].name)
    assert sorted(seen) == ["Dr Lee", "Kit", "Rowan", "Sam"]
    with qtbot.waitSignal(view.person_clicked) as blocker:
        qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert blocker.args[0].name == seen[-2]
    assert view.heading.text().startswith(seen[-2])
