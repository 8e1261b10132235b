"""The workshop's gentle checks and speaking time: run a moment after typing stops, and a chosen
hint finds its phrase in the draft."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QListWidgetItem

from app.domain.statement_checks import CheckLists, Hint, check_statement
from app.domain.text import speaking_seconds, word_count
from app.i18n import Plural, translate
from app.i18n_dates import number
from app.ui.ownership.statement_view import StatementView
from app.ui.ownership.statement_words import hint_text, speaking_time_text, utf16_offset
from app.ui.widgets.form_fields import raw_text
from app.ui.widgets.page_layout import bring_into_view

HINT_DELAY_MS = 300  # when the checks run again after typing stops (not a save timer)
CHECKED_CHARS = 20_000  # about 3,500 words: far past any statement, still checked in a blink
SHOWN_HINTS = 40
HINT_ROLE = Qt.ItemDataRole.UserRole + 1


class StatementHints(QObject):
    """Fills the hints card and the speaking time of `view` from its draft."""

    def __init__(self, view: StatementView, checks: CheckLists) -> None:
        super().__init__(view)
        self._view = view
        self._checks = checks
        self._timer = QTimer(self, singleShot=True, interval=HINT_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        view.draft_edit.textChanged.connect(self._timer.start)
        view.hints_list.itemClicked.connect(self._on_chosen)
        view.hints_list.itemActivated.connect(self._on_chosen)

    def check_now(self) -> None:
        """Run the gentle checks on the draft now (normally a moment after typing stops)."""
        self._timer.stop()
        view = self._view
        self._update_speaking_time()
        text = raw_text(view.draft_edit)
        too_long = len(text) > CHECKED_CHARS  # a statement is a minute long; a pasted essay is not
        hints = check_statement(text, self._checks) if text.strip() and not too_long else []
        view.hints_list.clear()
        for hint in hints[:SHOWN_HINTS]:
            item = QListWidgetItem(hint_text(hint))
            item.setData(HINT_ROLE, hint)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, hint_text(hint).replace("\n", ": "))
            item.setToolTip(translate("StatementHints", "Choose it to find it in your draft"))
            view.hints_list.addItem(item)
        if not text.strip():
            note = translate("StatementHints", "Hints about your draft will appear here as you write.")
        elif too_long:
            note = translate("StatementHints",
                             "This draft is much longer than a statement usually is, so the "
                             "checks are resting. They come back once it is shorter.")
        elif not hints:
            note = translate("StatementHints",
                             "Nothing to point out. Reading it aloud once is still a good test.")
        elif len(hints) > SHOWN_HINTS:
            note = translate("StatementHints", "The first {shown} of {count} are shown.").format(
                shown=SHOWN_HINTS, count=len(hints))
        else:
            note = ""
        view.hints_empty.setText(note)
        view.hints_empty.setVisible(bool(note))
        view.hints_list.setVisible(bool(hints))

    def hints(self) -> list[Hint]:
        hints_list = self._view.hints_list
        return [hints_list.item(row).data(HINT_ROLE) for row in range(hints_list.count())]

    def select(self, hint: Hint) -> None:
        """Select the hint's phrase in the draft and put the cursor there."""
        view = self._view
        text = raw_text(view.draft_edit)
        start, end = hint.start, hint.end
        if end <= start or text[start:end].casefold() != hint.phrase.casefold():
            return  # the draft changed since the check; the next check will list it again
        cursor = view.draft_edit.textCursor()
        cursor.setPosition(utf16_offset(text, start))
        cursor.setPosition(utf16_offset(text, end), QTextCursor.MoveMode.KeepAnchor)
        view.draft_edit.setTextCursor(cursor)
        view.draft_edit.ensureCursorVisible()
        bring_into_view(view.draft_edit)
        view.draft_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_chosen(self, item: QListWidgetItem) -> None:
        hint = item.data(HINT_ROLE)
        if hint is not None:
            self.select(hint)

    def _update_speaking_time(self) -> None:
        label = self._view.speaking_label
        text = raw_text(self._view.draft_edit)
        words = word_count(text)
        seconds = speaking_seconds(text, self._checks.words_per_minute)
        if words == 0:
            label.setText(translate("StatementHints", "Nothing to say aloud yet"))
        else:
            words_text = (translate("StatementHints", "1 word") if words == 1
                          else Plural.tr("%n words", "", words).replace(str(words), number(words, 0), 1))
            label.setText(f"{speaking_time_text(seconds)} · {words_text}")
        label.setAccessibleDescription(label.text())
