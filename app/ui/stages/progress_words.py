"""How far through a stage's prompts the person is, in words: shared by a stage page and Today.

A module of its own, without Qt, so Today can say it without loading the stage page.
"""

from __future__ import annotations


def progress_text(answered: int, total: int) -> str:
    return f"{answered} of {total} answered"


def prompt_count(total: int) -> str:
    """A stage's size, said before its answers have been read (Today at start-up)."""
    return "1 prompt" if total == 1 else f"{total} prompts"
