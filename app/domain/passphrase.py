"""The one rule a new passphrase must meet, shared by every place that asks for one.

Plain Python so the settings dialog, the first-start offer, the unlock page and the command line
all judge a passphrase the same way, and a test can check the rule without a window. The rule is
kept short on purpose: a long phrase the person can remember beats a short one full of symbols
they will forget, and a forgotten passphrase costs them their recovery code.
"""

from __future__ import annotations

MIN_PASSPHRASE_LENGTH = 8


def new_passphrase_problem(first: str, again: str) -> str:
    """What is wrong with a new passphrase typed twice, in one sentence; "" when it is fine."""
    if not first.strip():
        return "Choose a passphrase first: a few words you will remember work well."
    if len(first) < MIN_PASSPHRASE_LENGTH:
        return (f"Make it at least {MIN_PASSPHRASE_LENGTH} characters long. "
                "A short sentence only you would think of is easy to remember and hard to guess.")
    if not again:
        return "Type your passphrase a second time, so a typo cannot lock you out."
    if first != again:
        return "The two passphrases are not the same. Type them again."
    return ""
