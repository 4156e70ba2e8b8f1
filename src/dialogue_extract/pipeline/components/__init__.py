"""One spaCy component per file, each registered with ``@Language.factory``.

Names: the file ``x.py`` holds the factory ``de_x`` (the pipe ``x`` of the default pipeline) and
the class ``XComponent``.

Order in the default pipeline (see models/default/config.cfg):

boilerplate -> countries -> organizations -> dates -> titles -> sectors -> persons
-> attribution -> officials
"""
from . import (  # noqa: F401
    attribution,
    boilerplate,
    countries,
    dates,
    organizations,
    officials,
    persons,
    sectors,
    titles,
)
