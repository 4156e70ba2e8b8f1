"""Pydantic models for every public result.

Every mention carries ``start``/``end`` character offsets into the text that was
passed to :func:`dialogue_extract.extract`, so ``text[m.start:m.end] == m.text``.
The JSON form (``model_dump(mode="json")``) is the library's interchange format.
"""
from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any, Callable, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "distinct_offices",
    "Mention",
    "Official",
    "Country",
    "DateValue",
    "Sector",
    "SectorEvidence",
    "Organization",
    "Extraction",
    "register_view",
]

#: Views of an :class:`Extraction` that other modules provide ("html": the notebook view,
#: "tables": the pandas tables), each registered by its own module when the package is imported:
#: the result models import none of them.
_VIEWS: dict[str, Callable[..., Any]] = {}


def register_view(name: str, render: Callable[..., Any]) -> None:
    """Make ``render(extraction)`` the ``name`` view of every :class:`Extraction`."""
    _VIEWS[name] = render


def _view(name: str) -> Callable[..., Any]:
    render = _VIEWS.get(name)
    if render is None:
        raise RuntimeError(f"no {name!r} view is registered (it is registered by importing dialogue_extract)")
    return render


_new = object.__new__
_set = object.__setattr__


class _Model(BaseModel):
    model_config = ConfigDict(frozen=False, extra="forbid")

    @classmethod
    def trusted(cls, **values: Any) -> Any:
        """A model from values the pipeline guarantees, without validation: what
        :meth:`model_construct` gives, at a fraction of its cost (it inspects each default factory's
        signature on every call). Fields not given take their defaults."""
        if tuple(values) == _NAMES.get(cls):
            fields = values  # every field given, in field order (the call's own dict)
        else:
            defaults = _DEFAULTS.get(cls)
            if defaults is None:
                defaults = _DEFAULTS[cls] = tuple((name, f.default_factory, f.default)
                                                  for name, f in cls.model_fields.items())
                _NAMES[cls] = tuple(name for name, _, _ in defaults)
            fields = {name: values[name] if name in values else (factory() if factory is not None else default)
                      for name, factory, default in defaults}
            unknown = values.keys() - fields.keys()
            if unknown:
                raise TypeError(f"{cls.__name__} has no field {sorted(unknown)}")
        m = _new(cls)
        _set(m, "__dict__", fields)
        _set(m, "__pydantic_fields_set__", set(values))
        _set(m, "__pydantic_extra__", None)
        _set(m, "__pydantic_private__", None)
        return m

    def __reduce__(self) -> tuple:
        # pickled as its field values, rebuilt without validation: results cross process
        # boundaries by the thousand (extract_many(n_process=N), batch workers), and pydantic's
        # own state protocol costs several times more to unpickle
        if self.__pydantic_extra__ is not None or self.__pydantic_private__ is not None:
            return super().__reduce__()
        return _rebuild, (type(self), self.__dict__, self.__pydantic_fields_set__)


def _rebuild(cls: type, fields: dict, fields_set: set) -> Any:
    """The model a pickle of :meth:`_Model.__reduce__` holds."""
    m = _new(cls)
    _set(m, "__dict__", fields)
    _set(m, "__pydantic_fields_set__", fields_set)
    _set(m, "__pydantic_extra__", None)
    _set(m, "__pydantic_private__", None)
    return m


#: Each model's (field, default factory, default), for :meth:`_Model.trusted`.
_DEFAULTS: dict[type, tuple[tuple[str, Any, Any], ...]] = {}
#: Each model's field names, in order.
_NAMES: dict[type, tuple[str, ...]] = {}


class Mention(_Model):
    """One place in the text: ``text == source[start:end]``."""

    text: str = Field(description="The words as they stand in the text.")
    start: int = Field(ge=0, description="Offset of the first character in the input text.")
    end: int = Field(ge=0, description="Offset just past the last character: text == input[start:end].")

    @classmethod
    def trusted(cls, text: str, start: int, end: int) -> "Mention":
        """A Mention from values the pipeline guarantees (no validation): the pipeline makes
        tens of them per document, and this is the cheapest way to build one."""
        m = _new(cls)
        _set(m, "__dict__", {"text": text, "start": start, "end": end})
        _set(m, "__pydantic_fields_set__", {"text", "start", "end"})
        _set(m, "__pydantic_extra__", None)
        _set(m, "__pydantic_private__", None)
        return m

    def __reduce__(self) -> tuple:
        if self.__pydantic_fields_set__ != _MENTION_FIELDS or len(self.__dict__) != 3:
            return super().__reduce__()
        d = self.__dict__
        return Mention.trusted, (d["text"], d["start"], d["end"])


