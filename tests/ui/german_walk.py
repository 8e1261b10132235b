"""The German walk: every text a page shows (or says to a screen reader), checked for English.

`english_texts(widget)` collects the visible words of a widget and all its children (a label's or
button's text, accessible names and descriptions, tooltips, placeholders, window titles) and
returns those that still look English: they hold a word from ENGLISH_WORDS, once the person's
own content (what the journal and the prompt catalogue hold, passed as `content`) and the proper
names in ALLOWED are taken out.

It covers what has been translated so far (tests/ui/test_translation.py says which pages); widgets
made by modules not yet translated are skipped as a whole (NOT_YET), so a page that embeds one is
still checked for its own words. Remove a folder from NOT_YET when it is swept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)

# Words that are English and not German (nor a name): one of them in a text means it was missed.
ENGLISH_WORDS = frozenset({
    "the", "and", "you", "your", "yours", "of", "to", "is", "are", "not", "yet", "open", "write", "what",
    "how", "with", "this", "that", "for", "from", "here", "there", "today", "tonight", "yesterday", "ago",
    "days", "day", "week", "weeks", "month", "months", "year", "entry", "entries", "prompt", "prompts",
    "answer", "answered", "goals", "goal", "none", "next", "previous", "skip", "back", "review", "stage",
    "stages", "feelings", "ownership", "expectations", "said", "move", "good", "evening", "morning",
    "afternoon", "writing", "free", "show", "another", "feeling", "mood", "agenda", "ready", "overdue",
    "nothing", "statement", "workshop", "kept", "ends", "ended", "starts", "tomorrow", "path", "guided",
    "stays", "use", "check-in", "check-ins", "saved", "saving", "could", "can't", "won't", "don't",
    "isn't", "read", "again", "look", "these", "those",
})

# Proper names and keys that read the same in every language.
ALLOWED = frozenset({"Trustbridge", "Alt", "Ctrl", "PgUp", "PgDown"})

# Modules whose widgets are not translated yet (their own texts are left out of the walk).
NOT_YET = (
    "app.ui.journal",
    "app.ui.privacy",
    "app.ui.shell",
)

# Texts that modules not yet translated put on widgets of their own (Qt's, so NOT_YET can't tell).
# None left: the date field's calendar names (app/ui/widgets/form_fields.py) are translated.
NOT_YET_TEXTS: tuple[re.Pattern[str], ...] = ()

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def widget_texts(widget: QWidget) -> list[str]:
    """What `widget` itself shows or says: its text, accessible name and description, tooltip, and
    the rows of a list or the items of a choice (their text, tooltip and spoken text)."""
    texts = [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
    if widget.isWindow():
        texts.append(widget.windowTitle())
    if isinstance(widget, (QLabel, QAbstractButton)):
        texts.append(widget.text())
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        texts.append(widget.placeholderText())
    if isinstance(widget, (QAbstractItemView, QComboBox)) and widget.model() is not None:
        model = widget.model()  # a list's rows and a choice's items say words too
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            texts += [value for role in _ROLES if isinstance(value := model.data(index, role), str)]
    return [text for text in texts if text.strip()]


def _skipped(widget: QWidget) -> bool:
    return type(widget).__module__.startswith(NOT_YET)


def all_texts(root: QWidget) -> list[str]:
    """The texts of `root` and every child, leaving out the subtrees NOT_YET translated."""
    found: list[str] = []
    pending = [root]
    while pending:
        widget = pending.pop()
        if _skipped(widget):
            continue
        found += widget_texts(widget)
        pending += [child for child in widget.children() if isinstance(child, QWidget)]
    return found


def looks_english(text: str, content: Iterable[str] = ()) -> bool:
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")  # a mnemonic splits no word
    for piece in sorted(content, key=len, reverse=True):  # the longest first: a prompt holds its hint's words
        if piece:
            text = text.replace(piece, " ")
    words = {word.lower() for word in _WORD.findall(text) if word not in ALLOWED}
    return bool(words & ENGLISH_WORDS)


def english_texts(root: QWidget, content: Iterable[str] = ()) -> list[str]:
    """The texts under `root` that still look English, once `content` is taken out of them."""
    kept = [piece.strip() for piece in content if piece.strip()]
    return sorted({text for text in all_texts(root)
                   if looks_english(text, kept) and not any(p.fullmatch(text) for p in NOT_YET_TEXTS)})
