"""The named emotions a mood check-in offers, grouped by family, and how to pick the strongest.

Names help a person say more than "bad": the families keep a long list easy to scan. The list is
data (resources/emotions.toml) so that it can grow without touching code.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from app.domain.prompts import CatalogueError
from app.domain.workbench import EmotionRating

_WHERE = "emotions.toml"


@dataclass(frozen=True, slots=True)
class EmotionFamily:
    key: str
    name: str
    emotions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EmotionCatalogue:
    families: tuple[EmotionFamily, ...]
    # Names from the same list in other languages (casefolded) -> family key: a check-in saved
    # while another language was spoken keeps its family. Never offered, only recognised.
    aliases: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}), hash=False)

    def family_of(self, name: str) -> EmotionFamily | None:
        """The family an emotion belongs to, ignoring case; None for a name we do not ship.

        Imported check-ins may carry names from another version of the list, so this never raises.
        A name from another language's list (see `knowing`) finds its family here too.
        """
        wanted = name.strip().casefold()
        for family in self.families:
            if any(emotion.casefold() == wanted for emotion in family.emotions):
                return family
        key = self.aliases.get(wanted)
        return next((family for family in self.families if family.key == key), None)

    def knowing(self, others: Iterable[EmotionCatalogue]) -> EmotionCatalogue:
        """This list, also recognising the names of `others` (the same families in other languages)."""
        own = {emotion.casefold() for emotion in self.all_names()}
        aliases = {
            emotion.casefold(): family.key
            for other in others
            for family in other.families
            for emotion in family.emotions
            if emotion.casefold() not in own
        }
        return EmotionCatalogue(self.families, MappingProxyType(aliases))

    def all_names(self) -> tuple[str, ...]:
        """Every emotion, family by family, in the order the file lists them."""
        return tuple(emotion for family in self.families for emotion in family.emotions)


def parse_emotions(text: str) -> EmotionCatalogue:
    """Read the emotions file; a malformed one is a packaging bug, reported as CatalogueError."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CatalogueError(f"{_WHERE}: {error}") from error
    raw = data.get("families")
    if not isinstance(raw, list) or not raw:
        raise CatalogueError(f"{_WHERE}: expected a non-empty [[families]] list")
    families: list[EmotionFamily] = []
    for item in raw:
        if not isinstance(item, dict):
            raise CatalogueError(f"{_WHERE}: every family must be a table")
        key, name, emotions = item.get("key"), item.get("name"), item.get("emotions")
        if not isinstance(key, str) or not key.strip() or not isinstance(name, str) or not name.strip():
            raise CatalogueError(f"{_WHERE}: every family needs a key and a name")
        if not isinstance(emotions, list) or not emotions:
            raise CatalogueError(f"{_WHERE}: family {key!r} needs a non-empty list of emotions")
        if not all(isinstance(e, str) and e.strip() for e in emotions):
            raise CatalogueError(f"{_WHERE}: family {key!r} has an empty or non-text emotion")
        families.append(EmotionFamily(key.strip(), name.strip(), tuple(e.strip() for e in emotions)))
    keys = [family.key for family in families]
    if len(set(keys)) != len(keys):
        raise CatalogueError(f"{_WHERE}: family keys must be unique")
    names = [emotion.casefold() for family in families for emotion in family.emotions]
    if len(set(names)) != len(names):
        duplicates = sorted({n for n in names if names.count(n) > 1})
        raise CatalogueError(f"{_WHERE}: emotion names must be unique (repeated: {', '.join(duplicates)})")
    return EmotionCatalogue(tuple(families))


def strongest(emotions: Sequence[EmotionRating], n: int = 3) -> list[EmotionRating]:
    """The `n` most intense emotions; equal intensities keep the order the person picked them in."""
    if n <= 0:
        return []
    return sorted(emotions, key=lambda rating: -rating.intensity)[:n]
