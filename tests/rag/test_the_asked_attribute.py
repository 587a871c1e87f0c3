"""Issue 23, session 21: which fact or attribute is asked. A catalog ranked by the attribute a
superlative or comparative names, a service or company fact asked in a visitor's words, and the
honest gap when the knowledge base does not give the attribute asked of a known item (never a
neighbouring attribute in its place)."""

from __future__ import annotations

from shared.rag.answering import Answerer
from shared.rag.conditions import opposite_state, unmet_condition
from shared.rag.parts import says_price
from shared.rag.question import scope_place
from shared.understanding.asked import amount_asked, asked_heads


def _turns(answerer: Answerer, *messages: str) -> str:
    """The reply to the last of ``messages``, each earlier one carried as the chat does."""
    recent: list[str] = []
    attribute: str | None = None
    reply = ""
    for message in messages:
        said = answerer.answer(message, recent, attribute)
        recent, attribute = said.entities or recent, said.attribute or attribute
        reply = said.text
    return reply


def test_a_superlative_of_price_ranks_the_blends(answerer: Answerer) -> None:
    """ "most costly bean" and "least pricey coffee" rank the five blends by price: the Sunrise
    at the top, the Harbor at the bottom; "coffee" alone names no kind, after a rank word it
    names the blends."""
    top = answerer.answer("what is the costliest coffee you roast?").text
    assert "Sunrise" in top
    assert "$15.90" in top
    low = answerer.answer("your cheapest coffee, what does it go for a pound?").text
    assert "Harbor" in low
    assert "$10.80" in low


def test_a_comparative_after_one_member_is_its_sibling(answerer: Answerer) -> None:
    """ "and the cheaper grinder?" after the Atlas 75 is the Atlas 64; "the biggest" after one
    machine ranks them all, not the one discussed."""
    assert "$1,350" in _turns(answerer, "price of the atlas 75 please", "and the cheaper grinder?")
    bigger = _turns(answerer, "what does the pico cost", "what about the biggest espresso machine")
    assert "$13,400" in bigger


def test_a_price_rank_word_is_a_price_ask(answerer: Answerer) -> None:
    """ "which grinder is pricier" asks a price, not the sentences near "grinder"."""
    assert "$2,450" in answerer.answer("which of the grinders is pricier?").text


def test_a_measure_asked_in_its_unit_must_be_stated(answerer: Answerer) -> None:
    """The Pico's boiler is a heat exchanger with no volume given: asked in litres, the gap,
    not "the boiler is heat exchanger"; a Lumen's boiler states its litres."""
    pico = answerer.answer("how many litres does the pico 1 group boiler take?")
    assert not pico.grounded
    assert "heat exchanger" not in pico.text
    assert "11 L" in answerer.answer("lumen 2 group boiler volume in litres?").text


def test_a_weight_asked_with_a_story_after_it_is_the_gap(answerer: Answerer) -> None:
    """A weight asked, then why ("... our counter is small"), is no description of the item."""
    reply = answerer.answer("how much does the atlas 64 weigh, our counter is pretty flimsy")
    assert not reply.grounded
    assert "weight" in reply.text


def test_a_product_the_kb_lacks_by_its_modifier_is_not_its_head(answerer: Answerer) -> None:
    """ "soy milk" is not the milk drinks a blend is made for: the range, not the Foundry."""
    reply = answerer.answer("do you supply soy milk as well?")
    assert not reply.grounded
    assert "Foundry" not in reply.text


def test_a_thing_had_of_an_item_is_the_head_asked(answerer: Answerer) -> None:
    """ "a free trial of the X", "a demo on the X": the thing had, unless it is a price word."""
    assert asked_heads("could we arrange a one month free trial of the pico?") == ["trial"]
    assert asked_heads("can i get a quote on the lumen 3?") == []
    reply = answerer.answer("could we arrange a one month free trial of the pico?")
    assert not reply.grounded


def test_a_rate_per_unit_needs_that_unit_per() -> None:
    """ "within 48 hours" is no hourly rate; "$90 per hour" is."""
    asked = "what do your technicians charge per hour?"
    assert not says_price("The plan includes priority repairs within 48 hours.", asked)
    assert says_price("Repairs outside a plan are $90 per hour.", asked)


