"""The LLM budget of one turn: every call of a turn shares one deadline.

The chat service opens a turn scope (:func:`turn_scope`) with the session id; the LLM client
reads it to bound each call (SDK retries included) by what is left of ``LLM_TIMEOUT_S`` and to
log calls under a hash of the session id. Outside a scope (bench, eval) a call gets the whole
budget and no session.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field


def session_hash(session_id: str) -> str:
    """A stable, non-reversible handle on a session for the API-call log."""
    return hashlib.sha256(session_id.encode()).hexdigest()[:16]


@dataclass
class TurnScope:
    """One turn's session and start time (monotonic seconds)."""

    session: str | None = None
    started: float = field(default_factory=time.monotonic)
    failed: bool = False  # a call of this turn timed out or hit a server error

    def remaining(self, budget_s: float) -> float:
        """Seconds left of a turn budget of ``budget_s`` (never negative)."""
        return max(0.0, budget_s - (time.monotonic() - self.started))


_scope: ContextVar[TurnScope | None] = ContextVar("llm_turn_scope", default=None)


@contextmanager
def turn_scope(session_id: str | None) -> Iterator[TurnScope]:
    """Open a turn: calls made inside share its deadline and session hash."""
    scope = TurnScope(session=session_hash(session_id) if session_id else None)
    token = _scope.set(scope)
    try:
        yield scope
    finally:
        _scope.reset(token)


def current_scope() -> TurnScope:
    """The open turn, or a fresh one starting now (a call made outside any turn)."""
    scope = _scope.get()
    if scope is None:
        scope = TurnScope()
        _scope.set(scope)
    return scope
