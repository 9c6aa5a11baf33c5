"""Small building blocks the shell's screens share: wrapped text, button rows, fields.

Plain functions that return a configured widget or layout, so every screen
builds the same thing the same way (and a fix lands everywhere at once).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, Qt, Slot
from PySide6.QtGui import (
    QAction,
    QColor,
    QIcon,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.ui.theme import Heading


def wrap_label(text: str = "") -> QLabel:
    """A label whose text wraps to the width it gets."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def text_page(heading: str, *paragraphs: str) -> tuple[QWidget, QVBoxLayout]:
    """A page that opens with a heading and a few wrapped paragraphs; add the rest to its layout."""
    page = QWidget()
    lay = QVBoxLayout(page)
    lay.addWidget(Heading(heading))
    for text in paragraphs:
        lay.addWidget(wrap_label(text))
    return page, lay


def right_row(*widgets: QWidget) -> QHBoxLayout:
    """Buttons at the end of the row, where the eye finishes reading."""
    row = QHBoxLayout()
    row.addStretch(1)
    for w in widgets:
        row.addWidget(w)
    return row


def apart_row(start: QWidget, end: QWidget) -> QHBoxLayout:
    """A way back at the start of the row, the way on at its end."""
    row = QHBoxLayout()
    row.addWidget(start)
    row.addStretch(1)
    row.addWidget(end)
    return row


def left_row(*widgets: QWidget) -> QHBoxLayout:
    """Widgets at the start of the row, the rest of it left free."""
    row = QHBoxLayout()
    for w in widgets:
        row.addWidget(w)
    row.addStretch(1)
    return row


def hidden_row(row: QHBoxLayout) -> QWidget:
    """A row shown and hidden as one (hidden to start), with no margins of its own."""
    row.setContentsMargins(0, 0, 0, 0)
    holder = QWidget()
    holder.setLayout(row)
    holder.hide()
    return holder


def password_field(name: str) -> QLineEdit:
    """A line edit that shows dots, with its accessible name and a "show passphrase" eye."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    ShowPassphrase(field)
    return field


def _eye_icon(color: QColor, *, crossed: bool, size: int = 32) -> QIcon:
    """An eye (open: the text is hidden, press to show; crossed: shown, press to hide)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(color, size / 14)
    painter.setPen(pen)
    s = float(size)
    outline = QPainterPath(QPointF(s * 0.08, s * 0.5))
    outline.quadTo(QPointF(s * 0.5, s * 0.12), QPointF(s * 0.92, s * 0.5))
    outline.quadTo(QPointF(s * 0.5, s * 0.88), QPointF(s * 0.08, s * 0.5))
    painter.drawPath(outline)
    painter.setBrush(color)
    painter.drawEllipse(QRectF(s * 0.38, s * 0.38, s * 0.24, s * 0.24))
    if crossed:
        painter.drawLine(QPointF(s * 0.18, s * 0.85), QPointF(s * 0.82, s * 0.15))
    painter.end()
    return QIcon(pixmap)


class ShowPassphrase(QObject):
    """The eye at the end of a passphrase field: shows what is typed, and hides it again.

    Its button is a tab stop of its own (Space toggles it), named for a screen
    reader. Emptying the field (a lock clears it) hides the text again, so a
    passphrase is never left showing for the next time.

    Typing while the eye has the focus (a passphrase typed, Tab, and "type it
    again") goes on into the next passphrase field in the Tab order, never back
    into this one, whose dots would hide the extra letters; with no such field
    the key is dropped.
    """

    def __init__(self, field: QLineEdit) -> None:
        super().__init__(field)
        self._field = field
        self.action = QAction(field)
        self.action.setCheckable(True)
        self.action.toggled.connect(self._toggled)
        field.addAction(self.action, QLineEdit.ActionPosition.TrailingPosition)
        self.button = next(
            b for b in field.findChildren(QToolButton) if b.defaultAction() is self.action
        )
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.button.installEventFilter(self)
        field.textChanged.connect(self._text_changed)
        field.installEventFilter(self)
        self._toggled(False)

    @property
    def shown(self) -> bool:
        return self.action.isChecked()

    @Slot(bool)
    def _toggled(self, shown: bool) -> None:
        self._field.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        words = (
            QCoreApplication.translate("layout", "Hide the passphrase")
            if shown
            else QCoreApplication.translate("layout", "Show the passphrase")
        )
        self.action.setText(words)
        self.action.setToolTip(words)
        self.button.setAccessibleName(words)
        self._paint()

    def _paint(self) -> None:
        color = self._field.palette().color(QPalette.ColorRole.Text)
        self.action.setIcon(_eye_icon(color, crossed=self.shown))

    @Slot(str)
    def _text_changed(self, text: str) -> None:
        if not text and self.shown:
            self.action.setChecked(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange:
            self._paint()
        if (
            watched is self.button
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.text().isprintable()
            and event.text().strip()
        ):
            following = self._next_passphrase_field()
            if following is not None:
                following.setFocus(Qt.FocusReason.TabFocusReason)
                following.insert(event.text())
            return True
        return False

    def _next_passphrase_field(self) -> QLineEdit | None:
        """The passphrase field the Tab key would reach next, if it comes before any other stop."""
        widget = self.button.nextInFocusChain()
        while widget is not None and widget is not self.button:
            if (
                widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                if (
                    isinstance(widget, QLineEdit)
                    and widget.echoMode() == QLineEdit.EchoMode.Password
                ):
                    return widget
                return None
            widget = widget.nextInFocusChain()
        return None


def labelled(text: str, field: QWidget) -> QLabel:
    """The label above a field; its mnemonic (``&``) moves the focus to the field."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


def busy_bar(name: str) -> QProgressBar:
    """A thin bar that moves while slow work runs; hidden until then."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(6)
    bar.setAccessibleName(name)
    bar.hide()
    return bar
