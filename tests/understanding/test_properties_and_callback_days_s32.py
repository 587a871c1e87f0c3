"""Set AO's state classes: properties that run a coffee bar now are a running business, and a
call asked for on a named day ("call me Tuesday to ...") is a handoff; through the real reader,
state machine and grammars."""

from __future__ import annotations

from shared.conversation.brain import LocalBrain
from shared.conversation.signals import HUMAN_RE
from shared.understanding.visitor import visitor_type
from tests.understanding.playing import EXISTING, NEW, play


def test_properties_that_run_a_coffee_bar_are_a_running_business() -> None:
    """A group whose hotels or resorts have or run a coffee bar or café today buys coffee now."""
    said = [
        "buyer here, our 4 resorts on the coast all run poolside espresso bars",
        "our two hotels in Boise each have a lobby café. Shipping time?",
        "ops lead; my three properties both operate their own coffee counters",
    ]
    assert [visitor_type(text) for text in said] == [EXISTING] * 3


def test_properties_that_will_get_a_coffee_bar_are_not_read_as_running_one() -> None:
    """A coffee bar still ahead, someone else's hotels, or a hotel's first bar: not existing."""
    assert visitor_type("our 3 properties will each have a coffee bar by spring") is not EXISTING
    assert visitor_type("do the hotels near you have cafés?") is None
    assert visitor_type("our hotel is adding a lobby coffee bar, our first") is NEW


def test_a_call_asked_for_on_a_named_day_is_a_handoff() -> None:
    """'Call me Wednesday about ...', 'call me on friday', 'ring us next Monday' ask for a call."""
    assert HUMAN_RE.search("Ana Ruiz, 541-555-0190. Call me Wednesday about the grinder quote.")
    assert HUMAN_RE.search("ok, call me on friday afternoon")
    assert HUMAN_RE.search("Thanks. Ring us next Monday to set up the account")


def test_a_name_after_call_me_is_still_no_handoff() -> None:
    """A name that starts like a weekday ('Sunny', 'Monica', 'Fredo') is a name, not a day."""
    assert not HUMAN_RE.search("just call me Sunny")
    assert not HUMAN_RE.search("call me Monica, everyone does")
    assert not HUMAN_RE.search("you can call me on 503 555 0117")


async def test_contact_and_a_call_on_a_day_hand_the_lead_over() -> None:
    """A running café that gives its contact and asks for a call on Thursday is handed over;
    the same contact without the call is not."""
    opening = ["I own Pine Row Coffee, one shop, open 6 years. We order 30 lb a week now."]
    contact = "Dana Kowal, dana@pinerowcoffee.com, 503-555-0144."
    asked = await play(
        LocalBrain(), [*opening, f"{contact} Call me Thursday morning about switching over."]
    )
    given = await play(LocalBrain(), [*opening, contact])
    assert asked.customer_type is EXISTING
    assert asked.handoff
    assert not given.handoff
