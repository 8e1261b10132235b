"""The mood check-in: named feelings with how strong each is, the overall mood, and a note.

The form is one widget, used on the Feelings page and, wrapped in `MoodCheckDialog`, from the
evening entry on Today. It only builds a `MoodCheck`, timed by the clock it is given (the
journal's, `journal.clock`) when it is asked for one; whoever shows it decides when to save, and
keeps it as a draft while it is made (`MoodDraft`, app/ui/feelings/mood_draft.py).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.clock import Clock, SystemClock
from app.domain.emotions import EmotionCatalogue, EmotionFamily
from app.domain.workbench import MOOD_WORDS, EmotionRating, MoodCheck
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.data.journal_events import ObservedJournal
from app.ui.feelings.form_drafts import TODAY_MOOD_DRAFT, MoodFormState
from app.ui.feelings.mood_draft import MoodDraft
from app.ui.widgets.flow_layout import WrapGrid
from app.ui.widgets.form_fields import name_parts, segment_button, wrapped_label

MOOD_LABELS = MOOD_WORDS
DEFAULT_INTENSITY = 3
MOOD_NEEDED = QT_TRANSLATE_NOOP("MoodCheck",
                                "Pick an overall mood to save. The feelings and the note are up to you.")
DRAFT_BACK = QT_TRANSLATE_NOOP("MoodCheck", "Your unfinished check-in is back, as you left it.")
NOT_SAVED = QT_TRANSLATE_NOOP("MoodCheck", "Not saved. Your choices are still here; try again.")
NOT_KEPT = QT_TRANSLATE_NOOP("MoodCheck",
                             "Couldn't keep your choices just now. Press Not now again to close anyway.")
INTENSITY_HINT = QT_TRANSLATE_NOOP(
    "MoodCheck", "How strong it is: 1 is a faint trace, 5 fills the room. Use the arrow keys to change it.")


class EmotionChip(QWidget):
    """One named feeling: a toggle, and once it is on, how strong it is (1–5).

    Signals: changed() — picked, unpicked, or its intensity moved.
    """

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.toggle = segment_button(name, name)
        self.toggle.setAccessibleDescription(translate("MoodCheck",
                                                       "Press Space to pick this feeling, again to take it "
                                                       "off"))
        self.toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.intensity = QSpinBox()
        self.intensity.setRange(1, 5)
        self.intensity.setValue(DEFAULT_INTENSITY)
        name_parts(self.intensity, translate("MoodCheck", "How strong: {name}").format(name=name))
        self.intensity.setAccessibleDescription(translate("MoodCheck", INTENSITY_HINT))
        self.intensity.setToolTip(translate("MoodCheck", INTENSITY_HINT))
        self.intensity.setAlignment(Qt.AlignmentFlag.AlignCenter)
        policy = self.intensity.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the grid stays put as feelings are picked
        self.intensity.setSizePolicy(policy)
        self.intensity.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.toggle, 1)
        row.addWidget(self.intensity)
        self._wire()

    def _wire(self) -> None:
        self.toggle.toggled.connect(self._on_toggled)
        self.intensity.valueChanged.connect(lambda _value: self.changed.emit())

    def is_picked(self) -> bool:
        return self.toggle.isChecked()

    def rating(self) -> EmotionRating:
        return EmotionRating(self.name, self.intensity.value())

    def reset(self) -> None:
        blocked = self.blockSignals(True)
        self.toggle.setChecked(False)
        self.intensity.setValue(DEFAULT_INTENSITY)
        self.blockSignals(blocked)

    def _on_toggled(self, picked: bool) -> None:
        self.intensity.setVisible(picked)
        if picked:
            tip = translate("MoodCheck", "{name}: picked. {hint}").format(
                name=self.name, hint=translate("MoodCheck", INTENSITY_HINT))
        else:
            tip = translate("MoodCheck", "Pick “{name}”").format(name=self.name)
        self.toggle.setToolTip(tip)
        self.changed.emit()


class FamilyBox(QFrame):
    """One family of feelings: its name over its chips."""

    def __init__(self, family: EmotionFamily, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.family = family
        heading = wrapped_label(family.name, "cardHeading")
        self.chips = [EmotionChip(name) for name in family.emotions]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(heading)
        for chip in self.chips:
            described = chip.toggle.accessibleDescription()
            chip.toggle.setAccessibleDescription(translate("MoodCheck",
                                                           "{name} family. {described}").format(
                                                               name=family.name, described=described))
            layout.addWidget(chip)


class MoodCheckForm(QWidget):
    """Pick feelings by family, each with an intensity; choose the overall mood; add a note.

    Signals: changed() — anything on the form changed (the host enables its Save button on it,
    and keeps the form as a draft).
    """

    changed = Signal()

    def __init__(self, emotions: EmotionCatalogue, parent: QWidget | None = None, *,
                 clock: Clock | None = None) -> None:
        super().__init__(parent)
        self._emotions = emotions
        self._clock: Clock = clock or SystemClock()
        self._picked_order: list[str] = []  # equal intensities keep the order they were picked in
        self._build()
        self._wire()

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        feelings_heading = wrapped_label(
            translate("MoodCheck",
                      "Which feelings are here right now? Pick any that fit, then set how strong each one "
                      "is, from 1 (a faint trace) to 5 (it fills the room)."), "promptHint"
        )
        self.families = WrapGrid(spacing=18, max_columns=4)
        self.chips: dict[str, EmotionChip] = {}
        for family in self._emotions.families:
            box = FamilyBox(family)
            self.families.add(box)
            for chip in box.chips:
                self.chips[chip.name] = chip

        mood_heading = wrapped_label(translate("MoodCheck", "Overall, how are you?"), "cardHeading")
        self.mood_group = QButtonGroup(self)
        self.mood_group.setExclusive(True)
        self.mood_buttons: dict[int, QPushButton] = {}
        self.moods = WrapGrid(spacing=8, max_columns=5)
        for mood, label in MOOD_LABELS.items():
            button = segment_button(f"{mood} · {label}", translate("MoodCheck",
                                                                   "Overall mood {mood} of 5: "
                                                                   "{label}").format(mood=mood, label=label))
            self.mood_group.addButton(button, mood)
            self.mood_buttons[mood] = button
            self.moods.add(button)
        mood_heading.setBuddy(self.mood_buttons[1])

        note_heading = QLabel(translate("MoodCheck", "A note, if you like"))
        note_heading.setObjectName("cardHeading")
        self.note = QPlainTextEdit()
        self.note.setObjectName("markdownEditor")
        self.note.setAccessibleName(translate("MoodCheck", "Note for this check-in"))
        self.note.setPlaceholderText(translate("MoodCheck",
                                               "What happened today, or what the feeling is about…"))
        self.note.setTabChangesFocus(True)
        self._fit_note()
        self.note.installEventFilter(self)
        note_heading.setBuddy(self.note)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(feelings_heading)
        layout.addWidget(self.families)
        layout.addSpacing(8)
        layout.addWidget(mood_heading)
        layout.addWidget(self.moods)
        layout.addSpacing(8)
        layout.addWidget(note_heading)
        layout.addWidget(self.note)

    def _fit_note(self) -> None:
        """Room for about three lines, growing to seven, at any text size: the page (or the dialog)
        scrolls around the form, so the note keeps its size rather than squeezing into what is left."""
        line = self.note.fontMetrics().lineSpacing()
        frame = 2 * self.note.frameWidth() + 24  # the border and the stylesheet's padding
        self.note.setMinimumHeight(line * 3 + frame)
        self.note.setMaximumHeight(line * 7 + frame)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note and event.type() == QEvent.Type.FontChange:
            self._fit_note()  # a larger text size, or the stylesheet's editor font
        return super().eventFilter(watched, event)

    def _wire(self) -> None:
        for chip in self.chips.values():
            chip.changed.connect(lambda c=chip: self._on_chip_changed(c))
        self.mood_group.idToggled.connect(lambda _id, _on: self.changed.emit())
        self.note.textChanged.connect(self.changed.emit)

    # -- reading and resetting -------------------------------------------------------------

    def mood(self) -> int | None:
        checked = self.mood_group.checkedId()
        return checked if checked in MOOD_LABELS else None

    def is_complete(self) -> bool:
        """A check-in needs at least the overall mood; feelings and the note are optional."""
        return self.mood() is not None

    def picked(self) -> list[EmotionRating]:
        return [self.chips[name].rating() for name in self._picked_order]

    def value(self) -> MoodCheck:
        """A new check-in, timed now. Raises ValueError while no overall mood is chosen."""
        mood = self.mood()
        if mood is None:
            raise ValueError("choose an overall mood first")
        return MoodCheck(
            uuid=str(uuid.uuid4()),
            at=self._clock.now(),
            mood=mood,
            emotions=tuple(self.picked()),
            note=self.note.toPlainText().strip(),
        )

    def state(self) -> MoodFormState:
        """What is on the form, as typed (kept as a draft until it is saved as a check-in)."""
        return MoodFormState(self.mood(), tuple(self.picked()), self.note.toPlainText())

    def set_state(self, state: MoodFormState) -> None:
        """Put a kept draft back on the form (feelings no longer offered are passed over); says
        `changed` once."""
        blocked = self.blockSignals(True)
        try:
            self.clear()
            for rating in state.feelings:
                chip = self.chips.get(rating.name)
                if chip is not None:
                    chip.toggle.setChecked(True)
                    chip.intensity.setValue(rating.intensity)
            if state.mood in self.mood_buttons:
                self.mood_buttons[state.mood].setChecked(True)
            self.note.setPlainText(state.note)
        finally:
            self.blockSignals(blocked)
        self.changed.emit()

    def is_blank(self) -> bool:
        return self.mood() is None and not self._picked_order and not self.note.toPlainText().strip()

    def clear(self) -> None:
        for name in self._picked_order:
            self.chips[name].reset()
        self._picked_order.clear()
        self.mood_group.setExclusive(False)  # an exclusive group won't let its last button go
        for button in self.mood_buttons.values():
            button.setChecked(False)
        self.mood_group.setExclusive(True)
        self.note.clear()
        self.changed.emit()

    def focus_first(self) -> None:
        first = next(iter(self.chips.values()), None)
        if first is not None:
            first.toggle.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_mood(self) -> None:
        button = self.mood_group.checkedButton() or self.mood_buttons[3]
        button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_chip_changed(self, chip: EmotionChip) -> None:
        if chip.is_picked() and chip.name not in self._picked_order:
            self._picked_order.append(chip.name)
        elif not chip.is_picked() and chip.name in self._picked_order:
            self._picked_order.remove(chip.name)
        self.changed.emit()


class MoodCheckDialog(QDialog):
    """The check-in form in a window of its own, for the evening entry.

    With a journal (`check_in`), the form is kept as a draft under TODAY_MOOD_DRAFT while it is
    made, comes back as it was when the dialog opens again (after a restart too), and Save stores
    the check-in and clears the draft in one action; "Not now" keeps the draft. Without one
    (`ask`), the caller saves what it returns and nothing is kept.
    """

    def __init__(self, emotions: EmotionCatalogue, parent: QWidget | None = None, *,
                 clock: Clock | None = None, journal: ObservedJournal | None = None,
                 origin: object | None = None) -> None:
        super().__init__(parent)
        self._result: MoodCheck | None = None
        self._closing_warned = False
        self._build(emotions, clock or (journal.clock if journal is not None else None))
        self.draft = (MoodDraft(journal, self.form, TODAY_MOOD_DRAFT, self, origin=origin or self)
                      if journal is not None else None)
        self._wire()
        if self.draft is not None and self.draft.restore():
            self.hint.setText(translate("MoodCheck", DRAFT_BACK))

    # -- layout ----------------------------------------------------------------------------

    def _build(self, emotions: EmotionCatalogue, clock: Clock | None) -> None:
        self.setWindowTitle(translate("MoodCheck", "Check in with yourself"))
        self.setAccessibleName(translate("MoodCheck", "Mood check-in"))
        self.setModal(True)
        title = wrapped_label(translate("MoodCheck", "How are you feeling tonight?"), "promptText")
        self.form = MoodCheckForm(emotions, clock=clock)
        body = QWidget()
        body.setObjectName("pageBody")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(24, 8, 24, 8)
        body_layout.addWidget(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.hint = wrapped_label("", "muted")
        self.cancel_button = QPushButton(translate("MoodCheck", "Not now"))
        self.cancel_button.setAccessibleName(translate("MoodCheck", "Close without saving a check-in"))
        self.cancel_button.setAutoDefault(False)
        self.save_button = QPushButton(translate("MoodCheck", "Save check-in"))
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName(translate("MoodCheck", "Save check-in"))
        self.save_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(24, 8, 24, 16)
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 20, 0, 0)
        layout.setSpacing(8)
        title_row = QHBoxLayout()
        title_row.setContentsMargins(24, 0, 24, 0)
        title_row.addWidget(title)
        layout.addLayout(title_row)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.resize(860, 640)

    def _wire(self) -> None:
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.accept)
        self.form.changed.connect(self._update_hint)
        if self.draft is not None:
            self.draft.connect_form()
            self.draft.saver.failed.connect(self.hint.setText)

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def ask(cls, parent: QWidget | None, emotions: EmotionCatalogue, *,
            clock: Clock | None = None) -> tuple[MoodCheck | None, bool]:
        """Show the form; (the new check-in, timed by `clock`, and True) once saved, (None, False)
        if closed. Pass the journal's clock (`journal.clock`). Nothing is kept while typing:
        prefer `check_in`."""
        dialog = cls(emotions, parent, clock=clock)
        try:
            ok = dialog.exec() == QDialog.DialogCode.Accepted
            return (dialog.check(), True) if ok and dialog.check() is not None else (None, False)
        finally:
            dialog.deleteLater()

    @classmethod
    def check_in(cls, parent: QWidget | None, journal: ObservedJournal, emotions: EmotionCatalogue,
                 *, origin: object | None = None) -> MoodCheck | None:
        """Show the form, kept as a draft while it is made; the check-in it stored (timed by the
        journal's clock when Save was pressed, announced as made by `origin`), or None if closed."""
        dialog = cls(emotions, parent, journal=journal, origin=origin)
        try:
            ok = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.check() if ok else None
        finally:
            dialog.deleteLater()

    def check(self) -> MoodCheck | None:
        """What was accepted (stored, with a journal), or None while open or after closing unsaved."""
        return self._result

    def accept(self) -> None:
        if not self.form.is_complete():
            self.hint.setText(translate("MoodCheck", MOOD_NEEDED))
            self.form.focus_mood()
            return
        if self.draft is None:
            self._result = self.form.value()
        else:
            self._result = self.draft.save_check()
            if self._result is None:
                self.hint.setText(translate("MoodCheck", NOT_SAVED))
                return
        super().accept()

    def reject(self) -> None:
        """Closed without a check-in: what was typed is kept as a draft for next time. If it can't
        be written just now, the dialog says so once and stays open."""
        if self.draft is not None and not self.draft.flush() and not self._closing_warned:
            self._closing_warned = True
            self.hint.setText(translate("MoodCheck", NOT_KEPT))
            return
        super().reject()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.form.focus_first()

    def _update_hint(self) -> None:
        if self.form.is_complete() and self.hint.text() in (translate("MoodCheck", MOOD_NEEDED),
                                                            translate("MoodCheck", NOT_SAVED)):
            self.hint.clear()
