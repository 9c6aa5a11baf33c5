"""The support pages as sections of the main window, and the grounding shortcut."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from journal_app.ui.support import CRISIS_LINES, GROUNDING, GROUNDING_KEYS, SAFETY_PLAN


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainView", text)


def support_sections(
    journal: Any, dialogs: Any, runner: Any
) -> list[tuple[str, str, Callable[[], QWidget]]]:
    """(key, sidebar title, page factory) for each support page, in sidebar order."""

    def grounding() -> QWidget:
        from journal_app.ui.support.grounding import GroundingView

        return GroundingView(journal, dialogs)

    def safety_plan() -> QWidget:
        from journal_app.ui.support.safety_plan_view import SafetyPlanView

        return SafetyPlanView(journal, dialogs, runner)

    def crisis_lines() -> QWidget:
        from journal_app.ui.support.crisis_lines_view import CrisisLinesView

        return CrisisLinesView(journal, dialogs)

    return [
        (GROUNDING, _tr("Take a moment"), grounding),
        (SAFETY_PLAN, _tr("Safety plan"), safety_plan),
        (CRISIS_LINES, _tr("Someone to talk to"), crisis_lines),
    ]


def grounding_shortcut(window: QWidget, show: Callable[[], None]) -> QShortcut:
    """Ctrl+G from anywhere in the open journal goes to the grounding page."""
    shortcut = QShortcut(QKeySequence(GROUNDING_KEYS), window)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(show)
    return shortcut
