"""Faults never reach the visitor: the local brain answers within LLM_TIMEOUT_S + 1 s, a 429
at once (its Retry-After opens the breaker), and nothing unexpected becomes a 500."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from shared.function import HEALTH_TTL_SECONDS
from tests.llm.conftest import llm_env, open_chat, say
from tests.llm_server import FakeOpenAI, quoting

BUDGET_S = 1.5  # LLM_TIMEOUT_S of this module's chat
# The client retries a 5xx only while the wait fits in the turn's budget: such a call ends as
# an error when its retries ran out, or as a timeout when the budget did first. Faults that
# hold the breaker open (429) are tested on a chat of their own below.
EXPECTED_OUTCOMES = {
    "500": {"error", "timeout"},
    "hang": {"timeout"},
    "invalid_json": {"invalid"},
    "refusal": {"invalid"},
    "length": {"invalid"},
    "html_200": {"error"},
}


@pytest.fixture(scope="module")
def chat_llm_env(mongo_uri: str, kb_bundle_dir: Path, fake_openai: FakeOpenAI) -> dict[str, str]:
    """This module's chat gives the LLM a short budget, so faults are quick to wait out."""
    return llm_env(mongo_uri, kb_bundle_dir, fake_openai, LLM_TIMEOUT_S=str(BUDGET_S))


@pytest.mark.parametrize("fault", sorted(EXPECTED_OUTCOMES))
async def test_every_fault_falls_back_within_the_budget(
    llm_chat: httpx.AsyncClient, llm: FakeOpenAI, api_calls: Any, fault: str
) -> None:
    """With the server answering 500, nothing, invalid JSON, a refusal, a length cut-off or
    an HTML page with status 200, the turn still answers (200) with the local brain's reply
    within LLM_TIMEOUT_S + 1 s and the call is logged."""
    llm.reset(fault=fault)
    started = time.monotonic()
    body = await say(llm_chat, f"We are opening a new cafe in May ({fault})")
    elapsed = time.monotonic() - started
    assert elapsed < BUDGET_S + 1.0
    assert body["reply"]
    assert body["customer_type"] == "new_cafe"  # the local brain read it
    outcomes = await api_calls.distinct("outcome", {"snippet": {"$regex": f"\\({fault}\\)"}})
    assert outcomes
    assert set(outcomes) <= EXPECTED_OUTCOMES[fault]


async def test_nothing_is_lost_while_the_api_fails(
    llm_chat: httpx.AsyncClient, llm: FakeOpenAI
) -> None:
    """A whole conversation against a failing API collects the same details as the local
    brain would, and the transcript holds every message."""
    llm.reset(fault="500")
    first = await say(llm_chat, "Hi, I'm opening a new cafe next spring")
    session = first["session_id"]
    await say(llm_chat, "My name is Ana Costa", session)
    last = await say(llm_chat, "ana.costa@example.com", session)
    assert last["collected"]["name"] == "Ana Costa"
    assert last["collected"]["email"] == "ana.costa@example.com"
    transcript = (await llm_chat.get(f"/sessions/{session}")).json()["messages"]
    assert len(transcript) == 6


async def test_a_half_failing_detection_keeps_the_good_half(
    llm_chat: httpx.AsyncClient, llm: FakeOpenAI
) -> None:
    """When only the contact call fails, the type call's answer is still used."""
    llm.reset(fault="500", fault_purposes={"extract_contact"})
    llm.script(
        "detect_type",
        quoting({"customer_type": "existing_cafe", "business_context": True, "question": False}),
    )
    body = await say(llm_chat, "we have had our little place on Main Street for years")
    assert body["customer_type"] == "existing_cafe"


@pytest.fixture
async def fragile_chat(mongo_uri: str, kb_bundle_dir: Path, fake_openai: FakeOpenAI) -> Any:
    """A chat whose breaker opens after two failures and stays open for a minute."""
    env = llm_env(
        mongo_uri,
        kb_bundle_dir,
        fake_openai,
        LLM_BREAKER_FAILURES="2",
        LLM_BREAKER_COOLDOWN_S="60",
        LLM_MAX_RETRIES="0",
    )
    async for client in open_chat(env):
        yield client


