"""The calm page frame the support pages share: one centred column, larger words."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal_app.ui.widgets import heading

COLUMN = 680  # wide enough to read, narrow enough to stay calm


def scaled_font(scale: float) -> QFont:
    """The application's font (so the larger-text setting too), times ``scale``."""
    font = QFont(QApplication.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    else:
        font.setPixelSize(round(font.pixelSize() * scale))
    return font


class CalmLabel(QLabel):
    """Words a little larger than the rest of the app, following its text size."""

    def __init__(self, text: str = "", scale: float = 1.2, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._scale = scale
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._follow_font()

    def _follow_font(self) -> None:
        self.setFont(scaled_font(self._scale))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self._follow_font()
        return super().event(event)


def calm_page(owner: QWidget, title: str) -> QVBoxLayout:
    """A scrolling page on ``owner`` with a centred column under ``title``; add to the layout."""
    scroll = QScrollArea(owner)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    column = QWidget()
    column.setMaximumWidth(COLUMN)
    holder = QWidget()
    centre = QHBoxLayout(holder)
    centre.addStretch(1)
    centre.addWidget(column, 20)
    centre.addStretch(1)
    scroll.setWidget(holder)
    lay = QVBoxLayout(column)
    lay.setContentsMargins(16, 20, 16, 20)
    lay.setSpacing(14)
    lay.addWidget(heading(title, scale=1.6))
    return lay


class CalmButton(QPushButton):
    """A button with room around its words, its text a little larger (following text size)."""

    def __init__(self, text: str, scale: float = 1.1) -> None:
        super().__init__(text)
        self._scale = scale
        self._follow_font()

    def _follow_font(self) -> None:
        self.setFont(scaled_font(self._scale))
        self.setMinimumHeight(self.fontMetrics().height() + 18)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self._follow_font()
        return super().event(event)


def calm_button(text: str, name: str = "", scale: float = 1.1) -> QPushButton:
    button = CalmButton(text, scale)
    button.setAccessibleName(name or text.replace("&", ""))
    return button


def danger_line() -> CalmLabel:
    """The one gentle sentence about emergencies, the same wherever it is shown."""
    label = CalmLabel(
        QApplication.translate(
            "support", "If you are in danger now, call your local emergency number."
        ),
        1.05,
    )
    label.setObjectName("danger_line")
    return label


def link_row(page: QWidget, *links: tuple[str, str]) -> tuple[QHBoxLayout, dict[str, QPushButton]]:
    """Buttons that open another support page in one step, through ``page.navigate(key)``.

    ``links`` are (button text, page key); returns the row and the buttons by key.
    """
    row = QHBoxLayout()
    buttons: dict[str, QPushButton] = {}
    for text, key in links:
        button = calm_button(text)
        button.clicked.connect(lambda _checked=False, k=key: page.navigate.emit(k))  # type: ignore[attr-defined]
        row.addWidget(button)
        buttons[key] = button
    row.addStretch(1)
    return row, buttons
