"""How far through a stage's prompts the person is, in words: shared by a stage page and Today.

A module of its own, without Qt, so Today can say it without loading the stage page.
"""

from __future__ import annotations

from app.i18n import Plural, translate


def progress_text(answered: int, total: int) -> str:
    return translate("Progress", "{answered} of {total} answered").format(answered=answered, total=total)


def prompt_count(total: int) -> str:
    """A stage's size, said before its answers have been read (Today at start-up)."""
    return translate("Progress", "1 prompt") if total == 1 else Plural.tr("%n prompts", "", total)
