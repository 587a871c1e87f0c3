"""The per-turn embedding memo, apart from the model so that routes can open it without
importing onnxruntime (describing the chat's API loads no model)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar

import numpy as np
import numpy.typing as npt

Vectors = npt.NDArray[np.float32]
Memo = dict[tuple[int, ...], Vectors]
MEMO: ContextVar[Memo | None] = ContextVar("embedding_memo", default=None)


@contextlib.contextmanager
def turn_memo() -> Iterator[None]:
    """Within the block (and the tasks and worker threads it starts, which copy the context),
    a single text whose tokens were already embedded returns the vector computed then."""
    token = MEMO.set({})
    try:
        yield
    finally:
        MEMO.reset(token)
