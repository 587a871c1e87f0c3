"""Sixth-pass mechanisms (answers that choose): the asked attribute read from the question's
structure, comparisons that name siblings and list what differs, answers shaped as a year or
days, and the one honest wording for a gap."""

from __future__ import annotations

import httpx

from shared.catalog import catalog_from_folder
from shared.rag.attribute_gaps import missing_sentence, used_in
from shared.rag.compare import differing, siblings_named
from shared.rag.when import answer_shape, states_days, states_year
from shared.understanding.asked import amount_asked, asked_heads

from ..conversation.test_chat_api import say
from .test_answers import ROOT

CATALOG = catalog_from_folder(ROOT / "knowledge_base")


def _entity(name: str):  # type: ignore[no-untyped-def]
    found = CATALOG.get(name)
    assert found is not None
    return found


def test_the_asked_attribute_is_read_from_the_question_structure() -> None:
    """ "how much X", "what X does", "is there X at", "is the Y ADJ" name the attribute."""
    assert asked_heads("how much caffeine is in a double shot of foundry?") == ["caffeine"]
    assert asked_heads("what colors does the lumen come in?") == ["colors"]
    assert asked_heads("is there parking at the raleigh st showroom?") == ["parking"]
    assert asked_heads("is the pico noisy?") == ["noisy"]
    assert asked_heads("how much is the pico?") == []
    # a prepositional phrase at the end is no quality asked
    assert asked_heads("is your roastery powered by renewable energy") == []


def test_a_gap_names_the_attribute_and_starts_i_dont_have() -> None:
    """The gap says what is missing, for which subject, in the one honest wording."""
    text = missing_sentence("how much caffeine is in foundry", "caffeine", "the Foundry Espresso")
    assert text == "I don't have information on caffeine for the Foundry Espresso."
    quality = missing_sentence("is the pico noisy", "noisy", "the Pico 1-Group")
    assert quality == "I don't have information on whether the Pico 1-Group is noisy."


def test_an_amount_asked_needs_a_number() -> None:
    """Weight and counts are amounts; a plain price question is not one."""
    assert amount_asked("how much does the atlas 75 weigh?") == "weight"
    assert amount_asked("how many shots an hour can it pull") == "number of shots"
    assert amount_asked("how much is the atlas 75") is None


def test_a_word_inside_a_longer_knowledge_base_word_is_used() -> None:
    """ "caffeine" is used by "decaffeinated"; a short prefix ("caf" of "cafe") is not enough."""
    assert used_in("caffein", {"decaffein"})
    assert used_in("deliveri", {"deliv"})
    assert not used_in("caffein", {"cafe", "caf"})


def test_a_comparison_names_a_sibling_by_what_sets_it_apart() -> None:
    """ "the atlas 75 and 64" and "essential vs pro" name both members; no comparison, none."""
    atlas = siblings_named(
        "whats different between the atlas 75 and 64", [_entity("Atlas 75")], CATALOG
    )
    assert [e.name for e in atlas] == ["Atlas 64"]
    plans = siblings_named("essential vs pro maintenance", [_entity("Essential plan")], CATALOG)
    assert [e.name for e in plans] == ["Pro plan"]
    assert (
        siblings_named("how much is the atlas 75 for 64 cafes", [_entity("Atlas 75")], CATALOG)
        == []
    )


def test_a_comparison_lists_the_attributes_that_differ() -> None:
    """Burrs and dosing differ between the Atlas grinders; the shared warranty does not."""
    both = [_entity("Atlas 75"), _entity("Atlas 64")]
    assert differing(both, "what is the difference")["Atlas 75"] == ["burrs", "dosing"]


def test_a_time_asked_has_the_shape_of_its_answer() -> None:
    """A founding ask needs a year, a weekday ask needs days; "when is shipping free" neither."""
    year = answer_shape("who started copperline and when")
    days = answer_shape("can i swing by the showroom this saturday?")
    assert year is states_year
    assert days is states_days
    assert answer_shape("when is shipping free") is None
    assert states_year("We were founded in 2011 in Portland.")
    assert states_days("visits are by appointment, Monday to Friday.")


