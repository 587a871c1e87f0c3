"""Issue 23, set X's and K's question classes in our own phrasings: a comparison across kinds
answers every side, a product asked for by the need it meets is named, a means of paying the
knowledge base never names is not answered with another, "what's the catch" gets the rest of
the section just quoted, a follow-up keeps the attribute asked (its equivalent too), and the
least to order after a topic is that topic's own threshold."""

from __future__ import annotations

import asyncio

from shared.catalog.model import Entity
from shared.chat.knowledge import Knowledge
from shared.rag.answering import Answerer
from shared.rag.asked_object import asked_objects
from shared.rag.matching import attribute_sentences
from shared.rag.retriever import Retriever
from shared.rag.subject import on_subject
from shared.understanding.featured import purpose_phrases
from shared.understanding.reference import asks_minimum_only, asks_the_rest


def _ask(answerer: Answerer, *messages: str, subject: str | None = None) -> str:
    """The reply to the last of ``messages``, each earlier one carrying its entities on."""
    recent: list[str] = []
    attribute: str | None = None
    text = ""
    for message in messages:
        said = answerer.answer(message, recent, attribute, subject=subject)
        recent, attribute, text = said.entities or recent, said.attribute or attribute, said.text
    return text


def _entity(name: str, warranty: str) -> Entity:
    return Entity(
        name=name,
        kind="thing",
        attributes={"warranty": warranty},
        source="x.md",
        title="Things",
        heading=name,
    )


def test_entities_sharing_a_value_share_a_sentence_and_the_others_get_their_own() -> None:
    """Three items, two with one warranty: one sentence for the pair, one for the third."""
    said = attribute_sentences(
        [_entity("Kettle", "1-year"), _entity("Mill A", "2-year"), _entity("Mill B", "2-year")],
        ["warranty"],
    )
    assert len(said) == 2
    assert "1-year" in said[0]
    assert "Kettle" in said[0]
    assert "Mill A" in said[1]
    assert "Mill B" in said[1]
    assert "both" in said[1]


def test_a_comparison_across_two_kinds_answers_both_sides(answerer: Answerer) -> None:
    """The brewer against the grinders: the brewer's one year and the grinders' two; one item
    against another kind works the same, and a plain warranty question is unchanged."""
    said = _ask(answerer, "what's the warranty on your grinders compared to the batch brewer")
    assert "1-year" in said
    assert "2-year" in said
    assert "Atlas 64" in said
    both = _ask(answerer, "warranty on the clarity filter versus the espresso machines?")
    assert "1-year" in both
    assert "2-year" in both
    alone = _ask(answerer, "what warranty does the batch brewer have?")
    assert "1-year" in alone
    assert "2-year" not in alone


def test_a_product_asked_for_by_its_purpose_is_named(answerer: Answerer) -> None:
    """ "something that keeps scale out of the boiler" is the Clarity system; a purpose no
    item's own words hold, or one naming an item, changes nothing."""
    said = _ask(answerer, "do you have something that keeps scale out of the boiler?")
    assert "Clarity" in said
    assert "$640" in said
    assert "don't have" not in said
    assert [p.clause for p in purpose_phrases("got anything against limescale?")] == ["limescale"]
    assert purpose_phrases("we can try anything really") == []
    assert "Clarity" not in _ask(answerer, "anything to go with the lumen 2 group?")


def test_a_means_of_paying_never_named_is_the_honest_gap(answerer: Answerer) -> None:
    """Paying invoices in euros is not answered by the card sentence alone; paying by card
    is; a question with no means asks nothing of the sort."""
    assert asked_objects("could we pay the invoice in mexican pesos?") == ["mexican pesos"]
    assert asked_objects("how do we pay?") == []
    said = _ask(answerer, "can we pay our invoices in euros?")
    assert "don't have information on euros" in said
    assert "don't have" not in _ask(answerer, "can we pay by credit card?")


def test_the_catch_is_the_rest_of_the_section_just_quoted(answerer: Answerer) -> None:
    """The custom blend's threshold, then "any strings attached?": its 4 weeks too; a question
    naming its own topic is no such ask."""
    said = _ask(answerer, "is a blend with our name on the bags doable? any strings attached?")
    assert "150 lb" in said
    assert "4 weeks" in said
    assert "couldn't find" not in said
    assert asks_the_rest("what's the catch?")
    assert not asks_the_rest("what are the conditions for returning equipment?")


def test_a_follow_up_keeps_the_attribute_or_its_equivalent(answerer: Answerer) -> None:
    """Shipping asked of a grinder, then "and the 3 group?" in the same message or the next:
    the machine's lead time, not its description."""
    said = _ask(answerer, "when would an atlas 64 ship? and the lumen 3 group?")
    assert "5 business days" in said
    assert "three-week" in said
    later = _ask(answerer, "when would an atlas 64 ship?", "and the lumen 3 group?")
    assert "three-week" in later
    assert "$13,400" not in later


def test_the_least_to_order_after_a_topic_is_its_own_threshold(answerer: Answerer) -> None:
    """ "how much would we have to order" after the custom blend is its 150 lb, not the
    wholesale minimum; it is no such fragment when it names something."""
    assert asks_minimum_only("so how many pounds would we have to order a month?")
    assert not asks_minimum_only("how much would we have to order for free delivery")
    subject = "Custom house blends"
    read = on_subject("how much would we have to order", subject, lambda _: False)
    assert read.startswith(subject)
    assert "150 lb" in _ask(answerer, "how much would we have to order", subject=subject)


def test_the_chat_keeps_the_threshold_of_the_topic_just_answered(retriever: Retriever) -> None:
    """A blend with our name typed alone, then "so how much would we have to order": the
    chat answers the blend's 150 lb again, not the 20 lb wholesale minimum found alone."""
    knowledge = Knowledge(retriever)
    first = asyncio.run(knowledge.lookup("a house blend with our name on it", [], None, None))
    said = asyncio.run(
        knowledge.lookup("so how much would we have to order", first.topics, None, None)
    )
    assert "150 lb" in said.answer.text


def test_a_family_named_in_the_plural_is_the_subject_of_the_next_question(
    retriever: Retriever, answerer: Answerer
) -> None:
    """ "we can't decide between both lumen machines" makes the two Lumens the subject, so
    "how much dearer is the larger one?" is their difference; one Lumen said alone, or a model
    named, is no family in the plural."""
    assert answerer.named("we can't decide between both lumen machines") == [
        "Lumen 2-Group",
        "Lumen 3-Group",
    ]
    assert answerer.named("we're looking at a lumen") == []
    assert answerer.named("the lumen 3 group looks good") == ["Lumen 3-Group"]
    knowledge = Knowledge(retriever)
    topics = knowledge.mentioned("we can't decide between both lumen machines", [])
    said = asyncio.run(knowledge.lookup("how much more is the bigger one?", topics, None, None))
    assert "$3,600" in said.answer.text
