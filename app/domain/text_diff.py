"""Word-by-word differences between two versions of a text, for showing them side by side.

Whitespace is kept as its own token, so the spans join back into exactly the two texts, and a
change of several neighbouring words reads as one change rather than a chain of small ones.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

_TOKEN = re.compile(r"\s+|\w+(?:['’]\w+)*|[^\w\s]")  # whitespace, a word (with its apostrophes), a mark
_NEWLINE = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class DiffSpan:
    op: str  # "equal" | "delete" | "insert" | "replace"
    old: str  # the old text's part ("" for an insert)
    new: str  # the new text's part ("" for a delete)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _span(old: str, new: str) -> DiffSpan:
    if old and new:
        return DiffSpan("replace", old, new)
    return DiffSpan("delete", old, "") if old else DiffSpan("insert", "", new)


def _merge(spans: list[DiffSpan]) -> list[DiffSpan]:
    """Fold whitespace that merely sits between two changes into them, and join touching changes."""
    merged: list[DiffSpan] = []
    for index, span in enumerate(spans):
        between_changes = (
            span.op == "equal"
            and not span.old.strip()
            and bool(merged)
            and merged[-1].op != "equal"
            and index + 1 < len(spans)
            and spans[index + 1].op != "equal"
        )
        if span.op == "equal" and not between_changes:
            merged.append(span)
            continue
        if merged and merged[-1].op != "equal":
            previous = merged.pop()
            span = _span(previous.old + span.old, previous.new + span.new)
        merged.append(span)
    return merged


def word_diff(old: str, new: str) -> list[DiffSpan]:
    """The spans turning `old` into `new`; joining the old sides gives `old`, the new sides `new`."""
    old_tokens, new_tokens = _tokens(old), _tokens(new)
    matcher = SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    spans: list[DiffSpan] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        old_part, new_part = "".join(old_tokens[i1:i2]), "".join(new_tokens[j1:j2])
        spans.append(DiffSpan("equal", old_part, new_part) if tag == "equal" else _span(old_part, new_part))
    return _merge(spans)


def _escape(text: str) -> str:
    return _NEWLINE.sub("<br>", html.escape(text, quote=False))


def diff_html(spans: Sequence[DiffSpan]) -> tuple[str, str]:
    """Two HTML fragments: the old text with deletions marked, the new one with insertions marked.

    Removed words are wrapped in `<span class="del">`, added ones in `<span class="ins">`; all text
    is escaped and line breaks become `<br>`.
    """
    old_side: list[str] = []
    new_side: list[str] = []
    for span in spans:
        if span.op == "equal":
            old_side.append(_escape(span.old))
            new_side.append(_escape(span.new))
            continue
        if span.old:
            old_side.append(f'<span class="del">{_escape(span.old)}</span>')
        if span.new:
            new_side.append(f'<span class="ins">{_escape(span.new)}</span>')
    return "".join(old_side), "".join(new_side)
