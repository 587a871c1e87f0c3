"""The classes of a seventeenth author's held-out set (buyers comparing suppliers): assent
taken for a name, a taste asked at its top, a brewer asked by what it does, an amount weighed
and then split into the order's parts, what went wrong with an order, service needs told in
other words, a trade-in worked on another seller's price, and visitor types told by gear bought
from us, coffee never served or a machine rented; each with phrasings of our own and a case
the rule must not take."""

from __future__ import annotations

from shared.conversation.fields import business_fields, support, volume
from shared.conversation.kinds import CustomerType
from shared.understanding.entities.money import own_item_amount
from shared.understanding.entities.names import find_name, lone_sentence_name
from shared.understanding.entities.orders import order_problem
from shared.understanding.entities.symptoms import symptoms
from shared.understanding.support_issues import detect
from shared.understanding.visitor import type_after


def test_a_word_of_assent_standing_alone_is_no_name() -> None:
    """ "Fair." or "Right." opening a reply agrees with us; a first name alone still names."""
    assert find_name("Fair. Can we book a tasting at the roastery?", False, missing=True) is None
    assert lone_sentence_name("Right. We would rather talk on the phone.") is None
    assert lone_sentence_name("Thanks for that. Ellie. We open in May.") == "Ellie"


def test_a_taste_asked_at_its_top_is_a_preference() -> None:
    """ "your strongest blend?" states the taste wanted; "your priciest coffee" asks a fact."""
    found = business_fields("Which is your strongest blend? we sell a lot of lattes", None, True)
    assert "strongest blend" in str(found.get("coffee_preferences"))
    assert "coffee_preferences" not in business_fields("what's your priciest coffee?", None, True)


def test_the_customers_taste_told_as_theirs_is_a_preference() -> None:
    """ "our regulars like it bold" tells the taste to buy for."""
    found = business_fields("our regulars like it bold, nothing fancy.", None, False)
    assert "bold" in str(found.get("coffee_preferences"))


def test_a_brewer_asked_by_what_it_does_is_the_catalogs_batch_brewer() -> None:
    """ "something that makes filter coffee by the urn" and the setup for drip alone ask for
    the batch brewer; a brewer the visitor has is no need."""
    wanted = business_fields("we need something that makes filter coffee by the urn", None, False)
    assert wanted.get("equipment_needs") == "BatchPro 2 batch brewer"
    assert "coffee_preferences" not in wanted  # the words describe the brewer, not a taste
    setup = business_fields("only decent drip for us. what's the setup?", None, True)
    assert setup.get("equipment_needs") == "BatchPro 2 batch brewer"
    owned = business_fields("our brewer makes drip coffee for the whole office", None, False)
    assert "equipment_needs" not in owned


def test_an_amount_weighed_then_split_into_parts_is_stated() -> None:
    """ "if we go up to 80 lb, say 50 foundry and 30 decaf" plans 80 lb; a bare "if" does not."""
    planned = volume("if we go up to 80 lb, say 50 foundry and 30 decaf, we're in", False)
    assert planned is not None
    assert "80 lb" in planned
    asked = business_fields("what if we move to 90 lb, 60 espresso 30 harbor?", None, True)
    assert asked.get("expected_volume") == "90 lb"
    assert volume("if we bumped to 160 lb a month would that qualify", False) is None
    assert "expected_volume" not in business_fields("is it 10% off at 200 lbs?", None, True)


def test_an_order_problem_records_what_went_wrong() -> None:
    """Late, damaged or short, as the desk records it; an order without one keeps the label."""
    late = order_problem("our beans were due to land monday and nothing yet")
    assert late is not None
    assert late.startswith("delivery problem (late): ")
    damaged = order_problem("the shipment came damaged, two bags split")
    assert damaged is not None
    assert damaged.startswith("delivery problem (damaged): ")
    assert order_problem("if the order is late we lose a morning") is None


def test_a_need_about_technicians_or_warranty_is_filed_under_service() -> None:
    """ "the warranty ran out and no technician comes" is service; training keeps its word."""
    need = support("The warranty ran out and no technician comes before Friday.", False)
    assert need is not None
    assert need.startswith("service: ")
    trained = support("we want barista training for the new hires", False)
    assert trained is not None
    assert not trained.startswith("service")


def test_a_trade_in_is_worked_on_the_visitors_own_price_only() -> None:
    """What they paid, or their machine's amount; never another seller's price or offer."""
    assert own_item_amount("our old machine cost $7,000 new") == 7000
    assert own_item_amount("what would you give me for my $5,000 grinder?") == 5000
    assert own_item_amount("a dealer in town offered us $10,200 for a 2 group") is None
    assert own_item_amount("how does it compare with the $350 one at the big-box store?") is None


def test_gear_bought_from_us_makes_an_existing_customer() -> None:
    """ "we got our grinder from you" is a customer; a bag bought at a market is no business."""
    bought = "we got our grinder and a 2 group machine from you in 2024"
    assert type_after(bought, None) is CustomerType.EXISTING_CAFE
    assert type_after("i bought a bag from you at the market, lovely stuff", None) is None


def test_coffee_never_served_starts_a_coffee_programme() -> None:
    """A wine bar that wants to sell espresso it has never served starts a programme."""
    text = "wine bar here, we want to sell espresso in the mornings, we've never served it"
    assert type_after(text, None) is CustomerType.NEW_CAFE


def test_a_machine_the_business_rents_serves_coffee_now() -> None:
    """ "we lease a bean-to-cup" runs coffee now; asking to lease one states nothing."""
    leased = "our gym has 300 members and we lease a bean-to-cup from a vendor"
    assert type_after(leased, None) is CustomerType.EXISTING_CAFE
    assert type_after("can we lease a coffee machine from you?", None) is None


def test_a_grinder_dosing_wrong_is_a_fault() -> None:
    """Overdosing or not stopping at its target weight is a wrong dose of the owner's grinder."""
    text = "our atlas underdoses every shot since the update, it won't stop at the set weight"
    assert symptoms(text) == ["wrong dose"]
    assert detect(text, True) is not None


def test_who_the_visitor_is_at_home_makes_a_casual_browser() -> None:
    """ "just a home coffee guy" buys for a home; a care home is a business."""
    assert type_after("hi, just a home espresso nerd here", None) is CustomerType.CASUAL_BROWSER
    assert type_after("we run a care home, coffee for 40 residents", None) is None


def test_a_visit_to_us_and_when_it_suits_is_no_service_need() -> None:
    """ "Tuesday afternoons are good for a visit" books a tasting; maintenance visits are asked."""
    assert "support_needs" not in business_fields(
        "Thursday mornings suit us for a visit", None, False
    )
    asked = business_fields("we'd want monthly maintenance visits", None, False)
    assert "maintenance visits" in str(asked.get("support_needs"))


def test_the_speakers_own_forgetting_is_no_pain() -> None:
    """ "I keep forgetting it" is the speaker's memory; staff forgetting a task is a pain."""
    assert "pain_points" not in business_fields(
        "we opened a fourth, I keep forgetting it", None, False
    )
    staff = business_fields("the new hires keep forgetting to backflush", None, False)
    assert "backflush" in str(staff.get("pain_points"))


def test_a_comparison_of_two_coffees_asks_which_and_states_no_taste() -> None:
    """ "which is the lighter roast, A or B?" asks a fact of two blends, no taste of theirs."""
    found = business_fields("which is the darker roast, foundry or night shift?", None, True)
    assert "coffee_preferences" not in found
