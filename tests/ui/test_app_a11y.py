"""Every interactive widget on the shell's screens is reachable by keyboard and named."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app_support import has_ancestor, unlock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from journal_app.ui.keyring_store import MemoryKeyring

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QKeySequenceEdit,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
)
# Widgets that are parts of another control (a spin box's line edit, ...).
COMPOSITE = (QComboBox, QAbstractSpinBox, QKeySequenceEdit)


def _inside_composite(w: QWidget) -> bool:
    return has_ancestor(w, COMPOSITE)


def _buddies(root: QWidget) -> set[int]:
    named: set[int] = set()
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text().strip():
            named.add(id(buddy))
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label and field and label.widget() and field.widget():
                named.add(id(field.widget()))
    return named


def _name(w: QWidget, buddies: set[int]) -> str:
    if w.accessibleName():
        return w.accessibleName()
    if isinstance(w, QAbstractButton) and w.text().replace("&", "").strip():
        return w.text()
    return "buddy" if id(w) in buddies else ""


def _focus_chain(window: QWidget) -> set[int]:
    seen: set[int] = set()
    w = window.nextInFocusChain()
    while w is not None and w is not window and id(w) not in seen:
        seen.add(id(w))
        w = w.nextInFocusChain()
    return seen


def check_screen(window: QWidget, screen: QWidget) -> list[str]:
    """Problems with the visible, enabled interactive widgets under ``screen``."""
    problems: list[str] = []
    buddies = _buddies(screen)
    chain = _focus_chain(window)
    checked = 0
    for w in screen.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or _inside_composite(w):
            continue
        if not w.isVisibleTo(window) or not w.isEnabled():
            continue
        checked += 1
        label = f"{type(w).__name__} {w.objectName() or w.accessibleName() or w.property('text')}"
        if not w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            problems.append(f"{label}: not reachable with Tab")
        if id(w) not in chain:
            problems.append(f"{label}: not in the tab order")
        if not _name(w, buddies):
            problems.append(f"{type(w).__name__}: no accessible name, buddy or text")
    assert checked, "nothing was checked"
    return problems


def test_setup_screens(make_window: Any, data_dir: Path) -> None:
    window = make_window(data_dir, keyring=MemoryKeyring(available=True))
    setup = window.setup_view
    setup.begin_button.click()  # asks the keyring, so "remember" is enabled and checked
    assert setup.remember.isEnabled()
    problems: list[str] = []
    for index in range(setup.pages.count()):
        setup.pages.setCurrentIndex(index)
        problems += check_screen(window, setup.pages.currentWidget())
    assert problems == []


def test_unlock_screens(make_window: Any, vault_dir: Path) -> None:
    window = make_window(vault_dir)
    view = window.unlock_view
    problems = check_screen(window, view.pages.widget(0))
    view.show_recovery()
    problems += check_screen(window, view.pages.widget(1))
    assert problems == []


def test_main_shell_settings_and_week(qtbot: Any, make_window: Any, vault_dir: Path) -> None:
    window = make_window(vault_dir, keyring=MemoryKeyring(available=True))
    unlock(qtbot, window)
    main = window.main_view
    problems: list[str] = []
    settings = main.sidebar.count() - 1
    # Week, the three support pages and Settings are the shell's own pages.
    for section in (3, 4, 5, 6, settings):
        main.show_section(section)
        page = main.current_page()
        if section == settings:
            page.remember.setChecked(True)  # shows the passphrase row too
        problems += check_screen(window, page)
    for w in (main.sidebar, main.lock_button, main.quick_exit_button):
        assert w.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert w.accessibleName() or w.text()
    assert problems == []


def test_sections_by_keyboard(qtbot: Any, make_window: Any, vault_dir: Path) -> None:
    window = make_window(vault_dir)
    unlock(qtbot, window)
    main = window.main_view
    main.sidebar.setFocus()
    qtbot.keyClick(main.sidebar, Qt.Key.Key_Down)
    assert main.pages.currentIndex() == 1
    qtbot.keyClick(main.sidebar, Qt.Key.Key_End)
    assert main.pages.currentIndex() == main.sidebar.count() - 1


def test_the_check_finds_problems(qtbot: Any) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    screen = QWidget()
    qtbot.addWidget(screen)
    lay = QVBoxLayout(screen)
    lay.addWidget(QLineEdit())  # no name
    unreachable = QPushButton("Go")
    unreachable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    lay.addWidget(unreachable)
    problems = check_screen(screen, screen)
    assert any("no accessible name" in p for p in problems)
    assert any("not reachable with Tab" in p for p in problems)
