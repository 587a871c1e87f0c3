"""The turn's embedding of a message, started before the conversation's state is read.

A chat turn first reads its state from the database, then the brain reads the message in that
state, embedding its English reading in a worker thread. For most messages (English, in an
English conversation) that reading is the normalised message itself, known before the state:
the service opens a :func:`foresight` around the whole turn and the brain starts that
embedding at once (:meth:`shared.conversation.brain.LocalBrain.foresee`), so the model runs
while the database answers. When the brain's reading turns out to be another text (a gloss),
the foreseen vector is simply not used.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from contextvars import ContextVar

import numpy as np
import numpy.typing as npt

Embedding = asyncio.Future[npt.NDArray[np.float32] | None]
_FORESEEN: ContextVar[dict[str, Embedding] | None] = ContextVar("foreseen", default=None)


@contextlib.contextmanager
def foresight() -> Iterator[None]:
    """Within the block (and the tasks it starts, which copy the context), an embedding
    foreseen for a text is handed to the first reader that asks for that text."""
    token = _FORESEEN.set({})
    try:
        yield
    finally:
        _FORESEEN.reset(token)


def foresee(text: str, embedding: Embedding) -> None:
    """Keep ``embedding`` of ``text`` for the turn's reader (nothing outside a foresight)."""
    slot = _FORESEEN.get()
    if slot is not None:
        slot[text] = embedding


def foreseen(text: str) -> Embedding | None:
    """The embedding of ``text`` started earlier in this turn, once; None when there is none."""
    slot = _FORESEEN.get()
    return slot.pop(text, None) if slot is not None else None
