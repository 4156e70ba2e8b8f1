"""Python's cyclic garbage collector paused around one unit of work.

An extraction (or the resolution of thousands of names) makes millions of short-lived objects;
the collector's full passes walk every live object, the loaded pipeline included, and their cost
grew faster than the work itself. Objects are still freed by reference counting as before, so
memory does not grow; cycles made meanwhile are collected by the first pass after the pause.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator

__all__ = ["gc_paused"]


@contextmanager
def gc_paused(*, keep: bool = False) -> Iterator[None]:
    """Pause automatic collection for the body and restore it after; a no-op when collection
    is already off (nested use, or a caller that manages the collector itself).

    ``keep``: what the body made is meant to live on (a registry's entities and indexes): it is
    filed with the oldest generation when the pause ends, instead of being walked by the young
    collection that would otherwise run at once (a pass over everything made meanwhile, for
    nothing: it survives). Garbage cycles made meanwhile are then freed by the next full
    collection. Not done when the caller has frozen objects itself (``gc.freeze``), as a
    preforking server does: those stay frozen."""
    if not gc.isenabled():
        yield
        return
    try:  # disabled inside the try: an exception right after still restores it
        gc.disable()
        yield
    finally:
        if keep and not gc.get_freeze_count():
            gc.freeze()
            gc.unfreeze()
        gc.enable()
