"""Summary, estimate and enrichment of a conversation (pure functions, real models)."""

from __future__ import annotations

from datetime import timedelta

from shared.conversation.state import CustomerType, Stage
from shared.leads import pricing
from shared.leads.analysis import analyse
from shared.leads.enrichment import enrich
from shared.leads.estimate import estimate
from shared.leads.models import LineItem
from shared.leads.pricing import default_price_book
from shared.leads.quantities import daily_volume
from shared.leads.signals import signals
from shared.leads.summary import summarize
from tests.leads.factories import T0, qualified_new_cafe, state, transcript


def test_estimate_of_the_cooperative_new_cafe_lists_its_line_items() -> None:
    """Two-group machine, a grinder and 250 cups a day are priced from the catalog."""
    conversation_state, messages = qualified_new_cafe()
    book = default_price_book()
    result = estimate(conversation_state, messages)
    items = {i.item: i for i in result.line_items}
    assert items["Lumen 2-Group"].low == book.price(book.catalog.get("Lumen 2-Group"))  # type: ignore[arg-type]
    grinder = items["espresso grinder"]
    assert (grinder.low, grinder.high) == book.kind_range("espresso grinder")
    coffee = next(i for i in result.line_items if i.item.startswith("coffee"))
    lb_month = 250 * pricing.GRAMS_PER_DRINK / pricing.GRAMS_PER_LB * 30  # over 100 lb: discount
    assert coffee.recurring
    assert coffee.quantity == round(lb_month, 1)
    low_per_lb = min(book.blends().values())
    assert coffee.monthly_low == round(lb_month * low_per_lb * 0.9, 2)
    assert coffee.low == round(lb_month * low_per_lb * 0.9 * 12, 2)
    assert "10% volume discount" in coffee.basis
    assert "15 g/drink" in coffee.basis
    assert result.one_off_low == items["Lumen 2-Group"].low + grinder.low
    assert result.first_year_recurring_low == coffee.low
    assert result.low == round(result.one_off_low + result.first_year_recurring_low, 2)
    assert result.low < result.high
    assert len(result.assumptions) == len(result.line_items)


def needs(text: str) -> dict[str, LineItem]:
    found = estimate(
        state(customer_type=CustomerType.NEW_CAFE, collected={"equipment_needs": text}),
        transcript("hi"),
    )
    return {i.item: i for i in found.line_items}


def test_quantities_are_counted() -> None:
    """ "a 3-group machine plus two grinders" is one Lumen 3-Group and two grinders, and so on."""
    items = needs("a 3-group machine plus two grinders")
    assert items["Lumen 3-Group"].quantity == 1
    assert items["espresso grinder"].quantity == 2
    grinder_range = default_price_book().kind_range("espresso grinder")
    assert grinder_range is not None
    assert items["espresso grinder"].low == 2 * grinder_range[0]
    assert needs("two Atlas 75 grinders")["Atlas 75"].quantity == 2
    assert needs("a pair of batch brewers")["batch brewer"].quantity == 2
    assert needs("we need 3 espresso machines")["espresso machine"].quantity == 3
    assert needs("a machine with two groups")["Lumen 2-Group"].quantity == 1
    assert "espresso machine" not in needs("a machine with two groups")


def test_daily_drinks_become_monthly_coffee_priced_by_the_named_blend() -> None:
    """300 drinks daily of Foundry is 15 g x 300 / 453.6 x 30 lb a month at Foundry's price."""
    coffee = needs("300 drinks daily, mostly Foundry")["coffee (Foundry Espresso)"]
    lb_month = 300 * 15 / 453.6 * 30
    foundry = default_price_book().blends()["Foundry Espresso"]
    assert coffee.quantity == round(lb_month, 1)
    assert coffee.monthly_low == coffee.monthly_high == round(lb_month * foundry * 0.9, 2)
    small = needs("about 40 cups a day")
    assert "volume discount" not in next(iter(small.values())).basis


