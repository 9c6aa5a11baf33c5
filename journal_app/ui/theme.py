"""Theme and text size, applied to the whole application (palette + font).

``System`` follows the platform's colour scheme when it reports one; when it
says nothing (or says dark on a style without a dark palette) we use our own
calm dark palette, so Dark always looks dark.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

LARGER_TEXT_FACTOR = 1.25
# Secondary text (hints, dates, "not logged") in the light palette: Fusion's own is
# black at half strength, #777 on #efefef, 3.9:1; this one 5.5:1 (6.4:1 on fields; WCAG 4.5).
LIGHT_MUTED = QColor("#5f5f5f")
DARK_MUTED = QColor("#9a9ca1")  # 5.4:1 on the dark window, 6.0:1 on its fields
# Field errors: warm, never red, never the blue of a link (light 6.2:1, dark 8.0:1).
LIGHT_ATTENTION = QColor("#8a4600")
DARK_ATTENTION = QColor("#f2b36b")
# The edge of a text field on the dark palette (3.3:1 against the window: WCAG's 3 for
# the parts of a control), and the width of the focus ring every control gets.
DARK_FIELD_EDGE = QColor("#75787e")
FOCUS_RING = 2.0

_base_font: QFont | None = None
_base_palette: QPalette | None = None


def light_palette(standard: QPalette) -> QPalette:
    """The style's own light palette, with secondary text dark enough to read."""
    p = QPalette(standard)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.PlaceholderText, LIGHT_MUTED)
    return p


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def attention_color(palette: QPalette) -> QColor:
    """The colour of a field's error message on ``palette``: warm, readable, not a link."""
    return QColor(DARK_ATTENTION if is_dark(palette) else LIGHT_ATTENTION)


def dark_palette() -> QPalette:
    """Our own dark palette: soft contrast, no pure black or white."""
    p = QPalette()
    window = QColor("#26282b")
    base = QColor("#1e1f22")
    text = QColor("#e6e4df")
    muted = QColor(DARK_MUTED)
    accent = QColor("#6b9bd1")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, window)
        p.setColor(group, QPalette.ColorRole.WindowText, text)
        p.setColor(group, QPalette.ColorRole.Base, base)
        p.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#2b2d31"))
        p.setColor(group, QPalette.ColorRole.ToolTipBase, window)
        p.setColor(group, QPalette.ColorRole.ToolTipText, text)
        p.setColor(group, QPalette.ColorRole.PlaceholderText, muted)
        p.setColor(group, QPalette.ColorRole.Text, text)
        p.setColor(group, QPalette.ColorRole.Button, QColor("#33363a"))
        p.setColor(group, QPalette.ColorRole.ButtonText, text)
        p.setColor(group, QPalette.ColorRole.BrightText, QColor("#ffb4a8"))
        p.setColor(group, QPalette.ColorRole.Light, QColor("#45484d"))
        p.setColor(group, QPalette.ColorRole.Midlight, QColor("#3a3d41"))
        p.setColor(group, QPalette.ColorRole.Mid, QColor("#2f3135"))
        p.setColor(group, QPalette.ColorRole.Dark, QColor("#18191b"))
        p.setColor(group, QPalette.ColorRole.Shadow, QColor("#101113"))
        p.setColor(group, QPalette.ColorRole.Highlight, accent)
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#101113"))
        p.setColor(group, QPalette.ColorRole.Link, QColor("#8fb8e6"))
        p.setColor(group, QPalette.ColorRole.LinkVisited, QColor("#b49fd6"))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(disabled, role, muted)
    p.setColor(disabled, QPalette.ColorRole.Base, window)
    p.setColor(disabled, QPalette.ColorRole.Button, window)
    p.setColor(disabled, QPalette.ColorRole.Window, window)
    p.setColor(disabled, QPalette.ColorRole.Highlight, QColor("#4a4d52"))
    return p


