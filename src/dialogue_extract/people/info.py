"""The typed information the person finder gives each person mention."""
from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["PersonInfo"]


@dataclass
class PersonInfo:
    """What vouches for one person mention (``span._.de_person_info``)."""

    anchor: str  # "title_before", "title_after", "honorific", "counterpart", "bare"
    titles: list[tuple[int, int]] = field(default_factory=list)  # token offsets of title spans
    honorifics: list[str] = field(default_factory=list)
    strong_honorific: bool = False
    counterpart: bool = False
    implied_titles: list[str] = field(default_factory=list)  # "the two foreign ministers, X and Y"

    @property
    def anchored(self) -> bool:
        return self.anchor != "bare"
