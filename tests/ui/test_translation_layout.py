"""Nothing is cut off when the words are 40% longer (a pseudo-translation), at 1280×800.

Spanish runs about 20% longer than English, German 30%: every string is stretched to
140% of its length (``packaging/translations.py pseudo``), the window is walked screen
by screen (setup, unlock, Today and its forms, Journal, People, Week, the support
pages, Settings with its Backups group, and the page a damaged journal opens on), and
each visible label, button, check box, group title and chosen combo-box item must fit
the room it has: its text no wider than the widget, a wrapped label no taller than its
height, and no widget pushed past the window's edge.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from app_support import PASSPHRASE, has_ancestor, unlock
from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionGroupBox,
    QToolButton,
    QWidget,
)

from journal_app.domain.records import RecordKind
from journal_app.i18n import TRANSLATIONS_ENV
from journal_app.services.journal import Journal
from journal_app.storage.rotation import Reason
from journal_app.ui.theme import apply_theme

ROOT = Path(__file__).resolve().parents[2]
SIZE = (1280, 800)
SLACK = 1  # pixels of rounding
# The window the app opens on an 800×600 screen (AppWindow._first_size leaves 40 and
# 60 pixels for the frame and panels): the room a user with that screen really has.
SMALL_SCREEN_WINDOW = (760, 540)


def _tool() -> Any:
    spec = importlib.util.spec_from_file_location(
        "journal_translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def pseudo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tool = _tool()
    if tool.lrelease_tool() is None:
        pytest.skip("pyside6-lrelease is not installed, so no pseudo-translation can be built")
    folder = tmp_path_factory.mktemp("pseudo")
    tool.build_pseudo(folder, "es")
    return folder


def _sub_rect(widget: Any, option: Any, control: Any, part: Any) -> QRect:
    """Where the style draws ``part`` of ``widget`` (a group box's title, a combo's text)."""
    widget.initStyleOption(option)
    return widget.style().subControlRect(control, option, part, widget)


def _text_width(widget: QWidget, text: str) -> int:
    return max(
        (widget.fontMetrics().horizontalAdvance(line) for line in text.split("\n")), default=0
    )


def clipped(window: QWidget) -> list[str]:
    """Every visible widget under ``window`` whose words do not fit, and why."""
    problems = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QLabel) and widget.text():
            text = widget.text()
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                if need > widget.height() + SLACK:
                    problems.append(
                        f"{name} {text[:50]!r}: needs {need}px high, has {widget.height()}"
                    )
            elif widget.sizeHint().width() > widget.width() + SLACK:
                need = widget.sizeHint().width()
                problems.append(f"{name} {text[:50]!r}: needs {need}px, has {widget.width()}")
        elif isinstance(widget, QPushButton | QCheckBox | QRadioButton | QToolButton):
            assert isinstance(widget, QAbstractButton)
            icon_only = (
                isinstance(widget, QToolButton)
                and widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
            )
            if (
                widget.text()
                and not icon_only
                and widget.sizeHint().width() > widget.width() + SLACK
            ):
                problems.append(
                    f"{name} {widget.text()[:50]!r}: needs {widget.sizeHint().width()}px, "
                    f"has {widget.width()}"
                )
        elif isinstance(widget, QGroupBox) and widget.title():
            label = _sub_rect(
                widget,
                QStyleOptionGroupBox(),
                QStyle.ComplexControl.CC_GroupBox,
                QStyle.SubControl.SC_GroupBoxLabel,
            )
            if label.right() > widget.width():
                problems.append(f"{name} {widget.title()[:50]!r}: the title runs past the box")
        elif isinstance(widget, QComboBox) and widget.currentText():
            field = _sub_rect(
                widget,
                QStyleOptionComboBox(),
                QStyle.ComplexControl.CC_ComboBox,
                QStyle.SubControl.SC_ComboBoxEditField,
            )
            if _text_width(widget, widget.currentText()) > field.width() + SLACK:
                shown = widget.currentText()[:50]
                problems.append(f"{name} {shown!r}: the chosen item is cut to {field.width()}px")
        if not has_ancestor(widget, QAbstractScrollArea) and widget.width() > 0:
            right = widget.mapTo(window, QPoint(widget.width(), 0)).x()
            bottom = widget.mapTo(window, QPoint(0, widget.height())).y()
            if right > window.width() + SLACK or bottom > window.height() + SLACK:
                problems.append(f"{name}: reaches past the window ({right}, {bottom})")
    return problems


def _settle(qtbot: Any, window: QWidget) -> None:
    """Let every pending layout pass run (pages fill themselves, forms open) before measuring."""
    for _ in range(3):
        for layout in [w.layout() for w in [window, *window.findChildren(QWidget)]]:
            if layout is not None:
                layout.activate()
        QApplication.processEvents()
    qtbot.wait(10)


@pytest.fixture
def stretched(speak: Any, pseudo_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TRANSLATIONS_ENV, str(pseudo_folder))
    assert speak("es") == "es"
    today = QCoreApplication.translate("MainView", "Today")
    assert today.startswith("[") and len(today) >= 7  # the pseudo-translation is in use


def screens(
    qtbot: Any, make_window: Any, vault_dir: Path, tmp_path: Path, size: tuple[int, int]
) -> Iterator[tuple[str, QWidget]]:
    """Each screen in turn, shown in a window of ``size``: (its name, the window)."""
    setup = make_window(tmp_path / "new")
    setup.resize(*size)
    view = setup.setup_view
    for index in range(view.pages.count()):
        view.pages.setCurrentIndex(index)
        yield f"setup page {index}", setup

    window = make_window(vault_dir)
    window.resize(*size)
    for index in range(window.unlock_view.pages.count()):
        window.unlock_view.pages.setCurrentIndex(index)
        yield f"unlock page {index}", window
    window.unlock_view.pages.setCurrentIndex(0)
    unlock(qtbot, window)
    main = window.main_view
    for index in range(main.sidebar.count()):
        main.show_section(index)
        page = main.current_page()
        yield f"section {index} ({page.objectName()})", window
        if index == 0:
            for kind in (RecordKind.CONNECTION, RecordKind.ALONE, RecordKind.BOUNDARY):
                page.open_form(kind)
                yield f"Today, form {kind.value}", window
        if index == 1:
            page.new_entry()
            yield "Journal, new entry", window
    window.shutdown()

    # The page a damaged journal opens on: a backup offered, then (key records damaged
    # too) the passphrase asked to look for one.
    with Journal.unlock(vault_dir, PASSPHRASE) as journal:
        journal.back_up(Reason.MANUAL)
    (vault_dir / "journal.db").write_bytes(b"not a database at all" * 200)

    def opened() -> QWidget:
        damaged = make_window(vault_dir)
        damaged.resize(*size)
        qtbot.keyClicks(damaged.unlock_view.passphrase, PASSPHRASE)
        qtbot.keyClick(damaged.unlock_view.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: damaged.state == damaged.DAMAGE)
        return damaged

    yield "damaged journal, a backup offered", opened()
    for name in ("vault.key", "vault.key.2"):
        (vault_dir / name).write_bytes(b"{ not a key record")
    yield "damaged key records, the passphrase asked", opened()


@pytest.fixture(params=[False, True], ids=["text", "larger-text"])
def text_size(request: pytest.FixtureRequest, qapp: Any) -> Iterator[bool]:
    """The app's own style and font, as set from Settings: normal and larger text."""
    apply_theme(qapp, "light", request.param)
    yield request.param
    apply_theme(qapp, "light", False)


