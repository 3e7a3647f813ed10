"""Bar charts drawn with QPainter (no PySide6-Addons / QtCharts: 156 MB for a few bars).

``TargetBarChart`` draws, per area, a light bar for the target and a dark bar for what is done,
with the value above and the area name below; clicking a group emits ``group_clicked(index)``
(the dashboard uses it to drill down). ``render_to_image`` gives a PNG-ready QImage for tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from fupin_desktop.gui.qt import (
    QColor,
    QFontMetrics,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QRectF,
    QSize,
    Qt,
    QWidget,
    Signal,
)

TARGET = QColor("#B8C7DA")
DONE = QColor("#2E6DB4")
DONE_FULL = QColor("#2E8B57")
AXIS = QColor("#666666")
TEXT = QColor("#222222")


@dataclass(frozen=True)
class BarGroup:
    label: str
    target: float
    done: float


class TargetBarChart(QWidget):
    group_clicked = Signal(int)

    def __init__(self, title: str = "", parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.title = title
        self.groups: list[BarGroup] = []
        self.legend = (self.tr("目标"), self.tr("完成"))
        self._hit: list[QRectF] = []
        self._hover = -1
        self.setMouseTracking(True)
        self.setMinimumHeight(180)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(480, 240)

    def set_data(self, groups: Sequence[BarGroup], title: Optional[str] = None) -> None:
        self.groups = list(groups)
        if title is not None:
            self.title = title
        self._hover = -1
        self.update()

    # --- drawing --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.draw(painter, QRectF(self.rect()))
        painter.end()

    def draw(self, painter: QPainter, area: QRectF) -> None:
        fm = QFontMetrics(self.font())
        line = fm.height()
        painter.fillRect(area, self.palette().base())
        painter.setPen(TEXT)
        painter.drawText(QRectF(area.left() + 8, area.top() + 4, area.width() - 16, line + 4),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title)
        self._draw_legend(painter, area, line)
        top = area.top() + line * 2 + 10
        left = area.left() + 12
        right = area.right() - 12
        slot_guess = (right - left) / max(len(self.groups), 1)
        widest = max((fm.horizontalAdvance(g.label) for g in self.groups), default=0)
        slanted = widest > slot_guess - 4  # names do not fit under their bars: write them at a slant
        label_height = min(widest * 0.6, 80) + line if slanted else line
        bottom = area.bottom() - label_height - 10
        self._hit = []
        painter.setPen(QPen(AXIS, 1))
        painter.drawLine(int(left), int(bottom), int(right), int(bottom))
        if not self.groups:
            painter.setPen(TEXT)
            painter.drawText(QRectF(left, top, right - left, bottom - top), Qt.AlignmentFlag.AlignCenter,
                             self.tr("暂无数据"))
            return
        peak = max([max(g.target, g.done) for g in self.groups] + [1.0])
        slot = (right - left) / len(self.groups)
        bar = max(3.0, min(28.0, slot * 0.32))
        for i, g in enumerate(self.groups):
            cx = left + slot * (i + 0.5)
            if i == self._hover:
                painter.fillRect(QRectF(left + slot * i, top, slot, bottom - top), QColor(0, 0, 0, 14))
            for offset, value, colour in ((-bar, g.target, TARGET),
                                          (0.0, g.done, DONE_FULL if g.target and g.done >= g.target else DONE)):
                h = (bottom - top - line) * (value / peak)
                rect = QRectF(cx + offset, bottom - h, bar, h)
                painter.fillRect(rect, colour)
                if slot > fm.horizontalAdvance("0000") + 4:
                    painter.setPen(TEXT)
                    painter.drawText(QRectF(cx + offset - 20, bottom - h - line, bar + 40, line),
                                     Qt.AlignmentFlag.AlignCenter, f"{value:,.0f}")
            painter.setPen(TEXT)
            if slanted:
                label = fm.elidedText(g.label, Qt.TextElideMode.ElideRight, int(label_height / 0.6))
                painter.save()
                painter.translate(cx + line / 2, bottom + 6)
                painter.rotate(-40)
                painter.drawText(QRectF(-fm.horizontalAdvance(label), -line / 2, fm.horizontalAdvance(label), line),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
                painter.restore()
            else:
                painter.drawText(QRectF(cx - slot / 2, bottom + 4, slot, line), Qt.AlignmentFlag.AlignCenter, g.label)
            self._hit.append(QRectF(left + slot * i, top, slot, bottom - top + label_height + 6))

    def _draw_legend(self, painter: QPainter, area: QRectF, line: int) -> None:
        fm = QFontMetrics(self.font())
        x = area.right() - 12
        for text, colour in reversed(list(zip(self.legend, (TARGET, DONE)))):
            width = fm.horizontalAdvance(text)
            x -= width
            painter.setPen(TEXT)
            painter.drawText(QRectF(x, area.top() + 4, width, line + 4), Qt.AlignmentFlag.AlignVCenter, text)
            x -= 14
            painter.fillRect(QRectF(x, area.top() + 4 + (line + 4 - 10) / 2, 10, 10), colour)
            x -= 12

    # --- interaction ----------------------------------------------------------------------
    def group_at(self, x: float, y: float) -> int:
        for i, rect in enumerate(self._hit):
            if rect.contains(x, y):
                return i
        return -1

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        hover = self.group_at(event.position().x(), event.position().y())
        if hover != self._hover:
            self._hover = hover
            self.setCursor(Qt.CursorShape.PointingHandCursor if hover >= 0 else Qt.CursorShape.ArrowCursor)
            if hover >= 0:
                g = self.groups[hover]
                self.setToolTip(self.tr("{name}：目标 {target:,.0f}，完成 {done:,.0f}").format(
                    name=g.label, target=g.target, done=g.done))
            self.update()

    def leaveEvent(self, event) -> None:  # noqa: N802
        self._hover = -1
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            index = self.group_at(event.position().x(), event.position().y())
            if index >= 0:
                self.group_clicked.emit(index)

    def render_to_image(self, size: QSize = QSize(640, 260)) -> QImage:
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setFont(self.font())
        self.draw(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        return image
