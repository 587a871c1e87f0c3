"""Cold-start assembly of the LLM mode: settings, the one SDK client, the log, brain, writer."""

from __future__ import annotations

from pymongo.asynchronous.database import AsyncDatabase

from shared.conversation.understanding import Brain
from shared.db import Document
from shared.llm.brain import LlmBrain
from shared.llm.calls import ApiCallLog
from shared.llm.client import LlmClient, make_openai
from shared.llm.settings import LlmSettings
from shared.llm.writer import LlmWriter


def llm_client(settings: LlmSettings, db: AsyncDatabase[Document]) -> LlmClient | None:
    """The process's LLM client when ``OPENAI_API_KEY`` is set, else None (local mode)."""
    if not settings.enabled:
        return None
    return LlmClient(settings, make_openai(settings), ApiCallLog(db))


def llm_brain(local: Brain, client: LlmClient) -> LlmBrain:
    return LlmBrain(local, client)


def llm_writer(client: LlmClient) -> LlmWriter:
    """The reply writer; the API key is among what a reply must never contain."""
    key = client.settings.openai_api_key
    return LlmWriter(client, secrets=(key.get_secret_value(),) if key else ())
