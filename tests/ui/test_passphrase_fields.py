"""The one "new passphrase, typed twice" piece that setup, unlock and Settings share."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from app_support import PASSPHRASE, unlock
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from journal_app.ui.passphrase_fields import MIN_PASSPHRASE, NewPassphraseFields, strength_hint

WORDS = {
    "label": "&New passphrase",
    "name": "New passphrase",
    "again_label": "Type it &again",
    "again_name": "Type the new passphrase again",
    "mismatch": "Not the same yet.",
}


@pytest.fixture
def column(qtbot: Any) -> tuple[QWidget, NewPassphraseFields]:
    screen = QWidget()
    qtbot.addWidget(screen)
    fields = NewPassphraseFields(parent=screen, **WORDS)
    fields.add_to(QVBoxLayout(screen))
    return screen, fields


def test_hint_note_and_acceptance_follow_the_typing(qtbot: Any, column: Any) -> None:
    screen, fields = column
    assert fields.hint.text() == strength_hint("")
    assert fields.note.parent() is screen  # its own note, placed after the second field
    with qtbot.waitSignal(fields.changed):
        qtbot.keyClicks(fields.passphrase, "short")
    assert f"at least {MIN_PASSPHRASE}" in fields.hint.text()
    assert fields.note.text() == ""  # nothing typed again yet: no note
    qtbot.keyClicks(fields.confirm, "short")
    assert fields.matches() and not fields.is_acceptable()  # the same, but too short
    fields.clear()
    qtbot.keyClicks(fields.passphrase, PASSPHRASE)
    qtbot.keyClicks(fields.confirm, PASSPHRASE[:-1])
    assert fields.note.text() == "Not the same yet."
    assert not fields.is_acceptable()
    qtbot.keyClicks(fields.confirm, PASSPHRASE[-1])
    assert fields.note.text() == ""
    assert fields.is_acceptable() and fields.value() == PASSPHRASE
    fields.clear()
    assert fields.value() == fields.confirm.text() == ""
    assert fields.hint.text() == strength_hint("")


def test_fields_are_named_and_labelled(column: Any) -> None:
    _screen, fields = column
    assert fields.passphrase.accessibleName() == "New passphrase"
    assert fields.confirm.accessibleName() == "Type the new passphrase again"
    assert fields.label.buddy() is fields.passphrase
    assert fields.again_label.buddy() is fields.confirm
    for field in fields.fields():
        assert field.echoMode() == field.EchoMode.Password


def test_in_a_form_with_a_shared_note(qtbot: Any) -> None:
    screen = QWidget()
    qtbot.addWidget(screen)
    form = QFormLayout(screen)
    message = QLabel("An earlier message")
    fields = NewPassphraseFields(note=message, parent=screen, **WORDS)
    fields.add_to_form(form)
    assert form.rowCount() == 3  # the shared note is the screen's to place
    role = QFormLayout.ItemRole
    assert form.itemAt(0, role.LabelRole).widget() is fields.label
    assert form.itemAt(0, role.FieldRole).widget() is fields.passphrase
    assert form.itemAt(1, role.SpanningRole).widget() is fields.hint
    assert form.itemAt(2, role.FieldRole).widget() is fields.confirm
    qtbot.keyClicks(fields.passphrase, "abc")
    assert message.text() == ""  # a new edit clears the old message, as before
    qtbot.keyClicks(fields.confirm, "x")
    assert message.text() == "Not the same yet."


def _type_twice(qtbot: Any, screen: Any, note: QLabel, button: Any, mismatch: str) -> None:
    """Type a new passphrase and a different one again, then finish typing it the same."""
    qtbot.keyClicks(screen.new_passphrase, "a new and longer passphrase")
    qtbot.keyClicks(screen.new_confirm, "a new")
    assert mismatch in note.text()
    assert not button.isEnabled()
    qtbot.keyClicks(screen.new_confirm, " and longer passphrase")
    assert note.text() == ""
    assert button.isEnabled()


def test_unlock_recovery_says_when_the_two_differ(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    view = make_window(vault_dir).unlock_view
    view.show_recovery()
    qtbot.keyClicks(view.code, "ABCD")
    _type_twice(qtbot, view, view.recovery_message, view.recover_button, "not the same yet")
    view.code.clear()
    assert not view.recover_button.isEnabled()  # the code is needed too


def test_settings_says_when_the_two_new_differ(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    window = make_window(vault_dir)
    unlock(qtbot, window)
    window.main_view.show_section(window.main_view.sidebar.count() - 1)  # Settings, the last
    page = window.main_view.current_page()
    qtbot.keyClicks(page.old_passphrase, PASSPHRASE)
    _type_twice(
        qtbot, page, page.passphrase_message, page.change_button, "two new passphrases are not"
    )
    page.old_passphrase.clear()
    assert not page.change_button.isEnabled()  # the current one is needed too


def test_every_passphrase_field_has_an_eye_that_shows_and_hides(
    qtbot: Any, make_window: Any, tmp_path: Path, vault_dir: Path
) -> None:
    """Setup, unlock (and recovery) and Settings' change of passphrase."""
    from app_support import PASSPHRASE, unlock
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    from journal_app.ui.layout import ShowPassphrase

    def eyes(fields: list[QLineEdit]) -> None:
        for field in fields:
            eye = field.findChild(ShowPassphrase)
            assert eye is not None, field.accessibleName()
            field.setText("a secret phrase")
            assert field.echoMode() == QLineEdit.EchoMode.Password
            assert eye.button.accessibleName() == "Show the passphrase"
            qtbot.keyClick(eye.button, Qt.Key.Key_Space)  # a tab stop, Space shows it
            assert field.echoMode() == QLineEdit.EchoMode.Normal
            assert eye.button.accessibleName() == "Hide the passphrase"
            field.clear()  # emptied (a lock clears it): hidden again
            assert field.echoMode() == QLineEdit.EchoMode.Password
            assert eye.button.focusPolicy() & Qt.FocusPolicy.TabFocus

    setup = make_window(tmp_path / "new").setup_view
    setup.begin_button.click()
    eyes([setup.passphrase, setup.confirm])
    window = make_window(vault_dir)
    view = window.unlock_view
    eyes([view.passphrase, view.new_passphrase, view.new_confirm])
    view.passphrase.setText(PASSPHRASE)
    view.passphrase.findChild(ShowPassphrase).action.setChecked(True)
    view.passphrase.clear()
    unlock(qtbot, window)
    window.lock()
    assert view.passphrase.echoMode() == QLineEdit.EchoMode.Password, "locked: dots again"
    unlock(qtbot, window)
    window.main_view.show_section(window.main_view.sidebar.count() - 1)  # Settings
    settings = window.main_view.current_page()
    eyes([settings.old_passphrase, settings.new_passphrase, settings.new_confirm])


