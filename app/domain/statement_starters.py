"""Starting points for the ownership statement: the three kinds of ownership, as sentences to
begin from (resources/statement_starters.toml).

Each starter has blanks ("…") for the person to fill in; the workshop inserts it at the cursor of
the draft, where it is edited like anything typed. The texts are data; this parser only checks
their shape.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass

from app.domain.prompts import CatalogueError

_WHERE = "statement_starters.toml"
BLANK = "…"


@dataclass(frozen=True, slots=True)
class Starter:
    key: str
    title: str  # what the button says
    when: str  # one line: when this kind of ownership fits
    text: str  # the sentences inserted, with blanks ("…") to fill

    def first_blank(self) -> int:
        """Where the first blank is in `text` (a character offset), or -1 when there is none."""
        return self.text.find(BLANK)


def _field(table: dict[str, object], name: str, index: int) -> str:
    value = table.get(name)
    if not isinstance(value, str) or not value.strip():
        raise CatalogueError(f"{_WHERE}: starter {index + 1} needs a {name}")
    return " ".join(value.split())


def parse_starters(text: str) -> tuple[Starter, ...]:
    """The starters in the order written; a malformed file is a packaging bug (CatalogueError)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CatalogueError(f"{_WHERE}: {error}") from error
    tables = data.get("starter")
    if not isinstance(tables, list) or not tables:
        raise CatalogueError(f"{_WHERE}: needs at least one [[starter]]")
    starters: list[Starter] = []
    for index, table in enumerate(tables):
        if not isinstance(table, dict):
            raise CatalogueError(f"{_WHERE}: starter {index + 1} is not a table")
        starter = Starter(*(_field(table, name, index) for name in ("key", "title", "when", "text")))
        if BLANK not in starter.text:
            raise CatalogueError(f"{_WHERE}: starter {starter.key!r} has no blank ({BLANK}) to fill in")
        if any(known.key == starter.key for known in starters):
            raise CatalogueError(f"{_WHERE}: starter {starter.key!r} is listed twice")
        starters.append(starter)
    return tuple(starters)
