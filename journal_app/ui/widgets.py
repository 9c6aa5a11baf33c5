"""Small shared widgets for the pages: a scale picker, a person picker, emotion words.

Each takes one tab stop and works fully from the keyboard.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QDate, QEvent, QRect, QSize, QStringListModel, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QButtonGroup,
    QCompleter,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.emotions import EMOTION_WORDS
from journal_app.domain.records import Person
from journal_app.ui.labels import emotion_label
from journal_app.ui.theme import Heading, attention_color, follow_app_font


class _ChoiceButtons(QWidget):
    """A row of choice buttons: the chosen one is marked in the highlight colour and bold,
    plain to see in any theme."""

    def _choice_buttons(self) -> list[QToolButton]:
        raise NotImplementedError

    def _chosen_button(self) -> QToolButton | None:
        raise NotImplementedError

    def _mark_choice(self) -> None:
        base = self.palette()
        chosen = self._chosen_button()
        for button in self._choice_buttons():
            if button is chosen:
                marked = QPalette(base)
                marked.setColor(QPalette.ColorRole.Button, base.color(QPalette.ColorRole.Highlight))
                marked.setColor(
                    QPalette.ColorRole.ButtonText, base.color(QPalette.ColorRole.HighlightedText)
                )
                button.setPalette(marked)
                bold = QFont(self.font())
                bold.setBold(True)
                button.setFont(bold)
            else:
                button.setPalette(QPalette())  # inherit again
                button.setFont(QFont())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._mark_choice()


class ScalePicker(_ChoiceButtons):
    """A row of numbers, ``low`` to ``high``, one of which may be chosen.

    Keyboard: a digit picks that number (``1`` then ``0`` quickly picks 10, and
    on a 1–10 scale ``0`` alone picks 10); arrows step; Home/End jump to the
    ends; Delete or Backspace clears an optional scale. The buttons take no
    focus of their own, so the whole scale is one tab stop.

    Signals:
        valueChanged(object): the new value, an int or None.
    """

    valueChanged = Signal(object)

    _TEN_WINDOW = 1.0  # seconds within which "1" then "0" means 10

    def __init__(
        self,
        low: int,
        high: int,
        *,
        optional: bool = False,
        low_hint: str = "",
        high_hint: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.low, self.high, self.optional = low, high, optional
        self._value: int | None = None
        self._last_digit: tuple[int, float] | None = None
        self._syncing = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(3, 3, 3, 3)
        outer.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(2)
        outer.addLayout(row)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        self._buttons: dict[int, QToolButton] = {}
        for number in range(low, high + 1):
            button = QToolButton(self)
            button.setText(str(number))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(str(number))
            button.setMinimumSize(QSize(30, 28))
            # Toggled, not clicked: a screen reader's "toggle" action changes the
            # check without a click, and must choose the number all the same.
            button.toggled.connect(lambda checked, n=number: self._toggled(n, checked))
            button.clicked.connect(self._take_focus)
            self._group.addButton(button, number)
            self._buttons[number] = button
            row.addWidget(button)
        if low_hint or high_hint:
            hints = QHBoxLayout()
            hints.setContentsMargins(2, 0, 2, 0)
            for text, align in (
                (low_hint, Qt.AlignmentFlag.AlignLeft),
                (high_hint, Qt.AlignmentFlag.AlignRight),
            ):
                label = QLabel(text, self)
                label.setAlignment(align)
                label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
                follow_app_font(label, 0.9)
                hints.addWidget(label)
            outer.addLayout(hints)
        self._describe()

    # -- value -----------------------------------------------------------------

    def value(self) -> int | None:
        return self._value

    def setValue(self, value: int | None) -> None:
        if value is not None and not self.low <= value <= self.high:
            return
        if value is None and not self.optional and self._value is not None:
            return
        self._show_checked(value)
        if value != self._value:
            self._value = value
            self._describe()
            self._mark_choice()
            self.valueChanged.emit(value)

    def clear(self) -> None:
        """Back to no choice (for a fresh form), required or not."""
        self._show_checked(None)
        if self._value is not None:
            self._value = None
            self._describe()
            self._mark_choice()
            self.valueChanged.emit(None)

    def _choice_buttons(self) -> list[QToolButton]:
        return list(self._buttons.values())

    def _chosen_button(self) -> QToolButton | None:
        return self._buttons.get(self._value) if self._value is not None else None

    def _show_checked(self, value: int | None) -> None:
        """Check the button of ``value`` only (without reacting to our own toggles)."""
        self._syncing = True
        try:
            for number, button in self._buttons.items():
                button.setChecked(number == value)
        finally:
            self._syncing = False

    def _toggled(self, number: int, checked: bool) -> None:
        if self._syncing:
            return
        if checked:
            self.setValue(number)
        elif number == self._value and self.optional:
            self.setValue(None)
        else:  # a required choice is changed, never undone
            self._show_checked(self._value)

    @Slot()
    def _take_focus(self) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def _describe(self) -> None:
        if self._value is None:
            text = self.tr("not chosen, from {low} to {high}").format(low=self.low, high=self.high)
        else:
            text = self.tr("{value} of {high}").format(value=self._value, high=self.high)
        self.setAccessibleDescription(text)

    # -- keyboard --------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self._digit(int(text))
            event.accept()
            return
        current = self._value
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            self.setValue(self.low if current is None else min(current + 1, self.high))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus):
            self.setValue(self.high if current is None else max(current - 1, self.low))
        elif key == Qt.Key.Key_Home:
            self.setValue(self.low)
        elif key == Qt.Key.Key_End:
            self.setValue(self.high)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.optional:
            self.setValue(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _digit(self, digit: int) -> None:
        now = time.monotonic()
        previous = self._last_digit
        self._last_digit = (digit, now)
        if (
            digit == 0
            and previous is not None
            and previous[0] == 1
            and now - previous[1] <= self._TEN_WINDOW
            and self.low <= 10 <= self.high
        ) or (digit == 0 and self.low > 0 and self.high == 10):
            self.setValue(10)
        else:
            self.setValue(digit)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 4, 4)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()


class ToggleRow(_ChoiceButtons):
    """A row of toggle buttons of which at most one is on, and which can be cleared again.

    Each button is its own tab stop with its own name; Space or a click turns
    it on (and the others off), or off again.

    Signals:
        valueChanged(object): the new value, or None.
    """

    valueChanged = Signal(object)

    def __init__(
        self, choices: list[tuple[object, str, str]], parent: QWidget | None = None
    ) -> None:
        """``choices``: (value, the button's short text, its full name for screen readers)."""
        super().__init__(parent)
        self._values = [value for value, _text, _name in choices]
        self._value: object | None = None
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.buttons: list[QToolButton] = []
        for value, text, name in choices:
            button = QToolButton(self)
            button.setText(text)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAccessibleName(name)
            button.setToolTip(name)
            button.setMinimumHeight(28)
            button.clicked.connect(lambda _checked=False, v=value: self._clicked(v))
            row.addWidget(button)
            self.buttons.append(button)

    def value(self) -> object | None:
        return self._value

    def setValue(self, value: object | None) -> None:
        if value is not None and value not in self._values:
            return
        for choice, button in zip(self._values, self.buttons, strict=True):
            button.setChecked(choice == value)
        if value != self._value:
            self._value = value
            self._mark_choice()
            self.valueChanged.emit(value)

    def clear(self) -> None:
        self.setValue(None)

    def _clicked(self, value: object) -> None:
        self.setValue(None if value == self._value else value)

    def _choice_buttons(self) -> list[QToolButton]:
        return self.buttons

    def _chosen_button(self) -> QToolButton | None:
        if self._value is None:
            return None
        return self.buttons[self._values.index(self._value)]


class PersonPicker(QLineEdit):
    """A name typed or picked from the support map, with autocomplete.

    Signals:
        personMatched(object): the ``Person`` whose name was typed or picked.
    """

    personMatched = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: dict[str, Person] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("A name, nickname or initials (optional)"))
        self.setClearButtonEnabled(True)
        self.textChanged.connect(self._matched)
        completer.activated.connect(self._matched)

    def set_people(self, people: Iterable[Person]) -> None:
        self._people = {p.name.casefold(): p for p in people}
        self._model.setStringList(sorted((p.name for p in self._people.values()), key=str.casefold))

    def person_name(self) -> str | None:
        """The name as typed, or None when the field is empty."""
        name = self.text().strip()
        return name or None

    def known_person(self) -> Person | None:
        name = self.person_name()
        return None if name is None else self._people.get(name.casefold())

    @Slot(str)
    def _matched(self, _text: str = "") -> None:
        person = self.known_person()
        if person is not None:
            self.personMatched.emit(person)


