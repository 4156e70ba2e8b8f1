"""People in running text: where a release introduces a person, and their later bare mentions.

Plain Python, no spaCy. The spaCy component ``de_persons``
(:mod:`dialogue_extract.pipeline.components.persons`) builds a :class:`Scan` of each document from
what the components before it marked and writes the persons found as spans.

* :mod:`~dialogue_extract.people.grammar`: what a written word can be in a name, headlines;
* :mod:`~dialogue_extract.people.lexicon`: the word lists and layout rules, and the
  :class:`PersonGrammar` built from them once per pipeline;
* :mod:`~dialogue_extract.people.scan`: one document's :class:`Scan` (every per-document table);
* :mod:`~dialogue_extract.people.anchors`: the anchors, one registered function per kind of
  phrase that vouches for a name (:data:`ANCHORS`);
* :mod:`~dialogue_extract.people.mentions`: the later bare mentions of the names found;
* :mod:`~dialogue_extract.people.context`: an official's state from the sentence (a delegation,
  a counterpart);
* :mod:`~dialogue_extract.people.offices`: an official's state from the offices of the others and
  from a speech's salutation (an office the home state lacks or already fills, a speech abroad);
* :mod:`~dialogue_extract.people.info`: :class:`PersonInfo`, the typed info of a mention, and
  :class:`OfficialInfo`, of an official (the extractor makes the public ``Official`` of it).

Names found here are taken apart and compared by :mod:`dialogue_extract.names`.
"""
from __future__ import annotations

from .anchors import ANCHORS, anchor, run_anchors
from .grammar import find_forms, is_headline
from .info import MentionSpan, OfficialInfo, PersonInfo
from .lexicon import PersonGrammar, PersonLexicon
from .mentions import bare_mentions
from .scan import Scan, Title

__all__ = [
    "ANCHORS",
    "anchor",
    "run_anchors",
    "find_forms",
    "is_headline",
    "PersonInfo",
    "MentionSpan",
    "OfficialInfo",
    "PersonGrammar",
    "PersonLexicon",
    "bare_mentions",
    "Scan",
    "Title",
]
