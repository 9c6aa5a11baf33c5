"""The support map: the user's circles as rings, the people in each, at a glance.

Rings follow the Circles of Support model, close people innermost and
professional support outermost. Every dot has one size and its own stable
place on its ring; how recent contact was is shown by the dot's outline, and
the legend under the picture says what each outline means. People off the
map are never drawn. Clicking a person (or arrows, then Enter) lists their
recent moments; screen readers are told the chosen person's name, circle
and how recent contact was. Drawn by ``journal_app.exchange.charts``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QLabel, QListWidget, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from journal_app.domain.records import Person, local_now
from journal_app.exchange.charts import (
    ChartPalette,
    PlacedPerson,
    Recency,
    draw_empty_map_hint,
    draw_recency_legend,
    draw_support_map,
    layout_support_map,
    recency_label,
    recency_of,
)
from journal_app.exchange.wording import day_label
from journal_app.words import circle_label, describe

RECENT_MOMENTS = 10
_KEYS = (
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Space,
)


def announce(widget: QWidget, text: str) -> None:
    """Have screen readers say ``text`` now (a no-op when none is listening)."""
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


class SupportMapCanvas(QWidget):
    """The rings themselves; emits ``person_clicked`` when a person is clicked.

    Signals:
        person_clicked(Person): the person under the click.
    """

    person_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people: list[Person] = []
        self.last_contact: dict[int, date] = {}
        self.today = date.today()
        self.selected: Person | None = None
        self.placed: list[PlacedPerson] = []
        self.setMinimumSize(260, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(
            self.tr("Click someone, or use the arrow keys, to see your moments with them.")
        )
        self.setAccessibleName(self.tr("Support map"))
        self._describe()

    def sizeHint(self) -> QSize:
        return QSize(460, 460)

    def set_people(self, people: list[Person], last_contact: dict[int, date], today: date) -> None:
        """Show ``people`` who are on the map (a person with no circle is never drawn)."""
        self.people = [p for p in people if p.circle is not None]
        self.last_contact = last_contact
        self.today = today
        if self.selected is not None:
            self.selected = next((p for p in self.people if p.id == self.selected.id), None)
        self._place()
        self._describe()
        self.update()

    def select(self, person: Person | None) -> None:
        """Mark ``person`` as chosen and tell screen readers who it is."""
        self.selected = person
        self._describe()
        self.update()
        if person is not None:
            announce(self, self.accessibleDescription())

    def spoken(self, person: Person) -> str:
        """What a screen reader says for ``person``: name, circle, how recent contact was."""
        last = self.last_contact.get(person.id) if person.id is not None else None
        if last is None:
            when = self.tr("no moments noted yet")
        else:
            when = {
                Recency.WEEK: self.tr("seen this week"),
                Recency.MONTH: self.tr("seen this month"),
                Recency.LONGER: self.tr("last seen longer ago"),
            }[recency_of(last, self.today)]
        circle = circle_label(person.circle) if person.circle is not None else ""
        return self.tr("{name}, {circle}, {when}").format(
            name=person.name, circle=circle, when=when
        )

    def _describe(self) -> None:
        if self.selected is not None:
            text = self.spoken(self.selected)
        elif self.people:
            text = self.tr(
                "{n} people on your map. Use the arrow keys to go from one to the next."
            ).format(n=len(self.people))
        else:
            text = self.tr("No one is on your map yet.")
        if text != self.accessibleDescription():
            self.setAccessibleDescription(text)
            QAccessible.updateAccessibility(
                QAccessibleEvent(self, QAccessible.Event.DescriptionChanged)
            )

    def _place(self) -> None:
        self.placed = layout_support_map(
            QRectF(self.rect()), self.people, self.last_contact, self.today
        )

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._place()

    def person_at(self, point: QPointF) -> Person | None:
        for spot in reversed(self.placed):
            if spot.contains(point):
                return spot.person
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        person = self.person_at(event.position())
        if person is not None:
            self.select(person)
            self.person_clicked.emit(person)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows move between people (ring by ring, round each ring); Enter or Space opens."""
        key = event.key()
        if not self.placed or key not in _KEYS:
            super().keyPressEvent(event)
            return
        ids = [spot.person.id for spot in self.placed]
        current = self.selected.id if self.selected is not None else None
        index = ids.index(current) if current in ids else -1
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if index >= 0:
                self.person_clicked.emit(self.placed[index].person)
            return
        step = 1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1
        index = (index + step) % len(self.placed) if index >= 0 else 0
        self.select(self.placed[index].person)
        self.person_clicked.emit(self.placed[index].person)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self.person_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            palette = ChartPalette.for_background(self.palette().color(QPalette.ColorRole.Window))
            rect = QRectF(self.rect())
            draw_support_map(painter, rect, self.placed, palette, selected=self.selected)
            if self.hasFocus():
                painter.setPen(self.palette().color(QPalette.ColorRole.Highlight))
                painter.drawRect(rect.adjusted(1, 1, -2, -2))
            if not self.people:
                hint = QRectF(rect.left() + 20, rect.bottom() - 60, rect.width() - 40, 50)
                draw_empty_map_hint(painter, hint, palette)
        finally:
            painter.end()


