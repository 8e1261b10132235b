"""Undo offers that put earlier words back over the draft, held only until the next edit.

Restoring a version, or rebuilding the draft from the parts, offers Undo in the bar that reports
it; that Undo writes the earlier draft back whole. Once the person has typed again, the last
thing they did is the typing (the editor's own Ctrl+Z takes that back), and putting the earlier
draft back would silently throw away every word written since. So the first edit turns the offer
into plain news: the bar still says what happened, without a button that would wipe new words.
"""

from __future__ import annotations

from collections.abc import Callable

from app.ui.widgets.notice import InlineNotice


class DraftUndo:
    """The draft's live Undo offers, each withdrawn at the next edit of the draft or its parts."""

    def __init__(self) -> None:
        self._offers: list[tuple[InlineNotice, str]] = []

    def offer(self, notice: InlineNotice, text: str, undo: Callable[[], object]) -> None:
        """Say `text` in `notice` with an Undo that runs `undo`, until the draft is edited."""
        self._offers = [(shown, said) for shown, said in self._offers if shown is not notice]
        notice.offer_undo(text, undo)
        self._offers.append((notice, text))

    def withdraw(self) -> None:
        """The draft was edited: every offer still on show stays as news, without its Undo."""
        offers, self._offers = self._offers, []
        for notice, text in offers:
            if still_offered(notice, text):
                notice.tell(text)


def still_offered(notice: InlineNotice, text: str) -> bool:
    """Whether `notice` still shows `text` with its Undo (no other message has replaced it)."""
    return (not notice.isHidden() and notice.label.text() == text
            and not notice.accept_button.isHidden() and notice.accept_button.text() == "Undo")
