"""Issue 23, set I: a request for advice and the needs it must fit are read from the
visitor's words (this message and the details kept before); a question about the whole range
is read with what it leaves out."""

from __future__ import annotations

from shared.understanding.advice import asks_advice, asks_range, needs_of, without_constraints


def test_advice_asks_in_several_shapes_are_read() -> None:
    """Suggest, what would you go with, the simplest kit, is there anything for X, which
    machine for a volume and a push-button wish are all requests for advice."""
    for text in (
        "any suggestions for our little bakery?",
        "what would you go with for a hotel lobby",
        "whats the simplest kit that would work for us",
        "is there anything for the scale in our boiler",
        "which machine for roughly 90 coffees a day",
        "honestly one push button thing would suit us best",
        "what do we need to open a coffee shop in the mall",
    ):
        assert asks_advice(text), text


def test_a_recommendation_of_no_equipment_is_not_advice() -> None:
    """A place recommended, or being recommended to us, asks for no equipment."""
    assert not asks_advice("could you recommend a decent hotel near the showroom?")
    assert not asks_advice("a friend recommended you to me")
    assert not asks_advice("how much is the grinder")


def test_needs_come_from_the_message_and_the_stored_details() -> None:
    """The volume kept earlier, a tight budget now, and the filter coffee of the stored
    preferences are all needs of the ask."""
    details = {"expected_volume": "about 120 cups a day", "coffee_preferences": "drip mostly"}
    needs = needs_of("money is tight, we're on a shoestring. what would you suggest?", details)
    assert needs.volume == 120
    assert needs.budget
    assert needs.filter
    assert not needs.outlet
    assert not needs.untrained


def test_the_messages_own_volume_wins_over_the_stored_one() -> None:
    """A volume said in the message replaces the one kept."""
    needs = needs_of("which machine for 320 drinks a day?", {"expected_volume": "50 cups a day"})
    assert needs.volume == 320
    assert needs.machine


def test_untrained_staff_power_water_and_sites_are_read() -> None:
    """No barista on the team, a wall socket, hard water and a cart are each a need."""
    assert needs_of("none of the team has ever made espresso, what do you suggest").untrained
    assert needs_of("it has to run off a standard wall socket").outlet
    assert needs_of("our water is really hard, anything for that?").water
    assert needs_of("we run a little cart at the market").small_site


def test_an_espresso_machine_ruled_out_is_not_an_espresso_need() -> None:
    """ "instead of an espresso machine" rules it out; the kind word is no longer the ask."""
    text = "something easy instead of an espresso machine, staff have no training"
    needs = needs_of(text)
    assert needs.no_espresso
    assert not needs.espresso
    assert "espresso" not in without_constraints(text)
    assert "training" not in without_constraints(text)


def test_a_range_question_keeps_what_it_leaves_out() -> None:
    """ "what else do you guys sell besides the machines" leaves out the machines; "what do
    you sell for cold brew" asks about one use, not the range."""
    assert asks_range("ok so what else do you guys sell besides the machines") == "the machines"
    assert asks_range("what do you actually offer?") == ""
    assert asks_range("what do you sell for cold brew") is None
