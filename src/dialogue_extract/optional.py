"""Optional dependencies: one place that imports them and says how to install what is missing.

The core (``extract``, the resolver, the result models) needs only spaCy, rapidfuzz, pydantic and
pycountry. Each other feature names the extra that brings its packages::

    pip install "dialogue-extract[tables]"     # pandas, pyarrow: DataFrames and Parquet
    pip install "dialogue-extract[notebook]"   # pandas, matplotlib, networkx: plots
    pip install "dialogue-extract[html]"       # trafilatura: main text of HTML pages
"""
from __future__ import annotations

import importlib
from types import ModuleType

__all__ = ["MissingDependency", "EXTRAS", "require"]

#: The extra that installs each optional top-level package.
EXTRAS = {
    "pandas": "tables",
    "pyarrow": "tables",
    "matplotlib": "notebook",
    "networkx": "notebook",
    "trafilatura": "html",
    "lxml_html_clean": "html",
    "dask": "dask",
    "distributed": "dask",
}


class MissingDependency(ImportError):
    """An optional dependency a feature needs is not installed; the message says what to install."""


def require(module: str, feature: str) -> ModuleType:
    """Import ``module`` (e.g. ``"pyarrow.parquet"``) for ``feature`` (e.g. ``"Parquet tables"``),
    or raise :class:`MissingDependency` naming the extra to install."""
    try:
        return importlib.import_module(module)
    except ImportError as e:
        top = module.split(".")[0]
        missing = getattr(e, "name", None) or top
        extra = EXTRAS.get(missing.split(".")[0], EXTRAS.get(top, "all"))
        raise MissingDependency(f'{feature} need{"s" if not feature.endswith("s") else ""} {missing}, '
                                f'an optional dependency: pip install "dialogue-extract[{extra}]"') from e