async def test_the_circuit_opens_after_repeated_failures_and_health_says_so(
    fragile_chat: httpx.AsyncClient, llm: FakeOpenAI
) -> None:
    """After repeated failures the breaker stops calling the API (turns answer locally at
    once) and /chat/health reports the open circuit while staying 200."""
    llm.reset(fault="500")
    await say(fragile_chat, "hello there, opening a cafe")
    made = len(llm.calls)
    # the two detections, and the reply on the local reading unless the breaker opened first
    assert made in (2, 3)
    body = await say(fragile_chat, "do you sell grinders?")
    assert body["reply"]
    assert len(llm.calls) == made, "no call while the circuit is open"
    health = await fragile_chat.get("/health")
    assert health.status_code == 200
    check = health.json()["checks"]["llm"]
    assert check["circuit"] == "open"
    assert check["consecutive_failures"] >= 2


@pytest.mark.parametrize("fault", ["500", "hang"])
async def test_after_a_transport_fault_the_turn_makes_no_further_call(
    llm_chat: httpx.AsyncClient, llm: FakeOpenAI, fault: str
) -> None:
    """Once a call of a turn timed out or met a server error, no new call is started: the
    calls that went out together (two detections and the reply on the local reading, each
    retried at most while the budget allows) are all, and the local reply is sent instead of
    waiting out the budget again."""
    llm.reset(fault=fault)
    body = await say(llm_chat, "hello, we are opening a coffee shop")
    assert body["reply"]
    assert {c.purpose for c in llm.calls} == {"detect_type", "extract_contact", "reply"}
    replies = {json.dumps(c.data, sort_keys=True) for c in llm.by_purpose("reply")}
    assert len(replies) == 1, "no second reply call after the fault"


@pytest.fixture
async def quick_breaker_chat(mongo_uri: str, kb_bundle_dir: Path, fake_openai: FakeOpenAI) -> Any:
    """A chat whose breaker opens after two failures and half-opens after half a second."""
    env = llm_env(
        mongo_uri,
        kb_bundle_dir,
        fake_openai,
        LLM_BREAKER_FAILURES="2",
        LLM_BREAKER_COOLDOWN_S="0.5",
        LLM_MAX_RETRIES="0",
    )
    async for client in open_chat(env):
        yield client


async def test_a_trial_call_answered_with_a_refusal_closes_the_circuit(
    quick_breaker_chat: httpx.AsyncClient, llm: FakeOpenAI
) -> None:
    """After the cooldown one trial call goes out; any answer from the service, even a
    refusal, closes the circuit again (it never sticks half-open)."""
    llm.reset(fault="500")
    await say(quick_breaker_chat, "hello, opening a cafe")
    assert (await quick_breaker_chat.get("/health")).json()["checks"]["llm"]["circuit"] == "open"
    await asyncio.sleep(0.6)
    llm.reset(fault="refusal")
    await say(quick_breaker_chat, "hello again")
    await asyncio.sleep(HEALTH_TTL_SECONDS)  # /health reuses its answer for this long
    assert (await quick_breaker_chat.get("/health")).json()["checks"]["llm"]["circuit"] == "closed"
    llm.reset()
    await say(quick_breaker_chat, "we need a grinder")
    assert llm.calls, "calls go out again"


Fresh = tuple[httpx.AsyncClient, dict[str, str]]


@pytest.fixture
async def fresh_chat(mongo_uri: str, kb_bundle_dir: Path, fake_openai: FakeOpenAI) -> Any:
    """A chat of its own (a closed breaker) with the production budget of 8 s, so a fault
    that waited it out would show; with its environment, to read its api_calls."""
    env = llm_env(mongo_uri, kb_bundle_dir, fake_openai, LLM_TIMEOUT_S="8")
    async for client in open_chat(env):
        yield client, env


