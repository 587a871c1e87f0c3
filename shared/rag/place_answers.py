"""A place the visitor states decides which of the knowledge base's rules applies to them.

"do i pay extra for someone to install it? we're in columbus ohio": the gazetteer
(:mod:`shared.understanding.entities.places`) knows Columbus, Ohio lies in the continental US,
so the answer is
the knowledge base's sentence for that zone ("installation is included ... in the continental
United States") with the place placed in it ("Columbus Ohio is within the continental United
States."), never "our information doesn't mention Columbus by name". A place outside the
zone of the delivery terms gets the flat fee stated ("Vancouver BC is outside the continental
United States, so the flat $18 delivery fee applies whatever the order size"). Pure: text in.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from shared.catalog.words import normalise
from shared.rag.delivery import DeliveryTerms, asks_delivery
from shared.rag.phrasing import money
from shared.understanding.entities.places import CANADA, Place, place_in, place_spans, zone_of

#: How the knowledge base writes a zone inside a sentence ("in the continental United States").
_ZONE_PHRASE = re.compile(
    r"\b(?:the )?(?:continental|contiguous) (?:United States|US|U\.S\.)|\bthe United States\b|"
    r"\bCanada\b",
    re.I,
)


#: The visitor saying where they are ("we're in", "i'm based in", "located in"), not asking.
_WHERE_WE_ARE = re.compile(
    r"\b(?:(?:we|i) ?'?(?:re|are|am|m)|were|im|based|located|here|out of)\s+"
    r"(?:(?:based|located|over|out|up|down)\s+)?(?:in|at|of|from)?\s*$"
    r"|\b(?:for|at) (?:our|my)\s+$"  # "for our phoenix, arizona location"
)


#: The rest of the message points back to the place: then the place is what is asked.
_POINTS_TO_PLACE = re.compile(
    r"\b(?:here|there|this area|my area|our area|your area|near (?:us|me)|locally|that far)\b"
)


def unused_place_words(text: str, used: Callable[[str], bool]) -> str:
    """``text`` without the clause saying where the visitor is ("we're in columbus ohio") when
    the knowledge base never uses a word of that place (``used`` says which it does): such a
    place is context, not the topic asked ("do you install in nevada" keeps it, and so does
    "we're in canada": the knowledge base names Canada; and so does a message pointing back to
    it: "... do u have techs out here?"). A Canadian place's clause becomes "in
    canada", the words its rules are written in; the rest is kept as typed."""
    lower, kept = text.lower(), text
    for start, name in reversed(place_spans(lower)):
        lead = _WHERE_WE_ARE.search(lower[:start])
        if lead and not all(used(w) for w in name.split()):
            end, zone = start + len(name), _zone_words(name)
            kept = f"{kept[: lead.start()]}{zone}{kept[end:]}"
            lower = f"{lower[: lead.start()]}{zone}{lower[end:]}"
    if kept == text or _POINTS_TO_PLACE.search(kept.lower()):  # "do u have techs out here?"
        return text
    text = kept
    return re.sub(r"\s+([,.?!])", r"\1", " ".join(text.split())).strip(" ,.;-")


def _zone_words(name: str) -> str:
    """ "in canada" for a Canadian place of the gazetteer (a zone the rules name apart), else
    "" (the continental US is where every rule applies by default: naming it leans the search
    towards the delivery sentence)."""
    place = place_in(name)
    return "in canada" if place is not None and CANADA in place.zones else ""


def placed(answer: str, place: Place) -> str | None:
    """The sentence placing ``place`` in the first zone ``answer`` names ("Columbus Ohio is
    within the continental United States."), or None when it names no zone the gazetteer
    reads."""
    zones = [(m.group(0), z) for m in _ZONE_PHRASE.finditer(answer) if (z := zone_of(m.group(0)))]
    if not zones:
        return None
    phrase, zone = zones[0]
    where = "within" if zone in place.zones else "outside"
    bare = zone == CANADA or phrase.lower().startswith("the ")
    phrase = phrase if bare else f"the {phrase}"
    return f"{place.title} is {where} {phrase}."


def unstated_outside(answer: str, place: Place) -> str | None:
    """The honest gap for a place outside every zone ``answer`` states its rule for
    ("installation is included ... in the continental United States", asked from Vancouver):
    what holds there is not said. None when the place lies in one of them or none is named."""
    zones = [(m.group(0), z) for m in _ZONE_PHRASE.finditer(answer) if (z := zone_of(m.group(0)))]
    if not zones or any(z in place.zones for _, z in zones):
        return None
    phrase, zone = zones[0]
    bare = zone == CANADA or phrase.lower().startswith("the ")
    phrase = phrase if bare else f"the {phrase}"
    return f"I don't have information on how this applies outside {phrase}."


