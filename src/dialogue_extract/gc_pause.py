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
def gc_paused() -> Iterator[None]:
    """Pause automatic collection for the body and restore it after; a no-op when collection
    is already off (nested use, or a caller that manages the collector itself)."""
    if not gc.isenabled():
        yield
        return
    try:  # disabled inside the try: an exception right after still restores it
        gc.disable()
        yield
    finally:
        gc.enable()
