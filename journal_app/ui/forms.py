"""The record forms: mood, connection, time alone, boundary, journal entry.

One form both adds a record and edits one (``load``). A form builds a domain
record, which validates itself; any ``ValidationError`` is shown in words under
the field it names, and nothing is stored. The store adds a new person named
in a record in the same transaction as the record, so nothing is half-saved.

Enter saves (except inside the entry text), Escape cancels.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDateTime, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QHideEvent, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.records import (
    AnyRecord,
    BoundaryPractice,
    BoundaryType,
    Circle,
    ConnectionMoment,
    ContactMode,
    JournalEntry,
    MoodCheckIn,
    Outcome,
    Person,
    RecordKind,
    SessionReflection,
    Support,
    TimeAlone,
    local_now,
)
from journal_app.domain.validation import MAX_LINE_TEXT, ValidationError
from journal_app.errors import KnownError
from journal_app.services.journal import Journal
from journal_app.ui.labels import (
    boundary_label,
    circle_hint,
    circle_label,
    mode_label,
    support_label,
)
from journal_app.ui.labels import outcome_label as outcome_text
from journal_app.ui.widgets import (
    DateTimeEdit,
    EmotionPicker,
    FieldError,
    PersonPicker,
    ScalePicker,
    ToggleRow,
    quiet_label,
)
from journal_app.words import bring_up_label, reflection_question

CLOCK_MS = 20_000  # how often an untouched "When" catches up with the clock


class FormError(ValidationError):
    """A field the form itself checks; the message is already in the user's words."""

    def __init__(self, field: str, words: str) -> None:
        super().__init__(field, words)
        self.words = words


def _to_local(value: QDateTime) -> datetime:
    """A QDateTimeEdit value as an aware local datetime (offset of that moment)."""
    naive = value.toPython()
    assert isinstance(naive, datetime)
    return naive.replace(second=0, microsecond=0).astimezone()


def _to_qt(at: datetime) -> QDateTime:
    return QDateTime(at.year, at.month, at.day, at.hour, at.minute, 0)


def enum_combo(
    values: list[Any], label: Any, *, placeholder: str = "", none_text: str = ""
) -> QComboBox:
    """A combo box over enum members; ``none_text`` adds a first "not set" choice."""
    combo = QComboBox()
    if none_text:
        combo.addItem(none_text, None)
    for value in values:
        combo.addItem(label(value), value.value)
    if placeholder:
        combo.setPlaceholderText(placeholder)
        combo.setCurrentIndex(-1)
    return combo


def combo_value(combo: QComboBox) -> str | None:
    data = combo.currentData()
    return None if data is None else str(data)


def set_combo_value(combo: QComboBox, value: str | None) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else (0 if combo.findData(None) == 0 else -1))


def parse_minutes(field: str, text: str) -> int:
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError(field, QCoreApplication.translate("forms", "is needed"))
    if not cleaned.isdigit():
        raise ValidationError(field, QCoreApplication.translate("forms", "must be a whole number"))
    return int(cleaned)