def test_an_hourly_rate_the_kb_lacks_is_the_dont_know(answerer: Answerer) -> None:
    """No hourly rate is given for a technician: the don't-know, not a plan's inclusions."""
    reply = answerer.answer("no plan here, what's the hourly charge for a technician visit?")
    assert not reply.grounded


def test_a_time_is_no_place() -> None:
    """ "in the off-season", "over the holidays" are times; "to the UK" is a place."""
    assert scope_place("can we stop our coffee in the quiet season") is None
    assert scope_place("do you deliver in january") is None
    assert scope_place("do you ship to the UK") == "uk"


def test_a_pause_asked_in_a_season_is_the_subscription(answerer: Answerer) -> None:
    """Pausing deliveries in a quiet season is the subscription's pause window, not an area
    "quiet season" the knowledge base does not name."""
    reply = answerer.answer("could we pause the coffee deliveries in the quiet season?").text
    assert "2 days" in reply


def test_a_way_to_a_named_place_is_a_delivery(answerer: Answerer) -> None:
    """ "how quickly do beans get to denver" asks delivery times, not the roasting."""
    reply = answerer.answer("how quickly do beans get to Denver?").text
    assert "3 business days" in reply


def test_work_out_is_no_broken_machine() -> None:
    """ "if it doesn't work out" is a deal that does not suit; "it doesn't work" is broken."""
    rule = "Trade in a working espresso machine and we credit 15%."
    assert opposite_state("can we send it back if it doesn't work out?", rule) is None
    assert opposite_state("it doesn't work anymore, can i trade it?", rule) == "not working"


def test_a_return_asked_with_a_condition_is_the_returns_policy(answerer: Answerer) -> None:
    """ "can we send the brewer back if it was never unpacked" is the returns policy."""
    reply = answerer.answer("can we send a batch brewer back if we never unpacked it?").text
    assert "30 days" in reply


def test_a_count_asked_of_the_company_with_a_mark_after_you(answerer: Answerer) -> None:
    """ "how many cafés buy from you?" counts the company's customers (about 1,400)."""
    assert "1,400" in answerer.answer("how many cafés buy from you?").text


def test_a_unit_asked_names_a_measure() -> None:
    """ "in liters" asks a volume, "in kg" a weight."""
    assert amount_asked("the boiler size in liters?") == "volume"
    assert amount_asked("what's its weight in kg") == "weight"


def test_a_thing_only_the_discussed_kind_has_asks_of_it(answerer: Answerer) -> None:
    """ "how long do the cartridges last" after the Clarity is its cartridge life; "how big is
    the boiler" after the Lumen 2-Group is its own boiler (a size asked, not the bigger one)."""
    cartridges = _turns(answerer, "price of the clarity?", "how long do the cartridges last?")
    assert "6 months" in cartridges
    boiler = _turns(answerer, "price of the lumen 2 group?", "how big is the boiler?")
    assert "11 L" in boiler
    assert "17" not in boiler


def test_what_the_answer_is_for_is_no_part_of_the_ask(answerer: Answerer) -> None:
    """ "for our vendor onboarding sheet: ..." opens the message; the ask after it is answered."""
    reply = answerer.answer("For our vendor onboarding sheet: since when are you a B Corp?").text
    assert "2019" in reply


def test_a_place_of_our_own_site_is_context(answerer: Answerer) -> None:
    """ "for our tucson, arizona shop, who repairs machines?" asks who services there: the
    partner technicians outside the covered states, not the don't-know."""
    reply = answerer.answer("And for our Tucson, Arizona shop, who does the repairs?").text
    assert "partner" in reply


def test_the_visitors_own_act_is_no_state_of_the_item() -> None:
    """ "we open in may" is the café opening, not an opened bag; "we opened a bag" is."""
    rule = "Unopened coffee can be returned within 14 days."
    assert unmet_condition("we open in may, can we return coffee we dont like?", rule) is None
    assert unmet_condition("we opened a bag, can we return it?", rule) == "opened"


def test_least_turns_the_rank_round_and_is_no_lease(answerer: Answerer) -> None:
    """ "the least costly grinder" is the cheaper one, and "least" is no lease asked."""
    reply = answerer.answer("which is the least costly grinder?").text
    assert "$1,350" in reply
    assert "lease" not in reply
