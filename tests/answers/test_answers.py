"""Answers on both knowledge bases: the development split, grounding of every number, chat."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from index_builder.answer_eval import evaluate_split, load_sets
from shared.catalog import catalog_from_folder
from shared.rag.grounding import numbers_not_in, unsupported_numbers
from shared.rag.types import Answer, Derivation

from ..conversation.test_chat_api import say

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def development(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The development split answered on both knowledge bases (bundles built here)."""
    return evaluate_split(None, tmp_path_factory.mktemp("eval"))


def test_evaluation_set_is_large_and_varied() -> None:
    """At least 60 development questions over two knowledge bases, every category present."""
    sets = load_sets(None)
    assert len(sets) == 2
    cases = [c for cases in sets.values() for c in cases]
    assert len(cases) >= 60
    assert {c.category for c in cases} >= {
        "fact", "follow-up", "multi-part", "unknown-product", "unknowable", "off-topic",
        "arithmetic",
    }  # fmt: skip


def test_development_split_passes_on_both_knowledge_bases(development: dict[str, object]) -> None:
    """At least 95% of the development questions pass on each knowledge base."""
    for kb, summary in development.items():
        assert summary["pass_rate"] >= 0.95, (kb, summary["failed"])  # type: ignore[index]


def test_retrieval_transfers(development: dict[str, object]) -> None:
    """hit@3 of self-contained questions is at least 0.95 on each knowledge base."""
    for kb, summary in development.items():
        assert summary["hit_at_3"] >= 0.95, (kb, summary["retrieval_missed"])  # type: ignore[index]


def test_no_reply_states_a_number_no_source_has(development: dict[str, object]) -> None:
    """Every number of every reply of the corpus is in a source, the question or a checked sum."""
    for kb, summary in development.items():
        assert summary["unsupported_numbers"] == 0, (kb, summary["failed"])  # type: ignore[index]


def test_grounding_check_catches_an_invented_number() -> None:
    """A price no source states, or a sum whose operands are not sources, is reported."""
    catalog = catalog_from_folder(ROOT / "knowledge_base")
    assert numbers_not_in("The Lumen 2-Group is $9,800.", [], catalog) == set()
    assert numbers_not_in("The Lumen 2-Group is $9,500.", [], catalog) == {"9500"}
    invented = Answer(
        text="That comes to $395.",
        sources=[],
        grounded=True,
        evidence=["$79 per location per month"],
        derived=[Derivation(operands=["$80", "5"], result="$395")],
    )
    assert unsupported_numbers(invented, "5 locations") == {"395"}
    honest = invented.model_copy(
        update={"derived": [Derivation(operands=["$79", "5"], result="$395")]}
    )
    assert unsupported_numbers(honest, "5 locations") == set()


async def test_chat_resolves_a_follow_up_against_the_previous_answer(
    chat_client: httpx.AsyncClient,
) -> None:
    """Through the chat API, "and the 3 group?" after the 2-Group's price gets the 3-Group's."""
    first = await say(chat_client, "How much is the Lumen 2-Group?")
    assert "$9,800" in first["reply"]
    second = await say(chat_client, "and the 3 group?", first["session_id"])
    assert "$13,400" in second["reply"]
    assert any(s["source"] == "products/espresso-machines.md" for s in second["sources"])


async def test_chat_says_an_unknown_model_does_not_exist(chat_client: httpx.AsyncClient) -> None:
    """A model the catalog lacks is named as such, with what exists instead."""
    body = await say(chat_client, "How much is the Lumen 4-Group?")
    assert "don't make a Lumen 4-Group" in body["reply"]
    assert "$13,400" in body["reply"]


@pytest.mark.parametrize(
    "question",
    ["how much would 3 of the Lumen 2 group cost", "price for 3 Lumen 2-Groups?"],
)
async def test_chat_multiplies_a_quantity_the_visitor_gives(
    chat_client: httpx.AsyncClient, question: str
) -> None:
    """ "3 of the Lumen 2 group" and "3 Lumen 2-Groups" both get the unit price and the sum."""
    body = await say(chat_client, question)
    assert "$9,800" in body["reply"]
    assert "$29,400" in body["reply"]


async def test_chat_follow_up_keeps_the_asked_attribute(chat_client: httpx.AsyncClient) -> None:
    """Through the chat API, "and the grinder?" after a warranty question gets the grinders'
    warranty, not their prices."""
    first = await say(chat_client, "what's the warranty on the BatchPro 2?")
    assert "1-year" in first["reply"]
    second = await say(chat_client, "and the grinder?", first["session_id"])
    assert "2-year" in second["reply"]
    assert "$2,450" not in second["reply"]


async def test_chat_follow_up_without_a_question_mark_keeps_the_price(
    chat_client: httpx.AsyncClient,
) -> None:
    """Through the chat API, "and the clarity water filter" after a price question is asked
    its price (an elliptical follow-up is a question, and the price asked is kept)."""
    first = await say(chat_client, "how much for the batchpro 2")
    assert "$1,980" in first["reply"]
    second = await say(chat_client, "and the clarity water filter", first["session_id"])
    assert "$640" in second["reply"]
