"""The one comparison form of names: people's, countries', places' and organisations'.

Every look-up or comparison of a name in the library goes through :func:`fold` (or
:func:`fold_key`, :func:`sorted_key`), so "Việt Nam" and "Viet Nam", "Côte d’Ivoire" and "Cote
d'Ivoire", "Al‑Marzouq" and "Al-Marzouq" meet wherever they are compared. Pure functions, standard
library only.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["fold", "fold_key", "sorted_key"]

_UNIFY = str.maketrans(
    {
        **{c: "'" for c in "\u2019\u2018\u201b`\u00b4\u02bc\u02b9\u2032\ua78c\uff07\u02bb"},
        **{c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d\u00ad"},
        **{c: "." for c in "\u2024\u2027\u30fb\uff61\u3002\uff0e"},
        "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L",
        "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "Þ": "TH",
    }
)
_NON_ALNUM = re.compile(r"[\W_]+")


@lru_cache(maxsize=1 << 16)
def fold(s: str) -> str:
    """Comparison form of a name: NFKD, diacritics stripped, casefolded, apostrophes, hyphens
    and dots unified to ``'``, ``-`` and ``.``, whitespace collapsed.

    >>> fold("Bùi Văn Lộc") == fold("Bui Van Loc")
    True
    >>> fold("Việt Nam")
    'viet nam'
    >>> fold("Côte d’Ivoire")
    "cote d'ivoire"
    """
    if s.isascii():  # (nothing to decompose or strip: only the backquote is unified)
        return " ".join((s.replace("`", "'") if "`" in s else s).lower().split())
    s = unicodedata.normalize("NFKD", s.translate(_UNIFY))
    s = "".join(c for c in s if not unicodedata.combining(c)).translate(_UNIFY)
    return " ".join(s.casefold().split())


@lru_cache(maxsize=1 << 16)
def fold_key(s: str) -> str:
    """:func:`fold` with everything but letters and digits removed: ``"Al-Marzouq"`` and
    ``"Al Marzouq"`` both give ``"almarzouq"``, ``"Dong-hyuk"`` gives ``"donghyuk"``."""
    return _NON_ALNUM.sub("", fold(s))


def fold_words(s: str) -> list[str]:
    """The words of :func:`fold`, punctuation dropped (``"Jean-Yves Le Drian"`` -> ``["jean", "yves",
    "le", "drian"]``)."""
    return _NON_ALNUM.sub(" ", fold(s)).split()


def sorted_key(s: str) -> str:
    """:func:`fold` with punctuation dropped and the words sorted: one key for a name in either
    order (``"SATO Ken"``, ``"Ken Satō"`` -> ``"ken sato"``)."""
    return " ".join(sorted(fold_words(s)))
