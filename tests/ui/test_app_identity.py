"""The running app carries the packaged identity: app id, desktop file, window icon."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication, QIcon

from journal_app import APP_ID
from journal_app.app import identify, set_window_icon


@pytest.fixture
def restored(qapp: Any) -> Iterator[Any]:
    before = (qapp.applicationName(), qapp.desktopFileName(), qapp.windowIcon())
    yield qapp
    qapp.setApplicationName(before[0])
    qapp.setDesktopFileName(before[1])
    qapp.setWindowIcon(before[2])


def test_identify_names_the_desktop_file_and_sets_the_icon(restored: Any) -> None:
    restored.setWindowIcon(QIcon())
    identify()
    set_window_icon(restored)
    assert QGuiApplication.desktopFileName() == APP_ID
    # WM_CLASS's class on X11: the desktop file's StartupWMClass names it.
    assert QGuiApplication.applicationName() == APP_ID
    assert "journal" not in APP_ID.lower()
    icon = QGuiApplication.windowIcon()
    assert not icon.isNull()
    image = icon.pixmap(64, 64).toImage()
    assert image.width() == 64
    assert image.pixelColor(32, 32).alpha() == 255  # the SVG was drawn, not a blank square
    assert image.pixelColor(0, 0).alpha() == 0  # with its transparent corners