async def test_chat_gives_the_gap_for_an_attribute_the_subject_lacks(
    chat_client: httpx.AsyncClient,
) -> None:
    """Caffeine of the Foundry and parking at the showroom are gaps, not price or address."""
    body = await say(chat_client, "how much caffeine is in a double shot of foundry?")
    assert "I don't have information on caffeine" in body["reply"]
    assert "$11.50" not in body["reply"]
    other = await say(chat_client, "is there parking at the raleigh st showroom?")
    assert "I don't have information on parking" in other["reply"]
    assert "2150" not in other["reply"]


async def test_chat_prices_a_part_with_the_gap_wording(chat_client: httpx.AsyncClient) -> None:
    """A cartridge priced through its system says there is no separate price, then the system's."""
    body = await say(chat_client, "how much is a replacement cartridge for the clarity?")
    assert "I don't have a separate price for the cartridge" in body["reply"]
    assert "$640" in body["reply"]


async def test_chat_compares_both_sides_with_what_differs(chat_client: httpx.AsyncClient) -> None:
    """ "the atlas 75 and 64 besides price" names both whole: burrs, dosing and each price."""
    body = await say(
        chat_client, "whats actually different between the atlas 75 and 64 besides price"
    )
    assert "75 mm" in body["reply"]
    assert "64 mm" in body["reply"]
    assert "weigh" in body["reply"]
    assert "$2,450" in body["reply"]
    assert "$1,350" in body["reply"]


async def test_chat_answers_a_founding_year_and_weekday_visits(
    chat_client: httpx.AsyncClient,
) -> None:
    """ "and when" gets the year; a Saturday visit gets the showroom's weekdays."""
    body = await say(chat_client, "who started copperline and when")
    assert "2011" in body["reply"]
    assert "Dana" in body["reply"]
    other = await say(chat_client, "can i swing by the showroom this saturday?")
    assert "Monday to Friday" in other["reply"]
    assert "appointment" in other["reply"]


def test_a_kind_of_several_words_is_named_by_their_roots() -> None:
    """ "the water filter thing" names the water filtration; "cold brew" names no brewer."""
    from shared.rag.resolve import kind_named

    assert kind_named(CATALOG, "and the water filter thing u sell") == "water filtration"
    assert kind_named(CATALOG, "how much is the cold brew") != "batch brewer"


def test_a_described_quality_picks_the_member_whose_value_holds_it() -> None:
    """ "lightest roast" is the Sunrise's light roast; "darkest roast" the two medium-dark ones
    (by the roast, not the "dark chocolate" notes); no quality, no pick."""
    from shared.rag.members import described_members

    light = described_members("whats your lightest roast?", CATALOG)
    assert [(e.name, label) for e, label in light] == [("Sunrise Single Origin", "roast")]
    dark = described_members("whats your darkest roast", CATALOG)
    assert {e.name for e, _ in dark} == {"Foundry Espresso", "Harbor Cold Brew Blend"}
    assert {label for _, label in dark} == {"roast"}
    assert described_members("which blend is the most popular", CATALOG) == []


def test_a_free_offer_is_read_with_its_condition() -> None:
    """The Lumen training offer covers a Lumen, not the Pico or an Atlas grinder."""
    from shared.rag.offers import covered, find_offer, offered_kinds

    kinds = offered_kinds("do we get the barista training free with it?", CATALOG)
    assert kinds == ["barista training"]
    real = "When you buy any Lumen espresso machine, the two-day on-site barista training is free."
    found = find_offer([real], CATALOG, kinds)
    assert found is not None
    assert found.offered.name == "Two-day on-site course"
    assert {e.name for e in found.members} == {"Lumen 2-Group", "Lumen 3-Group"}
    assert covered(found, [_entity("Lumen 3-Group")])
    assert not covered(found, [_entity("Pico 1-Group")])


async def test_chat_says_no_to_free_training_with_a_pico(chat_client: httpx.AsyncClient) -> None:
    """After the Pico, "free with it?" says not with the Pico and gives the course's $850."""
    first = await say(chat_client, "how much is the pico 1 group?")
    body = await say(
        chat_client, "do we get the barista training free with it?", first["session_id"]
    )
    assert "Not with the Pico 1-Group" in body["reply"]
    assert "$850" in body["reply"]