class EmotionPicker(QListWidget):
    """The emotion words as one list of check boxes: arrows move, Space ticks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # Always as tall as its words (see _fit_height), so it never scrolls.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for word in EMOTION_WORDS:
            item = QListWidgetItem(emotion_label(word), self)
            item.setData(Qt.ItemDataRole.UserRole, word)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
        self.itemChanged.connect(self._mark)
        self._fit = QTimer(self)
        self._fit.setSingleShot(True)
        self._fit.setInterval(0)
        self._fit.timeout.connect(self._fit_height)
        self._update_grid()

    def words(self) -> tuple[str, ...]:
        return tuple(
            str(self.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        )

    def set_words(self, words: Iterable[str]) -> None:
        chosen = set(words)
        for i in range(self.count()):
            item = self.item(i)
            word = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if word in chosen else Qt.CheckState.Unchecked)

    @Slot(QListWidgetItem)
    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click on the word ticks it too, not only a click on its box.

        (Not on "activated": Enter activates the current word, and Enter saves.)
        """
        item = self.itemAt(event.position().toPoint())
        before = item.checkState() if item is not None else None
        super().mouseReleaseEvent(event)
        if (
            item is not None
            and event.button() == Qt.MouseButton.LeftButton
            and item.checkState() == before
        ):
            self._toggle(item)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit.start()

    @Slot(QListWidgetItem)
    def _mark(self, item: QListWidgetItem) -> None:
        """A ticked word is also shown bold on a soft highlight, whatever the palette."""
        checked = item.checkState() == Qt.CheckState.Checked
        font = QFont(self.font())
        font.setBold(checked)
        tint = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        tint.setAlpha(70)
        self.blockSignals(True)
        item.setFont(font)
        item.setBackground(QBrush(tint) if checked else QBrush())
        self.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._update_grid()
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            for i in range(self.count()):
                self._mark(self.item(i))

    def _update_grid(self) -> None:
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.item(i).text()) for i in range(self.count()))
        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        self.setGridSize(QSize(widest + indicator + 24, metrics.height() + 8))
        self._fit.start()

    @Slot()
    def _fit_height(self) -> None:
        """Tall enough to show every word without scrolling, at the current width."""
        grid = self.gridSize()
        usable = max(self.viewport().width(), grid.width())
        per_row = max(usable // grid.width(), 1)
        rows = -(-self.count() // per_row)
        wanted = rows * grid.height() + 2 * self.frameWidth() + 6
        if self.height() != wanted:
            self.setFixedHeight(wanted)
        self.scrollToTop()


class DateTimeEdit(QDateTimeEdit):
    """A date and time field that Tab leaves at once (arrows move between its parts)."""

    def __init__(self, parent: QWidget | None = None, *, with_time: bool = True) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd  HH:mm" if with_time else "yyyy-MM-dd")
        # The years a record may have (see domain.records._check_moment).
        self.setDateRange(QDate(1900, 1, 1), QDate(2999, 12, 31))

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class FieldError(QLabel):
    """A quiet line under a field that says, in words, what it needs.

    In a warm colour of its own (``theme.attention_color``), readable in light
    and dark, never red and never the blue of a link.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._colour()
        self.hide()

    def _colour(self) -> None:
        own = QPalette()  # only the text colour is its own; the rest follows the theme
        own.setColor(QPalette.ColorRole.WindowText, attention_color(self.palette()))
        self.setPalette(own)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._recolouring:
            self._recolouring = True
            try:
                self._colour()
            finally:
                self._recolouring = False

    _recolouring = False

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()


class WrappedLines(QStyledItemDelegate):
    """Rows of a list sized for their wrapped text at the list's own width.

    Qt's own measure wraps at a width a little wider than it then draws at,
    so a row's last line was cut short with "…" ("calm, …" for "calm,
    angry"); here every line is measured where it will be drawn.
    """

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        hint = super().sizeHint(option, index)
        style = self._view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self._view) + 1
        width = self._view.viewport().width() - 2 * self._view.spacing() - 2 * margin - 4
        if width <= 0:
            return hint
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        metrics = QFontMetrics(option.font)
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft)
        needed = metrics.boundingRect(QRect(0, 0, width, 100_000), flags, text).height()
        return QSize(hint.width(), max(hint.height(), needed + 2 * margin + 2))


def wrap_rows(view: QListView) -> None:
    """Long rows wrap at the list's width, measured where they are drawn, never cut off."""
    view.setWordWrap(True)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setItemDelegate(WrappedLines(view))


class ButtonRow(QWidget):
    """Buttons side by side, or one above the other when the row is too narrow for them.

    Long button words with larger text in a small window would otherwise push
    the whole page wider than the window.
    """

    def __init__(self, buttons: Iterable[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(8)
        self._buttons = list(buttons)
        for button in self._buttons:
            self._row.addWidget(button)
        self._row.addStretch(1)

    def _side_by_side(self) -> int:
        return sum(b.sizeHint().width() for b in self._buttons) + 8 * (len(self._buttons) - 1)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(b.sizeHint().width() for b in self._buttons), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if event.size().width() >= self._side_by_side()
            else QBoxLayout.Direction.TopToBottom
        )
        if self._row.direction() != wanted:
            self._row.setDirection(wanted)


def tab_after(anchor: QWidget, container: QWidget) -> None:
    """Put the controls of ``container`` in the tab chain right after ``anchor``.

    A widget made after the rest of its page (an inline form opened later)
    joins the end of the window's chain; Tab would reach it last, far from
    where it is drawn. Qt's ``setTabOrder`` ignores widgets that take no
    focus, so the container's own controls are chained one by one (a
    compound control, a date field say, moves with its inner parts).
    """
    controls: list[QWidget] = []
    widget = container.nextInFocusChain()
    while widget is not None and widget is not container and container.isAncestorOf(widget):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not any(
            c.isAncestorOf(widget) for c in controls
        ):
            controls.append(widget)
        widget = widget.nextInFocusChain()
    previous = anchor
    for control in controls:
        QWidget.setTabOrder(previous, control)
        previous = control


def heading(text: str, parent: QWidget | None = None, *, scale: float = 1.25) -> Heading:
    """A section title, a little larger and bold; follows the app's text size."""
    return Heading(text, scale, parent)


def quiet_label(text: str, parent: QWidget | None = None) -> QLabel:
    """Secondary text: the palette's softer colour, wrapped."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label
