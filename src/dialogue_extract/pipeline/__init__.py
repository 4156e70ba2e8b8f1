"""The spaCy side of dialogue_extract: ``load()`` builds the Language from config.cfg."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

import spacy
from spacy.language import Language

from . import extensions  # noqa: F401  (registers Doc extensions)
from . import components  # noqa: F401  (registers the factories)
from ..data import DEFAULT_PIPELINE, pipeline_dir
from ..gc_pause import gc_paused

__all__ = ["load", "pipeline_dir"]


def load(
    name_or_path: str | Path = DEFAULT_PIPELINE,
    *,
    exclude: tuple[str, ...] = (),
    overrides: Optional[dict[str, Any]] = None,
) -> Language:
    """Build the pipeline from ``models/<name>/config.cfg`` (or a folder holding one).

    Nothing is downloaded: the tokenizer is spaCy's blank English one and every other
    component reads its rules from the data files next to the config.
    """
    path = Path(name_or_path)
    if not (path / "config.cfg").is_file():
        path = pipeline_dir(str(name_or_path))
    # the shipped pipeline keeps paths.data unset: its data files are found inside the installed
    # package, so a saved copy (nlp.to_disk) holds no path of this machine
    data = {} if path.resolve() == pipeline_dir().resolve() else {"paths.data": str(path)}
    config = spacy.util.load_config(path / "config.cfg", overrides={**data, **(overrides or {})},
                                    interpolate=False)
    # (the components are built with the collector paused: what they make, patterns and
    # matchers, lives on, and its collections cost a tenth of the loading time)
    with gc_paused(keep=True):
        nlp = spacy.util.load_model_from_config(config, auto_fill=True, exclude=list(exclude))
    nlp.meta.update(spacy.util.srsly.read_json(path / "meta.json") if (path / "meta.json").is_file() else {})
    return nlp