def test_typing_on_the_eye_goes_on_into_the_next_passphrase_field(
    qtbot: Any, make_window: Any, tmp_path: Path, vault_dir: Path
) -> None:
    """Type, Tab, type again: the Tab lands on the eye, and the second typing must not
    vanish into the first field's dots."""
    from PySide6.QtCore import Qt

    from journal_app.ui.layout import ShowPassphrase

    window = make_window(tmp_path / "new")
    window.show()
    setup = window.setup_view
    setup.begin_button.click()
    setup.passphrase.setFocus()
    qtbot.keyClicks(setup.passphrase, PASSPHRASE)
    qtbot.keyClick(setup.passphrase, Qt.Key.Key_Tab)
    eye = setup.passphrase.findChild(ShowPassphrase)
    qtbot.waitUntil(eye.button.hasFocus)
    qtbot.keyClick(eye.button, PASSPHRASE[0])
    assert setup.confirm.hasFocus()  # the rest of the typing follows the focus
    qtbot.keyClicks(setup.confirm, PASSPHRASE[1:])
    assert setup.passphrase.text() == PASSPHRASE
    assert setup.confirm.text() == PASSPHRASE
    assert not eye.shown

    # On the unlock screen the eye is followed by a button: the letters go nowhere.
    other = make_window(vault_dir)
    other.show()
    field = other.unlock_view.passphrase
    field.setFocus()
    qtbot.keyClicks(field, "abc")
    eye = field.findChild(ShowPassphrase)
    eye.button.setFocus()
    qtbot.keyClicks(eye.button, "xyz")
    assert field.text() == "abc"
    qtbot.keyClick(eye.button, Qt.Key.Key_Space)  # Space still shows it
    assert eye.shown
