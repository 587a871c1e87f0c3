"""Bags counted into the weight a price is per, from the knowledge base's own bag size.

"We roast five coffees ... each in 5 lb bags" makes "25 bags of foundry a month" 125 lb, and
"two 5lb bags every week" (a size the visitor states wins) 10 lb: the question is asked again
in pounds, so the volume discount, the minimum order and the delivered total all read it, and
the answer opens with the conversion ("25 bags of 5 lb is 125 lb.") recorded as a derivation.
A knowledge base that states no bag size converts nothing. Pure: sentences and text in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from shared.catalog.words import NUMBER_WORDS
from shared.rag.types import Answer, Derivation

#: "each in 5 lb bags", "packed in 2 kg bags": the size every bag of the catalog comes in.
_SIZE = re.compile(r"\bin (\d+(?:\.\d+)?) ?(lb|kg)s? bags\b", re.I)
_COUNT = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
#: "25 bags", "two 5lb bags", "3 x 5 lb bags" (the stated size wins over the catalog's), "a 5 lb
#: bag" (its stated weight).
_BAGS = re.compile(
    rf"\b(\d+|{_COUNT}|(?:a\s+)?single|an?(?=\s+\d))\s*(?:x\s*)?"
    r"(?:(\d+(?:\.\d+)?)\s?(lb|lbs|kg)s?\s+)?bag[sz]?\b",
    re.I,
)


#: A count of bags with its period between them ("6 a week of the 5lb bags", "like ten a month
#: of your bags"): said again in the order :data:`_BAGS` reads ("6 5lb bags a week").
_PERIOD_BETWEEN = re.compile(
    rf"\b(?P<count>\d+|{_COUNT})\s+(?P<period>(?:a|per|each|every)\s+(?:day|week|month))\s+of\s+"
    r"(?:(?:the|your|ur|those|these|our)\s+)?(?P<bags>(?:\d+(?:\.\d+)?\s?(?:lb|lbs|kg)s?\s+)?bag[sz])\b",
    re.I,
)


@dataclass(frozen=True)
class BagSize:
    """The weight one bag holds, and the sentence saying so."""

    amount: float
    unit: str
    sentence: str


@dataclass(frozen=True)
class Bagged:
    """A question asked again in weight, and how each weight was derived."""

    text: str
    said: str
    derivations: list[Derivation]
    evidence: list[str]


def bag_size(sentences: Iterable[str]) -> BagSize | None:
    """The first bag size ``sentences`` state, or None."""
    for sentence in sentences:
        match = _SIZE.search(sentence)
        if match:
            return BagSize(float(match.group(1)), match.group(2).lower(), sentence)
    return None


def _number(raw: str) -> int:
    if raw.lower().endswith("single") or raw.lower() in {"a", "an"}:  # "a single bag"
        return 1
    return int(raw) if raw.isdigit() else NUMBER_WORDS[raw.lower()]


def _figure(value: float) -> str:
    return f"{value:g}"


def by_weight(text: str, size: BagSize | None) -> Bagged | None:
    """``text`` with each count of bags as a weight ("3 bags of X and 2 bags of Y" -> "15 lb
    of X and 10 lb of Y", "6 a week of the 5lb bags" -> "30 lb a week"), or None (no bags
    counted, or a count with no size known)."""
    text = _PERIOD_BETWEEN.sub(r"\g<count> \g<bags> \g<period>", text)
    found = list(_BAGS.finditer(text))
    if not found:
        return None
    out, said, derivations, evidence, at = [], [], [], [], 0
    for match in found:
        count = _number(match.group(1))
        stated = match.group(2)
        if stated is None and size is None:
            return None
        each = float(stated) if stated else size.amount if size else 0.0
        unit = "kg" if (match.group(3) or (size.unit if size else "lb")).startswith("kg") else "lb"
        weight = _figure(count * each)
        if count == 1 and stated:  # "a 5 lb bag of X" is 5 lb of X: nothing to show
            out.append(f"{text[at : match.start()]}{weight} {unit}")
            at = match.end()
            continue
        bags = "bag" if count == 1 else "bags"
        said.append(f"{count} {bags} of {_figure(each)} {unit} is {weight} {unit}")
        derivations.append(
            Derivation(operands=[str(count), f"{_figure(each)} {unit}"], result=weight)
        )
        evidence.append(match.group(0) if stated else size.sentence if size else "")
        out.append(f"{text[at : match.start()]}{weight} {unit}")
        at = match.end()
    listed = "; ".join(said)
    return Bagged(
        "".join(out) + text[at:], f"{listed[:1].upper()}{listed[1:]}.", derivations, evidence
    )


def with_bags(answer: Answer, bagged: Bagged) -> Answer:
    """``answer`` opening with the conversions, which it records (only when it uses a weight:
    an answer that never states one needs no conversion)."""
    if not any(d.result in answer.text for d in bagged.derivations):
        return answer
    answer.text = f"{bagged.said} {answer.text}"
    answer.derived[:0] = bagged.derivations
    answer.evidence.extend(bagged.evidence)
    return answer


def bag_reply(size: BagSize, asked: str) -> str:
    """The knowledge base's bag size for a question about one (:func:`asked_bag_size`):
    "Yes: ..." for the size it states, its own size set against another ("Our coffees come in
    5 lb bags, not 1 lb: ..."), or its sentence when no figure was asked."""
    said = size.sentence
    ours = f"{_figure(size.amount)} {size.unit}"
    figure = re.match(r"(\d+(?:\.\d+)?) ?([a-z]+)", asked)
    if figure is None:
        return said
    same = float(figure.group(1)) == size.amount and figure.group(2).startswith(size.unit[:1])
    if same:
        return f"Yes: {said[:1].lower()}{said[1:]}"
    return f"Our coffees come in {ours} bags, not {asked}: {said[:1].lower()}{said[1:]}"


def minimum_in_bags(size: BagSize, least: float, sentence: str) -> tuple[str, Derivation] | None:
    """The order minimum (``least`` in the bag's unit, said by ``sentence``) as a count of
    whole bags ("20 lb / 5 lb = 4 bags"), or None when the bags do not divide it."""
    count = least / size.amount
    if count != int(count) or count < 1:
        return None
    bags = "bag" if count == 1 else "bags"
    each = f"{_figure(size.amount)} {size.unit}"
    said = f"{sentence} In {each} bags, that is {_figure(least)} {size.unit} / {each} = "
    return f"{said}{int(count)} {bags}.", Derivation(
        operands=[f"{_figure(least)} {size.unit}", each], result=str(int(count))
    )
