"""Cold-start assembly of the chat: the embedder, the bundle, the brain and the service."""

from __future__ import annotations

import logging
from pathlib import Path

from pymongo.asynchronous.database import AsyncDatabase

from shared.chat.knowledge import Knowledge
from shared.chat.repository import ConversationRepository
from shared.chat.service import ChatService
from shared.conversation.brain import LocalBrain
from shared.conversation.semantic import PrototypeClassifier
from shared.db import Document
from shared.errors import AppError
from shared.events import make_publisher
from shared.rag.bundle import load_bundle_from_storage
from shared.rag.embedding import Embedder
from shared.rag.retriever import Retriever
from shared.settings import Settings
from shared.storage import storage_client

log = logging.getLogger(__name__)


def bundle_dir(settings: Settings) -> Path:
    """The baked bundle folder, or the bundle downloaded from Cloud Storage into the cache."""
    if settings.index_local_dir:
        return Path(settings.index_local_dir)
    client = storage_client(settings)
    return load_bundle_from_storage(
        client, settings.storage_bucket, settings.index_prefix, Path(settings.index_cache_dir)
    )


def load_retriever(settings: Settings, embedder: Embedder) -> Retriever | None:
    """The retriever, or None when no usable bundle could be loaded (logged, chat degrades)."""
    try:
        return Retriever.from_bundle_dir(bundle_dir(settings), embedder)
    except (AppError, OSError) as exc:
        log.error("knowledge base unavailable: %s", exc)
        return None


def build_service(
    settings: Settings, db: AsyncDatabase[Document], embedder: Embedder, retriever: Retriever | None
) -> ChatService:
    """The chat service with the local brain (prototype vectors computed here, once)."""
    return ChatService(
        repository=ConversationRepository(db),
        brain=LocalBrain(PrototypeClassifier(embedder)),
        knowledge=Knowledge(retriever),
        publisher=make_publisher(settings),
    )
