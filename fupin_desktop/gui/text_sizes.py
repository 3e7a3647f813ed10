"""文字大小 (设置 › 常规): 标准 / 大 / 特大 for every window, chosen once and applied at once.

The sizes are data (resources/ui/text_sizes.yaml). The choice is kept in the GUI settings under
``ui/text_size``; a font size saved by older versions (``ui/font_size``, in points) maps to the
nearest size. Widgets that size something from the font (the list's row height, reserved hint
lines, a headline drawn larger than the text) follow a change through :func:`follow_font` /
:func:`scaled_font`, so choosing 特大 enlarges the open windows without a restart.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Optional

from fupin_desktop.gui.qt import QApplication, QEvent, QObject, QWidget
from fupin_desktop.paths import resource

TEXT_SIZE_KEY = "ui/text_size"
OLD_FONT_SIZE_KEY = "ui/font_size"  # points, written by versions with a 字号 spin box
SCALE_PROPERTY, BOLD_PROPERTY = "fupinFontScale", "fupinFontBold"  # set by scaled_font()


@dataclass(frozen=True)
class TextSize:
    key: str
    label: str
    en: str
    point_size: float

    def shown(self) -> str:
        from fupin_desktop.gui.vocab_labels import is_english

        return self.en if is_english() and self.en else self.label


# The default size's key and points, as in text_sizes.yaml (a test keeps them equal): the start-up
# paints its frame in the default size without importing yaml (~15 ms of the first paint).
DEFAULT_KEY, DEFAULT_POINT_SIZE = "standard", 10.0


@lru_cache(maxsize=1)
def _table() -> tuple[str, tuple[TextSize, ...]]:
    import yaml

    with open(resource("ui", "text_sizes.yaml"), encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    sizes = tuple(TextSize(str(s["key"]), str(s["label"]), str(s.get("en", "")), float(s["point_size"]))
                  for s in data["sizes"])
    default = str(data.get("default", sizes[0].key))
    if default not in {s.key for s in sizes}:
        raise ValueError(f"text_sizes.yaml: default {default!r} is not one of the sizes")
    return default, sizes


def text_sizes() -> tuple[TextSize, ...]:
    return _table()[1]


def default_text_size() -> TextSize:
    return size_for("")


def size_for(key: str) -> TextSize:
    """The size called ``key``; the default one for an unknown key (a hand-edited settings file)."""
    default, sizes = _table()
    by_key = {s.key: s for s in sizes}
    return by_key.get(key) or by_key[default]


def nearest_size(point_size: float) -> TextSize:
    return min(text_sizes(), key=lambda s: abs(s.point_size - point_size))


def chosen_size(settings) -> TextSize:
    """The size saved in the GUI settings (None: no settings, the default)."""
    if settings is None:
        return default_text_size()
    key = settings.value(TEXT_SIZE_KEY, None)
    if key:
        return size_for(str(key))
    old = settings.value(OLD_FONT_SIZE_KEY, None)
    try:
        return nearest_size(float(old)) if old is not None else default_text_size()
    except (TypeError, ValueError):
        return default_text_size()


def startup_point_size(settings) -> float:
    """``chosen_size(settings).point_size``, reading the sizes' file only for a size other than the
    default one (the start-up's frame is painted in the saved size)."""
    if settings is not None:
        key = settings.value(TEXT_SIZE_KEY, None)
        if key != DEFAULT_KEY and (key or settings.value(OLD_FONT_SIZE_KEY, None) is not None):
            return chosen_size(settings).point_size
    return DEFAULT_POINT_SIZE


def save_size(settings, size: TextSize) -> None:
    if settings is None:
        return
    settings.setValue(TEXT_SIZE_KEY, size.key)
    settings.remove(OLD_FONT_SIZE_KEY)
    settings.sync()


class _FontFollower(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None], events: tuple):
        super().__init__(widget)
        self.callback, self.events = callback, events
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() in self.events:
            self.callback()
        return False


def follow_font(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` whenever ``widget``'s font changes (e.g. 文字大小 in 设置)."""
    _FontFollower(widget, callback, (QEvent.Type.FontChange,))


def scaled_font(widget: QWidget, factor: float, bold: Optional[bool] = None) -> None:
    """Give ``widget`` the application font times ``factor`` (a headline), now and after every change
    of the application font (:func:`fupin_desktop.gui.fonts.install_app_font` applies it again: an
    explicitly set size no longer follows the application's)."""
    widget.setProperty(SCALE_PROPERTY, float(factor))
    if bold is not None:
        widget.setProperty(BOLD_PROPERTY, bool(bold))
    apply_scaled_font(widget)


def apply_scaled_font(widget: QWidget) -> None:
    factor = widget.property(SCALE_PROPERTY)
    if factor is None:
        return
    font = QApplication.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * float(factor))
    bold = widget.property(BOLD_PROPERTY)
    if bold is not None:
        font.setBold(bool(bold))
    if font != widget.font():
        widget.setFont(font)
