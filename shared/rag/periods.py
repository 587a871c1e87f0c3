"""A monthly price asked for a longer period: "how much is that plan for a whole year".

An answer that states a monthly amount ("$99 per month", "that comes to $316 a month") gets
the period the question asks ("a year", "annually", "12 months") as a derived figure: "For a
year: $99 x 12 = $1,188." The conversion is recorded (:data:`YEAR`) so the grounding check sees
where 12 comes from. Only the last monthly figure counts (the one computed for the visitor's
count, after the price per unit). A price asked of one job outside any plan is not answered
with a plan's monthly fee (:func:`one_time_unpriced`). Pure: text in.
"""

from __future__ import annotations

import re

from shared.catalog.words import normalise
from shared.rag.parts import DONT_KNOW
from shared.rag.phrasing import money
from shared.rag.types import Answer, Derivation
from shared.understanding.asked import asks_price

YEAR = "a year is 12 months"
_YEAR_ASKED = re.compile(
    r"\b(?:(?:a|per|each|every|the|one|1|whole|full|for|in)\s+(?:whole\s+|full\s+|entire\s+)?"
    r"(?:year|yr)|annual(?:ly)?|yearly|12 months|twelve months)\b"
)
_MONTHLY = re.compile(r"\$(\d[\d,]*(?:\.\d+)?) (?:a|per) month\b")


def asks_year(text: str) -> bool:
    """Whether ``text`` asks for an amount over a year ("for a whole year", "annually")."""
    return bool(_YEAR_ASKED.search(normalise(text)))


def with_year(answer: Answer, question: str) -> None:
    """Adds the yearly figure of the last monthly amount ``answer`` states of its entities
    (a price, never an example of a rule), when ``question`` asks for a year and the answer
    does not give one already."""
    if not asks_year(question) or re.search(r"\ba year\b|\bper year\b", answer.text):
        return
    if re.search(r"\bhow many\b", normalise(question)):  # "how many visits per year"
        return
    found = list(_MONTHLY.finditer(answer.text)) if answer.entities else []
    if not found:
        return
    monthly = float(found[-1].group(1).replace(",", ""))
    yearly = money(monthly * 12)
    answer.text = f"{answer.text} For a year: {money(monthly)} x 12 = {yearly}."
    answer.derived.append(Derivation(operands=[money(monthly), "12"], result=yearly))
    answer.evidence.append(YEAR)


#: a price asked of one job outside any plan: "a one-off repair visit", "a single call-out"
_ONE_TIME_ASKED = re.compile(
    r"\b(?:one ?off|one ?time|single|ad ?hoc|pay as you go|without (?:a|any) (?:plan|contract))\b"
    r"(?! (?:month|year|week|day)s?\b)"  # "for a single month" asks a plan's fee
    r"(?! (?:cafe|café|coffee shop|shop|store|location|site|outlet|branch|restaurant|spot|"
    r"kiosk|cart|truck|unit|machine|grinder)s?\b)"  # "single cafe in pasadena": how many
)
_AMOUNT = re.compile(r"\$\d[\d,]*(?:\.\d+)?")
_PER_PERIOD = re.compile(r"\$\d[\d,]*(?:\.\d+)?(?: per \w+)? (?:a|per) (?:month|year)\b")


def one_time_unpriced(answer: Answer, question: str) -> Answer:
    """An honest don't-know when ``question`` asks the price of one job outside any plan ("how
    much is a one-off repair visit") and ``answer`` states only prices per period (the
    maintenance plans' monthly fees): the knowledge base prices the plans, not the visit."""
    if not answer.grounded or not asks_price(question):
        return answer
    if not _ONE_TIME_ASKED.search(normalise(question)):
        return answer
    amounts = _AMOUNT.findall(answer.text)
    if not amounts or len(_PER_PERIOD.findall(answer.text)) < len(amounts):
        return answer
    return Answer(text=DONT_KNOW, sources=[], grounded=False)
