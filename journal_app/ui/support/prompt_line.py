"""Writing prompts on the page: a quiet line over an empty entry, and one-line reflections.

``PromptLine`` sits above the entry editor while a new entry is still empty:
a prompt, "Another", and "No prompts" (which turns prompts off in Settings,
with an Undo right there). ``Reflections`` puts a one-line reflection prompt
into the note field of the connection and boundary forms, as its placeholder:
it asks, and disappears the moment the user types. Both rotate without
immediate repeats and remember the last prompt shown (encrypted state).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from journal_app.domain.records import RecordKind
from journal_app.services.prompts import (
    PromptLibrary,
    PromptRotation,
    PromptsUnreadable,
    load_prompts,
)
from journal_app.services.support import (
    last_prompt,
    load_support_settings,
    remember_prompt,
    save_support_settings,
)

_library: PromptLibrary | None = None
# The record forms that offer a one-line reflection, and which set of reflections they use.
REFLECTED = {RecordKind.CONNECTION: "connection", RecordKind.BOUNDARY: "boundary"}


def library() -> PromptLibrary | None:
    """The prompt library, read once; None when it cannot be read (prompts then stay away)."""
    global _library
    if _library is None:
        try:
            _library = load_prompts()
        except PromptsUnreadable:
            return None
    return _library


def _set_prompts(journal: Any, on: bool) -> None:
    save_support_settings(journal, replace(load_support_settings(journal), prompts=on))


class PromptLine(QWidget):
    """A prompt for an empty entry, with Another and No prompts (undoable)."""

    PLACE = "journal"

    def __init__(self, journal: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._wanted = False
        self._just_off = False
        found = library()
        self._rotation = (
            PromptRotation(found.writing(), last_id=last_prompt(journal, self.PLACE))
            if found is not None
            else None
        )
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.label.setAccessibleName(self.tr("A prompt, if you would like one"))
        self.another_button = QPushButton(self.tr("Another"))
        self.another_button.setAccessibleName(self.tr("Another prompt"))
        self.off_button = QPushButton(self.tr("No prompts"))
        self.off_button.setToolTip(self.tr("Turn writing prompts off (you can undo this)"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Turn prompts back on"))
        self.another_button.clicked.connect(self.another)
        self.off_button.clicked.connect(self.turn_off)
        self.undo_button.clicked.connect(self.undo)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 4)
        row.addWidget(self.label, 1)
        for button in (self.another_button, self.off_button, self.undo_button):
            row.addWidget(button)
        self.prompt_id: str | None = None
        if self._rotation is not None:
            self.another()
        self._update()

    def prompts_on(self) -> bool:
        return self._rotation is not None and load_support_settings(self._journal).prompts

    def set_wanted(self, wanted: bool) -> None:
        """Whether the page would show a prompt now (a new, empty entry)."""
        if wanted != self._wanted:
            self._wanted = wanted
            if not wanted:
                self._just_off = False
            self._update()

    @Slot()
    def another(self) -> None:
        if self._rotation is None:
            return
        prompt = self._rotation.next()
        self.prompt_id = prompt.id
        self.label.setText(prompt.text)
        remember_prompt(self._journal, self.PLACE, prompt.id)

    @Slot()
    def turn_off(self) -> None:
        _set_prompts(self._journal, False)
        self._just_off = True
        self._update()
        self.undo_button.setFocus()

    @Slot()
    def undo(self) -> None:
        _set_prompts(self._journal, True)
        self._just_off = False
        self._update()

    @Slot()
    def refresh(self) -> None:
        self._update()

    def _update(self) -> None:
        on = self.prompts_on()
        if self._just_off and not on:
            self.label.setText(
                self.tr("Prompts are off. You can turn them on again here or in Settings.")
            )
        elif on and self._rotation is not None:
            prompt = self._rotation.current()
            if prompt is not None:
                self.label.setText(prompt.text)
        self.setVisible(self._wanted and (on or self._just_off))
        self.another_button.setVisible(on)
        self.off_button.setVisible(on)
        self.undo_button.setVisible(self._just_off and not on)


class Reflections:
    """One-line reflection prompts in the note fields of connection and boundary forms."""

    def __init__(self, journal: Any) -> None:
        self._journal = journal
        self._forms: list[tuple[Any, str, str, PromptRotation | None]] = []

    def attach(self, form: Any, kind: str) -> None:
        """Give ``form`` (kind ``connection`` or ``boundary``) a reflection in its note field."""
        found = library()
        place = f"reflection.{kind}"
        rotation = (
            PromptRotation(found.reflections[kind], last_id=last_prompt(self._journal, place))
            if found is not None and kind in found.reflections
            else None
        )
        note = form.note
        assert isinstance(note, QLineEdit | QPlainTextEdit)
        entry = (form, kind, note.placeholderText(), rotation)
        self._forms.append(entry)
        form.saved.connect(lambda _record, e=entry: self._next(e))
        form.cancelled.connect(lambda e=entry: self._next(e))
        self._next(entry)

    def refresh(self) -> None:
        """Settings may have changed: prompts on or off."""
        for entry in self._forms:
            self._show(entry, None)

    def _next(self, entry: tuple[Any, str, str, PromptRotation | None]) -> None:
        _form, kind, _default, rotation = entry
        if rotation is None or not load_support_settings(self._journal).prompts:
            self._show(entry, None)
            return
        prompt = rotation.next()
        remember_prompt(self._journal, f"reflection.{kind}", prompt.id)
        self._show(entry, prompt.text)

    def _show(self, entry: tuple[Any, str, str, PromptRotation | None], text: str | None) -> None:
        form, _kind, default, rotation = entry
        on = rotation is not None and load_support_settings(self._journal).prompts
        if text is None and on and rotation is not None:
            current = rotation.current()
            text = current.text if current is not None else None
        form.note.setPlaceholderText(
            QCoreApplication.translate("Reflections", "{prompt} (optional)").format(prompt=text)
            if on and text
            else default
        )
