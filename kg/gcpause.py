"""Pausing Python's cyclic garbage collector around bulk work.

Reading, writing and analysing a large graph allocates millions of objects and
makes no garbage cycles; a full collection would walk the whole graph again and
again (a third of the time of reading a large graph.json). Reference counting
still frees everything as usual.

>>> import gc
>>> with gc_paused():
...     gc.isenabled()
False
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Disable the cyclic collector inside the block; restore its state after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
