"""LLM mode keeps the local reading of the existing-customer flag: the model's merge neither
drops nor invents it (real openai SDK against the test server, real chat and database)."""

from __future__ import annotations

from typing import Any

import httpx
from pymongo import AsyncMongoClient

from tests.llm.conftest import say
from tests.llm_server import FakeOpenAI, quoting


async def stored_flag(env: dict[str, str], session_id: str) -> bool:
    """The conversation's stored ``existing_customer``."""
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(env["MONGODB_URI"])
    try:
        doc = await client[env["MONGODB_DB"]]["conversations"].find_one({"_id": session_id})
    finally:
        await client.close()
    assert doc is not None
    return bool(doc["state"]["existing_customer"])


async def test_the_model_keeps_the_local_customer_flag(
    llm_chat: httpx.AsyncClient, llm: FakeOpenAI, chat_llm_env: dict[str, str]
) -> None:
    """A visitor who says they order from us stays a customer though the model reads a new
    café and later turns' model calls say nothing of it; a prospect never becomes one."""
    llm.script("detect_type", quoting({"customer_type": "new_cafe", "business_context": True}))
    first = await say(llm_chat, "we've been ordering your foundry blend for 2 years")
    session_id = first["session_id"]
    assert await stored_flag(chat_llm_env, session_id)
    llm.reset()
    await say(llm_chat, "we need a second grinder for the new counter", session_id)
    assert await stored_flag(chat_llm_env, session_id)
    llm.reset()
    llm.script("detect_type", quoting({"customer_type": "new_cafe", "business_context": True}))
    prospect = await say(llm_chat, "we're opening a cafe and want to order from you")
    assert not await stored_flag(chat_llm_env, prospect["session_id"])
