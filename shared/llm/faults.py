"""What a failed LLM call means: its logged outcome, whether to retry, how long to back off.

Pure functions over the SDK's exceptions. The client calls the SDK with ``max_retries=0`` and
decides here: a 429 is never waited out in a turn (the breaker opens for its ``Retry-After``),
a quota error is not retried, a 5xx or a dropped connection is retried only when the wait fits
in what is left of the turn, and anything unexpected (a proxy's HTML page answering 200, a bug
in the SDK) is an ``error`` like any transport fault, never an exception out of the turn.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import openai
from pydantic import ValidationError

from shared.llm.calls import Outcome

BACKOFF_S = 0.25  # first retry's wait; doubled each time
MAX_HOLD_S = 600.0  # a Retry-After longer than this is capped
QUOTA_CODES = ("insufficient_quota", "billing_hard_limit_reached", "billing_not_active")
CONFIG_STATUSES = (400, 401, 403, 404, 422)  # a bad key, model name or request: say so once
INVALID_ERRORS = (
    ValidationError,
    ValueError,
    openai.LengthFinishReasonError,
    openai.ContentFilterFinishReasonError,
)


@dataclass(frozen=True)
class Fault:
    """One failed attempt as the client acts on it."""

    outcome: Outcome
    error: str
    retryable: bool = False
    hold_s: float | None = None  # open the breaker at once, for this long
    warn: bool = False  # log one warning (status and API error code)


def api_code(exc: openai.APIStatusError) -> str | None:
    """The API's error code ("insufficient_quota", "invalid_api_key", "model_not_found")."""
    body: Any = exc.body
    if isinstance(body, dict):
        inner = body.get("error", body)
        code = inner.get("code") or inner.get("type") if isinstance(inner, dict) else None
        return str(code) if code else None
    return None


def retry_after(headers: Any) -> float | None:
    """Seconds the server asks to wait (``retry-after-ms``, ``retry-after`` as seconds or an
    HTTP date), None when it does not say."""
    try:
        millis = headers.get("retry-after-ms")
        if millis:
            return max(0.0, float(millis) / 1000)
        value = headers.get("retry-after")
        if not value:
            return None
        try:
            return max(0.0, float(value))
        except ValueError:
            return max(0.0, (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds())
    except (TypeError, ValueError, AttributeError):
        return None


def _status_fault(exc: openai.APIStatusError, cooldown_s: float) -> Fault:
    status, code = exc.status_code, api_code(exc)
    label = f"http {status}"
    if status == 429 and code in QUOTA_CODES:
        return Fault("error", f"{label} {code}", hold_s=cooldown_s, warn=True)
    if status == 429:
        wait = retry_after(exc.response.headers)
        return Fault("error", label, hold_s=min(wait if wait else cooldown_s, MAX_HOLD_S))
    if status in CONFIG_STATUSES:
        return Fault("error", f"{label} {code}" if code else label, warn=True)
    return Fault("error", label, retryable=status >= 500 or status == 408)


def classify(exc: BaseException, cooldown_s: float) -> Fault:
    """The fault an exception from the SDK call stands for."""
    if isinstance(exc, TimeoutError | openai.APITimeoutError):
        return Fault("timeout", "timeout")
    if isinstance(exc, openai.APIStatusError):
        return _status_fault(exc, cooldown_s)
    if isinstance(exc, openai.APIConnectionError):
        return Fault("error", type(exc).__name__, retryable=True)
    if isinstance(exc, INVALID_ERRORS):
        return Fault("invalid", type(exc).__name__)
    return Fault("error", f"unexpected {type(exc).__name__}")


def backoff(attempt: int, exc: BaseException) -> float:
    """Seconds to wait before retry number ``attempt`` (1-based): the server's Retry-After
    when it gives one, else exponential from 0.25 s."""
    if isinstance(exc, openai.APIStatusError):
        asked = retry_after(exc.response.headers)
        if asked is not None:
            return asked
    return float(BACKOFF_S * 2 ** (attempt - 1))


def usage_of(exc: BaseException) -> Any:
    """The usage figures a length or content-filter error carries (billed all the same)."""
    completion = getattr(exc, "completion", None)
    return getattr(completion, "usage", None)
