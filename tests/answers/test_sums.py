"""Per-unit counts stated in the message, amounts in buyers' shorthand, trade-in credit left to
pay, and services included only with some purchases."""

from __future__ import annotations

from shared.catalog import catalog_from_folder
from shared.catalog.model import Entity, Price
from shared.rag.included import asks_included, not_included
from shared.rag.matching import quantity_for, stated_counts
from shared.rag.order import named_items
from shared.rag.phrasing import times
from shared.rag.resolve import beside
from shared.rag.rules import (
    credit_on_order,
    credits,
    percent_applied,
    stated_amount,
    stated_budget,
    total,
)
from shared.understanding.asked import asked_heads

from .test_answers import ROOT

CATALOG = catalog_from_folder(ROOT / "knowledge_base")
RULE = (
    "Trade in a working espresso machine and we credit 15% of its original price toward a new "
    "Lumen."
)
INCLUDED = (
    "When you buy any Lumen espresso machine, the two-day on-site barista training is included "
    "free."
)


def _entity(name: str) -> Entity:
    entity = CATALOG.get(name)
    assert entity is not None
    return entity


def test_a_count_stated_in_one_part_counts_a_price_per_unit_in_another() -> None:
    """ "we have five locations ..." counts locations for a price per location asked later."""
    assert stated_counts("we have five locations in the bay area. what would it run us?") == {
        "location": 5
    }


def test_a_describing_word_between_count_and_unit_is_skipped() -> None:
    """ "5 new hires" counts 5 staff members for the online course."""
    course = _entity("Online barista course")
    assert quantity_for("online barista course for 5 new hires, total?", course, CATALOG) == (
        5,
        "staff members",
    )
    assert stated_counts("for 5 new hires") == {"staff": 5}


def test_a_part_of_the_team_counts_staff() -> None:
    """ "3 of our baristas" counts 3 staff members; "3 for the staff" says no count of them."""
    course = _entity("Online barista course")
    assert quantity_for("the online course for 3 of our baristas, total?", course, CATALOG) == (
        3,
        "staff members",
    )
    assert stated_counts("we'd send 4 of my staff") == {"staff": 4}
    assert stated_counts("3 for the staff") == {}


def test_plural_employees_count_staff() -> None:
    """ "4 employees" counts staff members (its stem differs from "employee")."""
    course = _entity("Online barista course")
    assert quantity_for("put 4 employees through the course", course, CATALOG) == (
        4,
        "staff members",
    )


def test_amounts_in_shorthand_are_read() -> None:
    """ "cost 12k new", "it was 15,000 new" and "paid 9k" are amounts; "paid 2" is not."""
    assert stated_amount("our old machine cost 12k new") == "$12,000"
    assert stated_amount("it was 15,000 new, toward") == "$15,000"
    assert stated_amount("we paid 9k for it") == "$9,000"
    assert stated_amount("we paid 2 for it") is None


def test_a_budget_is_read_only_where_one_is_spoken_of() -> None:
    """ "we have 5k to spend" is a budget; "we have 5 locations" is not."""
    assert stated_budget("we have 5k to spend, is the pico within budget?") == "$5,000"
    assert stated_budget("our budget is $12,000 - can we afford it") == "$12,000"
    assert stated_budget("we have 5 locations, can we afford it?") is None


def test_a_credit_on_a_stated_amount_leaves_the_difference_to_pay() -> None:
    """15% of $12,000 is $1,800, and $13,400 - $1,800 = $11,600 for the Lumen 3-Group."""
    said, derived = percent_applied(
        RULE,
        "15",
        _entity("Lumen 3-Group"),
        "our old machine cost 12k new, what do we end up paying?",
    )
    assert "On $12,000, 15% is $1,800" in said
    assert "$13,400 - $1,800 = $11,600" in said
    assert [d.result for d in derived] == ["$1,800", "$11,600"]


def test_a_credit_is_not_applied_to_the_new_machines_price() -> None:
    """Without the old machine's price, no share of the new one's price is offered."""
    assert credits(RULE)
    said, derived = percent_applied(RULE, "15", _entity("Lumen 3-Group"), "trade in?")
    assert said == RULE
    assert derived == []


def test_a_service_included_with_another_purchase_is_priced() -> None:
    """Training included with a Lumen is, for a Pico, not included and $850."""
    said = not_included(CATALOG, INCLUDED, [_entity("Pico 1-Group")])
    assert said is not None
    assert "$850" in said
    assert "Lumen espresso machine only" in said


