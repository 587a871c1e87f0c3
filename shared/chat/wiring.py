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
from shared.crm.desk import SupportDesk
from shared.crm.support import emergency_line_from
from shared.db import Document
from shared.errors import AppError
from shared.events import make_publisher
from shared.rag.embedding import Embedder
from shared.rag.retriever import Retriever
from shared.rag.startup import open_retriever
from shared.settings import Settings
from shared.storage import storage_client

log = logging.getLogger(__name__)


def model_folder(settings: Settings, function_dir: Path) -> Path | None:
    """``EMBEDDING_MODEL_DIR``, else the model baked into the build folder, else None (the
    model is then assembled from the installed packages)."""
    if settings.embedding_model_dir:
        return Path(settings.embedding_model_dir)
    baked = function_dir / "model"
    return baked if baked.is_dir() else None


def load_retriever(
    settings: Settings, embedder: Embedder, function_dir: Path | None = None
) -> Retriever | None:
    """The retriever, or None when no usable bundle could be loaded (logged, chat degrades)."""
    try:
        return open_retriever(settings, storage_client, embedder, function_dir)
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
        support=SupportDesk(db, emergency_line(retriever)),
    )


def emergency_line(retriever: Retriever | None) -> str | None:
    """The knowledge base's emergency repair line sentence, offered with urgent repairs."""
    if retriever is None:
        return None
    hits = retriever.search("emergency repair line hours", k=4)
    return emergency_line_from([h.chunk.text for h in hits])