def _on_edit(widget: QWidget, slot: Callable[[], None]) -> None:
    """Call ``slot`` when the person changes ``widget`` (typing, choosing, toggling)."""

    def edited(*_args: object) -> None:
        slot()

    if isinstance(widget, QLineEdit):
        widget.textEdited.connect(edited)
    elif isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(edited)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(edited)
    elif isinstance(widget, QAbstractButton):
        widget.toggled.connect(edited)
    else:  # the app's own pickers, spin boxes and date fields; or a row of choices
        for name in ("valueChanged", "dateTimeChanged"):
            signal = getattr(widget, name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(edited)
                return
        for button in widget.findChildren(QAbstractButton):
            button.toggled.connect(edited)


class RecordForm(QWidget):
    """What every form has: its fields, then when, a note, share, Save and Cancel.

    Signals:
        saved(object): the record that was added or changed.
        cancelled(): the user closed the form without saving.
    """

    saved = Signal(object)
    cancelled = Signal()

    kind: RecordKind

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        *,
        save_text: str = "",
        show_cancel: bool = True,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._editing: AnyRecord | None = None
        self._time_touched = False
        # Asked before Cancel throws away what is typed; None means just cancel.
        self.may_cancel: Callable[[], bool] | None = None
        self._errors: dict[str, FieldError] = {}
        self._fields: dict[str, QWidget] = {}
        self._rows: dict[str, QWidget] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.addLayout(self.form)

        self._build_fields()

        self.when = DateTimeEdit()
        self.when.dateTimeChanged.connect(self._time_changed)
        # While a new record's time is untouched, "When" keeps showing now.
        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_MS)
        self._clock.timeout.connect(self.follow_the_clock)
        self.note = self._note_widget()
        self.share = QCheckBox(self.tr("Share with my therapist"))
        self.add_row(self.tr("Note"), self.note, "note")
        self.add_row(self.tr("When"), self.when, "at")
        self.add_row("", self.share, "share")

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setVisible(show_cancel)
        self.save_button = QPushButton(save_text or self.tr("Save"))
        self.save_button.setAccessibleName(save_text or self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        self.form_error = FieldError()
        outer.addWidget(self.form_error)
        outer.addLayout(buttons)
        self.reset()

    # -- building --------------------------------------------------------------

    def _build_fields(self) -> None:
        """Subclasses add their own rows with ``add_row``."""

    def _note_widget(self) -> QLineEdit | QPlainTextEdit:
        note = QLineEdit()
        note.setPlaceholderText(self.tr("Anything you want to remember (optional)"))
        return note

    def add_row(self, label: str, widget: QWidget, field: str) -> QWidget:
        """A labelled field with its own quiet error line beneath it; returns the row's box."""
        box = QWidget()
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        if widget.sizePolicy().expandingDirections() & Qt.Orientation.Horizontal:
            column.addWidget(widget)
        else:  # a combo box or a scale keeps its own width; its error line may be wider
            column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        error = FieldError()
        column.addWidget(error)
        self._errors[field] = error
        self._fields[field] = widget
        self._rows[field] = box
        _on_edit(widget, lambda: self._clear_error(field))
        if not widget.accessibleName():
            widget.setAccessibleName(label or _button_text(widget))
        if label:
            title = QLabel(label)
            title.setBuddy(widget)
            self.form.addRow(title, box)
        else:
            self.form.addRow(box)
        return box

    def first_field(self) -> QWidget:
        return next(iter(self._fields.values()))

    # -- state -----------------------------------------------------------------

    def reset(self) -> None:
        """An empty form for a new record, its time "now"."""
        self._editing = None
        self._clear_fields()
        self.note.clear()
        self.share.setChecked(False)
        self._set_time(local_now())
        self._time_touched = False
        self.clear_errors()
        self.form.setRowVisible(self._rows["note"], self.note_wanted(None))

    def load(self, record: AnyRecord) -> None:
        """Fill the form from ``record``; Save then changes it instead of adding."""
        self.reset()
        self._editing = record
        self._fill(record)
        self.set_note_text(record.note)
        self.share.setChecked(record.share)
        self._set_time(record.at)
        self._time_touched = False
        self.form.setRowVisible(self._rows["note"], self.note_wanted(record))

    @Slot()
    def follow_the_clock(self) -> None:
        """ "When" shows now (to the minute) for a new record whose time is untouched."""
        if self._editing is None and not self._time_touched:
            self._set_time(local_now())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.follow_the_clock()
        self._clock.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._clock.stop()

    def note_wanted(self, record: AnyRecord | None) -> bool:
        """Whether this form shows a Note field (for a new record when ``record`` is None)."""
        return True

    @property
    def editing(self) -> AnyRecord | None:
        return self._editing

    def set_people(self, people: list[Person]) -> None:
        """The support map changed: refresh any person pickers."""

    def _clear_fields(self) -> None:
        raise NotImplementedError

    def _fill(self, record: AnyRecord) -> None:
        raise NotImplementedError

    def _kind_fields(self) -> dict[str, Any]:
        """The kind's own values from the widgets; may raise ValidationError."""
        raise NotImplementedError

    def note_text(self) -> str:
        if isinstance(self.note, QPlainTextEdit):
            return self.note.toPlainText()
        return self.note.text()

    def set_note_text(self, text: str) -> None:
        if isinstance(self.note, QPlainTextEdit):
            self.note.setPlainText(text)
        else:
            self.note.setText(text)

    def _set_time(self, at: datetime) -> None:
        self.when.blockSignals(True)
        self.when.setDateTime(_to_qt(at))
        self.when.blockSignals(False)

    @Slot()
    def _time_changed(self) -> None:
        self._time_touched = True

    def _moment(self) -> datetime:
        if not self._time_touched:
            return self._editing.at if self._editing is not None else local_now()
        return _to_local(self.when.dateTime())

    # -- saving ----------------------------------------------------------------

    def build(self) -> AnyRecord:
        """The record the form describes; raises ValidationError naming a field."""
        common = {"at": self._moment(), "note": self.note_text(), "share": self.share.isChecked()}
        values = {**self._kind_fields(), **common}
        if self._editing is not None:
            return self._editing.edited(**values)
        return _RECORD_TYPES[self.kind](**values)

    @Slot()
    def save(self) -> AnyRecord | None:
        """Validate and store; on a problem, say so under the field and store nothing."""
        self.clear_errors()
        try:
            record = self.build()
            if self._editing is not None:
                record = self._journal.update(record)
            else:
                record = self._journal.add(record)
        except ValidationError as exc:
            self.show_error(exc)
            return None
        except KnownError as exc:  # the disk is full, say: what is typed stays in the form
            self.form_error.show_message(str(exc))
            return None
        self.saved.emit(record)
        return record

    @Slot()
    def cancel(self) -> None:
        """Close without saving, if ``may_cancel`` (set by the page) agrees."""
        if self.may_cancel is not None and not self.may_cancel():
            return
        self.reset()
        self.cancelled.emit()

    # -- errors ----------------------------------------------------------------

    def field_message(self, field: str) -> str:
        """What a field needs, in plain words; subclasses add their own."""
        messages = {
            "at": self.tr("Pick a date and time for this."),
            "note": self.tr("This note is too long to keep in one piece."),
            "person": self.tr("A name can be a nickname or initials, on one line."),
        }
        return messages.get(field, "")

    def show_error(self, exc: ValidationError) -> None:
        if isinstance(exc, FormError):
            words = exc.words
        else:
            words = self.field_message(exc.field) or str(exc)
        label = self._errors.get(exc.field)
        if label is None:
            self.form_error.show_message(words)
            return
        label.show_message(words)
        widget = self._fields[exc.field]
        widget.setAccessibleDescription(words)
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:  # a group: its first control
            focusable = [
                child
                for child in widget.findChildren(QWidget)
                if child.focusPolicy() & Qt.FocusPolicy.TabFocus
            ]
            widget = focusable[0] if focusable else widget
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_error(self, field: str) -> None:
        """The person changed ``field``: its message has done its work."""
        label = self._errors[field]
        if label.text():
            label.clear_message()
            self._fields[field].setAccessibleDescription("")

    def clear_errors(self) -> None:
        self.form_error.clear_message()
        for field, label in self._errors.items():
            if label.isVisibleTo(self) or label.text():
                label.clear_message()
                self._fields[field].setAccessibleDescription("")

    def error_text(self, field: str) -> str:
        """The message shown under ``field`` (empty when none); for tests and screen readers."""
        label = self._errors.get(field)
        return label.text() if label is not None else self.form_error.text()

    # -- layout ----------------------------------------------------------------

    NARROW = 560  # below this width, labels go above their fields

    def _widths(self) -> tuple[int, int]:
        """The narrowest the rows can be side by side, and with labels above their fields."""
        labels, fields, spanning = [0], [0], [0]
        for row in range(self.form.rowCount()):
            for role, found in (
                (QFormLayout.ItemRole.LabelRole, labels),
                (QFormLayout.ItemRole.FieldRole, fields),
                (QFormLayout.ItemRole.SpanningRole, spanning),
            ):
                item = self.form.itemAt(row, role)
                widget = item.widget() if item is not None else None
                if widget is not None and not widget.isHidden():
                    found.append(widget.minimumSizeHint().width())
        margins = self.form.contentsMargins()
        edge = margins.left() + margins.right()
        side = max(labels) + max(self.form.horizontalSpacing(), 0) + max(fields)
        return max(side, *spanning) + edge, max(*labels, *fields, *spanning) + edge

    def minimumSizeHint(self) -> QSize:
        """As narrow as the rows can be with labels above their fields (larger text, 800 px)."""
        hint = super().minimumSizeHint()
        buttons = self.cancel_button.sizeHint().width() + self.save_button.sizeHint().width()
        return QSize(max(self._widths()[1], buttons + 12), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        side_by_side = self._widths()[0]
        wanted = (
            QFormLayout.RowWrapPolicy.WrapAllRows
            if event.size().width() < max(self.NARROW, side_by_side)
            else QFormLayout.RowWrapPolicy.DontWrapRows
        )
        if self.form.rowWrapPolicy() != wanted:
            self.form.setRowWrapPolicy(wanted)

    # -- keyboard --------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):  # Save or Cancel: that button
                focused.click()
            else:
                self.save()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self.cancel_button.isVisible():
            self.cancel()
            event.accept()
            return
        super().keyPressEvent(event)


def _button_text(widget: QWidget) -> str:
    return widget.text() if isinstance(widget, QAbstractButton) else ""


class MoodForm(RecordForm):
    kind = RecordKind.MOOD

    def _build_fields(self) -> None:
        self.score = ScalePicker(
            1, 10, low_hint=self.tr("very low"), high_hint=self.tr("very good")
        )
        self.distress = ScalePicker(
            0, 10, optional=True, low_hint=self.tr("none"), high_hint=self.tr("a great deal")
        )
        self.emotions = EmotionPicker()
        self.add_row(self.tr("Mood"), self.score, "score")
        self.add_row(self.tr("Distress (optional)"), self.distress, "distress")
        self.add_row(self.tr("Words for it (optional)"), self.emotions, "emotions")

    def field_message(self, field: str) -> str:
        return {
            "score": self.tr("Pick how you feel: 1 is very low, 10 is very good."),
            "distress": self.tr("Distress goes from 0 to 10, or leave it empty."),
        }.get(field) or super().field_message(field)

    def _clear_fields(self) -> None:
        self.score.clear()
        self.distress.clear()
        self.emotions.set_words(())
        self.emotions.setCurrentRow(0)

    def _fill(self, record: AnyRecord) -> None:
        assert isinstance(record, MoodCheckIn)
        self.score.setValue(record.score)
        self.distress.setValue(record.distress)
        self.emotions.set_words(record.emotions)

    def _kind_fields(self) -> dict[str, Any]:
        if self.score.value() is None:
            raise FormError("score", self.field_message("score"))
        return {
            "score": self.score.value(),
            "distress": self.distress.value(),
            "emotions": self.emotions.words(),
        }


class _PersonMixin:
    """Person picker + circle: a known name sets the circle; a new one joins it.

    A quiet line under the name says where a person stands: someone new
    joins the support map in the circle chosen (or, in a boundary with no
    circle, is kept off the map); someone off the map stays off it.
    """

    person: PersonPicker
    circle: QComboBox
    person_hint: QLabel
    # From RecordForm and QWidget, which every form with a person also is.
    form: QFormLayout
    add_row: Callable[[str, QWidget, str], QWidget]
    if TYPE_CHECKING:

        def tr(self, text: str, /, disambiguation: str | None = ..., n: int = ...) -> str: ...

    def _person_rows(self, label: str) -> None:
        self.person = PersonPicker()
        self.person.personMatched.connect(self._person_matched)
        self.add_row(label, self.person, "person")
        self.person_hint = quiet_label("")
        self.person_hint.hide()
        self.form.addRow(self.person_hint)
        self.person.textChanged.connect(self._update_person_hint)

    def _person_matched(self, person: Person) -> None:
        if person.circle is not None:
            set_combo_value(self.circle, person.circle.value)

    def set_people(self, people: list[Person]) -> None:
        self.person.set_people(people)
        self._update_person_hint()

    def _new_person_hint(self, name: str, circle: str | None) -> str:
        if circle is None:
            return ""
        return self.tr("{name} is new here and will join your support map in {circle}.").format(
            name=name, circle=circle_label(Circle(circle))
        )

    def _off_map_hint(self, name: str) -> str:
        return self.tr("{name} is not on your support map, and stays off it.").format(name=name)

    @Slot()
    def _update_person_hint(self) -> None:
        name = self.person.person_name()
        known = self.person.known_person()
        if name is None:
            text = ""
        elif known is None:
            text = self._new_person_hint(name, combo_value(self.circle))
        elif known.circle is None:
            text = self._off_map_hint(known.name)
        else:
            text = ""
        self.person_hint.setText(text)
        self.person_hint.setVisible(bool(text))


def _circle_combo(*, optional: bool, placeholder: str, none_text: str) -> QComboBox:
    combo = enum_combo(
        list(Circle),
        circle_label,
        placeholder="" if optional else placeholder,
        none_text=none_text if optional else "",
    )
    for index in range(combo.count()):
        value = combo.itemData(index)
        if value is not None:
            combo.setItemData(index, circle_hint(Circle(value)), Qt.ItemDataRole.ToolTipRole)
    return combo


class ConnectionForm(_PersonMixin, RecordForm):
    """A moment of connection; with a professional, an optional reflection on the session.

    The reflection's rows show only while the circle is professional; with any
    other circle they are hidden and nothing in them is saved.
    """

    kind = RecordKind.CONNECTION

    def _build_fields(self) -> None:
        self.circle = _circle_combo(
            optional=False, placeholder=self.tr("Choose a circle"), none_text=""
        )
        self.minutes = QLineEdit()
        self.minutes.setPlaceholderText(self.tr("0 to 1440"))
        self.minutes.setMaximumWidth(160)
        self.mode = enum_combo(list(ContactMode), mode_label)
        self.felt_safe = ScalePicker(
            1, 5, optional=True, low_hint=self.tr("not safe"), high_hint=self.tr("very safe")
        )
        self.initiated = QCheckBox(self.tr("I reached out"))
        self.support = ToggleRow(
            [
                (s, short, support_label(s))
                for s, short in zip(Support, self._support_words(), strict=True)
            ]
        )
        self.support.setAccessibleName(self.tr("Support (optional)"))
        self._person_rows(self.tr("Who (optional)"))
        self.add_row(self.tr("Circle"), self.circle, "circle")
        self.add_row(self.tr("How"), self.mode, "mode")
        self.add_row(self.tr("Minutes"), self.minutes, "minutes")
        self.add_row(self.tr("Felt safe (optional)"), self.felt_safe, "felt_safe")
        self.add_row("", self.initiated, "initiated")
        self.add_row(self.tr("Support (optional)"), self.support, "support")
        self._build_reflection()
        self.circle.currentIndexChanged.connect(self._circle_changed)
        self.circle.currentIndexChanged.connect(self._update_person_hint)

    def _build_reflection(self) -> None:
        """The session rows; each question sits above its answers, across the form, so
        the long questions never widen the form (it must fit 800 px with larger text)."""
        title = QLabel(self.tr("After the session (optional)"))
        bold = QFont(title.font())
        bold.setBold(True)
        title.setFont(bold)
        intro = quiet_label(
            self.tr(
                "How it felt, from 0 (not at all) to 10 (completely): your own answers, "
                "to talk about together. Not a score."
            )
        )
        self.answers: dict[str, ScalePicker] = {
            key: ScalePicker(
                0,
                10,
                optional=True,
                low_hint=self.tr("not at all"),
                high_hint=self.tr("completely"),
            )
            for key in SessionReflection.QUESTIONS
        }
        self.bring_up = QLineEdit()
        self.bring_up.setMaxLength(MAX_LINE_TEXT)
        self.bring_up.setPlaceholderText(self.tr("A topic, a question, a worry (optional)"))
        self.share_bring_up = QCheckBox(self.tr("Share this topic with my therapist"))
        self.form.addRow(title)
        self.form.addRow(intro)
        self._reflection_rows: list[QWidget] = [title, intro]
        for key, scale in self.answers.items():
            self._reflection_rows.append(self._question_row(reflection_question(key), scale, key))
        self._reflection_rows.append(
            self._question_row(bring_up_label(), self.bring_up, "bring_up")
        )
        self._reflection_rows.append(self.add_row("", self.share_bring_up, "share_bring_up"))
        self._circle_changed()

    def _question_row(self, question: str, widget: QWidget, field: str) -> QWidget:
        """A question on its own line with its answer under it, as one row of the form."""
        block = QWidget()
        column = QVBoxLayout(block)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(2)
        label = QLabel(question)
        label.setWordWrap(True)
        label.setBuddy(widget)
        widget.setAccessibleName(question)
        column.addWidget(label)
        column.addWidget(widget)
        if widget.sizePolicy().expandingDirections() & Qt.Orientation.Horizontal:
            block.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        return self.add_row("", block, field)

    def _support_words(self) -> tuple[str, str, str]:
        """Short words for the buttons; each button's accessible name says it in full."""
        return self.tr("I gave"), self.tr("I received"), self.tr("Both ways")

    def is_session(self) -> bool:
        """Whether the contact is with a professional (so a reflection may be added)."""
        return combo_value(self.circle) == Circle.PROFESSIONAL.value

    @Slot()
    def _circle_changed(self) -> None:
        for row in self._reflection_rows:
            self.form.setRowVisible(row, self.is_session())

    def field_message(self, field: str) -> str:
        return {
            "circle": self.tr("Choose the circle this contact belongs to."),
            "minutes": self.tr("Minutes: a whole number from 0 to 1440."),
            "felt_safe": self.tr("Felt safe goes from 1 to 5, or leave it empty."),
            "bring_up": self.tr("Keep it to one line of up to {n} characters.").format(
                n=MAX_LINE_TEXT
            ),
        }.get(field) or super().field_message(field)

    def _clear_fields(self) -> None:
        self.circle.setCurrentIndex(-1)
        self.person.clear()
        self.minutes.clear()
        self.mode.setCurrentIndex(0)
        self.felt_safe.clear()
        self.initiated.setChecked(False)
        self.support.clear()
        for scale in self.answers.values():
            scale.clear()
        self.bring_up.clear()
        self.share_bring_up.setChecked(True)  # to share, unless the user unticks it

    def _fill(self, record: AnyRecord) -> None:
        assert isinstance(record, ConnectionMoment)
        self.person.setText(record.person or "")
        set_combo_value(self.circle, record.circle.value)
        self.minutes.setText(str(record.minutes))
        set_combo_value(self.mode, record.mode.value)
        self.felt_safe.setValue(record.felt_safe)
        self.initiated.setChecked(record.initiated)
        self.support.setValue(record.support)
        reflection = record.reflection
        if reflection is not None:
            for key, value in reflection.answers().items():
                self.answers[key].setValue(value)
            self.bring_up.setText(reflection.bring_up)
            self.share_bring_up.setChecked(reflection.share_bring_up)

    def _kind_fields(self) -> dict[str, Any]:
        circle = combo_value(self.circle)
        if circle is None:
            raise FormError("circle", self.field_message("circle"))
        reflection = None
        if self.is_session():  # any other circle: the hidden answers are not saved
            reflection = SessionReflection(
                **{key: scale.value() for key, scale in self.answers.items()},
                bring_up=self.bring_up.text(),
                share_bring_up=self.share_bring_up.isChecked(),
            )
        return {
            "circle": circle,
            "person": self.person.person_name(),
            "minutes": parse_minutes("minutes", self.minutes.text()),
            "mode": combo_value(self.mode),
            "felt_safe": self.felt_safe.value(),
            "initiated": self.initiated.isChecked(),
            "support": self.support.value(),
            "reflection": reflection,
        }


class AloneForm(RecordForm):
    kind = RecordKind.ALONE

    def _build_fields(self) -> None:
        self.minutes = QLineEdit()
        self.minutes.setPlaceholderText(self.tr("1 to 1440"))
        self.minutes.setMaximumWidth(160)
        choice = QWidget()
        row = QHBoxLayout(choice)
        row.setContentsMargins(0, 0, 0, 0)
        self.chosen = QRadioButton(self.tr("I chose it: restful time alone"))
        self.not_chosen = QRadioButton(self.tr("Not chosen"))
        self._choice = QButtonGroup(self)
        for button in (self.chosen, self.not_chosen):
            button.setAccessibleName(button.text())
            self._choice.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        choice.setAccessibleName(self.tr("Was it chosen"))
        self.loneliness = ScalePicker(
            0, 10, optional=True, low_hint=self.tr("not lonely"), high_hint=self.tr("very lonely")
        )
        self.add_row(self.tr("Minutes"), self.minutes, "minutes")
        self.add_row(self.tr("Was it chosen?"), choice, "chosen")
        self.add_row(self.tr("Loneliness (optional)"), self.loneliness, "loneliness")

    def first_field(self) -> QWidget:
        return self.minutes

    def field_message(self, field: str) -> str:
        return {
            "minutes": self.tr("Minutes: a whole number from 1 to 1440."),
            "chosen": self.tr("Was this time you chose, or not? Pick one."),
            "loneliness": self.tr("Loneliness goes from 0 to 10, or leave it empty."),
        }.get(field) or super().field_message(field)

    def _clear_fields(self) -> None:
        self.minutes.clear()
        self._choice.setExclusive(False)
        self.chosen.setChecked(False)
        self.not_chosen.setChecked(False)
        self._choice.setExclusive(True)
        self.loneliness.clear()

    def _fill(self, record: AnyRecord) -> None:
        assert isinstance(record, TimeAlone)
        self.minutes.setText(str(record.minutes))
        (self.chosen if record.chosen else self.not_chosen).setChecked(True)
        self.loneliness.setValue(record.loneliness)

    def _kind_fields(self) -> dict[str, Any]:
        minutes = parse_minutes("minutes", self.minutes.text())
        if not (self.chosen.isChecked() or self.not_chosen.isChecked()):
            raise FormError("chosen", self.field_message("chosen"))
        return {
            "minutes": minutes,
            "chosen": self.chosen.isChecked(),
            "loneliness": self.loneliness.value(),
        }


class BoundaryForm(_PersonMixin, RecordForm):
    kind = RecordKind.BOUNDARY

    def _build_fields(self) -> None:
        self.type = enum_combo(
            list(BoundaryType), boundary_label, placeholder=self.tr("Choose what you did")
        )
        self.outcome = enum_combo(
            list(Outcome), outcome_text, placeholder=self.tr("Choose how it went")
        )
        self.circle = _circle_combo(optional=True, placeholder="", none_text=self.tr("Not set"))
        self.fear_before = ScalePicker(
            0, 10, optional=True, low_hint=self.tr("no fear"), high_hint=self.tr("very afraid")
        )
        self.felt_after = ScalePicker(
            0, 10, optional=True, low_hint=self.tr("very bad"), high_hint=self.tr("very good")
        )
        self.add_row(self.tr("What I did"), self.type, "type")
        self.add_row(self.tr("How it went"), self.outcome, "outcome")
        self._person_rows(self.tr("With whom (optional)"))
        self.add_row(self.tr("Circle (optional)"), self.circle, "circle")
        self.circle.currentIndexChanged.connect(self._update_person_hint)
        self.add_row(self.tr("Fear before (optional)"), self.fear_before, "fear_before")
        self.add_row(self.tr("How I felt after (optional)"), self.felt_after, "felt_after")

    def field_message(self, field: str) -> str:
        return {
            "type": self.tr("Choose what kind of boundary this was."),
            "outcome": self.tr("Choose how it went; any answer is all right."),
            "fear_before": self.tr("Fear before goes from 0 to 10, or leave it empty."),
            "felt_after": self.tr("How you felt after goes from 0 to 10, or leave it empty."),
        }.get(field) or super().field_message(field)

    def _clear_fields(self) -> None:
        self.type.setCurrentIndex(-1)
        self.outcome.setCurrentIndex(-1)
        self.person.clear()
        self.circle.setCurrentIndex(0)
        self.fear_before.clear()
        self.felt_after.clear()

    def _person_matched(self, person: Person) -> None:
        # A boundary with someone off the map carries no circle either.
        set_combo_value(self.circle, person.circle.value if person.circle else None)

    def _new_person_hint(self, name: str, circle: str | None) -> str:
        if circle is None:
            return self.tr(
                "{name} is new here. Without a circle they are kept in your journal, "
                "not on your support map."
            ).format(name=name)
        return super()._new_person_hint(name, circle)

    def _fill(self, record: AnyRecord) -> None:
        assert isinstance(record, BoundaryPractice)
        set_combo_value(self.type, record.type.value)
        set_combo_value(self.outcome, record.outcome.value)
        self.person.setText(record.person or "")
        set_combo_value(self.circle, record.circle.value if record.circle else None)
        self.fear_before.setValue(record.fear_before)
        self.felt_after.setValue(record.felt_after)

    def _kind_fields(self) -> dict[str, Any]:
        kind, outcome = combo_value(self.type), combo_value(self.outcome)
        if kind is None:
            raise FormError("type", self.field_message("type"))
        if outcome is None:
            raise FormError("outcome", self.field_message("outcome"))
        return {
            "type": kind,
            "outcome": outcome,
            "person": self.person.person_name(),
            "circle": combo_value(self.circle),
            "fear_before": self.fear_before.value(),
            "felt_after": self.felt_after.value(),
        }


class EntryForm(RecordForm):
    """A journal entry: title, text, tags, share. Enter inside the text is a new line.

    An entry is one text: it has no Note field of its own. Only an entry that
    already carries a note (from an import or ``add entry --note``) shows it,
    labelled as kept beside the entry, so nothing stored is hidden or lost.
    """

    kind = RecordKind.ENTRY

    def note_wanted(self, record: AnyRecord | None) -> bool:
        return record is not None and bool(record.note.strip())

    def _build_fields(self) -> None:
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("A title (optional)"))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Write as much or as little as you like."))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(140)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("words, separated by commas (optional)"))
        self.add_row(self.tr("Title"), self.title, "title")
        self.add_row(self.tr("Entry"), self.text, "text")
        self.add_row(self.tr("Tags"), self.tags, "tags")

    def add_row(self, label: str, widget: QWidget, field: str) -> QWidget:
        if field == "note":  # shown only for an entry that has one (see note_wanted)
            label = self.tr("Note kept beside the entry")
        return super().add_row(label, widget, field)

    def field_message(self, field: str) -> str:
        return {
            "text": self.tr("Write a few words first; an entry cannot be empty."),
            "title": self.tr("A title can be up to 200 characters."),
            "tags": self.tr("Tags are single words or short phrases, separated by commas."),
        }.get(field) or super().field_message(field)

    def _clear_fields(self) -> None:
        self.title.clear()
        self.text.clear()
        self.tags.clear()

    def _fill(self, record: AnyRecord) -> None:
        assert isinstance(record, JournalEntry)
        self.title.setText(record.title)
        self.text.setPlainText(record.text)
        self.tags.setText(", ".join(record.tags))

    def _kind_fields(self) -> dict[str, Any]:
        tags = tuple(t for t in (part.strip() for part in self.tags.text().split(",")) if t)
        return {"title": self.title.text(), "text": self.text.toPlainText(), "tags": tags}

    def state(self) -> dict[str, Any]:
        """What is typed, for a draft."""
        return {
            "title": self.title.text(),
            "text": self.text.toPlainText(),
            "tags": self.tags.text(),
            "share": self.share.isChecked(),
        }

    def set_state(self, state: dict[str, Any]) -> None:
        self.title.setText(str(state.get("title", "")))
        self.text.setPlainText(str(state.get("text", "")))
        self.tags.setText(str(state.get("tags", "")))
        self.share.setChecked(bool(state.get("share", False)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.save()
            event.accept()
            return
        super().keyPressEvent(event)


_RECORD_TYPES: dict[RecordKind, type[AnyRecord]] = {
    RecordKind.MOOD: MoodCheckIn,
    RecordKind.CONNECTION: ConnectionMoment,
    RecordKind.ALONE: TimeAlone,
    RecordKind.BOUNDARY: BoundaryPractice,
    RecordKind.ENTRY: JournalEntry,
}

FORM_TYPES: dict[RecordKind, type[RecordForm]] = {
    RecordKind.MOOD: MoodForm,
    RecordKind.CONNECTION: ConnectionForm,
    RecordKind.ALONE: AloneForm,
    RecordKind.BOUNDARY: BoundaryForm,
    RecordKind.ENTRY: EntryForm,
}
