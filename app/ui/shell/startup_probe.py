"""The start-up probe benches/startup.py reads: lines on standard output, then the app quits.

Set only by the bench and by tests (`TRUSTBRIDGE_STARTUP_PROBE=1`); a normal run never reads any
of this. Each line is `<what> <seconds since run_gui began>`:

- `window`: the main window reached its event loop;
- `unlock`: an encrypted journal's unlock page is on screen;
- `submitted`: the probe typed the passphrase and pressed Unlock (see PROBE_PASSPHRASE);
- `usable`: the person can type and move between stages (on a plain journal this comes before
  the journal has opened: Today shows tonight's entry from a quick read, a save waits for the
  open, and a place chosen in the sidebar opens once it has). Printed only after looking at the
  widgets themselves: Today is the page in view, its writing field is visible, enabled and
  editable, and every place in the sidebar is enabled (on a new journal's first start: the
  welcome is in view with its button to the first prompt enabled). If they are not, the probe says why on
  standard error and the app exits with status 3: a probe that lied would make the bench lie;
- `ready`: what waits until the window is usable has started (the single-instance hand-over,
  locking with the computer); then the app quits.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.ui.privacy.unlock_page import UnlockPage
    from app.ui.shell.main_window import MainWindow

STARTUP_PROBE = "TRUSTBRIDGE_STARTUP_PROBE"
# The passphrase the probe types into the unlock page. Read only when STARTUP_PROBE is set too
# (`probe_passphrase`), so a normal start never takes a passphrase from the environment.
PROBE_PASSPHRASE = "TRUSTBRIDGE_STARTUP_PROBE_PASSPHRASE"
NOT_USABLE_EXIT = 3


def probing() -> bool:
    return bool(os.environ.get(STARTUP_PROBE))


def probe_passphrase() -> str | None:
    """The passphrase to type for the bench; None unless the probe is on."""
    if not probing():
        return None
    return os.environ.get(PROBE_PASSPHRASE) or None


def say(what: str, started: float) -> None:
    print(f"{what} {time.perf_counter() - started:.4f}", flush=True)


def usable_problem(window: MainWindow) -> str | None:
    """Why the person could not yet type on Today and move between stages; None when they can."""
    from app.ui.shell.sidebar import TODAY
    from app.ui.today.today_page import TodayPage

    if window.journal is None:
        return "the journal is not attached"
    disabled = [key for key, button in window.nav_buttons.items() if not button.isEnabled()]
    if disabled:
        return f"sidebar places disabled: {', '.join(disabled)}"
    welcome = window.welcome.page
    if welcome is not None:  # a new journal's first start: its welcome leads to the first prompt
        usable = welcome.isVisible() and welcome.start_button.isEnabled()
        return None if usable else "the welcome is not usable"
    page = window.current_page()
    if window.current_key != TODAY or not isinstance(page, TodayPage):
        return f"the page in view is {window.current_key!r}, not Today"
    field = page.card.editor.text_edit
    if not field.isVisible():
        return "Today's writing field is not visible"
    if not field.isEnabled() or field.isReadOnly():
        return "Today's writing field can't be typed into"
    return None


def type_passphrase(page: UnlockPage, started: float) -> None:
    """The bench's stand-in for the person: type the passphrase and press Unlock."""
    passphrase = probe_passphrase()
    if passphrase is None:
        return
    page.field.setText(passphrase)
    say("submitted", started)
    page.submit()


def not_usable(reason: str) -> None:
    print(f"startup probe: not usable: {reason}", file=sys.stderr, flush=True)
