"""A new passphrase, typed twice: the fields, the gentle strength hint, the mismatch note.

First-run setup, recovery on the unlock screen and "Change passphrase" in
Settings all ask for a new passphrase the same way; ``NewPassphraseFields``
is that one piece. It owns the two fields, their labels (buddies) and the
hint, and says whether what is typed can be used; the screen places the
parts in its own layout (a column, or rows of a form) and decides what the
button does.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout

from journal_app.ui.layout import labelled, password_field, wrap_label

MIN_PASSPHRASE = 8  # the vault's own rule (storage.vault.MIN_PASSPHRASE), checked here early


def _tr(text: str) -> str:
    return QCoreApplication.translate("SetupView", text)


def strength_hint(passphrase: str) -> str:
    """A gentle word on the passphrase; never a score to fail."""
    if not passphrase:
        return _tr("A few words you will remember work well, for example four words in a row.")
    if len(passphrase) < MIN_PASSPHRASE:
        return _tr("A little longer, please: at least %1 characters.").replace(
            "%1", str(MIN_PASSPHRASE)
        )
    words = len(passphrase.split())
    kinds = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    if len(passphrase) >= 20 or (words >= 4 and len(passphrase) >= 16):
        return _tr("Strong: this would take a very long time to guess.")
    if len(passphrase) >= 12 and (kinds >= 2 or words >= 3):
        return _tr("Good. A word or two more makes it even harder to guess.")
    return _tr("Fair. Longer is stronger: try adding another word or two.")


class NewPassphraseFields(QObject):
    """The new passphrase and "type it again", with the hint under the first.

    The words (labels with their mnemonics, accessible names, the mismatch
    note) come from the screen, translated in its own context, because each
    screen says them a little differently.

    ``note`` is where "not the same yet" is written and cleared again; a
    screen that shows other messages in that place passes its label, else
    the fields make their own (placed after the second field).

    Signals:
        changed: either field was edited (after the hint and note follow).
    """

    changed = Signal()

    def __init__(
        self,
        *,
        label: str,
        name: str,
        again_label: str,
        again_name: str,
        mismatch: str,
        note: QLabel | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._mismatch = mismatch
        self.passphrase = password_field(name)
        self.label = labelled(label, self.passphrase)
        self.hint = wrap_label(strength_hint(""))
        self.confirm = password_field(again_name)
        self.again_label = labelled(again_label, self.confirm)
        self._own_note = note is None
        self.note = wrap_label() if note is None else note
        self.passphrase.textChanged.connect(self._edited)
        self.confirm.textChanged.connect(self._edited)

    # -- placing -----------------------------------------------------------------

    def add_to(self, layout: QVBoxLayout) -> None:
        """In a column, each label above its field."""
        for w in (self.label, self.passphrase, self.hint, self.again_label, self.confirm):
            layout.addWidget(w)
        if self._own_note:
            layout.addWidget(self.note)

    def add_to_form(self, form: QFormLayout) -> None:
        """As rows of a form, each label beside its field."""
        form.addRow(self.label, self.passphrase)
        form.addRow(self.hint)
        form.addRow(self.again_label, self.confirm)
        if self._own_note:
            form.addRow(self.note)

    # -- state -------------------------------------------------------------------

    def value(self) -> str:
        return self.passphrase.text()

    def matches(self) -> bool:
        return self.passphrase.text() == self.confirm.text()

    def is_acceptable(self) -> bool:
        """Long enough, and typed the same twice."""
        return len(self.value()) >= MIN_PASSPHRASE and self.matches()

    def fields(self) -> tuple[QLineEdit, QLineEdit]:
        return (self.passphrase, self.confirm)

    def clear(self) -> None:
        for field in self.fields():
            field.clear()

    @Slot()
    def refresh(self) -> None:
        """The hint for what is typed; the mismatch note once the second field has text."""
        self.hint.setText(strength_hint(self.value()))
        if self.confirm.text() and not self.matches():
            self.note.setText(self._mismatch)
        else:
            self.note.clear()

    @Slot()
    def _edited(self) -> None:
        self.refresh()
        self.changed.emit()
