"""Company facts, sentence vectors and typo normalisation built into the demo bundle."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from index_builder.build import build_bundle
from shared.rag.answering import Answerer
from shared.rag.embedding import Embedder
from shared.rag.facts import day_length
from shared.rag.retriever import Retriever
from shared.rag.spelling import Speller

from .conftest import KNOWLEDGE_BASE


def test_the_bundle_carries_the_company_facts(retriever: Retriever) -> None:
    """The sales phone, e-mail and hours and the policies come from the bundle's facts."""
    facts = retriever.facts
    assert facts.sales_phone == "+1 503 555 0142"
    assert facts.sales_email == "sales@copperline.coffee"
    assert facts.sales_hours is not None
    assert "8:00 to 18:00" in facts.sales_hours
    assert "net-30" in " ".join(facts.facts["payment terms"].sentences)
    assert "14 days" in " ".join(facts.facts["returns"].sentences)
    assert facts.conflicts == []


def test_daily_hours_are_read_from_a_sentence() -> None:
    """ "24-hour" is 24 hours a day and "6:00 to 22:00" is 16: the conflict check compares them."""
    assert day_length("a 24-hour emergency line") == {24}
    assert day_length("open from 6:00 to 22:00 Pacific Time") == {16}
    assert day_length("quarterly preventive visits") == set()


def test_two_sentences_that_disagree_on_the_hours_are_flagged(
    tmp_path: Path, embedder: Embedder
) -> None:
    """The knowledge base's old Multi-site sentence ("a 24-hour emergency line") beside the
    emergency line open 6:00-22:00 is reported as a conflict when the bundle is built."""
    source = tmp_path / "kb"
    shutil.copytree(KNOWLEDGE_BASE, source)
    plans = source / "services" / "maintenance-plans.md"
    plans.write_text(
        plans.read_text(encoding="utf-8").replace(
            "and priority on the emergency repair line: its calls are answered first.",
            "and a 24-hour emergency line.",
        ),
        encoding="utf-8",
    )
    build_bundle(source, tmp_path / "bundle", lambda: embedder)
    facts = Retriever.from_bundle_dir(tmp_path / "bundle", embedder).facts
    assert any("emergency line" in c and "24-hour" in c for c in facts.conflicts)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("any bulk pricng for big orders?", "any bulk pricing for big orders?"),
        ("wats the warrenty on the atlas 75", "what's the warranty on the atlas 75"),
        ("how much is shiping to canada?", "how much is shipping to canada?"),
        ("how long do ur beans stay fresh", "how long do your beans stay fresh"),
    ],
)
def test_typos_are_spelt_onto_the_knowledge_base(
    retriever: Retriever, typed: str, meant: str
) -> None:
    """Misspelt words and text-speak become the knowledge base's words."""
    assert retriever.speller.correct(typed) == meant


def test_correct_words_and_addresses_are_left_alone() -> None:
    """An English word near a knowledge-base word, a name or an e-mail address is not changed."""
    speller = Speller(["warranty", "grinder", "buys"])
    assert speller.correct("where are you guys based") == "where are you guys based"
    assert speller.correct("write to dana@example.com") == "write to dana@example.com"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what are the payment terms?", "net-30"),
        ("who owns the company?", "Dana Whitfield"),
        ("what kind of packaging do you use", "compostable"),
        ("any bulk pricng for big orders?", "10%"),
    ],
)
def test_company_questions_are_answered_not_refused(
    retriever: Retriever, question: str, expected: str
) -> None:
    """Company and policy questions, typos included, get the fact instead of "I don't know"."""
    answer = Answerer(retriever).answer(question)
    assert answer.grounded
    assert expected in answer.text


def test_a_question_the_knowledge_base_cannot_answer_is_refused(retriever: Retriever) -> None:
    """An unanswerable company question still gets the honest don't-know."""
    assert not Answerer(retriever).answer("who is your head of marketing?").grounded


def test_an_order_under_the_minimum_gets_the_minimum(retriever: Retriever) -> None:
    """ "can i just order 10 lbs of foundry" is told the 20 lb minimum, with no sum for 10 lb."""
    answer = Answerer(retriever).answer("can i just order 10 lbs of foundry to start off")
    assert "20 lb" in answer.text
    assert "$115" not in answer.text
    enough = Answerer(retriever).answer("can i order 30 lbs of foundry")
    assert "$345" in enough.text
    assert "minimum" not in enough.text


@pytest.mark.parametrize(
    ("question", "known"),
    [
        ("we're a nonprofit community cafe - any nonprofit pricing?", False),
        ("any black friday or holiday deals on machines?", False),
        ("do you have bulk pricing?", True),
        ("any volume discount?", True),
    ],
)
def test_a_deal_for_a_buyer_or_occasion_never_mentioned_is_not_known(
    retriever: Retriever, question: str, known: bool
) -> None:
    """A deal qualified by a word the knowledge base never uses gets "I don't know", not a
    near passage; a deal it states (volume, bulk) is answered."""
    answer = Answerer(retriever).answer(question)
    assert ("I don't know" not in answer.text) is known


def test_a_measure_no_passage_states_is_not_known(retriever: Retriever) -> None:
    """ "how heavy is it?" after the Pico gets "no information on the weight", not a passage
    with another number in it."""
    answer = Answerer(retriever).answer("how heavy is it?", recent=["Pico 1-Group"])
    assert "weight of the Pico 1-Group" in answer.text
    assert not answer.grounded