class RecencyLegend(QWidget):
    """Under the picture: what each outline says about how recent contact was."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().height() * 2)
        words = "; ".join(
            self.tr("{outline}: {meaning}").format(outline=outline, meaning=recency_label(r))
            for r, outline in zip(
                Recency,
                (self.tr("thick outline"), self.tr("thin outline"), self.tr("dotted outline")),
                strict=True,
            )
        )
        self.setAccessibleName(self.tr("Legend"))
        self.setAccessibleDescription(words)
        self.setToolTip(words)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            palette = ChartPalette.for_background(self.palette().color(QPalette.ColorRole.Window))
            used = draw_recency_legend(painter, QRectF(self.rect()).adjusted(4, 0, -4, 0), palette)
        finally:
            painter.end()
        if abs(used - self.height()) > 1:  # wrapped onto a second row, or back to one
            self.setFixedHeight(int(used + 1))


class SupportMapView(QWidget):
    """The map and, beside it, the recent moments with the person clicked.

    Signals:
        person_clicked(Person): re-emitted from the map, for pages that want it.
    """

    person_clicked = Signal(object)

    def __init__(
        self,
        journal: Any,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._today = today or (lambda: local_now().date())
        self.canvas = SupportMapCanvas()
        self.heading = QLabel(self.tr("Click someone to see your recent moments with them."))
        self.heading.setObjectName("support_map_heading")
        self.heading.setWordWrap(True)
        self.moments = QListWidget()
        self.moments.setWordWrap(True)
        self.moments.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.moments.setAccessibleName(self.tr("Recent moments with this person"))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.heading)
        side_layout.addWidget(self.moments, 1)
        self.legend = RecencyLegend()
        picture = QWidget()
        picture_layout = QVBoxLayout(picture)
        picture_layout.setContentsMargins(0, 0, 0, 0)
        picture_layout.addWidget(self.canvas, 1)
        picture_layout.addWidget(self.legend)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(picture)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.canvas.person_clicked.connect(self.show_person)
        self.refresh()

    def refresh(self) -> None:
        self.canvas.set_people(self._journal.people(), self._journal.last_contact(), self._today())

    @Slot(object)
    def show_person(self, person: Person) -> None:
        """List the person's recent moments (newest first), and tell whoever listens."""
        if self.canvas.selected is None or self.canvas.selected.id != person.id:
            self.canvas.select(person)
        records = self._journal.records_with(person, RECENT_MOMENTS)
        circle = circle_label(person.circle) if person.circle is not None else ""
        self.heading.setText(self.tr("{name} · {circle}").format(name=person.name, circle=circle))
        self.moments.clear()
        for record in records:
            # The heading already names them: each line says when and what.
            line = describe(record, person="", private=False)
            self.moments.addItem(f"{day_label(record.day)} · {line}")
        if not records:
            self.moments.addItem(self.tr("No moments noted with them yet."))
        self.person_clicked.emit(person)
