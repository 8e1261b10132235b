"""Run slow work off the UI thread; results come back to the main thread through signals."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives in the main thread, so its signals are delivered there (queued)."""

    finished = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    @Slot()
    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # reported to the main thread, never lost in the worker
            self._report(self._relay.failed, error)
        else:
            self._report(self._relay.finished, result)

    @staticmethod
    def _report(signal: Any, value: object) -> None:
        with suppress(RuntimeError):  # the asker (a closed dialog) was deleted meanwhile: nobody wants it
            signal.emit(value)


class BackgroundCall(QObject):
    """One piece of background work. Signals: finished(object result), failed(BaseException)."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.finished.connect(self.finished)
        self._relay.failed.connect(self.failed)
        self._work = work

    def start(self) -> None:
        task = _Task(self._work, self._relay)
        task.setAutoDelete(True)
        QThreadPool.globalInstance().start(task)