def outside_fee(terms: DeliveryTerms, place: Place) -> str | None:
    """For a place outside the delivery terms' zone: the flat fee that applies to any order
    there, or, outside every area the company delivers to, that it does not deliver there;
    None inside the zone (the free-over threshold then decides)."""
    if terms.zone in place.zones:
        return None
    if terms.served and not terms.served & place.zones:  # "Lisbon": nowhere we deliver
        return f"We deliver to {terms.served_text} only, so not to {place.title}."
    return (
        f"{place.title} is outside the {terms.zone_text}, so the flat {money(terms.fee)} "
        "delivery fee applies whatever the order size."
    )


#: "take to get here", "ship it out to us", "deliver here": the visitor's own place, unnamed.
_HERE = re.compile(
    r"\b(?:get|ship(?:ped)?|deliver(?:ed)?|arrive|come|send|sent|reach)\s+(?:it\s+|them\s+)?"
    r"(?:out\s+|over\s+|up\s+|down\s+)?(here|to\s+us)\b",
    re.I,
)


#: "how fast does coffee get to chicago", "how soon would it arrive in denver": the way to a
#: place named, which is a delivery though no delivery word is said.
_TRAVELS = re.compile(
    r"\b(?P<verb>get|gets|getting|arrive|arrives|arriving|reach|reaches|come|comes|make it)"
    r"(?:\s+(?:out|over|up|down|here))?\s+(?=(?:to|in|into)\s+(?P<place>[a-z][a-z .]*))"
    # "how fast do orders reach boise": reaching a place needs no "to"
    r"|\b(?P<reach>reach|reaches|reaching)\s+(?=(?P<reached>[a-z][a-z .]*))",
    re.I,
)


#: "how long to the continental US for coffee", "how many days does it take to canada": the
#: time to a zone the rules are written for, a delivery though no delivery word is said.
_HOW_LONG_TO = re.compile(
    r"\bhow (?:long|many (?:business )?days)\b(?P<between>[^,;:?.!]*?)\s+"
    r"(?P<to>to|into|up to|out to)\s+(?P<place>[a-z][a-z .]*)",
    re.I,
)


def travel_named(question: str, place: Place | None) -> str:
    """``question`` with a way to the place it names said as a delivery ("how fast does
    coffee get to chicago" -> "... get delivered to chicago"; "how long to the continental US
    for coffee" -> "how long to get delivered to ..."), so delivery times answer it, not the
    roasting sentence of "fast" coffee; unchanged without a place, or when a delivery word is
    said already (in the clause, for a time to a place: "how long does equipment take to
    ship, and how long to the continental US?" asks the second's way too)."""
    question = _time_to_place(question)
    if place is None or asks_delivery(normalise(question)):
        return question
    for match in _TRAVELS.finditer(question):
        after = match.group("place") or match.group("reached")
        # the place the way leads to, also when the question names another first ("cover
        # idaho, and how fast does coffee get to boise")
        reached = [p.name for p in (place_in(after), place) if p is not None]
        if not any(normalise(after).startswith(normalise(n).split()[0]) for n in reached):
            continue
        if match.group("verb"):
            return f"{question[: match.end('verb')]} delivered{question[match.end('verb') :]}"
        return f"{question[: match.start('reach')]}get delivered to{question[match.end('reach') :]}"
    return question


def _time_to_place(question: str) -> str:
    """``question`` with the time asked to a zone it names (:data:`_HOW_LONG_TO`)
    said as a delivery, when that clause has no delivery word of its own."""
    for match in _HOW_LONG_TO.finditer(question):
        after = match.group("place")
        if asks_delivery(normalise(match.group(0))):
            continue
        if _ZONE_PHRASE.match(after) is None:
            # "how long to dial in the grinder": no zone ("how long to calgary" is found by
            # its words, and the place's own rule is then said of it)
            continue
        cut = match.start("to")
        return f"{question[:cut]}get delivered {question[cut:]}"
    return question


def here_named(question: str, place: Place | None) -> str:
    """``question`` with "here" or "to us" after a verb of delivery replaced by the place it
    states elsewhere ("we're a café in calgary, how long does an order take to get here"), so
    the ask carries the place the rule of delivery reads; unchanged without a place."""
    match = _HERE.search(question) if place is not None else None
    if match is None or place is None:
        return question
    return f"{question[: match.start(1)]}to {place.name}{question[match.end(1) :]}"
