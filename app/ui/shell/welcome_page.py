"""The welcome on a new journal's first start, as a page: what this is for, and one way to begin.

Layout only; when it shows and what leaving it means is in welcome.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from app.domain.stages import Stage
from app.ui.widgets.page_layout import Page

if TYPE_CHECKING:
    from app.domain.prompts import Catalogue
    from app.store.journal import Journal

WELCOME_COLUMN_WIDTH = 760  # a calm, readable column; the page still scrolls at large text

KICKER = "Welcome to Trustbridge"
TITLE = "A plan like this is a chance to rebuild trust"
INTRO = (
    "Being put on an improvement plan is hard, and feeling shaken is normal. At its heart, the plan "
    "says that trust between you and your manager has slipped; how you respond can rebuild it. "
    "Trustbridge helps with each step, a few minutes at a time."
)
STAGES_HEADING = "Four stages, in order"
PRIVATE = (
    "Everything you write stays private, on this computer. Nothing leaves it unless you export "
    "it. You can come back to any stage at any time."
)
START = "Start with Ownership"
LOOK = "Look around first"


class WelcomePage(Page):
    """Signals: start_requested() — begin with the Ownership stage's first prompt;
    look_around_requested() — go to Today instead.
    """

    start_requested = Signal()
    look_around_requested = Signal()

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(TITLE, KICKER, parent)
        self.setAccessibleName("Welcome")
        self.setAccessibleDescription(f"{TITLE}. {INTRO}")
        column = self.body.parentWidget()
        if column is not None:
            column.setMaximumWidth(WELCOME_COLUMN_WIDTH)

        intro = QLabel(INTRO)
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        heading = QLabel(STAGES_HEADING)
        heading.setObjectName("cardHeading")
        self.stage_labels: dict[Stage, QLabel] = {}
        stages = QGridLayout()
        stages.setHorizontalSpacing(16)
        stages.setVerticalSpacing(10)
        for row, stage in enumerate(Stage):
            name = QLabel(f"{stage.number}. {stage.label}")
            name.setObjectName("cardHeading")
            name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            summary = QLabel(catalogue.guide(stage).summary)
            summary.setWordWrap(True)
            summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.stage_labels[stage] = summary
            stages.addWidget(name, row, 0)
            stages.addWidget(summary, row, 1)
        stages.setColumnStretch(1, 1)
        private = QLabel(PRIVATE)
        private.setObjectName("muted")
        private.setWordWrap(True)

        self.start_button = QPushButton(START)
        self.start_button.setObjectName("primary")
        self.start_button.setAccessibleName(START)
        self.start_button.setAccessibleDescription("Opens the Ownership stage at its first prompt.")
        self.look_button = QPushButton(LOOK)
        self.look_button.setObjectName("linkButton")
        self.look_button.setAccessibleName(LOOK)
        self.look_button.setAccessibleDescription("Goes to Today. This welcome won't show again.")
        for button in (self.start_button, self.look_button):
            button.setAutoDefault(True)  # Return presses the button with the focus, as in a dialog
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        actions = QHBoxLayout()
        actions.setSpacing(12)
        actions.addWidget(self.start_button)
        actions.addWidget(self.look_button)
        actions.addStretch(1)

        self.body.addWidget(intro)
        self.body.addSpacing(4)
        self.body.addWidget(heading)
        self.body.addLayout(stages)
        self.body.addSpacing(8)
        self.body.addLayout(actions)
        self.body.addSpacing(8)
        self.body.addWidget(private)
        self.body.addStretch(1)
        self.setTabOrder(self.start_button, self.look_button)

        self.start_button.clicked.connect(self.start_requested)
        self.look_button.clicked.connect(self.look_around_requested)

    def focus_first(self) -> None:
        self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)


def nothing_written(store: Journal) -> bool:
    """No entry, plan, check-in or mood check yet: a journal that is new in fact, not only in name
    (one filled by an import or a restore never sees the welcome)."""
    return (
        store.count_entries() == 0
        and store.plans.current_plan() is None
        and not store.checkins.checkins()
        and store.feelings.latest_mood_check() is None
    )
