"""The outbox sweep: lead events that a conversation's last turn left unsent, published later.

A turn publishes its conversation's events after its save (:mod:`shared.chat.outbox`); when
that publish fails and the visitor never comes back, no turn of theirs retries it. The sweep
does: at most once per ``interval_s`` per instance, after a turn's reply is computed, the chat
starts it in the background (never awaited by the turn, so it neither delays nor fails the
reply; its errors are logged). One run reads, through the ``outbox_unsent`` index, up to
``batch`` conversations holding an unsent event whose last save is older than ``grace_s`` (so
it never races the turn that is publishing them), oldest first, and publishes each one's
unsent events with :func:`~shared.chat.outbox.publish_pending`, which marks them sent.
Publishing twice is harmless: ``lead_events`` is idempotent on ``session_id:type``.

On Cloud Run with CPU allocated only during requests, a run started after a reply progresses
while the instance serves requests; a run that does not finish leaves its events unsent for
the next one.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from pydantic import ValidationError

from shared.chat.outbox import publish_pending
from shared.chat.repository import ConversationRepository
from shared.conversation.state import ConversationState, utcnow
from shared.events import EventPublisher

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SweepPolicy:
    """How old an unsent event must be (``grace_s``, from its conversation's last save), how
    often one instance sweeps (``interval_s``; 0: after every turn) and how many conversations a
    run publishes at most (``batch``; 0 switches the sweep off)."""

    grace_s: float = 60.0
    interval_s: float = 60.0
    batch: int = 20


class OutboxSweep:
    """One instance's sweep: :meth:`poke` after each turn starts a run when one is due."""

    def __init__(
        self,
        repository: ConversationRepository,
        publisher: EventPublisher,
        policy: SweepPolicy,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._repository = repository
        self._publisher = publisher
        self.policy = policy
        self._clock = clock
        self._last: float | None = None
        self.running: asyncio.Task[int] | None = None

    def due(self) -> bool:
        """Whether a run should start now: the sweep is on, none is running, and the last one
        started at least ``interval_s`` ago (or none has yet)."""
        if self.policy.batch <= 0 or (self.running is not None and not self.running.done()):
            return False
        return self._last is None or self._clock() - self._last >= self.policy.interval_s

    def poke(self) -> None:
        """Start a run in the background when one is due; never raises."""
        try:
            if not self.due():
                return
            self._last = self._clock()
            self.running = asyncio.create_task(self.run())
            self.running.add_done_callback(_log_failure)
        except Exception as exc:  # the turn's reply is never failed by its sweep
            log.warning("outbox sweep not started: %s", type(exc).__name__)

    async def run(self) -> int:
        """Publish the unsent events of up to ``batch`` conversations older than the grace
        period; returns how many conversations had events published now. A conversation whose
        state cannot be read is skipped (logged); a database error ends the run (raised)."""
        before = utcnow() - timedelta(seconds=self.policy.grace_s)
        swept = 0
        for session_id, raw in await self._repository.unsent(before, self.policy.batch):
            try:
                state = ConversationState.upgrade(raw)
            except ValidationError:
                log.warning("outbox sweep skipped an unreadable conversation state")
                continue
            if await publish_pending(session_id, state, self._publisher, self._repository):
                swept += 1
        if swept:
            log.info("outbox sweep published the events of %d conversations", swept)
        return swept


def _log_failure(task: asyncio.Task[int]) -> None:
    """A run's error, logged (the task is never awaited by a turn)."""
    if task.cancelled():
        return
    exc = task.exception()
    if exc is not None:
        log.warning("outbox sweep failed: %s", type(exc).__name__)
