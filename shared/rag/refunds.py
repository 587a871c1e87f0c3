"""A fee a policy takes as a share of an item's price, applied to the item asked about.

"got an atlas 75, box never opened ... if i send it back how much do i get back?" is answered
by the returns policy and its fee worked out on the item: "For the Atlas 75 at $2,450, the 10%
restocking fee is $245, so you would get back $2,450 - $245 = $2,205." The share is read from
the policy's own sentence ("equipment returns carry a 10% restocking fee") and applied only to
an item the sentence covers (equipment: an item with a one-off price, or one of a kind the
sentence names). The fee a question names ("how much would the restocking fee come to") is
found by its words (:func:`fee_named`), so a question about the delivery fee never gets the
restocking fee's share. Pure: sentences and an entity in, a sentence and its derivations out.
"""

from __future__ import annotations

import re

from shared.catalog.model import Entity
from shared.catalog.words import normalise
from shared.rag.bm25 import tokenize
from shared.rag.phrasing import money, the
from shared.rag.question import GENERIC, terms
from shared.rag.types import Derivation

_FEE = re.compile(r"(\d+(?:\.\d+)?)% ((?:[a-z-]+ )?fee)\b", re.I)
_FEE_ASKED = re.compile(r"\b(?:fee|fees|charge|charges)\b")


#: Sending an item back ("if we send back an unused atlas 75", "returning it") and asking
#: what it costs ("how much do we lose", "what do we get back", "is there a fee", "do we pay
#: anything"): the returns policy's fee, not the item's price.
_RETURNING = re.compile(
    r"\b(?:return|returns|returning|returned|refund|refunds|send(?:ing)? (?:\w+ )?back|"
    r"sent (?:\w+ )?back|ship(?:ping)? (?:\w+ )?back)\b"
)
_LOSS = re.compile(
    r"\b(?:how much|lose|loose|losing|lost|get back|cost|costs|charge|charged|fee|fees|penalty"
    r"|pay|paying)\b"
)


def fee_named(question: str, sentences: list[str]) -> str | None:
    """The sentence stating, as a percentage, the fee ``question`` names: the word before
    "fee" in the sentence ("10% restocking fee") is among the question's words, or the
    question sends an item back and asks what that costs and the fee is on returns; None
    when the question names no fee or no sentence states that one."""
    flat = normalise(question)
    if _RETURNING.search(flat) and _LOSS.search(flat):  # "send back ..., how much do we lose"
        on_returns = [s for s in sentences if _FEE.search(s) and "return" in s.lower()]
        if on_returns:
            return on_returns[0]
    if not _FEE_ASKED.search(flat):
        return None
    asked = terms(question) - GENERIC
    for sentence in sentences:
        match = _FEE.search(sentence)
        named = set(tokenize(match.group(2))) - {"fee"} if match else set()
        if named and named <= asked:
            return sentence
    return None


_EQUIPMENT = re.compile(r"\bequipment\b", re.I)


def fee_applied(sentences: list[str], entity: Entity) -> tuple[str, list[Derivation]] | None:
    """The policy's percentage fee on ``entity``'s price and what is left after it, derived;
    None when no sentence states such a fee for an item like it."""
    if entity.price is None:
        return None
    for sentence in sentences:
        match = _FEE.search(sentence)
        if match is None or not _covers(sentence, entity):
            continue
        rate = f"{match.group(1)}%"
        fee = round(entity.price.amount * float(match.group(1)) / 100, 2)  # to the cent
        share = Derivation(operands=[rate, entity.price.text], result=money(fee))
        left = money(entity.price.amount - fee)
        net = Derivation(operands=[entity.price.text, money(fee)], result=left)
        said = (
            f"For {the(entity.name)} at {entity.price.text}, the {rate} {match.group(2)} is "
            f"{money(fee)}, so you would get back {entity.price.text} - {money(fee)} = {left}."
        )
        return said, [share, net]
    return None


def _covers(sentence: str, entity: Entity) -> bool:
    """Whether the fee's sentence is about items like ``entity``: equipment (a one-off
    price) or a word of its kind."""
    assert entity.price is not None
    if _EQUIPMENT.search(sentence) and entity.price.unit is None:
        return True
    kind = set(normalise(entity.kind).split())
    return bool(kind & set(normalise(sentence).split()))
