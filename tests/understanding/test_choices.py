"""A visitor naming only a thing the catalog sells right after the bot asked them to choose is
asking about it ("the grinders" after "Which would you like to know more about?"); the same words
after any other reply, or a message with an ask or statement of its own, are not a pick."""

from __future__ import annotations

from shared.understanding.choices import picks_from_choice

PRODUCTS = frozenset({"grinders", "espresso", "machines", "maintenance", "plans", "lumen", "and"})
CHOICE = "Our prices at a glance: ... Which would you like to know more about?"


def test_a_thing_named_after_a_choice_is_a_pick() -> None:
    for message in ("the grinders", "maintenance plans", "the lumen pls", "espresso machine"):
        assert picks_from_choice(message, CHOICE, PRODUCTS), message


def test_no_pick_without_a_choice_asked_or_with_words_of_its_own() -> None:
    assert not picks_from_choice("the grinders", "The grinders, noted.", PRODUCTS)
    assert not picks_from_choice("the grinders", "What would you like to know?", PRODUCTS)
    assert not picks_from_choice("the grinders", None, PRODUCTS)
    assert not picks_from_choice("we need the grinders", CHOICE, PRODUCTS)
    assert not picks_from_choice("Maria Lopez", CHOICE, PRODUCTS)  # nothing the catalog sells
    assert not picks_from_choice("and", CHOICE, PRODUCTS)  # a function word names nothing
