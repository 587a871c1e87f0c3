"""The LLM client: the only code that talks to the model.

One ``AsyncOpenAI`` per process, created at cold start. :meth:`LlmClient.parse` makes one
structured call (the SDK's ``chat.completions.parse`` with a pydantic model, strict JSON
schema), bounded by what is left of the turn's budget (SDK retries included), and logs it.
Every fault (timeout, 429, 5xx, refusal, invalid output) ends in ``None``: the caller falls
back to the local brain. Repeated transport failures open the circuit breaker.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar

import openai
from openai import AsyncOpenAI
from openai.types.chat import ChatCompletionMessageParam
from pydantic import BaseModel, ValidationError

from shared.llm.breaker import CircuitBreaker
from shared.llm.budget import current_scope
from shared.llm.calls import ApiCall, ApiCallLog, Outcome, Purpose, snippet
from shared.llm.settings import LlmSettings

log = logging.getLogger(__name__)
T = TypeVar("T", bound=BaseModel)
MIN_CALL_S = 0.05  # less budget than this left: do not start a call that cannot finish
INVALID_ERRORS = (
    ValidationError,
    ValueError,
    openai.LengthFinishReasonError,
    openai.ContentFilterFinishReasonError,
)


@dataclass
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0


_opened: list[AsyncOpenAI] = []


def make_openai(settings: LlmSettings) -> AsyncOpenAI:
    """The process's SDK client (call once, at cold start)."""
    assert settings.openai_api_key is not None
    sdk = AsyncOpenAI(
        api_key=settings.openai_api_key.get_secret_value(),
        base_url=settings.openai_base_url or None,
        timeout=settings.llm_timeout_s,
        max_retries=settings.llm_max_retries,
    )
    _opened.append(sdk)
    return sdk


def opened_clients() -> int:
    """How many SDK clients this process has opened (tests close what they opened)."""
    return len(_opened)


async def close_clients(since: int = 0) -> None:
    """Close the SDK clients opened after the first ``since`` (graceful shutdown, tests)."""
    while len(_opened) > since:
        await _opened.pop().close()


class LlmClient:
    """Structured calls with a turn budget, a circuit breaker and the API-call log."""

    def __init__(
        self, settings: LlmSettings, sdk: AsyncOpenAI, calls: ApiCallLog | None = None
    ) -> None:
        self.settings = settings
        self.model = settings.llm_model
        self._sdk = sdk
        self._calls = calls
        self.breaker = CircuitBreaker(
            settings.llm_breaker_failures, settings.llm_breaker_cooldown_s
        )

    def health(self) -> dict[str, object]:
        """The LLM's part of ``/chat/health`` (never a failure: the local brain answers)."""
        return {"mode": "llm", "model": self.model, **self.breaker.report()}

    async def parse(
        self,
        purpose: Purpose,
        schema: type[T],
        messages: list[ChatCompletionMessageParam],
        visitor_text: str = "",
        check: Callable[[T], bool] | None = None,
    ) -> T | None:
        """The model's answer as ``schema``, or None on any fault or when ``check`` rejects it."""
        scope = current_scope()
        budget = scope.remaining(self.settings.llm_timeout_s)
        # After a transport fault in this turn the API is likely down: the local reply now
        # beats waiting out the rest of the budget on a second failure.
        if scope.failed or budget < MIN_CALL_S or not self.breaker.allow():
            return None
        started = time.perf_counter()
        usage = Usage()
        result: T | None = None
        try:
            result = await asyncio.wait_for(self._call(schema, messages, budget, usage), budget)
            outcome: Outcome = "ok" if result is not None else "invalid"
            error = None if result is not None else "refusal"
        except (TimeoutError, openai.APITimeoutError):
            outcome, error = "timeout", "timeout"
        except openai.APIStatusError as exc:
            outcome, error = "error", f"http {exc.status_code}"
        except openai.APIConnectionError as exc:
            outcome, error = "error", type(exc).__name__
        except INVALID_ERRORS as exc:
            outcome, error = "invalid", type(exc).__name__
        self._count(outcome)
        if outcome in ("timeout", "error"):
            scope.failed = True
        if result is not None and check is not None and not check(result):
            outcome, error, result = "fallback", "rejected by local checks", None
        latency = (time.perf_counter() - started) * 1000
        await self._record(purpose, outcome, error, latency, usage, visitor_text)
        return result

    async def _call(
        self,
        schema: type[T],
        messages: list[ChatCompletionMessageParam],
        budget: float,
        usage: Usage,
    ) -> T | None:
        completion = await self._sdk.chat.completions.parse(
            model=self.model,
            messages=messages,
            response_format=schema,
            max_completion_tokens=self.settings.llm_max_output_tokens,
            temperature=0,
            timeout=budget,
        )
        if completion.usage is not None:
            usage.prompt_tokens = completion.usage.prompt_tokens
            usage.completion_tokens = completion.usage.completion_tokens
        message = completion.choices[0].message if completion.choices else None
        if message is None or message.refusal:
            return None
        return message.parsed

    def _count(self, outcome: Outcome) -> None:
        """Transport faults count towards the breaker; any answer, even a refusal or a bad
        one, shows the service is up (it says something about one message only)."""
        if outcome in ("timeout", "error"):
            self.breaker.failure()
            if self.breaker.state == "open":
                log.warning("LLM circuit open after %d failures", self.breaker.failures)
        else:
            self.breaker.success()

    async def _record(
        self,
        purpose: Purpose,
        outcome: Outcome,
        error: str | None,
        latency_ms: float,
        usage: Usage,
        visitor_text: str,
    ) -> None:
        if self._calls is None:
            return
        cost = self.settings.cost(self.model, usage.prompt_tokens, usage.completion_tokens)
        call = ApiCall(
            at=datetime.now(UTC),
            session=current_scope().session,
            purpose=purpose,
            model=self.model,
            latency_ms=round(latency_ms, 2),
            prompt_tokens=usage.prompt_tokens,
            completion_tokens=usage.completion_tokens,
            cost_usd=cost,
            outcome=outcome,
            error=error,
            snippet=snippet(visitor_text) if visitor_text else None,
        )
        await self._calls.record(call)
