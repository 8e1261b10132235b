"""BackgroundCall: answers come back on the UI thread, and a closed asker never breaks the worker."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool
from pytestqt.qtbot import QtBot

from app.ui.data.worker import BackgroundCall


def test_the_result_arrives_on_the_ui_thread(qtbot: QtBot) -> None:
    call = BackgroundCall(lambda: threading.current_thread() is threading.main_thread())
    with qtbot.waitSignal(call.finished, timeout=5000) as blocker:
        call.start()
    assert blocker.args == [False]  # the work ran elsewhere; the signal reached us here


def test_a_failure_is_reported_not_lost(qtbot: QtBot) -> None:
    def work() -> None:
        raise OSError("disk gone")

    call = BackgroundCall(work)
    with qtbot.waitSignal(call.failed, timeout=5000) as blocker:
        call.start()
    assert isinstance(blocker.args[0], OSError)


def test_an_asker_deleted_while_the_work_runs_is_simply_not_answered(qtbot: QtBot) -> None:
    """A dialog closed while it gathers: the answer is dropped without an error in the worker."""
    release = threading.Event()
    started = threading.Event()

    def work() -> int:
        started.set()
        release.wait(5)
        return 42

    owner = QObject()
    call = BackgroundCall(work, owner)
    answers: list[object] = []
    call.finished.connect(answers.append)
    call.start()
    assert started.wait(5)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(call), timeout=5000)
    release.set()
    assert QThreadPool.globalInstance().waitForDone(5000)
    QCoreApplication.processEvents()  # any queued delivery runs now: there must be none, and no error
    assert answers == []


def _alive(obj: QObject) -> bool:
    try:
        obj.objectName()
    except RuntimeError:
        return False
    return True
