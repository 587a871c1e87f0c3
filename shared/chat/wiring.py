"""Cold-start assembly of the chat: the embedder, the bundle, the brain and the service."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from pymongo.asynchronous.database import AsyncDatabase

from shared.chat.knowledge import Knowledge
from shared.chat.repository import ConversationRepository
from shared.chat.service import ChatService
from shared.chat.sweep import OutboxSweep, SweepPolicy
from shared.conversation.brain import LocalBrain
from shared.conversation.semantic import PrototypeClassifier
from shared.crm.desk import SupportDesk
from shared.db import Document
from shared.events import EventPublisher, make_publisher
from shared.llm.wiring import llm_brain, llm_writer
from shared.objects import object_reader
from shared.rag.embedding import Embedder
from shared.rag.retriever import Retriever
from shared.rag.startup import BundleLoader, start_retrieval
from shared.settings import Settings
from shared.understanding.entities.served import serve_catalog
from shared.wordlists import first_names, gcide

if TYPE_CHECKING:
    from shared.llm.client import LlmClient

log = logging.getLogger(__name__)


def model_folder(settings: Settings, function_dir: Path) -> Path | None:
    """``EMBEDDING_MODEL_DIR``, else the model baked into the build folder, else None (the
    model is then assembled from the installed packages)."""
    if settings.embedding_model_dir:
        return Path(settings.embedding_model_dir)
    baked = function_dir / "model"
    return baked if baked.is_dir() else None


def start_knowledge(
    settings: Settings, function_dir: Path
) -> tuple[Embedder, BundleLoader, Retriever | None]:
    """The embedder and the bundle, loaded concurrently; the retriever is None while no
    usable bundle could be loaded (the loader retries in the background)."""
    return start_retrieval(
        settings,
        object_reader,
        lambda: Embedder(model_folder(settings, function_dir), threads=1),
        function_dir,
    )


def build_service(
    settings: Settings,
    db: AsyncDatabase[Document],
    embedder: Embedder,
    retriever: Retriever | None,
    llm: LlmClient | None = None,
) -> ChatService:
    """The chat service with the local brain (prototype vectors computed here, once), and
    with the LLM brain and reply writer on top of it when an LLM client is given. The reader's
    catalog is the bundle's (served here, and by :func:`use_bundle` with each new bundle)."""
    # The first-name and English word lists load here (from the build's precomputed copy,
    # shared.wordlists): loading them in a background thread slowed the first seconds of turns
    # (GIL) more than it saved.
    # The language models load on the first message that looks foreign (about 0.4 s, once).
    first_names()
    gcide()
    if retriever is not None:
        serve_catalog(retriever.catalog)
    knowledge = Knowledge(retriever, passages=llm is not None)
    local = LocalBrain(
        PrototypeClassifier(embedder), knowledge.intents, knowledge.products, knowledge.types
    )
    repository, publisher = ConversationRepository(db), make_publisher(settings)
    return ChatService(
        repository=repository,
        brain=llm_brain(local, llm) if llm else local,
        knowledge=knowledge,
        publisher=publisher,
        writer=llm_writer(llm) if llm else None,
        support=SupportDesk(db, lambda: knowledge.emergency_line),
        sweep=outbox_sweep(settings, repository, publisher),
    )


def outbox_sweep(
    settings: Settings, repository: ConversationRepository, publisher: EventPublisher
) -> OutboxSweep | None:
    """The sweep of unsent lead events the settings ask for; None with publishing switched off
    (``EVENTS_MODE=off``: every publish would fail) or ``OUTBOX_SWEEP_BATCH=0``."""
    if settings.events_mode == "off" or settings.outbox_sweep_batch <= 0:
        return None
    policy = SweepPolicy(
        grace_s=settings.outbox_sweep_grace_seconds,
        interval_s=settings.outbox_sweep_interval_seconds,
        batch=settings.outbox_sweep_batch,
    )
    return OutboxSweep(repository, publisher, policy)


def use_bundle(service: ChatService, retriever: Retriever) -> None:
    """Serve a newly loaded bundle: the knowledge (answers and company facts, the emergency
    repair line and the product words the name reader skips included, one swap), and its
    catalog for the reader (the gazetteer, equipment and interest patterns)."""
    serve_catalog(retriever.catalog)
    service.knowledge.use(retriever)