_MENTION_FIELDS = frozenset({"text", "start", "end"})


class Official(_Model):
    """A person acting in a public capacity, with every variant of the name merged."""

    id: str = Field(description="Identifier within this document, e.g. 'P1'.")
    name: str = Field(description="Canonical (fullest) form of the name, honorifics removed.")
    aliases: list[str] = Field(default_factory=list, description="Other surface forms used in the text.")
    titles: list[str] = Field(default_factory=list, description="Titles as written, current and former: "
                              "every form the text uses ('Secretary (East)' and a later 'Secretary').")
    offices: list[str] = Field(default_factory=list, description="The distinct offices: the titles "
                               "without a shortened repeat of a longer one ('Secretary (East)' alone).")
    roles: list[str] = Field(default_factory=list, description="Canonical roles of the offices, from the role "
                             "table (models/default/roles.tsv): 'EAM', 'External Affairs Minister' and 'Minister of "
                             "External Affairs' are all 'foreign_minister'; an office the table does not know has none.")
    country: Optional[str] = Field(default=None, description="ISO 3166-1 alpha-3 code.")
    country_inferred: bool = Field(
        default=False,
        description="True when the text names no country for this person and ``country`` is a guess: "
        "the release's home state (from its dateline, or the state it names most), or the state the "
        "name reads as (country_source 'name').",
    )
    country_source: Optional[str] = Field(
        default=None,
        description="Where ``country`` came from: 'title' (the title or its phrase: 'Chinese Foreign "
        "Minister', 'Minister of Energy, Kenya', a title or body only one state has), 'context' (the "
        "sentence: 'his Japanese counterpart', a demonym shared by a list), 'side' ('The Polish side "
        "was led by', 'for Bahrain, Dr. X'), 'delegation' ('Australia was represented by', 'at the head "
        "of Pakistan's delegation', 'Accompanying him were'), 'honorific' (a form of address only one "
        "state's officials are given: 'Bapak', 'Shri', 'Khun'), 'header' (the release's home state, "
        "read from its issuing body or dateline), 'home_state' (the home state guessed as the state "
        "the release names most), 'known' (the built-in table of heads of state and government and "
        "foreign ministers since 2014, models/default/officeholders.tsv, for a leader the text names without "
        "a state), 'name' (a home-state guess moved to another state the release names whose people's "
        "names the name reads as, still a guess), 'user_actors' (a list of known actors given by the user); None "
        "when there is no country.",
    )
    actor_id: Optional[str] = Field(
        default=None,
        description="The known actor of the user's actor list this official is (its id, else its "
        "name); None when no actor list was given or none matched.",
    )
    organization: Optional[str] = Field(
        default=None, description="The body the person speaks for when the text names it ('Ministry of "
        "External Affairs'); None otherwise.")
    mentions: list[Mention] = Field(default_factory=list, description="Every place the text names this person.")


def distinct_offices(titles: list[str]) -> list[str]:
    """``titles`` without one that only starts another ("Secretary" beside "Secretary (East)",
    "Under-Secretary" beside "Under-Secretary of Foreign Affairs"): one office, named in full once
    and shortened later."""
    if len(titles) < 2:
        return list(titles)
    folded = [t.casefold() for t in titles]
    return [t for t, f in zip(titles, folded)
            if not any(g != f and g.startswith(f) and g[len(f)] in " (,-" for g in folded)]


class Country(_Model):
    """A state named in the release."""

    code: str = Field(description="ISO 3166-1 alpha-3 code.")
    name: str = Field(description="The state's common English name.")
    mentions: list[Mention] = Field(default_factory=list,
                                    description="Every place the text names the state (names, abbreviations, demonyms).")


