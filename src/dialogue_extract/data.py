"""The data layer: every rule and lexicon file of a pipeline, read once, checked, cached.

Rules are data (``models/<pipeline>/``). This module is the one place that reads them: one reader
per file format, ``#`` comments and blank lines ignored so the files carry their own
documentation, each file cached by path. JSON lexicons are validated with pydantic against the
shape their readers expect, so a misspelt key or a wrong value type is a :class:`DataFileError`
naming the file and the key, not a word class silently dropped.

It knows nothing of spaCy: the pure modules (names, countries, sectors, dates, organisations)
and the pipeline components all read their data through it.
"""
from __future__ import annotations

import csv
import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, ValidationError

PathLike = Union[str, Path]

__all__ = [
    "MODELS_DIR",
    "DEFAULT_PIPELINE",
    "DataFileError",
    "pipeline_dir",
    "data_path",
    "shipped",
    "read_lines",
    "read_tsv",
    "read_jsonl",
    "read_json",
]


def _models_dir() -> Path:
    """The folder of the shipped pipelines. The source of truth is the repository's top-level
    ``models/``; a wheel carries it as ``dialogue_extract/models`` (the build mapping in
    ``pyproject.toml``), and a source checkout or an editable install reads it in place."""
    here = Path(__file__).resolve().parent
    packaged = here / "models"
    if packaged.is_dir():
        return packaged
    return here.parent.parent / "models"


#: The folder of the shipped pipelines (``config.cfg`` and data files per pipeline).
MODELS_DIR = _models_dir()
DEFAULT_PIPELINE = "default"


class DataFileError(ValueError):
    """A data file that is missing, unreadable or not of the shape its reader expects."""


def pipeline_dir(name: str = DEFAULT_PIPELINE) -> Path:
    """The folder holding ``config.cfg`` and the data files of a shipped pipeline."""
    path = MODELS_DIR / name
    if not (path / "config.cfg").is_file():
        raise FileNotFoundError(f"no pipeline named {name!r} in {MODELS_DIR}")
    return path


#: How a data path reads in a config whose ``paths.data`` is unset (null): such paths name the
#: files shipped in the package, wherever it is installed.
_UNSET = ("null", "None")


def shipped(path: PathLike) -> Path:
    """``path``, or for a path under an unset ``paths.data`` ("null/titles.json") the shipped
    default pipeline's file of that name."""
    p = Path(path)
    if not p.is_absolute() and len(p.parts) > 1 and p.parts[0] in _UNSET:
        return pipeline_dir() / Path(*p.parts[1:])
    return p


def data_path(relative: PathLike, base: Optional[PathLike] = None) -> Path:
    """Resolve a data file name against ``base`` (default: the default pipeline's folder)."""
    p = shipped(relative)
    if p.is_absolute():
        return p
    return Path(base) / p if base is not None else pipeline_dir() / p


@lru_cache(maxsize=None)
def _read_text(path: Path) -> str:
    path = shipped(path)
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise DataFileError(f"cannot read data file {path}: {e}") from e


