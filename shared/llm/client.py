"""The LLM client: the only code that talks to the model.

One ``AsyncOpenAI`` per process, created at cold start with ``max_retries=0``: this client
retries itself, and only when the wait fits in what is left of the turn's budget
(:mod:`shared.llm.faults`). :meth:`LlmClient.parse` makes one structured call (the SDK's
``chat.completions.parse`` with a pydantic model, strict JSON schema, the request shaped for
the model's family by :mod:`shared.llm.capabilities`) and logs it with its usage, whatever the
outcome (a call cancelled because its turn no longer needs it is logged as a ``fallback``,
``superseded``). Every fault (timeout, 429, 5xx, refusal, invalid output, anything unexpected)
ends in ``None``: the caller falls back to the local brain. Repeated transport failures open the
circuit breaker; a 429 opens it at once for the server's ``Retry-After``.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from openai import AsyncOpenAI
from openai.types.chat import ChatCompletionMessageParam
from pydantic import BaseModel

from shared.llm.breaker import CircuitBreaker
from shared.llm.budget import TurnScope, current_scope
from shared.llm.calls import ApiCall, ApiCallLog, Outcome, Purpose, snippet
from shared.llm.capabilities import request_options
from shared.llm.faults import Fault, backoff, classify, usage_of
from shared.llm.settings import LlmSettings

log = logging.getLogger(__name__)
T = TypeVar("T", bound=BaseModel)
MIN_CALL_S = 0.05  # less budget than this left: do not start a call that cannot finish


@dataclass
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0

    def take(self, usage: Any) -> None:
        """Copy the SDK's usage figures (absent on a transport fault)."""
        if usage is None:
            return
        self.prompt_tokens = int(getattr(usage, "prompt_tokens", 0) or 0)
        self.completion_tokens = int(getattr(usage, "completion_tokens", 0) or 0)
        details = getattr(usage, "prompt_tokens_details", None)
        self.cached_tokens = int(getattr(details, "cached_tokens", 0) or 0)


_opened: list[AsyncOpenAI] = []


def make_openai(settings: LlmSettings) -> AsyncOpenAI:
    """The process's SDK client (call once, at cold start); it never retries by itself."""
    assert settings.openai_api_key is not None
    sdk = AsyncOpenAI(
        api_key=settings.openai_api_key.get_secret_value(),
        base_url=settings.openai_base_url or None,
        timeout=settings.llm_timeout_s,
        max_retries=0,
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
    """Structured calls with a turn budget, own retries, a circuit breaker and the call log."""

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
        self._warned: set[str] = set()

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
        # After a transport fault in this turn the API is likely down: the local reply now
        # beats waiting out the rest of the budget on a second failure.
        if scope.failed or self._left(scope) < MIN_CALL_S or not self.breaker.allow():
            return None
        started = time.perf_counter()
        usage = Usage()
        try:
            result, fault = await self._attempts(scope, schema, messages, usage)
        except asyncio.CancelledError:  # superseded (a reply for a plan that changed): logged
            latency = (time.perf_counter() - started) * 1000
            await self._record(purpose, "fallback", "superseded", latency, usage, visitor_text)
            raise
        outcome: Outcome = fault.outcome if fault else "ok"
        error = fault.error if fault else None
        if fault is None and result is None:
            outcome, error = "invalid", "refusal"
        self._count(fault, scope)
        if result is not None and check is not None and not check(result):
            outcome, error, result = "fallback", "rejected by local checks", None
        latency = (time.perf_counter() - started) * 1000
        await self._record(purpose, outcome, error, latency, usage, visitor_text)
        return result

    def _left(self, scope: TurnScope) -> float:
        return scope.remaining(self.settings.llm_timeout_s)

    async def _attempts(
        self,
        scope: TurnScope,
        schema: type[T],
        messages: list[ChatCompletionMessageParam],
        usage: Usage,
    ) -> tuple[T | None, Fault | None]:
        """The call, retried while the fault allows it and the wait fits in the budget."""
        attempt = 0
        while True:
            budget = self._left(scope)
            try:
                call = self._call(schema, messages, budget, usage)
                return await asyncio.wait_for(call, budget), None
            except Exception as exc:  # every fault, even an unexpected one, ends in the local reply
                fault = classify(exc, self.settings.llm_breaker_cooldown_s)
                usage.take(usage_of(exc))
                self._explain(fault, exc)
                attempt += 1
                wait = backoff(attempt, exc)
                retry = fault.retryable and attempt <= self.settings.llm_max_retries
                if not retry or wait + MIN_CALL_S >= self._left(scope):
                    return None, fault
                await asyncio.sleep(wait)

    def _explain(self, fault: Fault, exc: BaseException) -> None:
        """One warning per distinct configuration error (a bad key or model name shows in the
        logs), one per unexpected exception type."""
        if fault.warn and fault.error not in self._warned:
            self._warned.add(fault.error)
            log.warning("LLM call refused by the API: %s (model %s)", fault.error, self.model)
        elif fault.error.startswith("unexpected") and fault.error not in self._warned:
            self._warned.add(fault.error)
            log.error("LLM call failed unexpectedly: %s", type(exc).__name__)

    async def _call(
        self,
        schema: type[T],
        messages: list[ChatCompletionMessageParam],
        budget: float,
        usage: Usage,
    ) -> T | None:
        options = request_options(self.model, self.settings.llm_max_output_tokens)
        completion = await self._sdk.chat.completions.parse(
            model=self.model,
            messages=messages,
            response_format=schema,
            timeout=budget,
            **options,
        )
        usage.take(completion.usage)
        message = completion.choices[0].message if completion.choices else None
        if message is None or message.refusal:
            return None
        return message.parsed

    def _count(self, fault: Fault | None, scope: TurnScope) -> None:
        """Transport faults count towards the breaker (a 429 opens it for its Retry-After);
        any answer, even a refusal or a bad one, shows the service is up."""
        if fault is not None and fault.hold_s is not None:
            self.breaker.hold(fault.hold_s)
        elif fault is not None and fault.outcome in ("timeout", "error"):
            self.breaker.failure()
        else:
            self.breaker.success()
        if fault is not None and fault.outcome in ("timeout", "error"):
            scope.failed = True
            if self.breaker.state == "open":
                log.warning("LLM circuit open after %d failures", self.breaker.failures)

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
        cost = self.settings.cost(
            self.model, usage.prompt_tokens, usage.completion_tokens, usage.cached_tokens
        )
        call = ApiCall(
            at=datetime.now(UTC),
            session=current_scope().session,
            purpose=purpose,
            model=self.model,
            latency_ms=round(latency_ms, 2),
            prompt_tokens=usage.prompt_tokens,
            completion_tokens=usage.completion_tokens,
            cached_tokens=usage.cached_tokens,
            cost_usd=cost,
            outcome=outcome,
            error=error,
            snippet=snippet(visitor_text) if visitor_text else None,
        )
        await self._calls.record(call)
