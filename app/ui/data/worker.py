"""Run slow work off the UI thread; results come back to the main thread through signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Carries one answer to the main thread (queued: it lives there).

    Owned by the application object, not by the asker, and deleted (later, on the main thread)
    only once its answer has gone out: the asker may be deleted at any moment (a dialog closed, a
    list rebuilt) without the worker ever emitting through a half-destroyed object, and Qt cuts
    the connection to an asker that is gone.
    """

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
            self._relay.failed.emit(error)
        else:
            self._relay.finished.emit(result)


class BackgroundCall(QObject):
    """One piece of background work. Signals: finished(object result), failed(BaseException)."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None, *,
                 apart: bool = False) -> None:
        """`apart`: on a thread of its own, which nothing waits for (locking and quitting wait for
        Qt's global pool): for a look that may hang on a network folder and touches no journal."""
        super().__init__(parent)
        self._work = work
        self._apart = apart

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is None:  # nothing could carry the answer back: say so rather than lose it
            raise RuntimeError("BackgroundCall needs a running Qt application")
        relay = _Relay(app)
        # Slots of this object, so Qt cuts the connection when it is deleted before the answer.
        relay.finished.connect(self._deliver)
        relay.failed.connect(self._fail)
        relay.finished.connect(relay.deleteLater)
        relay.failed.connect(relay.deleteLater)
        task = _Task(self._work, relay)
        if self._apart:  # a daemon thread: a hang never holds up the window, nor the app's exit
            import threading

            threading.Thread(target=task.run, name="trustbridge-apart", daemon=True).start()
            return
        task.setAutoDelete(True)
        QThreadPool.globalInstance().start(task)

    @Slot(object)
    def _deliver(self, result: object) -> None:
        self.finished.emit(result)

    @Slot(object)
    def _fail(self, error: object) -> None:
        self.failed.emit(error)