class CalmStyle(QProxyStyle):
    """Fusion, made easier to see: clear edges on dark, and one clear focus ring.

    Fusion outlines check boxes, radio buttons and text fields in a shade of
    the window colour, which on a dark window all but disappears: a survivor
    could not see whether "Share with my therapist" is ticked, or where to
    type. On dark palettes we draw a clear edge on top. Fusion's focus is a
    faint box (dotted in a list); every control here gets the same solid ring
    in the highlight colour instead.
    """

    _CHECKS = (
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
    )
    _FIELDS = (
        QStyle.PrimitiveElement.PE_PanelLineEdit,
        QStyle.PrimitiveElement.PE_FrameLineEdit,
        QStyle.PrimitiveElement.PE_Frame,  # a framed list or text area (an entry's text)
    )

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            _ring(painter, option.rect, option.palette)
            return
        super().drawPrimitive(element, option, painter, widget)
        dark = is_dark(option.palette)
        if element in self._FIELDS:
            if getattr(option, "lineWidth", 1) <= 0:
                return  # the frameless text inside a date or number field: its box has them
            if dark:
                _edge(painter, option.rect, DARK_FIELD_EDGE)
            if option.state & QStyle.StateFlag.State_HasFocus:
                _ring(painter, option.rect, option.palette)
            return
        radio = element == QStyle.PrimitiveElement.PE_IndicatorRadioButton
        if not (radio or element in self._CHECKS) or not dark:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.PlaceholderText), 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box = option.rect.adjusted(1, 1, -1, -1)
        if radio:
            painter.drawEllipse(box)
        else:
            painter.drawRoundedRect(box, 2, 2)
        painter.restore()

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Date fields, number fields and choices: an edge on dark, the ring when focused."""
        super().drawComplexControl(control, option, painter, widget)
        if control not in (QStyle.ComplexControl.CC_SpinBox, QStyle.ComplexControl.CC_ComboBox):
            return
        if is_dark(option.palette):
            _edge(painter, option.rect, DARK_FIELD_EDGE)
        if option.state & QStyle.StateFlag.State_HasFocus:
            _ring(painter, option.rect, option.palette)


def _edge(painter: QPainter, rect: QRect, color: QColor) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(color, 1.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
    painter.restore()


def _ring(painter: QPainter, rect: QRect, palette: QPalette) -> None:
    """The focus ring: solid, in the highlight colour, inside the control's edge."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), FOCUS_RING))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = FOCUS_RING / 2
    painter.drawRoundedRect(QRectF(rect).adjusted(half, half, -half, -half), 3, 3)
    painter.restore()


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def effective_theme(theme: str) -> str:
    """``light`` or ``dark``: what ``theme`` (system/light/dark) means right now."""
    if theme == "dark":
        return "dark"
    if theme == "light":
        return "light"
    return "dark" if system_is_dark() else "light"


def apply_theme(app: QApplication, theme: str, larger_text: bool) -> str:
    """Set the palette and font for ``theme`` and text size; returns light or dark."""
    global _base_font, _base_palette
    if _base_font is None:
        _base_font = QFont(app.font())
        # The Fusion style draws our palettes faithfully on every platform.
        app.setStyle(CalmStyle("Fusion"))
        _base_palette = QPalette(app.style().standardPalette())
    assert _base_palette is not None
    chosen = effective_theme(theme)
    app.setPalette(dark_palette() if chosen == "dark" else light_palette(_base_palette))
    font = QFont(_base_font)
    # Qt draws a mnemonic's underlined letter as a run of its own; in a kerned pair
    # ("&To") the next letter is then cut off. Without kerning no label is clipped.
    font.setKerning(False)
    if larger_text:
        size = font.pointSizeF()
        if size > 0:
            font.setPointSizeF(size * LARGER_TEXT_FACTOR)
        else:
            font.setPixelSize(round(font.pixelSize() * LARGER_TEXT_FACTOR))
    app.setFont(font)
    _tell_own_fonts()
    return chosen


def _tell_own_fonts() -> None:
    """Tell widgets with a font of their own that the application font changed.

    Qt sends ``ApplicationFontChange`` only to widgets that inherit their
    font; one with its own (a heading, a big figure) would keep its old size
    until the next lock and unlock. ``FollowFont`` listens for this.
    """
    for widget in QApplication.allWidgets():
        if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont) and not widget.isWindow():
            event = QEvent(QEvent.Type.ApplicationFontChange)
            QCoreApplication.sendEvent(widget, event)


def heading_font(scale: float = 1.4, bold: bool = True, *, fixed: bool = False) -> QFont:
    """The application font (or a fixed-width one at its size), scaled and bold or not."""
    app_font = QApplication.font()
    if fixed:
        from PySide6.QtGui import QFontDatabase  # the recovery code's font only

        font = QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    else:
        font = QFont(app_font)
    size = app_font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * scale)
    else:
        font.setPixelSize(round(app_font.pixelSize() * scale))
    font.setBold(bold)
    return font


class FollowFont(QObject):
    """Keeps a widget's font at ``scale`` times the application font, as that changes.

    Larger text (and back) then reaches a heading or a big figure at once,
    without a lock and unlock. Made by ``follow_app_font``.
    """

    def __init__(self, widget: QWidget, scale: float, bold: bool, fixed: bool) -> None:
        super().__init__(widget)
        self.scale, self.bold, self.fixed = scale, bold, fixed
        widget.installEventFilter(self)

    def apply(self) -> None:
        widget = self.parent()
        assert isinstance(widget, QWidget)
        widget.setFont(heading_font(self.scale, self.bold, fixed=self.fixed))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self.apply()
        return False


def follow_app_font(
    widget: QWidget, scale: float = 1.0, *, bold: bool = False, fixed: bool = False
) -> QWidget:
    """Give ``widget`` a font of ``scale`` × the application's that follows it; returns it.

    Calling it again on the same widget changes the scale or weight.
    """
    follower = widget.findChild(FollowFont, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if follower is None:
        follower = FollowFont(widget, scale, bold, fixed)
    else:
        follower.scale, follower.bold, follower.fixed = scale, bold, fixed
    follower.apply()
    return widget


class Heading(QLabel):
    """A heading, a little larger and bold, never loud; its size follows larger text."""

    def __init__(self, text: str, scale: float = 1.4, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        follow_app_font(self, scale, bold=True)
