"""Classes from the long, story-like questions (issue 23): a warranty the knowledge base does
not offer, the company asked to buy the visitor's goods for money, and the building's wiring
asked as a machine's power. Phrasings are our own."""

from __future__ import annotations

from shared.rag.question import synonyms_of
from shared.understanding.asked import asks_cash_buyback
from shared.understanding.deals import unknown_qualifiers

_NEVER_USED = frozenset({"extended", "lifetime", "platinum"})


def _unknown(word: str) -> list[str]:
    return [word] if word in _NEVER_USED else []


def test_a_warranty_qualified_by_an_unused_word_is_unknown() -> None:
    assert unknown_qualifiers("any chance of a lifetime guarantee on the grinder?", _unknown)
    assert unknown_qualifiers("do you sell platinum warranties for machines", _unknown)
    assert unknown_qualifiers("is an extended warranty available for the brewer", _unknown)


def test_the_plain_warranty_is_asked_as_documented() -> None:
    assert not unknown_qualifiers("what warranty comes with the brewer?", _unknown)
    assert not unknown_qualifiers("how long is the usual warranty on a grinder", _unknown)
    assert not unknown_qualifiers("is the 2-year warranty on parts too?", _unknown)


def test_the_company_asked_to_buy_the_visitors_goods_for_money() -> None:
    assert asks_cash_buyback("could you buy back my grinder for cash when we retire?")
    assert asks_cash_buyback("Will you guys purchase our old brewer outright?")
    assert asks_cash_buyback("would you be willing to buy my machine and pay me something?")


def test_what_the_company_buys_or_a_trade_in_is_no_cash_buyback() -> None:
    assert not asks_cash_buyback("do you buy your beans straight from the growers?")
    assert not asks_cash_buyback("can we trade in our old machine toward a new one?")
    assert not asks_cash_buyback("would you buy our old machine as a trade-in on a new one?")


def test_wiring_is_read_as_the_machines_power() -> None:
    for word in ("wiring", "electrical", "rewire"):
        assert "power" in synonyms_of(word).split()