def _report(found: dict[str, list[str]]) -> str:
    return "\n".join(
        f"{where}: {problem}" for where, problems in found.items() for problem in problems
    )


def test_nothing_is_cut_off_with_words_40_percent_longer(
    qtbot: Any,
    make_window: Any,
    vault_dir: Path,
    tmp_path: Path,
    stretched: None,
    text_size: bool,
) -> None:
    found: dict[str, list[str]] = {}
    for where, window in screens(qtbot, make_window, vault_dir, tmp_path, SIZE):
        _settle(qtbot, window)
        if problems := clipped(window):
            found[where] = problems
    assert found == {}, _report(found)


def test_spanish_fits_800_by_600_without_a_sideways_scroll(
    qtbot: Any,
    make_window: Any,
    vault_dir: Path,
    tmp_path: Path,
    speak: Any,
    text_size: bool,
) -> None:
    """The smallest screen we design for, in Spanish as shipped: nothing to scroll sideways."""
    assert speak("es") == "es"
    found: dict[str, list[str]] = {}
    for where, window in screens(qtbot, make_window, vault_dir, tmp_path, SMALL_SCREEN_WINDOW):
        _settle(qtbot, window)
        problems = clipped(window)
        problems += [
            f"{type(area).__name__} scrolls sideways by {area.horizontalScrollBar().maximum()}px"
            for area in window.findChildren(QAbstractScrollArea)
            if area.isVisible() and area.horizontalScrollBar().isVisible()
        ]
        if window.width() > 800:
            problems.append(f"the window cannot be narrower than {window.width()}px")
        if problems:
            found[where] = problems
    assert found == {}, _report(found)


def test_the_check_finds_a_cut_off_label(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(200, 100)
    label = QLabel("a label much too long for the little room it is given here", window)
    label.setGeometry(QRect(0, 0, 80, 20))
    button = QPushButton("a button with far too many words on it", window)
    button.setGeometry(QRect(0, 30, 60, 30))
    fine = QLabel("fits", window)
    fine.setGeometry(QRect(0, 70, 100, 20))
    window.show()
    problems = clipped(window)
    assert len(problems) == 2
    assert "QLabel" in problems[0] and "QPushButton" in problems[1]


class _SmallScreen:
    def availableGeometry(self) -> QRect:
        return QRect(0, 0, 800, 600)


def test_the_small_screen_window_is_the_one_an_800_by_600_screen_gets(
    make_window: Any, tmp_path: Path
) -> None:
    """The size checked above is what the window opens at when the screen is 800×600."""
    window = make_window(tmp_path / "new")
    window.screen = _SmallScreen  # type: ignore[method-assign]
    size = window._first_size()
    assert (size.width(), size.height()) == SMALL_SCREEN_WINDOW