def test_a_qualifying_purchase_adds_nothing() -> None:
    """For a Lumen 3-Group the inclusion holds, so nothing is added."""
    assert not_included(CATALOG, INCLUDED, [_entity("Lumen 3-Group")]) is None


def test_a_budget_is_compared_with_the_sum() -> None:
    """$9,800 + $2,450 = $12,250 is $250 over a $12,000 budget."""
    text = "our budget is $12,000 - can we afford a lumen 2 group and an atlas 75?"
    ruled = total(text, named_items(CATALOG, text))
    assert ruled is not None
    assert "$12,250" in ruled.text
    assert "$250 over your $12,000 budget" in ruled.text


def test_one_item_within_a_budget_leaves_the_rest() -> None:
    """With a budget one item is enough for a sum: $5,000 - $3,900 leaves $1,100."""
    text = "we have 5k to spend, can we get the pico?"
    ruled = total(text, named_items(CATALOG, text))
    assert ruled is not None
    assert "with $1,100 to spare" in ruled.text


def test_a_credit_of_the_purchase_is_taken_off_the_order() -> None:
    """30% of 20 panels at $520 ($10,400) is $3,120, leaving $7,280."""
    rule = "Homeowners may claim a credit of 30% of the system cost."
    panel = Entity(
        name="Halo 450 Black",
        kind="solar panel",
        price=Price(text="$520", amount=520),
        source="p.md",
        title="P",
        heading="H",
    )
    said = credit_on_order(rule, "30%", [(panel, 20)])
    assert said is not None
    assert "$10,400 - $3,120 = $7,280" in said[0]
    assert credit_on_order(RULE, "15%", [(panel, 20)]) is None  # a share of their own machine


def test_inclusion_is_checked_only_when_asked() -> None:
    """ "is training included?" asks it; "can one machine keep up with 250" does not."""
    assert asks_included("do we get the barista training free with it?")
    assert not asks_included("the pico is 1 group right? can one machine really keep up")


def test_a_credit_asked_alone_is_not_taken_off_the_price() -> None:
    """ "How much do I get for the trade-in?" gets the credit, not the price left to pay."""
    said, derived = percent_applied(
        RULE, "15", _entity("Lumen 3-Group"), "it cost 10,500 new. how much do I get for it?"
    )
    assert said.endswith("On $10,500, 15% is $1,575.")
    assert len(derived) == 1


def test_a_count_of_the_price_period_is_no_rate() -> None:
    """3 years at $249 per year is $747 in all, not "$747 a year"."""
    said, _ = times(Price(text="$249 per year", amount=249, unit="per year"), 3, "years")
    assert said == "$747 for 3 years"


def test_total_words_are_not_an_attribute_asked() -> None:
    """ "how much altogether?" asks no attribute named "altogether"."""
    assert asked_heads("total care for 3 years, how much altogether?") == []


def test_a_correction_inside_the_message_replaces_the_counts_before_it() -> None:
    """ "three picos. sorry, one pico and one atlas 64" counts one Pico: the count said after a
    correction cue replaces the one said before it; with no cue both counts stand as said."""
    corrected = named_items(CATALOG, "3 pico 1 groups. sorry, one pico and one atlas 64. sum?")
    assert [(e.name, n) for e, n in corrected] == [("Pico 1-Group", 1), ("Atlas 64", 1)]
    meant = named_items(CATALOG, "four lumen 3 groups, i mean two lumen 3 groups and a pico")
    assert next((e.name, n) for e, n in meant) == ("Lumen 3-Group", 2)
    plain = named_items(CATALOG, "3 pico 1 groups and one atlas 64, what's the sum?")
    assert [(e.name, n) for e, n in plain] == [("Pico 1-Group", 3), ("Atlas 64", 1)]


def test_the_cheaper_sibling_is_priced_in_the_same_unit() -> None:
    """ "the cheaper one" after the $99-a-month plan is the $49-a-month plan, not the one at $79
    per location; with no sibling in the same unit any cheaper one is taken (the online course
    at $120 per staff member below the $850 on-site course)."""
    picked = [
        beside(CATALOG, _entity("Pro plan"), "min"),
        beside(CATALOG, _entity("Essential plan"), "max"),
        beside(CATALOG, _entity("Two-day on-site course"), "min"),
    ]
    names = [e.name if e else None for e in picked]
    assert names == ["Essential plan", "Pro plan", "Online barista course"]
