"""A column of pages, one shown at a time, centred in its view (setup and unlock).

Signals: none.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

VIEW_MARGIN = 24


class PageStack(QWidget):
    """One page shown at a time, like QStackedWidget, but in a box layout.

    A box layout passes height-for-width on, so wrapped text on a page gets
    the lines it needs at any width and text size (QStackedWidget clips it).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[QWidget] = []
        self._current = -1
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def fit(self, available: int, widest: int) -> None:
        """A fixed column width, so wrapped text is measured at the width it gets."""
        self.setFixedWidth(max(240, min(widest, available)))
        self._claim_height()

    def _claim_height(self) -> None:
        """As tall as the shown page needs at this width (the parents ignore height-for-width)."""
        lay = self._layout
        if lay.hasHeightForWidth():
            self.setMinimumHeight(lay.totalHeightForWidth(self.width()))
        else:
            self.setMinimumHeight(lay.totalMinimumSize().height())

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.LayoutRequest:
            self._claim_height()
        return super().event(e)

    def addWidget(self, page: QWidget) -> int:
        self._pages.append(page)
        self._layout.addWidget(page)
        page.setVisible(len(self._pages) == 1)
        if self._current < 0:
            self._current = 0
        return len(self._pages) - 1

    def setCurrentIndex(self, index: int) -> None:
        self._current = index
        for i, page in enumerate(self._pages):
            page.setVisible(i == index)
        self._claim_height()

    def currentIndex(self) -> int:
        return self._current

    def currentWidget(self) -> QWidget:
        return self._pages[self._current]

    def widget(self, index: int) -> QWidget:
        return self._pages[index]

    def count(self) -> int:
        return len(self._pages)


class _FitOnResize(QObject):
    """Keeps a centred page stack at its column width as its view is resized."""

    def __init__(self, view: QWidget, pages: PageStack, widest: int) -> None:
        super().__init__(pages)
        self._view, self._pages, self._widest = view, pages, widest
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A filter whose Python side is already gone (its window was closed and Python
        # collected it first) has no attributes left: it has nothing to fit any more.
        view: QWidget | None = getattr(self, "_view", None)
        if view is not None and watched is view and event.type() == QEvent.Type.Resize:
            self._pages.fit(view.width() - 2 * VIEW_MARGIN, self._widest)
        return False


def centred_pages(view: QWidget, widest: int, *below: QWidget) -> PageStack:
    """The view's pages in a column at most ``widest`` wide, a little above the middle.

    ``below`` (a progress bar, say) stands centred under the pages.
    """
    pages = PageStack(view)
    outer = QVBoxLayout(view)
    outer.setContentsMargins(VIEW_MARGIN, VIEW_MARGIN, VIEW_MARGIN, VIEW_MARGIN)
    outer.addStretch(1)
    outer.addWidget(pages, 0, Qt.AlignmentFlag.AlignHCenter)
    for widget in below:
        outer.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
    outer.addStretch(2)
    _FitOnResize(view, pages, widest)
    return pages