class DateValue(_Model):
    """A date expression normalised to ISO 8601.

    ``value`` is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; ``XXXX-MM-DD`` when no year can be
    known. Ranges carry their last day/month/year in ``value_end``.
    """

    text: str = Field(description="The date expression as written.")
    start: int = Field(ge=0, description="Offset of the first character in the input text.")
    end: int = Field(ge=0, description="Offset just past the last character.")
    value: str = Field(description="ISO 8601: YYYY-MM-DD, YYYY-MM or YYYY; XXXX-MM-DD without a known year.")
    value_end: Optional[str] = Field(default=None, description="The last day, month or year of a range; "
                                     "None for a single date.")


class SectorEvidence(_Model):
    """Why a sector counts: the words that named it and the cooperation frame that licensed them."""

    text: str = Field(description="The words that name the sector, as written.")
    start: int = Field(ge=0, description="Offset of the first character of the words in the input text.")
    end: int = Field(ge=0, description="Offset just past the last character of the words.")
    frame: str = Field(description="The frame that licensed the words: 'field name' for a field name, which "
                       "counts wherever it names what the sides cooperate on, else the name of the cooperation "
                       "frame (from models/default/sectors/frames.jsonl) whose cue shares their sentence.")
    cue: Optional[Mention] = Field(default=None, description="The cue of the frame ('cooperation', 'agreed', "
                                   "'discussed' ...); None for a field name.")


class Sector(_Model):
    """A field of cooperation the release is about."""

    id: str = Field(description="Identifier from the sector taxonomy (models/default/sectors/sectors.tsv).")
    label: str = Field(description="The sector's readable name from the taxonomy the pipeline was configured with.")
    mentions: list[Mention] = Field(default_factory=list, description="The words that name the sector.")
    evidence: list[SectorEvidence] = Field(default_factory=list, description="One entry per mention, in the "
                                           "same order: the mention and the frame that licensed it.")


class Organization(_Model):
    """A body named in the release (ministry, agency, international organisation)."""

    name: str = Field(description="Canonical name (aliases such as 'MEA' are written in full).")
    country: Optional[str] = Field(default=None, description="ISO 3166-1 alpha-3 code of a national "
                                   "body the organisations lexicon knows; None otherwise.")
    mentions: list[Mention] = Field(default_factory=list, description="Every place the text names it.")


class Extraction(_Model):
    """Everything extracted from one release."""

    officials: list[Official] = Field(default_factory=list, description="People acting in a public capacity.")
    countries: list[Country] = Field(default_factory=list, description="States named, in order of first mention.")
    dates: list[DateValue] = Field(default_factory=list, description="Date expressions, in text order.")
    sectors: list[Sector] = Field(default_factory=list, description="Fields of cooperation, from the taxonomy.")
    organizations: list[Organization] = Field(default_factory=list, description="Bodies named.")
    reference_date: Optional[_dt.date] = Field(
        default=None, description="The date relative expressions were resolved against."
    )
    reference_date_source: Optional[Literal["argument", "dateline"]] = Field(
        default=None, description="'argument' when the caller gave the reference date, 'dateline' when it "
        "was read from the release; None without one.")
    error: Optional[str] = Field(
        default=None, description="Set by batch APIs when this document could not be processed."
    )
    text: Optional[str] = Field(
        default=None, exclude=True, repr=False, description="The input text (not serialised)."
    )

    # -- conveniences -------------------------------------------------------------------------
    @property
    def ok(self) -> bool:
        return self.error is None

    def official(self, name: str) -> Optional[Official]:
        """The official whose name or alias equals ``name`` (case-insensitive), if any."""
        key = name.casefold()
        for o in self.officials:
            if o.name.casefold() == key or any(a.casefold() == key for a in o.aliases):
                return o
        return None

    def to_pandas(self) -> "dict[str, pd.DataFrame]":
        """Tidy DataFrames: officials, mentions, countries, dates, sectors (needs pandas)."""
        return _view("tables")(self)

    def _repr_html_(self) -> str:  # Jupyter
        return _view("html")(self)

    def to_json(self, **kwargs: Any) -> str:
        return self.model_dump_json(**kwargs)
