"""Fixtures of the retrieval tests: one embedding model and one demo bundle per session."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from google.auth.credentials import AnonymousCredentials
from google.cloud import storage

from index_builder.build import build_bundle
from shared.chat.knowledge import Knowledge
from shared.objects import ObjectReader
from shared.rag.answering import Answerer
from shared.rag.embedding import Embedder
from shared.rag.retriever import Retriever

ROOT = Path(__file__).resolve().parents[2]
KNOWLEDGE_BASE = ROOT / "knowledge_base"
EVAL_FILE = Path(__file__).with_name("eval_questions.yaml")


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """The offline model, loaded once (as at a cold start)."""
    return Embedder()


@pytest.fixture(scope="session")
def rag_bundle(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Path:
    """The demo knowledge base built in-process into a bundle folder."""
    out = tmp_path_factory.mktemp("rag") / "bundle"
    build_bundle(KNOWLEDGE_BASE, out, lambda: embedder)
    return out


@pytest.fixture(scope="session")
def retriever(rag_bundle: Path, embedder: Embedder) -> Retriever:
    """A retriever over the demo bundle."""
    return Retriever.from_bundle_dir(rag_bundle, embedder)


@pytest.fixture
def gcs(storage_host: str) -> storage.Client:
    """A client of the session's storage emulator (fixture ``storage_host`` of tests/conftest)."""
    credentials = AnonymousCredentials()  # type: ignore[no-untyped-call]  # google-auth is unannotated
    return storage.Client(project="test", credentials=credentials)


@pytest.fixture
def reader(storage_host: str) -> ObjectReader:
    """The chat's object reader of the session's storage emulator (anonymous)."""
    return ObjectReader(storage_host)


@pytest.fixture
def bucket_name(gcs: storage.Client) -> str:
    """A fresh bucket for one test."""
    name = f"kb-{uuid.uuid4().hex[:10]}"
    gcs.create_bucket(name)
    return name


@pytest.fixture
def write_tree(tmp_path: Path) -> Callable[[dict[str, str | bytes]], Path]:
    """Factory: a source folder holding the given ``{relative path: content}`` files."""

    def make(files: dict[str, str | bytes]) -> Path:
        root = tmp_path / f"src-{uuid.uuid4().hex[:6]}"
        for name, content in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        root.mkdir(exist_ok=True)
        return root

    return make


@pytest.fixture(scope="session")
def answerer(retriever: Retriever) -> Answerer:
    """One answerer over the demo bundle for the session."""
    return Answerer(retriever)


@pytest.fixture
def follow(retriever: Retriever) -> Callable[..., str]:
    """Factory: the reply to the last of the messages given, each looked up with the topics the
    ones before it left (the chat's topic list, without the rest of the turn)."""

    def played(*messages: str) -> str:
        knowledge = Knowledge(retriever)
        topics: list[str] = []
        reply = ""
        for message in messages:
            found = asyncio.run(knowledge.lookup(message, topics))
            topics = list(dict.fromkeys([*topics, *found.topics]))
            reply = found.answer.text
        return reply

    return played
