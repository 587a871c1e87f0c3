"""Issue 23, set R: a product named by description, facts the answerer missed, and the story
told before the ask that must not pull the answer (own phrasings, not the set's)."""

from __future__ import annotations

from pathlib import Path

from shared.catalog import catalog_from_folder
from shared.rag.answering import Answerer
from shared.rag.extra_cost import as_included
from shared.rag.matching import stated_counts
from shared.rag.message_parts import anchored
from shared.rag.order import ranked_members
from shared.rag.question import as_custom, expanded, one_as_kind
from shared.rag.spelling import Speller
from shared.rag.told import told_apart, without_story
from shared.understanding.asked import asks_price

CATALOG = catalog_from_folder(Path(__file__).resolve().parents[2] / "knowledge_base")


def test_a_service_then_or_is_that_extra_asks_what_the_price_includes() -> None:
    """ "will your tech come out and set it up, or is that extra?" asks whether setup is
    included; a thing that comes with the item ("a grinder or is that extra") is left alone."""
    said = as_included("If I get a Lumen, will your tech come out and set it up, or is that extra?")
    assert said == "If I get a Lumen, is setup included?"
    assert as_included("could you deliver it or would that cost more?") == "is deliver it included?"
    assert as_included("does it come with a tamper or is that extra?") == (
        "does it come with a tamper or is that extra?"
    )


def test_a_held_back_delivery_and_a_borrowed_machine_are_documented_words() -> None:
    """Putting a delivery on hold is the subscription's pause, a machine to borrow a loaner."""
    assert "subscription" in expanded("can i put next week's delivery on hold?")
    assert "subscription" in expanded("could we skip one order in august")
    assert "subscription" not in expanded("how long does delivery take to utah?")
    assert "loaner" in expanded("is there something we can borrow meanwhile?")


def test_people_counted_past_their_describing_words_count_staff() -> None:
    """ "four part-time college students" counts four staff; "3 kids" at home counts none; kids
    said to work count."""
    assert stated_counts("We took on four new college students this summer.") == {"staff": 4}
    assert stated_counts("I have 3 kids and a dog.") == {}
    assert stated_counts("Our six teenage kids work the counter on Sundays.")["staff"] == 6


def test_a_remark_naming_an_item_is_the_subject_of_the_ask_pointing_back() -> None:
    """ "We'd love the three-group machine for the new counter." before "what's the warranty on
    it?" gives the ask the item's name, not the remark's story."""
    parts = [
        ("We'd love the three-group machine for the new counter.", ""),
        ("What's the warranty on it?", ""),
    ]

    def items(part: str) -> str:
        return " ".join(e.name for e in CATALOG.mentioned(part))

    def named(part: str) -> bool:
        return bool(CATALOG.mentioned(part))

    asking = told_apart(parts, lambda _: [], named, named, items)
    assert asking == [("What's the warranty on it?", "lumen 3 group")]


def test_it_is_what_the_statement_just_before_names() -> None:
    """In "... can't pick a roast. I read that you mail samples out. What's included in it?" the
    ask's anchor is the statement just before, not the story two parts back."""
    told = "I read that you mail samples out."
    read = anchored(["can't pick a roast.", told, "What's included in it?"])
    assert read[-1] == ("What's included in it?", told)


def test_an_ask_whose_pronoun_follows_its_own_topic_does_not_lean_on_the_story() -> None:
    """ "which grinder weighs the dose, and is it quiet?" after "my son is a barista." keeps no
    anchor: "it" is the grinder the ask names."""
    parts = [("My son is a barista.", ""), ("Which grinder weighs the dose, and is it quiet?", "")]
    assert told_apart(parts) == [("Which grinder weighs the dose, and is it quiet?", "")]


def test_a_fault_closing_the_ask_is_story() -> None:
    """ "... if it ever quits" closes the ask: its unknown words are story; a fault opening the
    ask ("if our grinder dies on a holiday can i call") is kept."""
    strange = {"quits", "ever"}
    said = without_story("Who repairs the brewer if it ever quits", lambda t: [*strange])
    assert said == "Who repairs the brewer if it"
    kept = "if our grinder dies on a holiday can i call"
    assert without_story(kept, lambda t: t.split()) == kept


