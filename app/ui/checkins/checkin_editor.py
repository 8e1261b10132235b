"""After the meeting: held or not, notes, feedback received, agreed actions, and how it went.

The notes save as they are typed, with the rest of the check-in (shown_checkin); held and the
rating are stored at once, each one action through the gateway. Feedback and actions are
handled in checkin_lists; the layout is checkin_editor_view.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.domain.changes import Area
from app.domain.workbench import CheckIn, Goal
from app.i18n import translate
from app.ui.checkins.checkin_editor_view import CheckInEditorView
from app.ui.checkins.checkin_lists import CheckInLists
from app.ui.checkins.checkin_rows import rating_text
from app.ui.checkins.shown_checkin import ShownCheckIn
from app.ui.data.journal_events import ObservedJournal


class CheckInEditor(CheckInEditorView):
    """What happened at one check-in.

    Signals: actions_changed() — an action or a piece of feedback was added, changed or removed;
    checkin_saved(CheckIn) — held or the rating was stored.
    """

    actions_changed = Signal()
    checkin_saved = Signal(object)

    def __init__(self, journal: ObservedJournal, shown: ShownCheckIn, parent: QWidget | None = None) -> None:
        super().__init__(journal.clock.today(), parent)
        self._journal = journal
        self._shown = shown
        self._checkin: CheckIn | None = None
        self.lists = CheckInLists(journal, shown, self)
        self.lists.changed.connect(self.actions_changed)
        self.held_check.toggled.connect(self._on_held)
        self.rating_group.idClicked.connect(self._on_rating)
        shown.field("notes", self.notes_editor.text)
        self.notes_editor.text_edited.connect(lambda: shown.touch("notes"))

    # -- loading ---------------------------------------------------------------------------

    def show_checkin(self, checkin: CheckIn | None, checkins: Sequence[CheckIn],
                     goals: Sequence[Goal]) -> None:
        """Show a check-in (already the shown one, its earlier text saved) and what was agreed there."""
        same = checkin is not None and self._checkin is not None and checkin.uuid == self._checkin.uuid
        self._checkin = checkin
        self.lists.show_checkin(checkin, same, checkins, goals)
        self.setEnabled(checkin is not None)
        self.notes_editor.set_text(checkin.notes if checkin else "")
        self._show_held(checkin)
        self.lists.reload()

    def reload(self) -> None:
        """Read this check-in's feedback and the actions again."""
        self.lists.reload()

    def flush(self) -> bool:
        """Save everything typed so far (words in the "add" fields stay drafts of this meeting).
        False if that failed."""
        return self.lists.flush()

    def set_narrow(self, narrow: bool) -> None:
        """Stack the controls of each row when the tool is narrow (large text, small window)."""
        self.lists.set_narrow(narrow)

    def _show_held(self, checkin: CheckIn | None) -> None:
        held = bool(checkin and checkin.held)
        blocked = self.held_check.blockSignals(True)
        self.held_check.setChecked(held)
        self.held_check.blockSignals(blocked)
        self.rating_group.setExclusive(False)
        for value, button in self.rating_buttons.items():
            button.setChecked(bool(checkin and checkin.rating == value))
            button.setEnabled(held)
        self.rating_group.setExclusive(True)
        if not held:
            self.rating_hint.setText(translate("CheckinEditor", "Once you have met, tick the box above and "
                                                                "rate how it went: 1 for hard going, 5 for "
                                                                "went well."))
        elif checkin and checkin.rating:
            self.rating_hint.setText(translate("CheckinEditor", "You rated it {rating_text}.").format(
                rating_text=rating_text(checkin.rating)))
        else:
            self.rating_hint.setText(translate(
                "CheckinEditor", "1 for hard going, 5 for went well. There is no wrong answer."))

    # -- held and rating -------------------------------------------------------------------

    def _on_held(self, held: bool) -> None:
        """Stored at once; on failure the controls go back to what is stored (the status line says why)."""
        current = self._shown.checkin
        self._store(held=held, rating=current.rating if current and held else None)

    def _on_rating(self, value: int) -> None:
        self._store(rating=value)

    def _store(self, *, held: bool | None = None, rating: int | None) -> None:
        """Held and the rating, written with the check-in's text as it reads on screen."""
        if self._shown.checkin is None:
            return
        changed = replace(self._shown.on_screen(), rating=rating)
        if held is not None:
            changed = replace(changed, held=held)
        done = self._journal.act(Area.CHECKIN, lambda j: j.checkins.save_checkin(changed),
                                 origin=self._shown.origin)
        if done is not None:
            self._shown.checkin = done.value
            self._checkin = done.value
            self.checkin_saved.emit(done.value)
        self._show_held(self._shown.checkin)
