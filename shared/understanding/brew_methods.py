"""Which coffee suits a way of brewing, asked by the brewing device ("which of your coffees
would suit a big urn?", "what blend works in a batch brewer", "best beans for pour over").

The knowledge base says what each coffee is made for by the brew method ("shines as drip
coffee and pour-over"); visitors name the device they pour from. An urn, a percolator, an
airpot, a coffee maker and a batch brewer all make drip coffee in volume; a V60 or a Chemex
is pour-over. A device the knowledge base names no method for (a French press, a moka pot)
is read as nothing. Pure.
"""

from __future__ import annotations

import re

from shared.catalog.words import normalise

#: Devices and words of drip coffee in volume, then of pour-over, as the method they brew.
_METHODS = {
    "drip": (
        r"(?:coffee )?urns?|percolators?|airpots?|coffee makers?|drip (?:machines?|brewers?)"
        r"|batch brewers?|filter machines?|drip(?: coffee)?"
    ),
    "pour-over": r"pour ?overs?|v60s?|chemex(?:es)?",
}
#: "which of your coffees", "what blend", "what beans would you": a coffee asked for.
_WHICH_COFFEE = re.compile(
    r"\b(?:which|what)\b(?: of)?(?: (?:your|the|ur|ya))?(?: \w+){0,2}? "
    r"(?:coffees?|blends?|roasts?|beans)\b"
    r"|\b(?:best|good|right) (?:coffee|blend|beans|roast) for\b"
)
#: A method the devices do not cover, asked beside them.
_OTHER_METHOD = re.compile(r"\b(?:cold brew|espresso|lattes?|cappuccinos?|iced|milk drinks?)\b")
#: What ties the coffee to the device: "suit(s)", "for", "in", "with".
_TIED = r"\b(?:suit|suits|suited to|for|in|with|through)"
_SIZE = r"(?:(?:big|large|huge|giant|small|commercial|office|hall|church|old|our|my|your)\s+)*"


def brew_method_asked(text: str) -> str | None:
    """The brew method ("drip", "pour-over") a sentence of ``text`` asks a coffee for by its
    device or method, named after the coffee asked; None when it asks no coffee or names no
    device the methods cover there ("we want something for pour-over. which coffee is
    organic?" asks the organic one)."""
    for sentence in re.split(r"[.?!;\n]+", text):  # "... for pour-over. which coffee is organic"
        flat = normalise(sentence).lower()
        asked = _WHICH_COFFEE.search(flat)
        if asked is None or _OTHER_METHOD.search(flat):  # "... for cold brew and which for
            continue  # pour-over": a coffee per method, each by its own words
        for method, device in _METHODS.items():  # the device after the coffee asked
            tied = rf"{_TIED}\s+(?:(?:a|an|the)\s+)?{_SIZE}(?:{device})\b"
            if re.search(tied, flat[asked.start() :]):
                return method
    return None
