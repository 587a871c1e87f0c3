"""A quantity the visitor states per period against a rule's threshold in other units.

"we use about 60 kg a week" against "150 lb or more per month": the stated rate is converted to
the rule's unit and period (kilograms to pounds, weeks to months) with each step shown, then
compared ("60 kg a week is about 573 lb a month (60 kg x 2.2046 = 132 lb a week; x 52 / 12
weeks a month), over the 150 lb a month it needs."). The conversion factors are the only
numbers not from the sources; they are stated in the reply and recorded as
:data:`CONVERSIONS`, so the grounding check sees where each figure comes from. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shared.catalog.words import normalise
from shared.rag.types import Derivation
from shared.understanding.lexicon import SITE_NOUNS, alternation

LB_PER_KG = 2.2046
WEEKS_PER_MONTH = "52 / 12"
#: The conversions a reply may use, quoted as its evidence.
CONVERSIONS = "1 kg = 2.2046 lb; a month is 52 / 12 weeks; a month is 30 days"
_PER_MONTH = {"month": 1.0, "week": 52 / 12, "day": 30.0}
#: Weight words as written -> the unit they are ("lbs" -> "lb", "kilos" -> "kg").
WEIGHT_UNITS = {"lb": "lb", "lbs": "lb", "pound": "lb", "pounds": "lb", "kg": "kg", "kgs": "kg"}
WEIGHT_UNITS |= {"kilo": "kg", "kilos": "kg", "kilogram": "kg", "kilograms": "kg"}
_STATED = re.compile(
    r"\b(\d+(?:\.\d+)?) ?(lbs?|pounds?|kgs?|kilos?|kilograms?) (?:of [a-z]+ (?:[a-z]+ )?)?"
    r"(?:a|per|each|every) (week|month|day)\b"
)
_RULE = re.compile(r"(\d[\d,]*) ?(lb|kg)s? or more (?:of [a-z]+ )?per (month|week|day)", re.I)


@dataclass(frozen=True)
class Rate:
    """An amount per period: 60 kg a week."""

    amount: float
    unit: str  # "lb" or "kg"
    period: str  # "month", "week" or "day"

    @property
    def text(self) -> str:
        return f"{_figure(self.amount)} {self.unit} a {self.period}"


def stated_rate(text: str) -> Rate | None:
    """The amount per period the visitor states ("60 kg a week", "20 lb of foundry a week")."""
    match = _STATED.search(normalise(text))
    if match is None:
        return None
    return Rate(float(match.group(1)), WEIGHT_UNITS[match.group(2)], match.group(3))


def rule_rate(sentence: str) -> Rate | None:
    """The threshold a rule's sentence states ("150 lb or more per month"), or None."""
    match = _RULE.search(sentence)
    if match is None:
        return None
    return Rate(float(match.group(1).replace(",", "")), match.group(2).lower(), match.group(3))


def converted(rate: Rate, unit: str, period: str) -> tuple[Rate, list[str], list[Derivation]]:
    """``rate`` in ``unit`` per ``period``, with the steps in words and their derivations."""
    steps: list[str] = []
    derived: list[Derivation] = []
    amount = rate.amount
    if rate.unit != unit:
        factor = LB_PER_KG if unit == "lb" else 1 / LB_PER_KG
        before, amount = amount, amount * factor
        shown = (
            f"{_figure(before)} {rate.unit} x {LB_PER_KG}"
            if unit == "lb"
            else (f"{_figure(before)} {rate.unit} / {LB_PER_KG}")
        )
        steps.append(f"{shown} = {_figure(amount)} {unit} a {rate.period}")
        derived.append(
            Derivation(operands=[_figure(before), str(LB_PER_KG)], result=_figure(amount))
        )
    if rate.period != period:
        scale = _PER_MONTH[rate.period] / _PER_MONTH[period]
        before, amount = amount, amount * scale
        how = WEEKS_PER_MONTH if {rate.period, period} == {"week", "month"} else f"{scale:g}"
        steps.append(f"x {how} {rate.period}s a {period}" if scale > 1 else f"/ {how}")
        derived.append(Derivation(operands=[_figure(before), how], result=_figure(amount)))
    return Rate(amount, unit, period), steps, derived


def against(rate: Rate, threshold: Rate) -> tuple[str, list[Derivation]]:
    """The visitor's rate compared with a rule's threshold, converted where the units or
    periods differ: "60 kg a week is about 573 lb a month (...), over the 150 lb a month"."""
    same, steps, derived = converted(rate, threshold.unit, threshold.period)
    how = f" ({'; '.join(steps)})" if steps else ""
    about = "about " if steps else ""
    meets = same.amount >= threshold.amount
    verdict = "so yes, that meets" if meets else "so no, that is under"
    said = (
        f"{rate.text} is {about}{same.text}{how}, {verdict} the {threshold.text} it needs."
        if steps
        else f"{rate.text} is {'at or over' if meets else 'under'} the {threshold.text} it needs."
    )
    return said[0].upper() + said[1:], derived


def _figure(value: float) -> str:
    """A figure rounded for reading: whole above 20, one decimal below."""
    return f"{value:,.0f}" if value >= 20 or value == int(value) else f"{value:.1f}"


#: A rate stated for one site of several: "each site does 25 lb a week", "per shop".
_EACH_SITE = re.compile(rf"\b(?:each|every|per)\s+(?:{alternation(SITE_NOUNS)})\b")


def for_sites(rate: Rate, text: str, sites: int | None) -> tuple[Rate, str, list[Derivation]]:
    """``rate`` over all ``sites`` when ``text`` states it for each one ("each site does 25 lb
    a week" of 11 sites: 275 lb a week, the whole order a rule reads), with the step in words;
    unchanged, with no step, for one site or a rate not stated per site."""
    if not sites or sites < 2 or not _EACH_SITE.search(normalise(text)):
        return rate, "", []
    whole = Rate(rate.amount * sites, rate.unit, rate.period)
    said = (
        f"{rate.text} at each of {sites} sites is {whole.text} ({_figure(rate.amount)} x {sites})."
    )
    return (
        whole,
        said,
        [Derivation(operands=[_figure(rate.amount), str(sites)], result=_figure(whole.amount))],
    )
