"""The window's first size fits the screen it opens on, frame included."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QScreen


@pytest.mark.parametrize(
    ("screen", "expected"),
    [
        (QRect(0, 0, 1920, 1040), QSize(1100, 720)),  # room to spare: the usual size
        (QRect(0, 0, 1280, 770), QSize(1100, 710)),  # a laptop with a panel: shorter
        (QRect(0, 0, 800, 570), QSize(760, 510)),  # 800×600 with a panel: all of it shows
        (QRect(0, 0, 640, 400), QSize(640, 480)),  # smaller than the app can be: its least
    ],
)
def test_the_first_size_fits_the_screen(
    make_window: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    screen: QRect,
    expected: QSize,
) -> None:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: screen)
    window = make_window(tmp_path / "journal")
    assert window.size() == expected
