"""``make eval-llm``: the conversation corpus through a real model (opt-in, needs a key).

Plays both splits of the corpus (tests/corpus) against the chat function in LLM mode, with
``OPENAI_API_KEY`` (and ``OPENAI_BASE_URL`` if set) from the environment, and prints the same
per-category pass rates as ``make eval`` plus calls, tokens and list-price cost per
conversation from the API-call log. It is skipped, saying why, unless ``EVAL_LLM=1`` and a key
are set, so ``make test`` never calls a paid API.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pymongo import AsyncMongoClient

from tests.corpus.corpus import SPLITS, load_split, play_split, report
from tests.llm.conftest import llm_env, open_chat
from tests.llm_server import FakeOpenAI


def _skip_reason() -> str | None:
    if os.environ.get("EVAL_LLM") != "1":
        return "the real-model corpus runs only with `make eval-llm` (EVAL_LLM=1)"
    if not os.environ.get("OPENAI_API_KEY", "").strip():
        return "OPENAI_API_KEY is not set: `make eval-llm` needs a key to call a real model"
    return None


SKIP_REASON = _skip_reason()
pytestmark = pytest.mark.skipif(SKIP_REASON is not None, reason=SKIP_REASON or "")


@pytest.fixture(scope="module")
async def real_llm_chat(
    mongo_uri: str, kb_bundle_dir: Path, fake_openai: FakeOpenAI
) -> AsyncIterator[tuple[httpx.AsyncClient, dict[str, str]]]:
    """The chat in LLM mode against the model the environment names."""
    env = llm_env(mongo_uri, kb_bundle_dir, fake_openai, LLM_TIMEOUT_S="8")
    env["OPENAI_API_KEY"] = os.environ["OPENAI_API_KEY"]
    base = os.environ.get("OPENAI_BASE_URL", "").strip()
    if base:
        env["OPENAI_BASE_URL"] = base
    else:
        env.pop("OPENAI_BASE_URL")
    async for client in open_chat(env):
        yield client, env


async def usage_per_conversation(env: dict[str, str]) -> dict[str, float]:
    """Calls, tokens and cost per conversation, from the chat's api_calls collection."""
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(env["MONGODB_URI"])
    try:
        calls = client[env["MONGODB_DB"]]["api_calls"]
        pipeline: list[dict[str, Any]] = [
            {
                "$group": {
                    "_id": "$session",
                    "calls": {"$sum": 1},
                    "prompt": {"$sum": "$prompt_tokens"},
                    "completion": {"$sum": "$completion_tokens"},
                    "cost": {"$sum": "$cost_usd"},
                    "failed": {"$sum": {"$cond": [{"$eq": ["$outcome", "ok"]}, 0, 1]}},
                }
            }
        ]
        rows = await (await calls.aggregate(pipeline)).to_list(None)
    finally:
        await client.close()
    n = max(1, len(rows))
    keys = ("calls", "prompt", "completion", "cost", "failed")
    return {"conversations": len(rows), **{k: sum(r[k] for r in rows) / n for k in keys}}


async def test_both_splits_play_through_the_llm_path(
    real_llm_chat: tuple[httpx.AsyncClient, dict[str, str]],
) -> None:
    """With a key: every conversation of both splits is played to its end (each turn a 200)
    through the model, and the per-category pass rates and usage are printed."""
    client, env = real_llm_chat
    for split in SPLITS:
        results = await play_split(client, split)
        print(report(split, results))
        assert len(results) == len(load_split(split))
    usage = await usage_per_conversation(env)
    print(
        "per conversation: {calls:.1f} calls, {prompt:.0f} prompt + {completion:.0f} completion "
        "tokens, ${cost:.5f}, {failed:.2f} failed calls ({conversations} conversations)".format(
            **usage
        )
    )
    assert usage["conversations"] > 0
