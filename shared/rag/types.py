"""The values retrieval passes around: chunks, scored chunks, sources, answers, manifests."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Chunk(BaseModel):
    """One searchable piece of a knowledge-base document."""

    model_config = ConfigDict(frozen=True)

    text: str
    title: str
    category: str
    source: str
    heading: str


class ScoredChunk(BaseModel):
    """A chunk with its fused rank score and its cosine similarity to the query."""

    model_config = ConfigDict(frozen=True)

    chunk: Chunk
    score: float
    dense_score: float


class Source(BaseModel):
    """A document an answer was drawn from; ``source`` is relative to the knowledge base."""

    model_config = ConfigDict(frozen=True)

    title: str
    category: str
    source: str


class Derivation(BaseModel):
    """One sum done for the visitor: ``result`` from ``operands`` (numbers of a source or of
    the question)."""

    operands: list[str]
    result: str


class Answer(BaseModel):
    """A reply grounded in retrieved chunks; ``grounded`` is False for "I don't know".

    ``entities`` are the catalog names the answer is about (the conversation keeps them to
    resolve follow-ups); ``evidence`` the source texts it quotes; ``derived`` its sums;
    ``attribute`` the catalog attribute it answered (a follow-up keeps it); ``order`` the items
    and quantities of the order under discussion after it (:mod:`shared.rag.order`);
    ``credited`` the visitor's amount a credit rule was applied to; ``choices`` the items a
    question back offers.
    """

    text: str
    sources: list[Source]
    grounded: bool
    entities: list[str] = Field(default_factory=list)
    evidence: list[str] = Field(default_factory=list)
    derived: list[Derivation] = Field(default_factory=list)
    attribute: str | None = None  # the catalog attribute answered, kept by a follow-up
    order: list[str] = Field(default_factory=list)  # the order so far, "Lumen 2-Group=2" lines
    # the visitor's amount a credit was worked on ("$12,000"), kept for a follow-up that asks
    # what is left to pay "after that"
    credited: str | None = None
    # the items a question back asks the visitor to choose from ("Which one do you mean: ...?");
    # the question it answered waits for the pick (:mod:`shared.rag.candidates`)
    choices: list[str] = Field(default_factory=list)


class Manifest(BaseModel):
    """What a bundle holds and how to check it (``manifest.json``)."""

    model_config = ConfigDict(frozen=True)

    format: int = 1
    model: str
    dimension: int = Field(gt=0)
    files: dict[str, str]  # file name -> sha256 of its bytes
    source_hash: str
    chunk_count: int = Field(ge=0)
    built_at: str
    categories: list[str] = Field(default_factory=list)  # names for chunk_categories.npy


VERSION_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"


class Pointer(BaseModel):
    """The small ``current`` object naming the published version readers should load."""

    model_config = ConfigDict(frozen=True)

    version: str = Field(pattern=VERSION_PATTERN)
    manifest_sha256: str = Field(pattern=SHA256_PATTERN)
