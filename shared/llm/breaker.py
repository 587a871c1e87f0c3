"""A circuit breaker: after repeated failures, stop calling the LLM for a while.

Closed: calls go through. After ``threshold`` consecutive failures it opens: calls are skipped
(the local brain answers at once) for ``cooldown_s``, or as long as a server's
``Retry-After`` asks (:meth:`CircuitBreaker.hold`). Then one trial call is let through
(half-open): a success closes it, a failure opens it again. Time is injected for tests.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Literal

CircuitState = Literal["closed", "open", "half_open"]


class CircuitBreaker:
    """Counts consecutive failures of calls to one dependency."""

    def __init__(
        self, threshold: int, cooldown_s: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.threshold = threshold
        self.cooldown_s = cooldown_s
        self._clock = clock
        self.failures = 0
        self._opened_at: float | None = None
        self._open_for = cooldown_s  # this opening's length (a 429's Retry-After)
        self._trial = False

    @property
    def state(self) -> CircuitState:
        if self._opened_at is None:
            return "closed"
        if self._clock() - self._opened_at >= self._open_for:
            return "half_open"
        return "open"

    def allow(self) -> bool:
        """Whether a call may be made now (half-open lets one trial call through)."""
        state = self.state
        if state == "closed":
            return True
        if state == "half_open" and not self._trial:
            self._trial = True
            return True
        return False

    def success(self) -> None:
        self.failures = 0
        self._opened_at = None
        self._trial = False

    def failure(self) -> None:
        self.failures += 1
        if self._trial or self.failures >= self.threshold:
            self._opened_at, self._open_for = self._clock(), self.cooldown_s
        self._trial = False

    def hold(self, seconds: float) -> None:
        """Open now for ``seconds`` whatever the count (the server said when to come back);
        an opening that lasts longer is kept."""
        self.failures += 1
        now = self._clock()
        left = self._open_for - (now - self._opened_at) if self._opened_at is not None else 0.0
        if seconds > left:
            self._opened_at, self._open_for = now, seconds
        self._trial = False

    def report(self) -> dict[str, object]:
        """What ``/chat/health`` shows."""
        state = self.state
        report: dict[str, object] = {"circuit": state, "consecutive_failures": self.failures}
        if self._opened_at is not None and state == "open":
            left = self._open_for - (self._clock() - self._opened_at)
            report["retry_in_s"] = round(max(0.0, left), 1)
        return report