def test_volume_conversion_is_stated() -> None:
    """Drinks convert at 15 g each; pounds and kilos are taken as said."""
    lb, basis = daily_volume("about 100 cups a day", 15, 453.6) or (0, "")
    assert lb == 100 * 15 / 453.6
    assert "15 g/drink" in basis
    assert daily_volume("we use 40 lbs a week", 15, 453.6) == (40 / 7, "5.71429 lb/day stated")
    assert daily_volume("lots of coffee", 15, 453.6) is None


def test_multi_site_plan_for_an_existing_cafe_with_three_locations() -> None:
    """An existing café with 4 locations is estimated on the multi-site plan, $79 each."""
    cafe = state(
        customer_type=CustomerType.EXISTING_CAFE,
        collected={"locations": 4, "support_needs": "maintenance"},
    )
    result = estimate(cafe, transcript("we have 4 cafés"))
    plan = next(i for i in result.line_items if "Multi-site" in i.item)
    assert plan.low == plan.high == 79 * 4 * 12
    assert plan.monthly_low == 79 * 4
    assert plan.recurring


def test_nothing_priced_gives_an_empty_estimate() -> None:
    """A conversation without needs gives a zero estimate saying so."""
    result = estimate(state(), transcript("hello"))
    assert (result.low, result.high, result.line_items) == (0, 0, [])
    assert result.assumptions == ["no priced needs mentioned yet"]


def test_signals_find_urgency_pricing_competitors_and_objections() -> None:
    """Urgency words, pricing questions, competitor names and objections are detected."""
    said = transcript(
        "Our La Marzocco broke down, we need something asap",
        "How much is the Lumen 2-Group?",
        "That sounds expensive, we are locked in a contract with our current supplier",
    )
    found = signals(said)
    assert {"asap", "broke down"} <= set(found.urgency)
    assert found.pricing_questions == 1
    assert {"la marzocco", "current supplier"} <= set(found.competitors)
    assert {"expensive", "locked in", "contract"} <= set(found.objections)


def test_enrichment_uses_the_request_context_first() -> None:
    """Country and timezone come from the widget's context, with the local time there."""
    conversation_state, messages = qualified_new_cafe(
        context={"timezone": "America/New_York", "country": "us"}
    )
    result = enrich(conversation_state, messages, T0)
    assert result.geography.country == "US"
    assert result.geography.timezone == "America/New_York"
    assert result.geography.source == "request context"
    assert result.geography.local_time.utcoffset() == timedelta(hours=-5)
    assert result.message_count == 16
    assert result.duration_seconds == 15 * 20
    assert result.engagement.visitor_messages == 8
    assert result.engagement.average_reply_seconds == 20


def test_enrichment_falls_back_to_the_phone_region() -> None:
    """Without a context the phone number gives the country and a timezone."""
    conversation_state, messages = qualified_new_cafe(context={})
    conversation_state.collected["phone"] = "+442079460000"
    result = enrich(conversation_state, messages, T0)
    assert (result.geography.country, result.geography.timezone) == ("GB", "Europe/London")
    assert result.geography.source == "phone number"


def test_summary_says_who_what_when_and_objections() -> None:
    """The summary names the visitor, their needs, their timeline and their objections."""
    conversation_state, messages = qualified_new_cafe()
    messages += transcript("Is leasing possible? It feels expensive", start=T0 + timedelta(hours=1))
    summary = summarize(conversation_state, messages, signals(messages))
    assert summary.who == "Maya Chen (a new café)"
    assert any("espresso machine" in n for n in summary.needs)
    assert summary.when == "in April"
    assert summary.asked_about == ["Is leasing possible? It feels expensive"]
    assert summary.objections == ["expensive"]
    assert "Maya Chen" in summary.text
    assert "Objections: expensive." in summary.text


def test_analysis_is_deterministic() -> None:
    """Analysing the same conversation twice gives identical results (safe redelivery)."""
    conversation_state, messages = qualified_new_cafe()
    assert analyse(conversation_state, messages) == analyse(conversation_state, messages)
    assert analyse(conversation_state, messages).classification == "hot"


def test_casual_exploring_conversation_scores_unqualified() -> None:
    """A visitor who only says hello is unqualified with a newsletter follow-up."""
    result = analyse(state(stage=Stage.EXPLORING), transcript("hi"))
    assert result.classification == "unqualified"
    assert result.priority == "Low"
