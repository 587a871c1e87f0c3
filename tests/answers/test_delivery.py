"""Delivery fees by zone and order size, and the places the zones are read from."""

from __future__ import annotations

from shared.catalog import catalog_from_folder
from shared.rag.delivery import DeliveryTerms, asks_delivery, delivery_line, delivery_terms
from shared.rag.message_parts import folded, states_place
from shared.rag.order import named_items
from shared.rag.quote import delivered, weighed
from shared.understanding.entities.places import CANADA, CONTINENTAL, place_in, zone_of

from .test_answers import ROOT
from .test_rules import _facts

CATALOG = catalog_from_folder(ROOT / "knowledge_base")
FREE = "Delivery is free on orders over $250 within the continental United States."
FEE = (
    "Smaller orders, and orders shipped outside the continental US, pay a flat delivery fee of $18."
)


def _terms() -> DeliveryTerms:
    terms = delivery_terms([(FREE, "w.md"), (FEE, "w.md")])
    assert terms is not None
    return terms


def test_terms_are_read_from_the_knowledge_base_sentences() -> None:
    """The threshold, its zone and the flat fee come from the two sentences of one document."""
    terms = _terms()
    assert (terms.free_over, terms.zone, terms.fee) == (250.0, CONTINENTAL, 18.0)


def test_no_terms_without_a_fee_sentence_in_the_same_document() -> None:
    """A free-over sentence alone (or a fee in another document) states no delivery rule."""
    assert delivery_terms([(FREE, "w.md"), (FEE, "other.md")]) is None


def test_places_lie_in_zones() -> None:
    """Reno is in the continental US, Honolulu only in the US, Calgary in Canada."""
    reno, honolulu, calgary = (place_in(t) for t in ("we're in Reno", "to honolulu", "calgary"))
    assert reno is not None
    assert CONTINENTAL in reno.zones
    assert honolulu is not None
    assert CONTINENTAL not in honolulu.zones
    assert calgary is not None
    assert CANADA in calgary.zones
    assert zone_of("the continental United States") == CONTINENTAL


def test_a_place_in_two_zones_is_not_guessed() -> None:
    """A bare "vancouver" (Washington or British Columbia) is no place; "vancouver bc" is."""
    assert place_in("we're in vancouver") is None
    bc = place_in("vancouver bc")
    assert bc is not None
    assert CANADA in bc.zones


def test_under_the_threshold_inside_the_zone_adds_the_fee() -> None:
    """$216 to Reno is under $250, so $216 + $18 = $234."""
    said, derived = delivery_line(_terms(), 216, place_in("reno"))
    assert "$216 + $18 = $234" in said
    assert derived[0].result == "$234"


def test_outside_the_zone_the_fee_applies_whatever_the_size() -> None:
    """$460 to Calgary is over $250, but outside the continental US: $460 + $18 = $478."""
    said, _ = delivery_line(_terms(), 460, place_in("calgary"))
    assert "outside the continental United States" in said
    assert "$478" in said


def test_over_the_threshold_inside_the_zone_is_free() -> None:
    """$382.50 to Boise ships free, with no fee added."""
    said, derived = delivery_line(_terms(), 382.5, place_in("boise"))
    assert "delivery is free" in said
    assert derived == []


def test_no_place_gives_both_outcomes() -> None:
    """Without a place, an order over the threshold is free inside the zone and pays the $18
    fee only outside it (never said to apply to this order), with no sum for a place nobody
    named."""
    said, derived = delivery_line(_terms(), 690, None)
    assert "ships free there" in said
    assert "only an order shipped outside it pays the flat $18 delivery fee" in said
    assert "fee applies" not in said
    assert "$708" not in said
    assert derived == []


def test_a_delivered_quote_shows_each_step() -> None:
    """ "20 lb of harbor cold brew ... with delivery? we're in Reno" prices the weight, then
    the fee: $216, then $234."""
    text = "just want 20 lb of the harbor cold brew blend, whats the total with delivery?"
    ruled = delivered(
        CATALOG, text, named_items(CATALOG, text), _facts(), _terms(), place_in("reno")
    )
    assert ruled is not None
    assert "20 lb x $10.80 per lb = $216" in ruled.text
    assert "$234" in ruled.text


def test_no_delivery_quote_unless_delivery_is_asked() -> None:
    """ "20 lb of foundry, total?" is no delivery question."""
    text = "20 lb of foundry, total?"
    assert not asks_delivery(text)
    assert delivered(CATALOG, text, named_items(CATALOG, text), _facts(), _terms(), None) is None


def test_a_weight_written_lbs_or_pounds_is_the_per_lb_amount() -> None:
    """ "20 lbs" and "20 pounds" of a coffee priced per lb weigh 20 lb."""
    for text in ("20 lbs of the harbor cold brew", "20 pounds of harbor cold brew"):
        items = named_items(CATALOG, text)
        assert [(e.name, n, unit) for e, n, unit in weighed(CATALOG, text, items)] == [
            ("Harbor Cold Brew Blend", 20, "lb")
        ]


def test_where_the_visitor_is_joins_the_question_beside_it() -> None:
    """ "we're in ohio" (as the speller leaves it: "were in ohio") is context, not a question."""
    assert states_place("were in ohio")
    assert states_place("our cafe is in boise")
    assert not states_place("do you deliver in ohio")
    assert not states_place("were in a hurry")
    parts = folded(["were in denver.", "if the machine breaks do you have techs out here?"])
    assert parts == ["were in denver. if the machine breaks do you have techs out here?"]
