"""The collector is paused for a unit of work and restored after, whatever happens inside."""
from __future__ import annotations

import gc

import pytest

from dialogue_extract.gc_pause import gc_paused


@pytest.fixture(autouse=True)
def _collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    gc.unfreeze()
    (gc.enable if was else gc.disable)()


@pytest.mark.parametrize("keep", [False, True])
def test_paused_inside_restored_after(keep):
    with gc_paused(keep=keep):
        assert not gc.isenabled()
    assert gc.isenabled()


@pytest.mark.parametrize("keep", [False, True])
def test_restored_after_an_exception(keep):
    with pytest.raises(RuntimeError):
        with gc_paused(keep=keep):
            raise RuntimeError("boom")
    assert gc.isenabled()


def test_nested_use_leaves_the_outer_pause_alone():
    with gc_paused():
        with gc_paused(keep=True):
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_keep_leaves_nothing_frozen_and_cycles_are_still_freed():
    class Node:
        pass

    with gc_paused(keep=True):
        a, b = Node(), Node()
        a.other, b.other = b, a
    assert gc.get_freeze_count() == 0
    del a, b
    assert gc.collect() >= 2


def test_keep_does_not_unfreeze_what_the_caller_froze():
    held = [[] for _ in range(10)]
    gc.freeze()
    frozen = gc.get_freeze_count()
    with gc_paused(keep=True):
        made = [[] for _ in range(10)]
    # nothing unfrozen (the count would be 0) and nothing more frozen (it would grow by what was
    # made); frozen objects freed meanwhile by reference counting may lower it
    assert 0 < gc.get_freeze_count() <= frozen
    assert held and made
