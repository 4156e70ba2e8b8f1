"""The date lexicon: month and weekday names, relative words and cue words, read from dates.json."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Mapping, Optional, Union

from ..data import MODELS_DIR, read_json

PathLike = Union[str, Path]

DEFAULT_LEXICON = MODELS_DIR / "default" / "dates.json"


@dataclass(frozen=True)
class DateLexicon:
    """Everything the recogniser knows about words; see ``models/default/dates.json``."""

    months: Mapping[str, int]
    month_abbreviations: Mapping[str, int]
    weekdays: Mapping[str, int]
    weekday_abbreviations: Mapping[str, int]
    month_prepositions: tuple[str, ...]
    relative: Mapping[str, tuple[str, int]]
    year_shifts: Mapping[str, int]
    shift_words: Mapping[str, str]
    weekday_blockers: tuple[str, ...]
    future_cues: tuple[str, ...]
    past_cues: tuple[str, ...]
    half_ordinals: Mapping[str, int]
    quarter_ordinals: Mapping[str, int]
    count_nouns: tuple[str, ...]
    count_words_before: tuple[str, ...]
    list_day_followers: tuple[str, ...] = ()
    open_end_cues: tuple[str, ...] = ()
    day_alone_followers: tuple[str, ...] = ()
    plan_name_words: tuple[str, ...] = ()
    name_year_stops: tuple[str, ...] = ()
    event_nouns: tuple[str, ...] = ()
    caption_line: str = ""
    stamp_line: str = ""
    turn_label: str = ""
    other_calendar_months: tuple[str, ...] = ()
    coming_event_words: frozenset[str] = frozenset()
    numbered_item_line: str = ""
    progressive_cue: str = ""
    day_month_shifts: Mapping[str, int] = field(default_factory=dict)
    present_copulas: tuple[str, ...] = ()
    numeric_day_prepositions: tuple[str, ...] = ()
    #: days told by their distance from the date written before them ("the following day": 1)
    day_after_dates: Mapping[str, int] = field(default_factory=dict)

    def month_number(self, word: str) -> Optional[int]:
        """1-12 for a month name or abbreviation (any case, trailing dot allowed)."""
        w = word.strip().rstrip(".").lower()
        return self.months.get(w) or self.month_abbreviations.get(w)

    def weekday_number(self, word: str) -> Optional[int]:
        """0 (Monday) - 6 (Sunday) for a weekday name or abbreviation."""
        w = word.strip().rstrip(".").lower()
        n = self.weekdays.get(w)
        return n if n is not None else self.weekday_abbreviations.get(w)


def _norm_key(s: str) -> str:
    return " ".join(s.lower().split())


def lexicon_from_dict(data: Mapping) -> DateLexicon:
    """Build a :class:`DateLexicon` from the parsed JSON (keys starting with ``_`` are comments)."""
    return DateLexicon(
        months={k.lower(): int(v) for k, v in data["months"].items()},
        month_abbreviations={k.lower(): int(v) for k, v in data.get("month_abbreviations", {}).items()},
        weekdays={k.lower(): int(v) for k, v in data["weekdays"].items()},
        weekday_abbreviations={k.lower(): int(v) for k, v in data.get("weekday_abbreviations", {}).items()},
        month_prepositions=tuple(data.get("month_prepositions", ())),
        relative={_norm_key(k): (str(v[0]), int(v[1])) for k, v in data.get("relative", {}).items()},
        year_shifts={_norm_key(k): int(v) for k, v in data.get("year_shifts", {}).items()},
        shift_words={_norm_key(k): str(v) for k, v in data.get("shift_words", {}).items()},
        weekday_blockers=tuple(data.get("weekday_blockers", ())),
        future_cues=tuple(data.get("future_cues", ())),
        past_cues=tuple(data.get("past_cues", ())),
        half_ordinals={k.lower(): int(v) for k, v in data.get("half_ordinals", {}).items()},
        quarter_ordinals={k.lower(): int(v) for k, v in data.get("quarter_ordinals", {}).items()},
        count_nouns=tuple(data.get("count_nouns", ())),
        count_words_before=tuple(data.get("count_words_before", ())),
        list_day_followers=tuple(data.get("list_day_followers", ())),
        open_end_cues=tuple(data.get("open_end_cues", ())),
        day_alone_followers=tuple(data.get("day_alone_followers", ())),
        plan_name_words=tuple(data.get("plan_name_words", ())),
        name_year_stops=tuple(data.get("name_year_stops", ())),
        event_nouns=tuple(data.get("event_nouns", ())),
        caption_line=str(data.get("caption_line", "")),
        stamp_line=str(data.get("stamp_line", "")),
        turn_label=str(data.get("turn_label", "")),
        other_calendar_months=tuple(data.get("other_calendar_months", [])),
        coming_event_words=frozenset(w.lower() for w in data.get("coming_event_words", [])),
        numbered_item_line=str(data.get("numbered_item_line", "")),
        progressive_cue=str(data.get("progressive_cue", "")),
        day_month_shifts={_norm_key(k): int(v) for k, v in data.get("day_month_shifts", {}).items()},
        present_copulas=tuple(data.get("present_copulas", ())),
        numeric_day_prepositions=tuple(data.get("numeric_day_prepositions", ("on",))),
        day_after_dates={_norm_key(k): int(v) for k, v in data.get("day_after_dates", {}).items()},
    )


@lru_cache(maxsize=8)
def load_lexicon(path: Optional[PathLike] = None) -> DateLexicon:
    """Read ``dates.json`` (default: the one shipped with the default pipeline); cached."""
    p = Path(path) if path is not None else DEFAULT_LEXICON
    return lexicon_from_dict(read_json(p))
