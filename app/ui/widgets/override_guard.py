"""One record that can't be shown must never take the app down.

Qt calls a model's data(), a delegate's paint() and a widget's paint and resize events from
C++; a Python exception escaping one of them ends the whole process, with everything unsaved.
The list models, delegates and the mood chart catch there, show something plain ("date not
valid"), and say once in the log what went wrong, with the traceback (never the entry's text).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter

log = logging.getLogger(__name__)

NOT_VALID = QT_TRANSLATE_NOOP("OverrideGuard", "date not valid")
"""What a row shows in place of a date it can't work out: translate("OverrideGuard", NOT_VALID)."""

_REPORTED_AT_MOST = 200  # distinct places and rows logged; after that, a repaint logs nothing
_reported: set[str] = set()


def report(where: str) -> None:
    """Log the exception being handled, once per `where` (say "journal list, row 3").

    Call it only from an `except` block: the traceback is the exception in hand.
    """
    if where in _reported or len(_reported) >= _REPORTED_AT_MOST:
        return
    _reported.add(where)
    log.exception("%s could not be shown as it is and was shown plainly", where)


def paint_or_plain(
    painter: QPainter, paint: Callable[[], None], plain: Callable[[], None], where: str
) -> None:
    """Run a delegate's `paint`; if it raises, report it and draw the row with `plain` on a fresh
    painter state instead (raised out of paint(), it would end the process)."""
    painter.save()
    try:
        paint()
    except Exception:
        report(where)
        painter.restore()
        painter.save()
        plain()
    finally:
        painter.restore()
