"""Grounded local answers: drawn only from retrieved chunks, and an honest "don't know"."""

from __future__ import annotations

import re

import pytest

from shared.rag.responder import DONT_KNOW, answer
from shared.rag.retriever import Retriever
from shared.rag.types import Chunk, ScoredChunk

NUMBER = re.compile(r"\$?\d[\d,.]*")


def scored(text: str, heading: str = "Atlas 64", score: float = 0.03) -> ScoredChunk:
    chunk = Chunk(
        text=text,
        title="Espresso Grinders",
        category="products",
        source="products/grinders.md",
        heading=heading,
    )
    return ScoredChunk(chunk=chunk, score=score, dense_score=0.6)


def test_nothing_retrieved_means_dont_know() -> None:
    """With no chunks the answer says it does not know, offers sales, and is not grounded."""
    reply = answer("What is the price of the Atlas 99?", [])
    assert reply.grounded is False
    assert reply.sources == []
    assert reply.text == DONT_KNOW
    assert "sales team" in reply.text
    assert not NUMBER.search(reply.text)


def test_answer_uses_the_chunk_and_names_its_source() -> None:
    """A list item gets its subject, and the answer cites the document it came from."""
    reply = answer("How much is the Atlas 64?", [scored("- Burrs: 64 mm flat\n- Price: $1,350")])
    assert reply.grounded is True
    assert "Atlas 64 price: $1,350." in reply.text
    assert [s.source for s in reply.sources] == ["products/grinders.md"]


def test_long_chunks_answer_with_their_most_relevant_sentences() -> None:
    """From a long chunk, the sentences that share the question's words are chosen."""
    filler = " ".join(f"Filler sentence {i} says nothing useful here." for i in range(20))
    text = f"{filler} The Clarity cartridge lasts about 6 months. {filler}"
    reply = answer("How long does a Clarity cartridge last?", [scored(text, heading="Clarity")])
    assert "about 6 months" in reply.text
    assert len(reply.text) < 500


@pytest.mark.parametrize(
    "question",
    [
        "How much is the Lumen 3-Group and when will it ship?",
        "What does the Pro maintenance plan cost?",
        "Price of your decaf per pound?",
        "Can I lease a grinder?",
        "How much is a custom blend?",
        "What's the price of the Lumen 4-Group?",
    ],
)
def test_every_number_in_an_answer_comes_from_a_retrieved_chunk(
    retriever: Retriever, question: str
) -> None:
    """No price or spec appears in an answer unless a retrieved chunk states it."""
    chunks = retriever.search(question)
    reply = answer(question, chunks)
    evidence = " ".join(f"{c.chunk.heading} {c.chunk.text}" for c in chunks)
    for number in NUMBER.findall(reply.text):
        assert number.rstrip(".,") in evidence


def test_off_topic_question_gets_dont_know_end_to_end(retriever: Retriever) -> None:
    """Retrieval finding nothing relevant leads to the plain "don't know" answer."""
    question = "Can you recommend a hotel in Paris?"
    assert answer(question, retriever.search(question)).grounded is False


def test_real_question_gets_the_fact(retriever: Retriever) -> None:
    """A customer question is answered with the fact from the knowledge base."""
    question = "How much does the Atlas 64 cost?"
    reply = answer(question, retriever.search(question))
    assert "$1,350" in reply.text
    assert reply.sources[0].source == "products/grinders.md"
