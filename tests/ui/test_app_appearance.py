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
    window.main_view.show_section(window.main_view.sidebar.count() - 1)  # Settings
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
    window.main_view.show_section(window.main_view.sidebar.count() - 1)  # Settings
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


def luminance(color: Any) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.red())
        + 0.7152 * channel(color.green())
        + 0.0722 * channel(color.blue())
    )


def contrast(foreground: Any, background: Any) -> float:
    """WCAG's contrast ratio, with a translucent foreground blended onto the background."""
    from PySide6.QtGui import QColor

    a = foreground.alphaF()
    blended = QColor.fromRgbF(
        foreground.redF() * a + background.redF() * (1 - a),
        foreground.greenF() * a + background.greenF() * (1 - a),
        foreground.blueF() * a + background.blueF() * (1 - a),
    )
    high, low = sorted((luminance(blended), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_is_measured_as_wcag_says() -> None:
    from PySide6.QtGui import QColor

    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#efefef")) == pytest.approx(3.9, abs=0.05)
    assert contrast(QColor(0, 0, 0, 128), QColor("#efefef")) < 4.5  # Fusion's own, blended


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_secondary_text_and_errors_are_readable_in_both_themes(
    qapp: QApplication, qtbot: Any, theme: str
) -> None:
    from journal_app.ui.widgets import FieldError, quiet_label

    apply_theme(qapp, theme, False)
    try:
        palette = qapp.palette()
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        for ground in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            assert contrast(muted, palette.color(ground)) >= 4.5, (theme, ground)
        quiet, error = quiet_label("a date"), FieldError()
        for widget in (quiet, error):
            qtbot.addWidget(widget)
        shown = quiet.palette().color(quiet.foregroundRole())
        assert contrast(shown, palette.color(QPalette.ColorRole.Window)) >= 4.5
        said = error.palette().color(error.foregroundRole())
        assert said != palette.color(QPalette.ColorRole.Link), "not link-blue"
        assert said.hue() not in range(180, 260) or said.saturation() < 40, "not blue at all"
        for ground in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            assert contrast(said, palette.color(ground)) >= 4.5
    finally:
        apply_theme(qapp, "light", False)


def test_a_field_error_follows_the_theme(qapp: QApplication, qtbot: Any) -> None:
    from journal_app.ui.widgets import FieldError

    error = FieldError()
    qtbot.addWidget(error)
    try:
        colours = []
        for theme in ("light", "dark", "light"):
            apply_theme(qapp, theme, False)
            QApplication.processEvents()
            colours.append(error.palette().color(QPalette.ColorRole.WindowText).name())
            ground = error.palette().color(QPalette.ColorRole.Window)
            assert contrast(error.palette().color(QPalette.ColorRole.WindowText), ground) >= 4.5
        assert colours[0] != colours[1] and colours[0] == colours[2]
    finally:
        apply_theme(qapp, "light", False)


@pytest.mark.parametrize("name", ["light", "dark_theme", "paper"])
def test_chart_words_are_readable(name: str) -> None:
    from journal_app.exchange.charts import ChartPalette

    palette = getattr(ChartPalette, name)()
    for colour in (palette.muted, palette.text):
        assert contrast(colour, palette.background) >= 4.5


def _draw(qapp: QApplication, element: Any, focused: bool, palette: QPalette) -> Any:
    """``element`` drawn by the app's style on a 60×24 image of the window colour."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyle, QStyleOptionFrame

    image = QImage(60, 24, QImage.Format.Format_ARGB32)
    image.fill(palette.color(QPalette.ColorRole.Window))
    option = QStyleOptionFrame()
    option.rect = QRect(0, 0, 60, 24)
    option.palette = palette
    option.lineWidth = 1
    option.state = QStyle.StateFlag.State_Enabled | (
        QStyle.StateFlag.State_HasFocus if focused else QStyle.StateFlag.State_None
    )
    painter = QPainter(image)
    qapp.style().drawPrimitive(element, option, painter)
    painter.end()
    return image


def _column(image: Any, x: int) -> list[Any]:
    from PySide6.QtGui import QColor

    return [QColor(image.pixel(x, y)) for y in range(4, image.height() - 4)]


def test_text_fields_have_a_visible_edge_in_dark(qapp: QApplication) -> None:
    from PySide6.QtWidgets import QStyle

    apply_theme(qapp, "dark", False)
    try:
        palette = qapp.palette()
        image = _draw(qapp, QStyle.PrimitiveElement.PE_PanelLineEdit, False, palette)
        window = palette.color(QPalette.ColorRole.Window)
        edge = max(contrast(c, window) for x in (0, 1) for c in _column(image, x))
        assert edge >= 3.0  # WCAG's contrast for the parts of a control
    finally:
        apply_theme(qapp, "light", False)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_focus_is_one_clear_solid_ring(qapp: QApplication, theme: str) -> None:
    """The focus box (buttons, tick boxes, list items like the emotion words) and a
    focused text field: a solid line in the highlight colour, not a faint dotted box."""
    from PySide6.QtWidgets import QStyle

    apply_theme(qapp, theme, False)
    try:
        palette = qapp.palette()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        for element in (
            QStyle.PrimitiveElement.PE_FrameFocusRect,
            QStyle.PrimitiveElement.PE_PanelLineEdit,
        ):
            image = _draw(qapp, element, True, palette)
            left = _column(image, 1)
            near = [c for c in left if abs(c.hue() - highlight.hue()) < 12 or c == highlight]
            assert len(near) == len(left), (theme, element)  # solid, every pixel down the side
            window = palette.color(QPalette.ColorRole.Window)
            assert contrast(highlight, window) >= 3.0  # WCAG 2.2: a focus indicator, 3:1
    finally:
        apply_theme(qapp, "light", False)


def test_today_fits_a_small_window_with_larger_text(
    qtbot: Any, make_window: Any, vault_dir: Path, qapp: QApplication
) -> None:
    """800×600 with larger text: the forms put labels above fields and the moment buttons
    stack, so nothing needs a sideways scroll."""
    from PySide6.QtWidgets import QScrollArea

    from journal_app.domain.records import RecordKind

    apply_theme(qapp, "light", True)
    try:
        window = make_window(vault_dir)
        window.resize(800, 600)
        unlock(qtbot, window)
        today = window.main_view.current_page()
        for kind in (None, RecordKind.CONNECTION, RecordKind.BOUNDARY):
            if kind is not None:
                today.open_form(kind)
            QApplication.processEvents()
            area = today.findChild(QScrollArea)
            assert area.widget().width() <= area.viewport().width(), kind
            assert not area.horizontalScrollBar().isVisible(), kind
    finally:
        apply_theme(qapp, "light", False)
