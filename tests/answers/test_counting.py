"""Third-pass mechanisms, pure: counts, stated amounts, folded asides, attribute wording."""

from __future__ import annotations

import numpy as np

from shared.catalog import catalog_from_folder
from shared.rag.counting import counted, states_count
from shared.rag.headings import named_sections
from shared.rag.message_parts import anchored, folded
from shared.rag.phrasing import attribute_sentence, shared_attribute_sentence
from shared.rag.question import scope_place
from shared.rag.rules import lease_kind, stated_amount
from shared.rag.sentences import Sentence, SentenceIndex

from .test_answers import ROOT
from .test_rules import _facts

CATALOG = catalog_from_folder(ROOT / "knowledge_base")


def test_how_many_names_what_is_counted() -> None:
    """ "how many X" yields X's stem; "how many do you sell" and "how many times" yield none."""
    assert counted("roughly how many customers have you got") == "customer"
    assert counted("how many do you sell?") is None
    assert counted("how many times a year?") is None
    assert counted("what is the price?") is None


def test_a_count_of_something_else_is_no_answer() -> None:
    """A number must quantify the counted word: "1,400 cafés" counts cafés, "3,200 systems" does
    not count installers, and a sentence without a number counts nothing."""
    cafes, visits = counted("how many cafes buy from you"), counted("how many visits a year")
    installers = counted("how many installers work for you")
    assert cafes is not None
    assert visits is not None
    assert installers is not None
    assert states_count("We count about 1,400 cafés among our customers.", cafes)
    assert states_count("It includes two preventive visits per year.", visits)
    assert not states_count("We have installed more than 3,200 systems.", installers)
    assert not states_count("Our installers are certified.", installers)


def test_a_bare_amount_after_a_paying_word_is_money() -> None:
    """ "cost 6000 new" is $6,000; "$8,000" stays; a quantity of pounds is no amount."""
    assert stated_amount("my old machine cost 6000 new") == "$6,000"
    assert stated_amount("a machine worth $8,000") == "$8,000"
    assert stated_amount("we need 120 lb a month") is None


def test_leasing_asked_of_a_kind_splits_its_members_at_the_minimum() -> None:
    """Espresso machines over the leasing minimum get a monthly figure; the one under it is
    named as leasable only in a larger order; a kind wholly under it gets no figure."""
    machines = CATALOG.of_kind("espresso machine")
    ruled = lease_kind("do you finance espresso machines?", "espresso machine", machines, _facts())
    assert ruled is not None
    assert "$294 a month" in ruled.text
    assert "$402 a month" in ruled.text
    assert "Pico 1-Group ($3,900) is below the minimum" in ruled.text
    grinders = CATALOG.of_kind("espresso grinder")
    under = lease_kind("can i lease a grinder?", "espresso grinder", grinders, _facts())
    assert under is not None
    assert "a month" not in under.text
    assert "$5,000" in under.text
    assert lease_kind("what grinders do you have?", "espresso grinder", grinders, _facts()) is None


def test_an_aside_without_its_own_ask_joins_its_neighbour() -> None:
    """ "can i buy from you?" joins the statement before it; "where are you" stays a question."""
    assert folded(["im not a business, just want beans for home.", "can i buy from you?"]) == [
        "im not a business, just want beans for home. can i buy from you?"
    ]
    assert folded(["where are you", "when are you open?"]) == [
        "where are you",
        "when are you open?",
    ]


def test_attribute_wording_agrees() -> None:
    """A plural label takes "are", a supply voltage is no countable part ("a 220 V power")."""
    atlas = CATALOG.get("Atlas 64")
    lumen = CATALOG.get("Lumen 3-Group")
    assert atlas is not None
    assert lumen is not None
    assert "the burrs are 64 mm flat" in attribute_sentence(atlas, ["burrs"])
    assert attribute_sentence(lumen, ["power"]) == "For the Lumen 3-Group, the power is 220 V."
    both = shared_attribute_sentence(CATALOG.of_kind("espresso machine")[:2], "power")
    assert "have the same power: 220 V" in both


def test_a_part_naming_nothing_is_about_the_parts_before() -> None:
    """ "What exactly is included?" is answered with the earlier part that names the service;
    a part with its own topic is answered as it is."""
    parts = ["I read you offer launch consulting.", "What exactly is included?", "and delivery?"]
    assert anchored(parts) == [
        (parts[0], ""),
        (parts[1], parts[0]),
        (parts[2], ""),
    ]
    assert anchored(["how many bags are in the sample kit", "is it free?"])[1][1] == (
        "how many bags are in the sample kit"
    )


def test_a_place_is_at_most_three_words() -> None:
    """ "to the UK" is a place; "to have our own house blend with our name" is a verb phrase."""
    assert scope_place("do you ship to the UK") == "uk"
    assert scope_place("do you install in new south wales") == "new south wales"
    assert scope_place("is it possible to have our own house blend with our name") is None


def test_a_heading_names_its_section() -> None:
    """Every topic word in one heading (or one title) names that section; words spread over a
    heading and a title do not."""

    def sentence(text: str, heading: str, title: str) -> Sentence:
        return Sentence(text=text, source=f"{title}.md", heading=heading, title=title, category="x")

    index = SentenceIndex(
        [
            sentence("We credit 15%.", "How the credit works", "Trade-In Program"),
            sentence("Use it within 30 days.", "When to use espresso after roasting?", "Freshness"),
            sentence("Beans are fresh.", "How fresh is the coffee?", "Freshness"),
        ],
        np.zeros((3, 4), dtype=np.float32),
    )
    assert named_sections(index, "tell me about your trade-in program") == [[0]]
    assert named_sections(index, "do you roast your own coffee?") == []
