"""Country names and codes (ISO 3166-1 alpha-3, from pycountry). Placeholder, being written."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=None)
def country_name(code: str) -> str:
    import pycountry

    c = pycountry.countries.get(alpha_3=code)
    if c is None:
        return code
    return getattr(c, "common_name", None) or c.name
