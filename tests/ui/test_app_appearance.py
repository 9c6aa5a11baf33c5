"""Larger text and the theme reach every word on every page at once, both ways.

Also what makes text readable: secondary text and field errors stand out
enough from their background in light and dark (WCAG's 4.5:1), computed
from the palettes themselves.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from app_support import unlock
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from journal_app.ui.theme import LARGER_TEXT_FACTOR, apply_theme

SETTINGS = 4


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[Any]:
    def apply(settings: Any) -> None:
        apply_theme(qapp, settings.theme, settings.larger_text)

    apply_theme(qapp, "light", False)
    yield apply
    apply_theme(qapp, "light", False)


def words(root: QWidget) -> list[QWidget]:
    """Every label and button under ``root`` that shows text."""
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, QLabel | QAbstractButton) and w.text()
    ]


def sizes(root: QWidget) -> dict[int, tuple[str, float]]:
    return {
        id(w): (f"{type(w).__name__}:{w.text()[:30]}", w.font().pointSizeF()) for w in words(root)
    }


def open_every_page(window: Any) -> None:
    for index in range(window.main_view.sidebar.count()):
        window.main_view.show_section(index)


def test_larger_text_reaches_every_label_both_ways(
    qtbot: Any, make_window: Any, vault_dir: Path, themed: Any
) -> None:
    window = make_window(vault_dir, apply_settings=themed)
    unlock(qtbot, window)
    open_every_page(window)
    before = sizes(window)
    assert len(before) > 60
    window.main_view.show_section(SETTINGS)
    page = window.main_view.current_page()
    page.larger_text.setChecked(True)
    QApplication.processEvents()  # Qt hands the new font on through posted events
    after = sizes(window)
    stuck = [
        f"{text} {size} -> {after[key][1]}"
        for key, (text, size) in before.items()
        if key in after and after[key][1] != pytest.approx(size * LARGER_TEXT_FACTOR, rel=0.02)
    ]
    assert stuck == [], "\n".join(stuck)
    page.larger_text.setChecked(False)
    QApplication.processEvents()
    back = sizes(window)
    stuck = [
        text
        for key, (text, size) in before.items()
        if key in back and back[key][1] != pytest.approx(size, rel=0.02)
    ]
    assert stuck == []


def test_the_theme_reaches_every_label_both_ways(
    qtbot: Any, make_window: Any, vault_dir: Path, themed: Any, qapp: QApplication
) -> None:
    window = make_window(vault_dir, apply_settings=themed)
    unlock(qtbot, window)
    open_every_page(window)
    window.main_view.show_section(SETTINGS)
    page = window.main_view.current_page()
    for theme, dark in (("dark", True), ("light", False), ("dark", True)):
        page.theme.setCurrentIndex(page.theme.findData(theme))
        QApplication.processEvents()
        for widget in words(window):
            color = widget.palette().color(widget.foregroundRole())
            background = widget.palette().color(QPalette.ColorRole.Window)
            assert (background.lightness() < 128) == dark, widget.text()
            assert (color.lightness() > background.lightness()) == dark, widget.text()


def _ink_right(image: Any) -> int:
    """The rightmost column holding a dark pixel (the end of the drawn text)."""
    from PySide6.QtGui import QColor

    for x in range(image.width() - 1, -1, -1):
        if any(QColor(image.pixel(x, y)).lightness() < 110 for y in range(image.height())):
            return x
    return -1


@pytest.mark.parametrize("larger", [False, True])
def test_a_label_with_a_shortcut_letter_is_drawn_whole(
    qtbot: Any, qapp: QApplication, larger: bool
) -> None:
    """The export dialog's "To" lost its "o" with larger text: an underlined letter in a
    kerned pair was drawn as a run of its own and the next letter cut off."""
    from PySide6.QtWidgets import QLineEdit

    apply_theme(qapp, "light", larger)
    try:
        for text in ("&To", "&Type it again", "Ne&w passphrase", "&Vault", "T&o"):
            label, field = QLabel(text), QLineEdit()
            label.setBuddy(field)
            qtbot.addWidget(label)
            qtbot.addWidget(field)
            label.resize(label.sizeHint())  # what a form layout gives it
            given = _ink_right(label.grab().toImage())
            label.resize(label.sizeHint().width() * 2, label.sizeHint().height())
            assert _ink_right(label.grab().toImage()) == given, text  # nothing was cut off
    finally:
        apply_theme(qapp, "light", False)
