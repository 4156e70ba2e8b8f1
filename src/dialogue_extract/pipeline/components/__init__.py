"""One spaCy component per file, each registered with ``@Language.factory``.

Order in the default pipeline (see models/default/config.cfg):

boilerplate -> countries -> organizations -> dates -> titles -> sectors -> persons
-> attribution -> resolver
"""
from . import (  # noqa: F401
    attribution,
    boilerplate,
    countries,
    dates,
    organizations,
    persons,
    resolver,
    sectors,
    titles,
)
