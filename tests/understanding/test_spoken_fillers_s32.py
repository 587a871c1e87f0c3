"""Spoken fillers of a visitor dictating to a phone (set AN): "um", "uh", "erm", "hmm", "you
know", "i mean" and the filler "like" are left out of the reading, so what is stored and echoed
holds none of them; a hesitation between a statement and a question ends the statement; the
verb and the preposition "like", corrections and words holding "um" stay."""

from __future__ import annotations

import pytest

from shared.conversation.brain import LocalBrain
from shared.conversation.state import ConversationState
from shared.understanding.fillers import without_filler_words, without_hesitations
from shared.understanding.observations import observe
from shared.understanding.reading import read
from tests.understanding.playing import play


@pytest.mark.parametrize(
    ("said", "read_as"),
    [
        ("we seat like forty guests", "we seat 40 guests"),
        ("we open in like march", "we open in march"),
        ("the milk we get is like always warm", "the milk we get is always warm"),
        ("our roaster's like super slow", "our roaster's super slow"),
        ("we need like a second grinder", "we need a second grinder"),
        ("is there like a trial", "is there a trial"),
        ("could we like rent it first", "could we rent it first"),
        ("and like how long is shipping", "and how long is shipping"),
        ("we've had the shop for like nine years", "we've had the shop for nine years"),
        ("the crema is you know kind of thin", "the crema is kind of thin"),
        ("i mean we only have the one kiosk", "we only have the one kiosk"),
        ("so uh we need two grinders", "so we need two grinders"),
        ("our tech is umm useless", "our tech is useless"),
        ("we need, er, three of them", "we need three of them"),
        ("erm the steam wand drips", "the steam wand drips"),
        ("hmm. does the pico need a water line", "does the pico need a water line"),
    ],
)
def test_fillers_are_left_out_of_the_reading(said: str, read_as: str) -> None:
    """The reading holds the message without its fillers, its numbers as digits."""
    assert read(said).numbers == read_as


@pytest.mark.parametrize(
    "said",
    [
        "i'd like a quote for the pico",
        "we would like to order beans",
        "we like dark roasts with chocolate notes",
        "what's the batch brewer like",
        "it looks like the gasket is gone",
        "something like the pico but with two groups",
        "is it like a french press",
        "more like 120 lb a month",
        "our regulars like it strong",
        "do you like the atlas better",
        "will i like it",
        "we have an album of photos and an umbrella stand",
        "uh huh that works",
        "no i mean the decaf",
        "do you know if it fits",
        "let you know by friday",
        "you know what, just the grinder",
        "sounds like a plan",
        "we do 80 lb a month. hmm no, more like 95",
        "make it 2 grinders. i mean 3",
        "hmm",
        "tenho um quiosque em Lisboa e preciso de um moinho",
    ],
)
def test_what_is_no_filler_stays(said: str) -> None:
    """Negative: the verb and the preposition "like", a correction's "hmm no" and "i mean",
    "you know" as a verb, "uh huh", words holding "um", a message that is only a hesitation and
    the Portuguese "um" are read as typed."""
    assert without_filler_words(without_hesitations(said)) == said


def test_a_hesitation_between_a_statement_and_a_question_ends_the_statement() -> None:
    """The question dictated after "um" is read as its own sentence."""
    said = "our grinder clumps every morning um can you send someone"
    assert without_hesitations(said) == "our grinder clumps every morning. can you send someone"


@pytest.mark.parametrize(
    ("said", "read_as"),
    [
        ("hi um is the pico loud", "hi is the pico loud"),  # no story before it
        ("we go through um 40 lb a week", "we go through 40 lb a week"),  # no question after
        ("how much is it and um what about delivery", "how much is it and what about delivery"),
    ],
)
def test_a_hesitation_ends_no_sentence_without_a_story_and_a_question(
    said: str, read_as: str
) -> None:
    """Negative: a hesitation after a greeting, before a statement or after a joining word is
    only left out."""
    assert without_hesitations(said) == read_as


async def test_a_volume_said_with_like_is_stored_without_it(brain: LocalBrain) -> None:
    """The count stored from "like 45 people" is the count, not the hedge."""
    text = "we are a law office downtown and we have like forty five people"
    heard = await brain.understand(text, ConversationState())
    assert heard.fields.get("expected_volume") == "45 people"


async def test_a_question_after_um_is_not_stored_as_a_pain(brain: LocalBrain) -> None:
    """A pain told before "um" and a question keeps the pain alone, and the question asks."""
    text = "we run a gym in tacoma and the coffee machine is ancient um do you guys lease machines"
    heard = await brain.understand(text, ConversationState())
    pain = str(heard.fields.get("pain_points"))
    assert "ancient" in pain
    assert "lease" not in pain
    assert "um" not in pain.split()
    assert heard.question


async def test_an_opening_said_with_like_is_stored_without_it(brain: LocalBrain) -> None:
    """The opening stored from "in like september" is the month."""
    text = "we're opening a bakery cafe in like september"
    heard = await brain.understand(text, ConversationState())
    assert "like" not in str(heard.fields.get("opening_timeline"))
    assert "september" in str(heard.fields.get("opening_timeline")).lower()


def test_lead_analysis_reads_the_same_reading() -> None:
    """Lead analysis observes the message without its fillers too."""
    assert observe("um we go through like eighty pounds a month").numbers == (
        "we go through 80 pounds a month"
    )


async def test_a_home_buyer_asking_whether_they_may_buy_asks_for_no_one(
    brain: LocalBrain,
) -> None:
    """A home visitor asking if they may buy the item from us is answered, not handed off (the
    filler "like" left out no longer hides it: "can i like buy it from you")."""
    state = await play(brain, ["i want a decent espresso grinder for my apartment"])
    heard = await brain.understand(
        "could i buy one from you or do i need a business account", state
    )
    assert heard.question
    assert not heard.human


async def test_a_business_asking_to_buy_it_from_us_still_asks_for_sales(
    brain: LocalBrain,
) -> None:
    """Negative: a café asking to buy the item from us is still the sales team's."""
    state = await play(brain, ["we run two cafes in reno and need a grinder"])
    heard = await brain.understand("can we buy it from you directly", state)
    assert heard.human
