"""Highlight colours for suggestions, picked to suit the light or dark system palette.

Status decides the hue (pending amber, accepted green, edited blue, ignored grey); confidence
decides how loud a pending suggestion is (background strength and underline style), so the
likely repairs stand out and the doubtful ones whisper.
"""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextFormat

from unspin.core.model import Status

# Extra-selection formats carry the suggestion id and its status so that tests (and tools) can
# read back what is highlighted where.
SID_PROPERTY = QTextFormat.UserProperty
STATUS_PROPERTY = QTextFormat.UserProperty + 1
CURRENT_PROPERTY = QTextFormat.UserProperty + 2
TENTATIVE_PROPERTY = QTextFormat.UserProperty + 3
FIND_PROPERTY = QTextFormat.UserProperty + 4      # Find's mark on a match, not a suggestion

_HUES_LIGHT = {
    Status.PENDING: QColor(214, 120, 0),
    Status.ACCEPTED: QColor(30, 140, 60),
    Status.EDITED: QColor(40, 100, 210),
    Status.IGNORED: QColor(130, 130, 130),
}
_HUES_DARK = {
    Status.PENDING: QColor(255, 183, 77),
    Status.ACCEPTED: QColor(110, 210, 130),
    Status.EDITED: QColor(120, 170, 255),
    Status.IGNORED: QColor(150, 150, 150),
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.Base).lightness() < 128


def status_colour(status: Status, palette: QPalette) -> QColor:
    return QColor((_HUES_DARK if is_dark(palette) else _HUES_LIGHT)[status])


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21; text wants at least 4.5)."""
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def secondary_text(palette: QPalette, minimum: float = 4.5) -> QColor:
    """A quieter text colour for secondary lines that still reads at ``minimum`` contrast on the
    palette's base: the text colour blended towards the base as far as that allows."""
    text, base = palette.color(QPalette.Text), palette.color(QPalette.Base)
    for share in (0.35, 0.3, 0.25, 0.2, 0.15, 0.1, 0.0):   # how much of the base is mixed in
        mixed = QColor(int(text.red() * (1 - share) + base.red() * share),
                       int(text.green() * (1 - share) + base.green() * share),
                       int(text.blue() * (1 - share) + base.blue() * share))
        if contrast_ratio(mixed, base) >= minimum:
            return mixed
    return text


def suggestion_format(status: Status, confidence: float, palette: QPalette, *, current: bool = False,
                      original_side: bool = False, tentative: bool = False) -> QTextCharFormat:
    """The look of one suggestion in one pane. A tentative one (below the threshold, still in
    its original words) whispers: a dotted underline and no background until it is decided."""
    hue = status_colour(status, palette)
    fmt = QTextCharFormat()
    fmt.setUnderlineColor(hue)
    if status is Status.PENDING and tentative:
        fmt.setUnderlineStyle(QTextCharFormat.DotLine)
        alpha = 0
        fmt.setProperty(TENTATIVE_PROPERTY, True)
    elif status is Status.PENDING:
        # Solid for confident repairs, wavy for likely ones, dotted for doubtful ones.
        if confidence >= 0.8:
            fmt.setUnderlineStyle(QTextCharFormat.SingleUnderline)
        elif confidence >= 0.5:
            fmt.setUnderlineStyle(QTextCharFormat.WaveUnderline)
        else:
            fmt.setUnderlineStyle(QTextCharFormat.DotLine)
        # Spread the likely range (0.3-1.0) so 0.75 and 0.95 look clearly different.
        strength = max(0.0, min((confidence - 0.3) / 0.7, 1.0)) ** 1.5
        alpha = int(25 + 150 * strength)
    elif status is Status.IGNORED:
        fmt.setUnderlineStyle(QTextCharFormat.DotLine)
        alpha = 0
    else:
        fmt.setUnderlineStyle(QTextCharFormat.SingleUnderline)
        alpha = 70
    if is_dark(palette):
        alpha = int(alpha * 0.8)
    if alpha:
        bg = QColor(hue)
        bg.setAlpha(alpha)
        fmt.setBackground(bg)
    if original_side and status in (Status.ACCEPTED, Status.EDITED):
        fmt.setFontStrikeOut(True)  # the original words that were replaced
    if current:
        mark = QColor(palette.color(QPalette.Highlight))
        mark.setAlpha(150)
        fmt.setBackground(mark)
        fmt.setForeground(palette.color(QPalette.HighlightedText))
        fmt.setUnderlineStyle(QTextCharFormat.SingleUnderline)
    fmt.setProperty(STATUS_PROPERTY, status.value)
    fmt.setProperty(CURRENT_PROPERTY, current)
    return fmt


def find_mark_format(palette: QPalette) -> QTextCharFormat:
    """Find's mark on every match: the selection colour, faint, so the current match (selected
    in full colour) still stands out among them."""
    fmt = QTextCharFormat()
    mark = QColor(palette.color(QPalette.Highlight))
    mark.setAlpha(70 if is_dark(palette) else 60)
    fmt.setBackground(mark)
    fmt.setProperty(FIND_PROPERTY, True)
    return fmt
