"""Volumes given in German, French, Spanish or Portuguese are read whatever language the
detector settled on (a short message in another language is below its reach)."""

from __future__ import annotations

import pytest

from shared.understanding.entities.quantities import find_locations, find_volume
from shared.understanding.quantity_words import QUANTITY_TEXT, spellings

RATES = [
    "Ungefähr 200 Getränke pro Tag. Is the Lumen 220 Volt?",
    "ungefahr 200 getraenke pro tag",
    "wir machen etwa 15 kg pro Woche",
    "150 bis 200 Getränke täglich, more on weekends",
    "environ 150 cafés par jour",
    "à peu près 40 couverts par service",
    "unos 20 kilos al mes",
    "alrededor de 250 bebidas por dia",
    "cerca de 300 cafés por dia, sorry my english",
    "uns 250 cafezinhos por dia",
]


@pytest.mark.parametrize("message", RATES)
def test_a_foreign_rate_is_a_volume_in_the_visitors_words(message: str) -> None:
    """An amount with another language's unit and period is the volume, stored as typed."""
    found = find_volume(message, asked=False)
    assert found is not None
    assert found in message
    assert any(ch.isdigit() for ch in found)


def test_a_foreign_rate_is_not_a_count_of_sites() -> None:
    """ "150 cafés par jour" is coffees a day, not 150 cafés; "2 cafés" alone stays two sites."""
    assert find_locations("environ 150 cafés par jour", asked=False) is None
    assert find_locations("tenemos 2 cafés en Miami", asked=False) == 2


def test_a_foreign_unit_without_a_period_answers_only_the_volume_asked() -> None:
    """ "ungefähr 200 Getränke" answers the volume question; unasked it is no volume."""
    assert find_volume("ungefähr 200 Getränke", asked=True) == "ungefähr 200 Getränke"
    assert find_volume("unas 200 bebidas", asked=True) == "unas 200 bebidas"
    assert find_volume("unas 200 bebidas", asked=False) is None


def test_foreign_words_near_english_store_nothing_new() -> None:
    """English that shares a word with a lexicon ("pro plan", "2 a month") gives no volume."""
    assert find_volume("our pro plan costs 2 a month, is that right?", asked=False) is None
    assert find_volume("we're on the pro plan since 2021", asked=False) is None


def test_every_language_lists_every_kind_and_spells_umlauts_out() -> None:
    """Each language of the lexicon has all six kinds; "Getränke" is also read as typed without
    its umlaut ("Getranke", "Getraenke")."""
    kinds = {"units", "periods", "per", "alone", "approx", "range"}
    assert all(set(table) == kinds for table in QUANTITY_TEXT.values())
    assert spellings("getränke") == {"getränke", "getranke", "getraenke"}