def _content_lines(path: PathLike) -> list[str]:
    return [ln for ln in _read_text(Path(path)).splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def read_lines(path: PathLike) -> tuple[str, ...]:
    """Non-empty, non-comment lines, stripped."""
    return tuple(ln.strip() for ln in _content_lines(path))


@lru_cache(maxsize=None)
def _read_tsv(path: Path) -> tuple[dict[str, str], ...]:
    reader = csv.DictReader(_content_lines(path), delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = tuple({k: (v or "").strip() for k, v in row.items() if k is not None} for row in reader)
    if rows and reader.fieldnames and any(not (f or "").strip() for f in reader.fieldnames):
        raise DataFileError(f"data file {path}: its header line has an empty column name")
    return rows


def read_tsv(path: PathLike, *, columns: tuple[str, ...] = ()) -> tuple[dict[str, str], ...]:
    """Rows of a tab-separated file with a header line; ``#`` lines are comments.

    ``columns`` names the columns the reader needs: a file without one of them is a
    :class:`DataFileError`.
    """
    p = Path(path)
    rows = _read_tsv(p)
    if columns and rows:
        missing = [c for c in columns if c not in rows[0]]
        if missing:
            raise DataFileError(f"data file {p}: no column {', '.join(map(repr, missing))} "
                                f"(it has {', '.join(map(repr, rows[0]))})")
    return rows


@lru_cache(maxsize=None)
def _read_jsonl(path: Path) -> tuple[dict, ...]:
    out = []
    for n, line in enumerate(_read_text(path).splitlines(), 1):
        line = line.strip()
        if line and not line.startswith("#"):
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise DataFileError(f"data file {path}, line {n}: not JSON ({e})") from e
    return tuple(out)


def read_jsonl(path: PathLike) -> tuple[dict, ...]:
    """One JSON object per line; ``#`` lines are comments."""
    return _read_jsonl(Path(path))


# -- the shapes of the JSON lexicons ------------------------------------------------------------
class _Lexicon(BaseModel):
    # keys starting with "_" document the file ("_doc", "_relative"): any value is allowed there
    model_config = ConfigDict(extra="allow")

    @classmethod
    def check(cls, data: Any, path: Path) -> None:
        if not isinstance(data, dict):
            raise DataFileError(f"data file {path}: expected a JSON object, found {type(data).__name__}")
        unknown = [k for k in data if not k.startswith("_") and k not in cls.model_fields]
        if unknown:
            raise DataFileError(f"data file {path}: unknown key(s) {', '.join(map(repr, unknown))}; "
                                f"the keys this file may have are {', '.join(sorted(cls.model_fields))}")
        try:
            cls.model_validate({k: v for k, v in data.items() if not k.startswith("_")})
        except ValidationError as e:
            raise DataFileError(f"data file {path}: {e}") from e


_Words = list[str]


class TitlesLexicon(_Lexicon):
    """``titles.json``: the words public titles are made of (read by titles, persons, attribution)."""

    heads: _Words = []
    lowercase_heads: _Words = []
    modifiers: _Words = []
    portfolio: _Words = []
    complement_words: _Words = []
    complement_preps: _Words = []
    abbreviations: dict[str, str] = {}
    business_heads: _Words = []
    business_body_words: _Words = []
    company_forms: _Words = []
    private_body_words: _Words = []
    lower_business_bodies: _Words = []
    business_initials: _Words = []
    gloss_words: _Words = []
    remit_unit_nouns: _Words = []
    government_org_words: _Words = []
    body_end_words: _Words = []
    paren_heads: _Words = []
    text_patterns: _Words = []
    title_countries: dict[str, str] = {}
    shared_state_forms: _Words = []
    shared_state_users: dict[str, list[str]] = {}
    international_offices: _Words = []
    body_remit_words: _Words = []
    offices_absent: dict[str, list[str]] = {}
    single_holder_roles: _Words = []
    single_holder_stops: _Words = []
    title_connectors: list[list[str]] = []
    needs_complement: _Words = []
    exclusive_offices: _Words = []
    rank_heads: _Words = []
    address_titles: _Words = []
    remit_heads: _Words = []
    remit_regions: _Words = []
    paren_after_complement: _Words = []
    unit_heads: _Words = []
    unit_words: _Words = []
    ministry_words: _Words = []
    public_body_words: _Words = []
    hyphen_joiners: _Words = []
    force_words: _Words = []
    state_named_bodies: _Words = []
    force_portfolio_heads: _Words = []
    command_heads: _Words = []
    government_level_words: _Words = []
    state_only_heads: _Words = []
    title_suffixes: _Words = []
    max_unknown_complement_words: int = 0
    portfolio_suffixes: dict[str, int] = {}
    place_heads: _Words = []
    place_kind_words: _Words = []
    held_body_words: _Words = []
    relation_preps: dict[str, str] = {}
    posting_participles: _Words = []
    not_before_ranks: _Words = []
    status_modifiers: _Words = []
    surname_heads: _Words = []
    post_heads: _Words = []
    own_people_words: _Words = []
    body_abbreviations: _Words = []
    civil_qualifiers: _Words = []
    religious_body_words: _Words = []
    rank_suffixes: _Words = []
    place_direction_words: _Words = []
    comma_force_heads: _Words = []
    comma_force_words: _Words = []
    royal_styles: _Words = []
    predicate_heads: dict[str, str] = {}
    predicate_adverbs: _Words = []
    body_staff_heads: _Words = []
    national_body_offices: _Words = []
    meeting_roles: _Words = []


class PersonsLexicon(_Lexicon):
    """``persons.json``: the words around names (read by persons)."""

    not_name_words: _Words = []
    counterpart_words: _Words = []
    relative_openers: _Words = []
    determiners: _Words = []
    possessor_nouns: _Words = []
    copulas: _Words = []
    appositive_words: _Words = []
    place_prepositions: _Words = []
    sent_from_nouns: _Words = []
    appositive_followers: _Words = []
    institution_words: _Words = []
    institution_modifiers: _Words = []
    speaker_headline_openers: _Words = []
    own_speech_openers: _Words = []
    conversation_openers: _Words = []
    capacity_phrases: _Words = []
    spouse_appositives: _Words = []
    consort_titles: _Words = []
    vessel_prefixes: _Words = []
    plural_offices: dict[str, Any] = {}
    member_lines: _Words = []
    member_next_line: Optional[str] = None
    chamber_record: Optional[str] = None
    member_labels: Optional[str] = None
    speaker_label: Optional[str] = None
    post_nominals: _Words = []
    given_name_abbreviations: _Words = []
    inner_honorifics: _Words = []
    final_honorifics: _Words = []
    calendar_given_names: _Words = []
    calendar_family_names: _Words = []
    question_label: Optional[str] = None
    given_name_titles: _Words = []
    compound_name_openers: _Words = []
    pronoun_given_names: _Words = []
    given_name_title_address: _Words = []
    ruler_titles: _Words = []
    style_openers: _Words = []
    appointment_verbs: _Words = []


class DatesLexicon(_Lexicon):
    """``dates.json``: month, weekday and relative-date words (read by the date finder)."""

    months: dict[str, int] = {}
    month_abbreviations: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    weekday_abbreviations: dict[str, int] = {}
    month_prepositions: _Words = []
    relative: dict[str, list[Union[str, int]]] = {}
    year_shifts: dict[str, int] = {}
    shift_words: dict[str, str] = {}
    weekday_blockers: _Words = []
    future_cues: _Words = []
    past_cues: _Words = []
    half_ordinals: dict[str, int] = {}
    quarter_ordinals: dict[str, int] = {}
    count_nouns: _Words = []
    list_day_followers: _Words = []
    open_end_cues: _Words = []
    day_alone_followers: _Words = []
    count_words_before: _Words = []
    plan_name_words: _Words = []
    name_year_stops: _Words = []
    event_nouns: _Words = []
    caption_line: str = ""
    stamp_line: str = ""
    turn_label: str = ""
    other_calendar_months: _Words = []
    coming_event_words: _Words = []
    numbered_item_line: str = ""
    progressive_cue: str = ""
    day_month_shifts: dict[str, int] = {}
    day_after_dates: dict[str, int] = {}
    present_copulas: _Words = []
    numeric_day_prepositions: _Words = []


class HeadersLexicon(_Lexicon):
    """``headers.json``: how a release's header names its home state (read by attribution)."""

    issuing_body_words: _Words = []
    site_offices: _Words = []
    desk_words: _Words = []
    formal_name_words: _Words = []
    body_line_words: int = 20
    byline_openers: _Words = []
    agencies: dict[str, str] = {}
    wire_agencies: _Words = []
    venue_phrases: _Words = []
    visit_words: _Words = []
    own_visit_phrases: _Words = []
    arrival_phrases: _Words = []
    government_domain_labels: _Words = []
    travel_phrases: _Words = []
    time_zones: dict[str, str] = {}
    party_tags: dict[str, str] = {}
    legislature_forms: dict[str, str] = {}


class SideCue(BaseModel):
    model_config = ConfigDict(extra="forbid")
    pattern: str
    officials: Literal["after", "before", "before_all", "either"] = "after"
    source: str = "side"
    state: Literal["named", "subject", "other", "opposite"] = "named"
    max_gap: int = 0
    needs_subject: bool = False
    requires_before: Optional[str] = None


class SidesLexicon(_Lexicon):
    """``sides.json``: the phrases that place officials on a side of a meeting (read by the resolver)."""

    cues: list[SideCue] = []
    question_turn: Optional[str] = None
    counterpart_offices: list[str] = []
    own_envoy_titles: list[str] = []
    mission_staff_titles: list[str] = []
    salutation_closers: list[str] = []


#: The shape each JSON lexicon must have, by file name.
SCHEMAS: dict[str, type[_Lexicon]] = {
    "titles.json": TitlesLexicon,
    "persons.json": PersonsLexicon,
    "dates.json": DatesLexicon,
    "headers.json": HeadersLexicon,
    "sides.json": SidesLexicon,
}


@lru_cache(maxsize=None)
def _read_json(path: Path) -> Any:
    try:
        data = json.loads(_read_text(path))
    except json.JSONDecodeError as e:
        raise DataFileError(f"data file {path}: not JSON ({e})") from e
    schema = SCHEMAS.get(path.name)
    if schema is not None:
        schema.check(data, path)
    return data


def read_json(path: PathLike) -> Any:
    """A JSON data file, checked against its schema when it is one of :data:`SCHEMAS`.

    The value is cached and shared: readers must not modify it.
    """
    return _read_json(Path(path))