def test_how_much_we_must_buy_is_an_amount_not_a_price() -> None:
    """ "how much would we need to order for ..." asks an amount; a price word keeps a price."""
    assert not asks_price("how much would we need to order for a private blend")
    assert not asks_price("How much coffee do I have to buy each month?")
    assert asks_price("how much do we have to pay for the Pico?")
    assert asks_price("how much would it be to buy an Atlas 64")


def test_a_product_made_for_the_visitor_is_custom() -> None:
    """ "our very own roast", "coffee with the bakery's name on the bags" are custom products."""
    assert as_custom("Could you do our very own roast?") == "Could you do custom roast?"
    assert as_custom("coffee with the bakery's name on the bags") == "custom coffee"
    assert as_custom("what's your own take on cold brew?") == "what's your own take on cold brew?"


def test_one_standing_for_a_thing_is_the_kind_the_sentence_before_names() -> None:
    """ "... the brewer is in for repair. Can you lend us one?" asks for a brewer; one of a
    count or an opener stays."""
    heads = {"brewer", "grinder", "plan"}
    said = one_as_kind("Our brewer is in for repair. Can you lend us one?", heads)
    assert said == "Our brewer is in for repair. Can you lend us a brewer?"
    kept = "Our brewer is in for repair. Can you give me one more day?"
    assert one_as_kind(kept, heads) == kept
    both = "The grinder or the brewer broke. Can you lend us one?"
    assert one_as_kind(both, heads) == both


def test_the_best_of_a_kind_is_the_one_the_catalog_calls_its_best() -> None:
    """ "your best grinder" is the grinder the catalog calls its flagship; "the top espresso
    machine" the priciest machine."""
    ((best, _),) = ranked_members(CATALOG, "price of your best grinder")
    assert best.name == "Atlas 75"
    ((top, _),) = ranked_members(CATALOG, "and the top espresso machine")
    assert top.name == "Lumen 3-Group"


def test_a_doubled_consonant_before_an_ending_is_english() -> None:
    """ "planning", "shopping" are English words, never corrected onto a knowledge-base word."""
    speller = Speller(["plan", "shop", "ship"])
    assert speller.known("planning")
    assert speller.known("shipped")
    assert speller.correct("planning the shop") == "planning the shop"


def test_a_bare_contents_ask_after_one_item_is_about_it(answerer: Answerer) -> None:
    """ "What's the least expensive plan, and what's included?" says the plan and what it holds."""
    said = answerer.answer("What's the least expensive maintenance plan, and what's included?")
    assert "Essential" in said.text
    assert "20%" in said.text


def test_the_minimum_of_a_custom_blend_is_its_own(answerer: Answerer) -> None:
    """The least a blend of the visitor's own needs is the custom blend's 150 lb, not the
    wholesale minimum."""
    said = answerer.answer("What's the minimum for a blend with our name on the bags?")
    assert "150 lb" in said.text
    assert "20 lb" not in said.text


def test_the_biggest_one_after_a_listing_is_asked_about(answerer: Answerer) -> None:
    """ "the largest one, how many group heads" after the machines is the 3-Group's own line."""
    listed = answerer.answer("What espresso machines do you have?")
    said = answerer.answer("the largest one, how many group heads has it got?", listed.entities)
    assert "three group heads" in said.text


def test_a_thing_described_by_its_own_facts_is_not_asked_back(answerer: Answerer) -> None:
    """ "the loaner grinder, do we keep it" after the two plans: only the Pro plan has a loaner,
    so "it" is the loaner, answered, not "Which one do you mean"."""
    said = answerer.answer(
        "the loaner grinder, do we keep it until ours comes back?", ["Essential plan", "Pro plan"]
    )
    assert "Which one do you mean" not in said.text
    assert "loaner" in said.text
