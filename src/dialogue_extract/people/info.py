"""The typed information the person finder gives each person mention, and each official."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple, Optional

__all__ = ["PersonInfo", "MentionSpan", "OfficialInfo"]


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


class MentionSpan(NamedTuple):
    """One place the text names an official: its text and character offsets in the text the
    pipeline ran on (the extractor maps them to the caller's text)."""

    text: str
    start: int
    end: int


@dataclass(eq=False)
class OfficialInfo:
    """An official as the pipeline leaves it (``doc._.de_officials``): the mentions of one person
    merged, with what vouches for their titles, state and body. Plain data the later rules of the
    pipeline may still complete (a delegation's or a side's state); the extractor turns each into
    the public :class:`dialogue_extract.results.Official` once, at the edge."""

    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    country: Optional[str] = None
    country_inferred: bool = False
    country_source: Optional[str] = None
    organization: Optional[str] = None
    mentions: list[MentionSpan] = field(default_factory=list)
    # on the staff of an international body (UN, AU, EU, ASEAN secretariat): the rules that read a
    # side or a delegation from the sentence give such an official no state
    international: bool = False

    @property
    def open_to_country(self) -> bool:
        """Whether :meth:`give_country` can still change the official's state."""
        if self.international and self.country is None:
            return False
        return self.country is None or self.country_inferred

    def give_country(self, code: str, source: str) -> None:
        """Take ``code`` (from ``source``) unless the text already stated a state, or the official
        serves an international body."""
        if self.open_to_country:
            self.country, self.country_inferred, self.country_source = code, False, source
