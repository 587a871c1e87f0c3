"""Rules from the knowledge base: leasing minimum and terms, volume discount, totals."""

from __future__ import annotations

from shared.catalog import catalog_from_folder
from shared.rag.facts import CompanyFacts, Fact
from shared.rag.order import named_items
from shared.rag.rules import discount, lease, total

from .test_answers import ROOT

CATALOG = catalog_from_folder(ROOT / "knowledge_base")


def _facts() -> CompanyFacts:
    def fact(topic: str, *sentences: str) -> Fact:
        return Fact(
            topic=topic, sentences=list(sentences), source="x.md", title="X", category="x", score=1
        )

    return CompanyFacts(
        facts={
            "leasing": fact(
                "leasing",
                "Any equipment order over $5,000 can be leased over 36 months, subject to approved "
                "credit.",
                "Monthly payments start from about 3% of the equipment price.",
            ),
            "volume discount": fact(
                "volume discount",
                "Cafés that order 100 lb or more per month get a 10% volume discount on their "
                "coffee.",
            ),
        }
    )


def test_quantities_are_read_before_each_item() -> None:
    """ "2 Atlas 75 and one Atlas 64" names two items with their counts."""
    found = named_items(CATALOG, "price for 2 Atlas 75 and one Atlas 64?")
    assert [(e.name, n) for e, n in found] == [("Atlas 75", 2), ("Atlas 64", 1)]


def test_leasing_over_the_minimum_gives_the_terms_and_the_monthly_figure() -> None:
    """Two items over $5,000 together: 36 months and 3% of their total, with its derivation."""
    text = "can I lease a Lumen 2-Group and an Atlas 75 together?"
    ruled = lease(text, named_items(CATALOG, text), _facts())
    assert ruled is not None
    assert "36 months" in ruled.text
    assert "$12,250" in ruled.text
    assert "$368" in ruled.text
    assert any(d.result == "$368" for d in ruled.derived)


def test_leasing_below_the_minimum_gives_no_monthly_figure() -> None:
    """A $1,980 brewer is below the leasing minimum: the minimum is named, no payment offered."""
    text = "can I lease a BatchPro 2?"
    ruled = lease(text, named_items(CATALOG, text), _facts())
    assert ruled is not None
    assert "$5,000" in ruled.text
    assert "$59" not in ruled.text


def test_a_total_adds_every_line() -> None:
    """2 Lumen 2-Groups and 2 Atlas 75s: each line and the total $24,500."""
    text = "how much for 2 Lumen 2-Groups and 2 Atlas 75s?"
    ruled = total(text, named_items(CATALOG, text))
    assert ruled is not None
    assert "$19,600" in ruled.text
    assert "$24,500" in ruled.text


def test_the_volume_discount_applies_only_from_its_threshold() -> None:
    """150 lb a month gets 10% off; 40 lb does not."""
    ruled = discount("150 lb of Riverbend a month", 150, "lb", 1912.5, _facts())
    assert ruled is not None
    assert "$1,721.25" in ruled.text
    assert discount("40 lb of Foundry", 40, "lb", 460.0, _facts()) is None
