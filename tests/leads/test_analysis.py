"""Summary, estimate and enrichment of a conversation (pure functions, real models)."""

from __future__ import annotations

from datetime import timedelta

from shared.conversation.state import CustomerType, Stage
from shared.leads import pricing
from shared.leads.analysis import analyse
from shared.leads.enrichment import enrich
from shared.leads.estimate import estimate, pounds_per_month
from shared.leads.signals import signals
from shared.leads.summary import summarize
from tests.leads.factories import T0, qualified_new_cafe, state, transcript


def test_estimate_of_the_cooperative_new_cafe_lists_its_line_items() -> None:
    """Two-group machine, a grinder and 250 cups a day are priced from the knowledge base."""
    conversation_state, messages = qualified_new_cafe()
    result = estimate(conversation_state, messages)
    items = {i.item: i for i in result.line_items}
    assert items["Lumen 2-Group espresso machine"].low == 9_800
    grinder = items["espresso grinder"]
    assert (grinder.low, grinder.high) == (1_350, 2_450)
    coffee = next(i for i in result.line_items if i.item.startswith("coffee"))
    lb_month = 250 * pricing.LB_PER_CUP * 30  # 165 lb/month: over 100 lb, 10% discount
    assert coffee.quantity == round(lb_month * 12, 1)
    assert coffee.low == round(lb_month * 12 * pricing.COFFEE_LOW_PER_LB * 0.9, 2)
    assert "10% volume discount" in coffee.basis
    assert result.low == round(sum(i.low for i in result.line_items), 2)
    assert result.low < result.high
    assert len(result.assumptions) == len(result.line_items)


def test_volume_conversion_is_stated() -> None:
    """Cups per day convert at 0.022 lb per cup over 30 days; pounds are taken as said."""
    per_month, basis = pounds_per_month("about 100 cups a day") or (0, "")
    assert per_month == 100 * 0.022 * 30
    assert "0.022 lb/cup" in basis
    assert pounds_per_month("we use 40 lbs a week") == (40 * 30 / 7, "40 lbs a week stated")
    assert pounds_per_month("lots of coffee") is None


def test_multi_site_plan_for_an_existing_cafe_with_three_locations() -> None:
    """An existing café with 4 locations is estimated on the multi-site plan, $79 each."""
    cafe = state(
        customer_type=CustomerType.EXISTING_CAFE,
        collected={"locations": 4, "support_needs": "maintenance"},
    )
    result = estimate(cafe, transcript("we have 4 cafés"))
    plan = next(i for i in result.line_items if "Multi-site" in i.item)
    assert plan.low == plan.high == 79 * 4 * 12


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