async def _errors(env: dict[str, str]) -> list[str]:
    """The error of every logged call of the chat with ``env``."""
    from pymongo import AsyncMongoClient

    mongo: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(env["MONGODB_URI"])
    try:
        docs = await mongo[env["MONGODB_DB"]]["api_calls"].find().to_list(None)
    finally:
        await mongo.close()
    return [str(d.get("error")) for d in docs]


async def test_a_429_with_retry_after_answers_locally_at_once_and_holds_the_breaker(
    fresh_chat: Fresh, llm: FakeOpenAI
) -> None:
    """A 429 with Retry-After: 20 is not waited out: the turn answers locally within 1.5 s,
    each call is made once (no retry; the speculative reply call too, when it left before the
    breaker opened) and logged `http 429`, /health shows the breaker open
    for about 20 s, and the next turn makes no call at all."""
    chat, env = fresh_chat
    llm.reset(fault="429")
    started = time.monotonic()
    body = await say(chat, "We are opening a new cafe in May")
    assert time.monotonic() - started <= 1.5
    assert body["customer_type"] == "new_cafe"
    purposes = sorted(c.purpose for c in llm.calls)
    # the reply call starts on the local reading beside the two reads (shared/chat/speculation):
    # it is made too when it leaves before the first 429 opens the breaker, and once at most
    reads = ["detect_type", "extract_contact"]
    assert purposes in (reads, [*reads, "reply"])
    assert await _errors(env) == ["http 429"] * len(purposes)
    await asyncio.sleep(HEALTH_TTL_SECONDS)
    health = (await chat.get("/health")).json()["checks"]["llm"]
    assert health["circuit"] == "open"
    assert 15 <= health["retry_in_s"] <= 20
    llm.reset()
    await say(chat, "do you sell grinders?", body["session_id"])
    assert llm.calls == [], "the breaker holds for Retry-After"


async def test_a_quota_error_is_not_retried_and_is_logged_with_its_code(
    fresh_chat: Fresh, llm: FakeOpenAI, caplog: pytest.LogCaptureFixture
) -> None:
    """insufficient_quota is a 429 no wait cures: one call per purpose, the local reply, and
    one warning naming status and code."""
    chat, env = fresh_chat
    llm.reset(fault="429_quota")
    with caplog.at_level(logging.WARNING, logger="shared.llm.client"):
        body = await say(chat, "We are opening a new cafe in May")
    assert body["reply"]
    purposes = [c.purpose for c in llm.calls]
    assert len(purposes) == len(set(purposes)), "each call made once"
    assert set(await _errors(env)) == {"http 429 insufficient_quota"}
    warnings = [r.getMessage() for r in caplog.records if "refused by the API" in r.getMessage()]
    assert warnings == [
        "LLM call refused by the API: http 429 insufficient_quota (model gpt-4o-mini)"
    ]


@pytest.mark.parametrize(
    ("fault", "error"), [("401", "invalid_api_key"), ("404", "model_not_found")]
)
async def test_a_bad_key_or_model_is_one_warning_with_status_and_code(
    fresh_chat: Fresh,
    llm: FakeOpenAI,
    caplog: pytest.LogCaptureFixture,
    fault: str,
    error: str,
) -> None:
    """A 401 or 404 falls back at once, is not retried, and logs one warning with the status
    and the API's error code however many calls meet it."""
    chat, env = fresh_chat
    llm.reset(fault=fault)
    with caplog.at_level(logging.WARNING, logger="shared.llm.client"):
        first = await say(chat, "We are opening a new cafe in May")
        await say(chat, "my name is Ana", first["session_id"])
    assert first["customer_type"] == "new_cafe"
    assert set(await _errors(env)) == {f"http {fault} {error}"}
    warnings = [r.getMessage() for r in caplog.records if "refused by the API" in r.getMessage()]
    assert len(warnings) == 1
    assert f"http {fault} {error}" in warnings[0]
