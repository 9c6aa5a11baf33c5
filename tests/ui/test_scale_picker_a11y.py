"""The scale picker answers a screen reader's "toggle" action, not only a click.

AT-SPI's first action on a checkable button is Toggle, which Qt performs with
QAbstractButton.toggle(): no click is emitted. The picker must choose the number
all the same, and keep a required choice from being undone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QToolButton

from journal_app.ui.widgets import ScalePicker


def buttons(picker: ScalePicker) -> dict[int, QToolButton]:
    return {int(b.text()): b for b in picker.findChildren(QToolButton)}


def test_toggle_chooses_and_changes(qtbot: Any) -> None:
    picker = ScalePicker(1, 10)
    qtbot.addWidget(picker)
    numbers = buttons(picker)
    with qtbot.waitSignal(picker.valueChanged) as changed:
        numbers[6].toggle()
    assert changed.args == [6] and picker.value() == 6
    numbers[3].toggle()
    assert picker.value() == 3
    assert [n for n, b in numbers.items() if b.isChecked()] == [3]


def test_toggling_a_required_choice_off_keeps_it(qtbot: Any) -> None:
    picker = ScalePicker(1, 10)
    qtbot.addWidget(picker)
    numbers = buttons(picker)
    numbers[4].toggle()
    numbers[4].toggle()  # off again
    assert picker.value() == 4
    assert numbers[4].isChecked()


def test_toggling_an_optional_choice_off_clears_it(qtbot: Any) -> None:
    picker = ScalePicker(0, 10, optional=True)
    qtbot.addWidget(picker)
    numbers = buttons(picker)
    numbers[7].toggle()
    with qtbot.waitSignal(picker.valueChanged) as changed:
        numbers[7].toggle()
    assert changed.args == [None] and picker.value() is None
    assert not any(b.isChecked() for b in numbers.values())


def test_a_click_still_chooses_and_focuses(qtbot: Any) -> None:
    picker = ScalePicker(1, 10)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    buttons(picker)[9].click()
    assert picker.value() == 9
    assert picker.focusWidget() is picker  # the click gave the scale the focus
