"""LLM mode with a model that reads every corpus message correctly (the oracle server)."""

from __future__ import annotations

import httpx

from tests.corpus.corpus import SPLITS, pass_rate, play_split, report
from tests.llm_oracle import corpus_readings, oracle_scripts
from tests.llm_server import FakeOpenAI

THRESHOLD = 0.95


def test_the_oracle_reads_values_the_corpus_expects() -> None:
    """The oracle's table is not empty-handed: it proposes types and values for many
    messages (so the corpus run below exercises the model's readings, not silence)."""
    table = corpus_readings()
    assert sum(r.customer_type is not None for r in table.values()) >= 40
    assert sum(bool(r.values) for r in table.values()) >= 40


async def test_the_corpus_passes_in_llm_mode_with_a_correct_model(
    llm_chat: httpx.AsyncClient, llm: FakeOpenAI
) -> None:
    """Both splits of the conversation corpus, played through the LLM path with the oracle
    answering every detection call, pass at >= 95%: provenance, validators and merges keep a
    correct model reading."""
    llm.reset(scripts=oracle_scripts())
    results = [r for split in SPLITS for r in await play_split(llm_chat, split)]
    text = report("train + heldout, LLM mode with the oracle", results)
    print(text)
    assert len(llm.calls) > len(results), "the model was called"
    assert pass_rate(results) >= THRESHOLD, text
