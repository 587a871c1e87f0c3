"""A price asked of a part of the item discussed (issue 23): the catalog gives the item's price
and an attribute naming the part ("cartridge life"), never the part's own price, so the answer
is the honest gap, not the attribute the part's word matched."""

from __future__ import annotations

from shared.rag.answering import Answerer

_CLARITY = "Clarity water filtration"


def test_a_part_priced_after_the_items_price_is_a_gap(answerer: Answerer) -> None:
    """ "and the cartridges by themselves?" after the Clarity's price asks the cartridge's price:
    no cartridge life for it, and no price of the system read as the cartridge's."""
    found = answerer.answer("and the cartridges by themselves?", [_CLARITY], "price")
    assert not found.grounded
    assert "separate price for the cartridge" in found.text
    assert "6 months" not in found.text


def test_a_part_priced_in_its_own_words_is_a_gap(answerer: Answerer) -> None:
    """ "and how much is a new cartridge?" with the Clarity discussed is the same gap."""
    found = answerer.answer("and how much is a new cartridge?", [_CLARITY])
    assert "separate price for the cartridge" in found.text
    assert "6 months" not in found.text


def test_the_parts_attribute_asked_is_still_answered(answerer: Answerer) -> None:
    """ "and how long does a cartridge last?" after the price asks the cartridge life."""
    found = answerer.answer("and how long does a cartridge last?", [_CLARITY], "price")
    assert found.grounded
    assert "6 months" in found.text


def test_an_attribute_asked_whole_after_a_price_is_answered(answerer: Answerer) -> None:
    """ "and the warranty?" after the Clarity's price asks its warranty, no price gap."""
    found = answerer.answer("and the warranty?", [_CLARITY], "price")
    assert "separate price" not in found.text
    assert "warranty" in found.text.lower()


def test_a_word_of_the_items_own_name_is_no_part(answerer: Answerer) -> None:
    """ "Night Shift decaf: how is it decaffeinated, and $/lb?": "decaf" names the coffee (and
    only a word of its "decaf process"), so its process and price are answered, no gap."""
    found = answerer.answer("Night Shift decaf: how is it decaffeinated, and $/lb?")
    assert "separate price" not in found.text
    assert "Swiss Water" in found.text


def test_how_much_of_an_attribute_is_its_amount_not_a_price(answerer: Answerer) -> None:
    """ "and how much cartridge life do we get?" after the price asks the life, no price gap."""
    found = answerer.answer("and how much cartridge life do we get?", [_CLARITY], "price")
    assert "separate price" not in found.text
    assert "6 months" in found.text


def test_a_verb_of_the_item_is_no_part(answerer: Answerer) -> None:
    """ "a quote for the Atlas 64 ... and how fast it ships": "ships" is the lead time's word
    used as a verb, not a part priced: the lead time answers, no gap about "the ships"."""
    found = answerer.answer("send me a quote for the Atlas 64, and tell me how fast it ships.")
    assert "separate price" not in found.text
    assert "5 business days" in found.text
