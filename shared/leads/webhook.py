"""POSTs a notification to the optional sales webhook: short timeout, retries with backoff.

It never raises: the result (delivered, failed, not configured) is recorded on the
notification. It runs after the lead is saved, so it cannot block scoring.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from typing import Any

import httpx
from pydantic import BaseModel

log = logging.getLogger(__name__)


class Delivery(BaseModel):
    """What happened to one webhook delivery."""

    status: str  # delivered | failed | not_configured
    attempts: int = 0
    last_error: str | None = None
    delivered_at: datetime | None = None


class WebhookNotifier:
    """Delivers JSON payloads to ``url``; ``transport`` lets tests stand in for the far end."""

    def __init__(
        self,
        url: str,
        *,
        attempts: int = 3,
        timeout: float = 2.0,
        backoff: float = 0.25,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.url = url
        self.attempts = attempts
        self.timeout = timeout
        self.backoff = backoff
        self._transport = transport

    async def deliver(self, payload: dict[str, Any]) -> Delivery:
        """Try up to ``attempts`` times, doubling the pause after each failure."""
        if not self.url:
            return Delivery(status="not_configured")
        error = None
        async with httpx.AsyncClient(timeout=self.timeout, transport=self._transport) as client:
            for attempt in range(1, self.attempts + 1):
                error = await self._post(client, payload)
                if error is None:
                    return Delivery(
                        status="delivered", attempts=attempt, delivered_at=datetime.now(UTC)
                    )
                if attempt < self.attempts:
                    await asyncio.sleep(self.backoff * 2 ** (attempt - 1))
        log.warning("sales webhook failed after %d attempts: %s", self.attempts, error)
        return Delivery(status="failed", attempts=self.attempts, last_error=error)

    async def _post(self, client: httpx.AsyncClient, payload: dict[str, Any]) -> str | None:
        """``None`` on a 2xx answer, else a short description of the failure."""
        try:
            response = await client.post(self.url, json=payload)
        except httpx.TimeoutException:
            return "timeout"
        except httpx.HTTPError as exc:
            return type(exc).__name__
        if response.is_success:
            return None
        return f"HTTP {response.status_code}"
