"""The turn's reading and embedding of a message, started before the conversation's state is read.

A chat turn first reads its state from the database, then the brain reads the message in that
state, embedding its English reading in a worker thread. For most messages (English, in an
English conversation) that reading is the normalised message itself, known before the state:
the service opens a :func:`foresight` around the whole turn and the brain starts that
embedding at once (:meth:`shared.conversation.brain.LocalBrain.foresee`), so the model runs
while the database answers. When the brain's reading turns out to be another text (a gloss),
the foreseen vector is simply not used.

The foresight also keeps the turn's readings (:func:`reading_of`): a message's numbers are read
once a turn, by whichever step asks first, and the others take that reading.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from shared.understanding.reading import Reading, read

Embedding = asyncio.Future[npt.NDArray[np.float32] | None]


@dataclass
class _Turn:
    readings: dict[str, Reading] = field(default_factory=dict)  # by the text read
    embeddings: dict[str, Embedding] = field(default_factory=dict)  # by the normalised reading


_FORESEEN: ContextVar[_Turn | None] = ContextVar("foreseen", default=None)


@contextlib.contextmanager
def foresight() -> Iterator[None]:
    """Within the block (and the tasks it starts, which copy the context), a text is read once
    and an embedding foreseen for a text is handed to the first reader that asks for that
    text."""
    token = _FORESEEN.set(_Turn())
    try:
        yield
    finally:
        _FORESEEN.reset(token)


def reading_of(said: str) -> Reading:
    """The turn's reading of ``said``: made by the first step that asks, then handed on
    (outside a foresight, made afresh)."""
    turn = _FORESEEN.get()
    if turn is None:
        return read(said)
    reading = turn.readings.get(said)
    if reading is None:
        reading = turn.readings[said] = read(said)
    return reading


def foresee(text: str, embedding: Embedding) -> None:
    """Keep ``embedding`` of ``text`` for the turn's reader (nothing outside a foresight)."""
    turn = _FORESEEN.get()
    if turn is not None:
        turn.embeddings[text] = embedding


def foreseen(text: str) -> Embedding | None:
    """The embedding of ``text`` started earlier in this turn, once; None when there is none."""
    turn = _FORESEEN.get()
    return turn.embeddings.pop(text, None) if turn is not None else None
