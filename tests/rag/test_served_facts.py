"""The company facts the chat states come from the bundle's facts, with no search at start."""

from __future__ import annotations

from typing import Any

import pytest

from shared.chat.knowledge import Served
from shared.rag.retriever import Retriever


def test_facts_are_read_from_the_bundle_without_searching(
    retriever: Retriever, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sales hours, sales contact and the emergency line of the demo bundle are read from its
    facts (a search would fail here), the product words from its product headings and the web
    shop sentence from its chunks."""

    def no_search(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("searched at start")

    monkeypatch.setattr(retriever, "search", no_search)
    served = Served.of(retriever)
    assert_demo_facts(served)
    assert {"grinder", "espresso"} <= served.products


def test_a_bundle_without_the_facts_is_searched(
    retriever: Retriever, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bundle whose facts lack the sales values and the emergency line still serves them,
    found by searching its chunks (the same sentences)."""
    facts = retriever.facts.model_copy(
        update={"sales_phone": None, "sales_email": None, "sales_hours": None, "facts": {}}
    )
    monkeypatch.setattr(retriever, "facts", facts)
    assert_demo_facts(Served.of(retriever))


def assert_demo_facts(served: Served) -> None:
    assert served.sales_hours == "Monday to Friday, 8:00 to 18:00 Pacific Time"
    assert served.sales_contact == "+1 503 555 0142 or sales@copperline.coffee"
    assert served.emergency_line is not None
    assert "emergency repair line" in served.emergency_line
    assert served.home_buyers is not None
    assert "web shop" in served.home_buyers
