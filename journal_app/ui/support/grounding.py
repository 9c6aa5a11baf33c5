"""Grounding: 5-4-3-2-1 senses, one step at a time, and slow paced breathing.

A calm, full-window page reachable from every screen (Ctrl+G) and the
sidebar. Nothing on it is recorded unless the user presses "Save a note
about this", which adds one ordinary journal entry. The breathing circle
grows and shrinks smoothly; with reduced motion it stays still and only the
words and a count change, once a second. There is no sound.

Signals:
    GroundingView.navigate(str): a support page to show (safety plan, crisis lines).
    GroundingView.changed(): a note was saved to the journal.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QHideEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.records import JournalEntry, local_now
from journal_app.services.support import load_support_settings
from journal_app.ui.support import CRISIS_LINES, SAFETY_PLAN
from journal_app.ui.support.calm import CalmLabel, calm_button, calm_page, danger_line, link_row

# One breath: in, hold, out, rest (milliseconds). Slow: about four and a half a minute.
PHASES: tuple[tuple[str, int], ...] = (("in", 4000), ("hold", 2000), ("out", 6000), ("rest", 1000))
CYCLE_MS = sum(ms for _, ms in PHASES)
SMOOTH_MS = 33  # about 30 frames a second
STEPPED_MS = 1000


@dataclass(frozen=True)
class Breath:
    phase: str  # in | hold | out | rest
    fraction: float  # how far through the phase, 0..1
    seconds_left: int  # whole seconds left in the phase, at least 1
    size: float  # 0 (smallest) .. 1 (largest) circle


def breath_at(elapsed_ms: int) -> Breath:
    """Where in the breath ``elapsed_ms`` falls (the cycle repeats)."""
    t = elapsed_ms % CYCLE_MS
    for phase, length in PHASES:
        if t < length:
            fraction = t / length
            eased = 0.5 - 0.5 * math.cos(math.pi * fraction)  # smooth at both ends
            size = {"in": eased, "hold": 1.0, "out": 1.0 - eased, "rest": 0.0}[phase]
            return Breath(phase, fraction, max(1, math.ceil((length - t) / 1000)), size)
        t -= length
    raise AssertionError("unreachable")  # pragma: no cover


class BreathingCircle(QWidget):
    """A soft circle that breathes; with ``reduced_motion`` it stays the same size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reduced_motion = False
        self.breath = breath_at(0)
        self.setMinimumSize(QSize(180, 180))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Breathing circle"))

    def show_breath(self, breath: Breath) -> None:
        self.breath = breath
        self.update()

    def radius_fraction(self) -> float:
        """The circle's radius as a share of the room it has (fixed with reduced motion)."""
        if self.reduced_motion:
            return 0.7
        return 0.4 + 0.55 * self.breath.size

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        room = min(self.width(), self.height()) / 2 - 4
        radius = room * self.radius_fraction()
        centre = QPointF(self.width() / 2, self.height() / 2)
        accent = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        fill = QColor(accent)
        fill.setAlphaF(0.22)
        painter.setPen(QPen(accent, 2))
        painter.setBrush(fill)
        painter.drawEllipse(centre, radius, radius)
        guide = QColor(accent)
        guide.setAlphaF(0.35)
        painter.setPen(QPen(guide, 1, Qt.PenStyle.DotLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QRectF(centre.x() - room, centre.y() - room, 2 * room, 2 * room))


class GroundingView(QWidget):
    navigate = Signal(str)
    changed = Signal()

    def __init__(self, journal: object, dialogs: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.setObjectName("grounding")
        self.setAccessibleName(self.tr("Take a moment"))
        page = calm_page(self, self.tr("Take a moment"))
        self.stack = QStackedWidget()
        page.addWidget(self.stack, 1)
        page.addWidget(danger_line())
        links, buttons = link_row(
            self,
            (self.tr("My &safety plan"), SAFETY_PLAN),
            (self.tr("Someone to &talk to"), CRISIS_LINES),
        )
        self.plan_button, self.lines_button = buttons[SAFETY_PLAN], buttons[CRISIS_LINES]
        page.addLayout(links)

        self._build_choice()
        self._build_senses()
        self._build_breathing()
        self._started = time.monotonic()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self.refresh()

    # -- the three panels --------------------------------------------------------------

    def _panel(self) -> tuple[QWidget, QVBoxLayout]:
        panel = QWidget()
        lay = QVBoxLayout(panel)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(14)
        self.stack.addWidget(panel)
        return panel, lay

    def _build_choice(self) -> None:
        self.choice, lay = self._panel()
        lay.addWidget(
            CalmLabel(self.tr("There is no right way to do this. Choose one, or just sit here."))
        )
        self.senses_button = calm_button(
            self.tr("Notice what is around you (5-4-3-2-1)"), scale=1.25
        )
        self.breathe_button = calm_button(self.tr("Breathe slowly"), scale=1.25)
        self.senses_button.clicked.connect(self.start_senses)
        self.breathe_button.clicked.connect(self.start_breathing)
        lay.addWidget(self.senses_button)
        lay.addWidget(self.breathe_button)
        lay.addStretch(1)

    SENSES = (5, 4, 3, 2, 1)

    def _sense_text(self, step: int) -> str:
        return (
            self.tr("Look around you. Notice five things you can see."),
            self.tr("Notice four things you can feel: your feet on the floor, your back, the air."),
            self.tr("Listen for a moment. Notice three things you can hear."),
            self.tr("Notice two things you can smell, or two smells you like."),
            self.tr("Notice one thing you can taste, or take a sip of something."),
        )[step]

    def _build_senses(self) -> None:
        self.senses, lay = self._panel()
        self.sense_count = CalmLabel("", 1.0)
        self.sense_count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.sense_text = CalmLabel("", 1.45)
        self.sense_text.setAccessibleName(self.tr("What to notice"))
        self.sense_notes = QPlainTextEdit()
        self.sense_notes.setPlaceholderText(self.tr("You can type them here, or just notice them."))
        self.sense_notes.setAccessibleName(self.tr("What you noticed (not saved unless you ask)"))
        self.sense_notes.setTabChangesFocus(True)
        self.sense_notes.setMaximumHeight(110)
        self.back_button = calm_button(self.tr("&Back"))
        self.next_button = calm_button(self.tr("&Next"))
        self._step = 0
        self.back_button.clicked.connect(lambda: self._sense_step(self._step - 1))
        self.next_button.clicked.connect(lambda: self._sense_step(self._step + 1))
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.next_button)
        self.done_text = CalmLabel(self.tr("Thank you for taking this moment."), 1.45)
        self.again_button = calm_button(self.tr("Start &again"))
        self.again_button.clicked.connect(self.start_senses)
        self.save_button = calm_button(self.tr("Save a &note about this"))
        self.save_button.setToolTip(
            self.tr("Adds an entry to your journal. Nothing is saved unless you press this.")
        )
        self.save_button.clicked.connect(self.save_note)
        self.saved_text = CalmLabel("", 1.0)
        parts: tuple[QWidget, ...] = (self.sense_count, self.sense_text, self.sense_notes)
        for widget in parts:
            lay.addWidget(widget)
        lay.addLayout(row)
        for widget in (self.done_text, self.again_button, self.save_button, self.saved_text):
            lay.addWidget(widget)
        lay.addStretch(1)
        self._noticed: list[str] = ["" for _ in self.SENSES]

    def _build_breathing(self) -> None:
        self.breathing, lay = self._panel()
        self.circle = BreathingCircle()
        self.breath_text = CalmLabel("", 1.6)
        self.breath_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.breath_text.setAccessibleName(self.tr("Breathing"))
        self.stop_button = calm_button(self.tr("I am done for now"))
        self.stop_button.clicked.connect(self.show_choice)
        lay.addWidget(self.circle, 1)
        lay.addWidget(self.breath_text)
        lay.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignHCenter)

    # -- moving between panels ---------------------------------------------------------

    @Slot()
    def show_choice(self) -> None:
        self._timer.stop()
        self.stack.setCurrentWidget(self.choice)
        self.senses_button.setFocus()

    @Slot()
    def start_senses(self) -> None:
        self._timer.stop()
        self._noticed = ["" for _ in self.SENSES]
        self.saved_text.clear()
        self.stack.setCurrentWidget(self.senses)
        self._sense_step(0)

    def _sense_step(self, step: int) -> None:
        if 0 <= self._step < len(self.SENSES):
            self._noticed[self._step] = self.sense_notes.toPlainText().strip()
        self._step = max(0, min(step, len(self.SENSES)))
        finished = self._step == len(self.SENSES)
        for widget in (self.sense_count, self.sense_text, self.sense_notes, self.next_button):
            widget.setVisible(not finished)
        self.back_button.setVisible(not finished and self._step > 0)
        for widget in (self.done_text, self.again_button, self.save_button):
            widget.setVisible(finished)
        self.save_button.setEnabled(True)
        if finished:
            self.save_button.setFocus()
            return
        self.sense_count.setText(
            self.tr("Step {n} of {total}").format(n=self._step + 1, total=len(self.SENSES))
        )
        self.sense_text.setText(self._sense_text(self._step))
        self.sense_notes.setPlainText(self._noticed[self._step])
        self.next_button.setText(
            self.tr("&Finish") if self._step == len(self.SENSES) - 1 else self.tr("&Next")
        )
        self.next_button.setFocus()

    @Slot()
    def start_breathing(self) -> None:
        self.stack.setCurrentWidget(self.breathing)
        self._started = time.monotonic()
        self._timer.setInterval(STEPPED_MS if self.circle.reduced_motion else SMOOTH_MS)
        self._timer.start()
        self.show_elapsed(0)
        self.stop_button.setFocus()

    def show_elapsed(self, elapsed_ms: int) -> None:
        """Draw the breath at ``elapsed_ms`` (the timer calls this; tests call it directly)."""
        breath = breath_at(elapsed_ms)
        self.circle.show_breath(breath)
        words = {
            "in": self.tr("Breathe in"),
            "hold": self.tr("Hold gently"),
            "out": self.tr("Breathe out, slowly"),
            "rest": self.tr("Rest"),
        }[breath.phase]
        self.breath_text.setText(
            f"{words}\n{breath.seconds_left}" if self.circle.reduced_motion else words
        )

    @Slot()
    def _tick(self) -> None:
        if not self.isVisible():
            self._timer.stop()
            return
        self.show_elapsed(int((time.monotonic() - self._started) * 1000))

    # -- saving, only when asked ---------------------------------------------------------

    @Slot()
    def save_note(self) -> JournalEntry | None:
        noticed = [text for text in self._noticed if text]
        text = "\n".join(noticed) if noticed else self.tr("I took a moment to ground myself.")
        entry = JournalEntry(at=local_now(), text=text, title=self.tr("Grounding"))
        try:
            saved = self._journal.add(entry)  # type: ignore[attr-defined]
        except Exception:
            self.saved_text.setText(self.tr("The note could not be saved just now."))
            return None
        self.save_button.setEnabled(False)
        self.saved_text.setText(self.tr("Saved in your journal."))
        self.changed.emit()
        assert isinstance(saved, JournalEntry)
        return saved

    # -- the page contract ---------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Shown again: read reduced motion, and start from the choice."""
        self.circle.reduced_motion = load_support_settings(self._journal).reduced_motion  # type: ignore[arg-type]
        if self.stack.currentWidget() is not self.breathing:
            if self.stack.currentWidget() is not self.senses:
                self.show_choice()
        else:
            self.start_breathing()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def flush_drafts(self) -> None:
        """Nothing here is kept unless the user saves a note."""
