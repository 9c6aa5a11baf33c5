"""The quiet offer of grounding after a check-in with high distress.

Offered once a day at most (the day is kept encrypted in the journal's
state), below the check-in, never as a pop-up: "Would a minute of grounding
help?" with a way in and "Not now". The clock is injectable for tests.

Signals:
    GroundingOffer.navigate(str): the grounding page was chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout

from journal_app.services.support import grounding_offered, should_offer_grounding
from journal_app.ui.announce import announce
from journal_app.ui.support import GROUNDING
from journal_app.ui.support.calm import CalmLabel


class GroundingOffer(QFrame):
    navigate = Signal(str)

    def __init__(self, journal: Any, clock: Callable[[], date] = date.today) -> None:
        super().__init__()
        self._journal = journal
        self.clock = clock
        self.setObjectName("grounding_offer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QVBoxLayout(self)
        self.question = CalmLabel(self.tr("Would a minute of grounding help?"), 1.15)
        lay.addWidget(self.question)
        row = QHBoxLayout()
        self.yes_button = QPushButton(self.tr("&Take a moment"))
        self.no_button = QPushButton(self.tr("Not &now"))
        self.yes_button.clicked.connect(self._accepted)
        self.no_button.clicked.connect(self.hide)
        row.addWidget(self.yes_button)
        row.addWidget(self.no_button)
        row.addStretch(1)
        lay.addLayout(row)
        self.setAccessibleName(self.tr("Would a minute of grounding help?"))
        self.hide()

    def consider(self, distress: int | None) -> bool:
        """Offer grounding if this distress calls for it and it was not offered today."""
        today = self.clock()
        if not should_offer_grounding(self._journal, distress, today):
            return False
        grounding_offered(self._journal, today)
        self.show()
        self.yes_button.setFocus()
        announce(self, self.question.text())  # focus reads the button; this, the question
        return True

    @Slot()
    def _accepted(self) -> None:
        self.hide()
        self.navigate.emit(GROUNDING)
