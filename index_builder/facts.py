"""Stage 5: sentences embedded for answers ranked by meaning, and the company facts.

Writes ``sentences.jsonl``/``sentences.npy`` (:mod:`shared.rag.sentences`) and
``facts.json``/``facts.npy`` (:mod:`shared.rag.facts`), and logs every conflict the facts check
finds (two sentences on one topic that disagree), so a contradiction in the knowledge base is
flagged when the bundle is built.
"""

from __future__ import annotations

import logging
from pathlib import Path

from shared.rag.facts import PROTOTYPES, CompanyFacts, extract
from shared.rag.retriever import TextEmbedder
from shared.rag.sentences import SentenceIndex, embedding_text, split_chunks
from shared.rag.types import Chunk

log = logging.getLogger(__name__)


def sentence_index(chunks: list[Chunk], embedder: TextEmbedder) -> SentenceIndex:
    """Every distinct sentence of the chunks, embedded with its heading."""
    sentences = split_chunks(chunks)
    vectors = embedder.embed([embedding_text(s) for s in sentences])
    return SentenceIndex(sentences, vectors)


def company_facts(index: SentenceIndex, embedder: TextEmbedder) -> CompanyFacts:
    """The facts of each topic, with the conflicts between sentences logged as warnings."""
    facts = extract(index.sentences, index.vectors, embedder.embed([q for _, q in PROTOTYPES]))
    for conflict in facts.conflicts:
        log.warning("knowledge base conflict: %s", conflict)
    return facts


def write_facts(out: Path, chunks: list[Chunk], embedder: TextEmbedder) -> list[str]:
    """Write the sentence index and the company facts; return the file names."""
    index = sentence_index(chunks, embedder)
    return [*index.save(out), *company_facts(index, embedder).save(out)]
