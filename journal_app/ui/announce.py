"""Saying something to a screen reader that did not come from focus moving.

A status line that changes ("Check-in saved.") is not read by a screen
reader on its own: nothing moved focus to it. Qt 6.8 added an accessible
announcement event, which Qt's AT-SPI bridge on Linux sends as the
``Announcement`` signal Orca speaks (and UI Automation's notification on
Windows, an announcement on macOS). Polite announcements wait until the
screen reader has finished what it is saying; nothing here is urgent.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QWidget


def announce(source: QWidget, message: str) -> None:
    """Have screen readers speak ``message`` (politely), as coming from ``source``."""
    if not message or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(source, message)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


def show_status(label: QLabel, message: str) -> None:
    """Put ``message`` in a status line and announce it (a quiet confirmation, once)."""
    label.setText(message)
    announce(label, message)
