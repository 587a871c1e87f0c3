"""Cold-start assembly of the LLM mode: settings, the one SDK client, the log, brain, writer.

The ``openai`` package is imported only when the LLM mode is on: without a key the chat's cold
start and memory stay as they were (the SDK costs about 0.6 s and 40 MiB to import).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pymongo.asynchronous.database import AsyncDatabase

from shared.conversation.understanding import Brain
from shared.db import Document
from shared.llm.reply import ReplyWriter
from shared.llm.settings import LlmSettings

if TYPE_CHECKING:
    from shared.llm.client import LlmClient


def llm_client(settings: LlmSettings, db: AsyncDatabase[Document]) -> LlmClient | None:
    """The process's LLM client when ``OPENAI_API_KEY`` is set, else None (local mode)."""
    if not settings.enabled:
        return None
    from shared.llm.calls import ApiCallLog
    from shared.llm.client import LlmClient, make_openai

    return LlmClient(settings, make_openai(settings), ApiCallLog(db))


def llm_brain(local: Brain, client: LlmClient) -> Brain:
    """The LLM brain over the local one."""
    from shared.llm.brain import LlmBrain

    return LlmBrain(local, client)


def llm_writer(client: LlmClient) -> ReplyWriter:
    """The reply writer; the API key is among what a reply must never contain."""
    from shared.llm.writer import LlmWriter

    key = client.settings.openai_api_key
    return LlmWriter(client, secrets=(key.get_secret_value(),) if key else ())
