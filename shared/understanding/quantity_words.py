"""The words of a volume in the other languages the chat recognises, once per language.

A volume is an amount, a unit and a period ("Ungefähr 200 Getränke pro Tag", "environ 150
cafés par jour", "unos 20 kilos al mes", "cerca de 300 cafés por dia", "circa 400 caffè al
giorno"). A short message in
another language, or one half in English, is below the language detector's reach and is never
glossed, so the quantity reader (:mod:`shared.understanding.entities.quantities`) reads these
words whatever language was detected. English is in :mod:`shared.understanding.lexicon`
(``VOLUME_UNITS``, ``PERIODS``); here each language has, as space-separated text (an
underscore joins a phrase's words), its units, its periods, the words that put an amount per
period ("pro", "par", "al"), the words that give a period on their own ("täglich", "diarios"),
its approximators ("ungefähr", "environ") and the word of a range ("150 bis 200").

Each word is matched as typed, without its accents and with a German umlaut written out
("Getränke", "Getranke", "Getraenke"), case ignored.
"""

from __future__ import annotations

from shared.understanding.accents import unaccented
from shared.understanding.lexicon import alternation

QUANTITY_TEXT: dict[str, dict[str, str]] = {
    "de": {
        "units": "getränke getränk tassen tasse kaffees kaffee espressi gäste kunden gedecke"
        " portionen bestellungen kilo kilos kg pfund becher",
        "periods": "tag tage woche wochen monat monate schicht wochenende",
        "per": "pro am im je in_der die jeden jede",
        "alone": "täglich wöchentlich monatlich am_tag",
        "approx": "ungefähr etwa ca. ca circa zirka rund knapp über fast bis_zu mindestens",
        "range": "bis",
    },
    "fr": {
        "units": "boissons boisson tasses tasse cafés expressos couverts clients commandes"
        " kilos kilo kg livres gobelets",
        "periods": "jour jours semaine semaines mois service week-end",
        "per": "par chaque à_la",
        "alone": "quotidiens quotidiennes hebdomadaires mensuels",
        "approx": "environ à_peu_près autour_de près_de presque plus_de jusqu'à dans_les vers",
        "range": "à",
    },
    "es": {
        "units": "bebidas bebida tazas taza cafés cafecitos cubiertos clientes pedidos kilos"
        " kilo kg libras vasos",
        "periods": "día dia días dias semana semanas mes meses turno",
        "per": "por al a_la cada",
        "alone": "diarios diarias semanales mensuales",
        "approx": "unos unas aproximadamente alrededor_de cerca_de como más_de hasta casi",
        "range": "a",
    },
    "pt": {
        "units": "bebidas bebida xícaras xícara chávenas chávena cafés cafezinhos clientes"
        " pedidos quilos quilo kg libras copos",
        "periods": "dia dias semana semanas mês mes meses turno",
        "per": "por ao à cada",
        "alone": "diários diárias semanais mensais",
        "approx": "uns umas aproximadamente cerca_de por_volta_de mais_de até quase",
        "range": "a",
    },
    "it": {
        "units": "caffè tazzine tazze bevande clienti coperti chili chilo kg",
        "periods": "giorno giorni settimana settimane mese mesi turno",
        "per": "al alla a ogni",
        "alone": "giornalieri settimanali mensili",
        "approx": "circa quasi più_di fino_a",
        "range": "a",
    },
}
"""Per language: units, periods, per words, period words alone, approximators, range word."""

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _unaccented(word: str) -> str:
    return unaccented(word).replace("ß", "ss")


def spellings(word: str) -> set[str]:
    """A lexicon word as a visitor may type it: as written, without accents, umlauts written
    out ("getränke" -> getränke, getranke, getraenke); an underscore is a space."""
    word = word.replace("_", " ")
    return {word, _unaccented(word), word.translate(_UMLAUTS)}


def foreign_words(kind: str) -> str:
    """A regex alternation of every language's words of ``kind`` ("units", "periods", "per",
    "alone", "approx", "range") in all their spellings, longest first, spaces as ``\\s+``."""
    words = {
        spelling
        for table in QUANTITY_TEXT.values()
        for word in table[kind].split()
        for spelling in spellings(word)
    }
    return alternation(words).replace(r"\ ", r"\s+")
