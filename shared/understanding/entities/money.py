"""Money amounts a visitor states, read in one place (pure).

One grammar of a figure of money: "$20,000", "20k", "12.5k", "15,000 dollars", "$1.2 million",
and "12.000 dollars" (a thousands point, as much of Europe writes it: no price has three
decimals). :func:`amounts` finds every amount marked as money (a currency sign or word, or a
"k"); :func:`stated_amount`, :func:`paid_amount` and :func:`stated_budget` read the one amount
a question names, a bare figure too when a paying word or "new" says it is money ("it cost
6000 new"). The answerer's rules (:mod:`shared.rag.rules`) and the lead's budget
(:mod:`shared.leads.money`) both read money here.

A detail the conversation stored from the middle of an amount (``"000 for equipment"`` out of
``"$20,000 for equipment"``) is found again in the visitor's words and repaired to the words
that followed the amount.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from shared.catalog.words import normalise
from shared.understanding.lexicon import MONEY_SCALES, VOLUME_UNITS

#: "20k", "12 grand" (the lexicon's money scales), "2 million".
_SCALE = {**{w: float(n) for w, n in MONEY_SCALES.items()}, "thousand": 1e3, "m": 1e6}
_SCALE |= {"mm": 1e6, "million": 1e6}
#: A number: comma groups, point groups (a thousands point), or digits with decimals.
_NUMBER = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?![\d.])|\d+(?:\.\d+)?)"
#: A scale after a figure, not the "grand" of "a grand opening".
_SCALE_WORD = rf"(?:\s*({'|'.join(sorted(_SCALE, key=len, reverse=True))})\b(?!\s+open))?"
_FIGURE = rf"{_NUMBER}{_SCALE_WORD}"
#: An amount marked as money by a currency sign or word ("$20,000", "15,000 dollars").
_MARKED = rf"(?:\$|\busd\s?)\s?{_FIGURE}|\b{_FIGURE}\s*(?:dollars?|bucks|usd)\b"
MARKED = re.compile(_MARKED, re.IGNORECASE)
#: Any amount: a marked one, or a figure with a "k" ("20k"), as a budget is told, unless a
#: unit of coffee follows ("~2k cups a week" is a volume).
AMOUNT = re.compile(
    rf"{_MARKED}|\b{_NUMBER}\s*(k)\b(?!\+?(?:\s*(?:-|–|to)\s*[\d.]+k)?\s*(?:{'|'.join(VOLUME_UNITS)}|lbs?|pounds?|kgs?|kilos?|bags?)\b)",
    re.IGNORECASE,
)
FRAGMENT = re.compile(r"^[\d,.]+\s*(?:k\b|thousand\b|dollars?\b)?\s*")

#: Units and counts after a bare figure: "120 lb", "15%", "5 locations" are no money.
_NOT_MONEY = r"(?!\s?(?:lb|kg|%|years?|months?|locations?|staff|people|cafes?|shops?))"
#: A bare figure after a paying word ("cost 6000", "we paid about 9k", "it was 15,000").
_PAID = re.compile(
    r"\b(?:cost|costs|paid|pay|priced|worth|spent|was|were)\s+(?:me\s+|us\s+|about\s+|around\s+)?"
    rf"\$?{_FIGURE}{_NOT_MONEY}",
    re.I,
)
_PAID_WORD = re.compile(rf"\b(?:cost|costs|paid|priced|spent|was|were)\s+\$?{_NUMBER}", re.I)
_NEW = re.compile(rf"\b{_FIGURE}\s+(?:brand\s+)?new\b", re.I)  # "it was 15,000 new"
_BUDGET = re.compile(
    r"\b(?:budget(?: is| of)?|have|got|spend(?:ing)?|up to|max(?:imum)?|under)\s+"
    rf"(?:about\s+|around\s+)?\$?{_FIGURE}{_NOT_MONEY}",
    re.I,
)
_BUDGET_WORD = re.compile(r"\b(?:budget|afford|spend|within)\b", re.I)
SMALLEST = 100  # a bare figure under this is a count, not an amount of money


def _value(whole: str, scale: str | None) -> float:
    points = re.fullmatch(r"\d{1,3}(?:\.\d{3})+", whole)
    digits = whole.replace(".", "") if points else whole.replace(",", "")
    return float(digits) * _SCALE.get((scale or "").lower(), 1.0)


def _read(match: re.Match[str] | None, bare: bool = False) -> float | None:
    """The amount a match of one figure states; None for a small ``bare`` number (a count)."""
    if match is None:
        return None
    number, scale = next((g, match.groups()[i + 1]) for i, g in enumerate(match.groups()) if g)
    value = _value(number, scale)
    return None if bare and value < SMALLEST else value


def amounts(text: str) -> list[float]:
    """Every amount of money in ``text``, in order."""
    return [value for match in AMOUNT.finditer(text) if (value := _read(match)) is not None]


def stated_amount(text: str) -> float | None:
    """The money amount a question names: "$8,000", "12.000 dollars", or a figure after a
    paying word or before "new" ("cost 6000 new", "we paid 12k", "it was 15,000 new" ->
    15000.0); None without one. A bare "13k" alone is no amount the visitor paid or has ("13k
    for an espresso machine??" quotes a price back)."""
    marked = _read(MARKED.search(text))
    return marked if marked is not None else _read(_PAID.search(text), True) or _new(text)


def _new(text: str) -> float | None:
    return _read(_NEW.search(text), True)


def paid_amount(text: str) -> float | None:
    """The money the visitor paid for something they own ("it was 6000 new", "we paid
    $12,000"), a bare figure read as money after a paying word; None without one."""
    return _new(text) or (stated_amount(text) if _PAID_WORD.search(text) else None)


# an amount that is another seller's: "another dealer offered me $12,500", "the $400 machine
# at the warehouse store", "Redwing quoted us 9k"
_ANOTHER_SELLERS = re.compile(
    r"\b(?:offer(?:ed|s|ing)?|quot(?:ed|es?|ing)|dealers?|competitors?|warehouse|supermarkets?"
    r"|big[- ]box|retailers?|amazon|costco|on\s+sale|sells?\s+(?:it|them|one)\s+for)\b",
    re.I,
)


def own_item_amount(text: str) -> float | None:
    """The money the visitor's own item is worth to them: what they paid ("it was 6000 new"),
    or an amount they state that is no other seller's price or offer ("my $9,000 machine";
    not "another dealer offered me $12,500" nor "the $400 machine at the warehouse store")."""
    paid = paid_amount(text)
    if paid is not None or _ANOTHER_SELLERS.search(text):
        return paid
    return stated_amount(text)


#: A price limit put on what is asked for ("anything under 5 grand", "a grinder below $2,000",
#: "less than 4k"): the figure after the limiting word, money by its mark or its size.
_CEILING = re.compile(
    r"\b(?:under|below|less\s+than|no\s+more\s+than|not\s+more\s+than|cheaper\s+than)\s+"
    rf"(?:about\s+|around\s+|like\s+|roughly\s+)?\$?{_FIGURE}{_NOT_MONEY}",
    re.I,
)


def price_ceiling(text: str) -> float | None:
    """The price limit a question puts on what it asks for ("is there anything under 5 grand
    for espresso" -> 5000.0); None without one, or for a small bare figure ("under 5" counts)."""
    return _read(_CEILING.search(text), True)


def stated_budget(text: str) -> float | None:
    """The spending limit a question states ("our budget is $12,000", "we have 5k to spend"),
    when it speaks of a budget or of affording; None otherwise."""
    if not _BUDGET_WORD.search(text):
        return None
    return _read(_BUDGET.search(text), True)


#: Periods a rate of money is per ("395 a month", "395 per mo"); bare ("3 years") they count
#: a duration.
_PERIODS = r"mo|mth|month|yr|year|wk|week|day|hr|hour"
#: Words after a number that make it an amount ("395 total", "395 dollars", "395 monthly").
_AMOUNT_WORDS = r"total|in total|overall|all in|dollars?|bucks|usd|monthly|yearly|annually|weekly"
_AFTER = re.compile(
    r"\b(\d+(?:\.\d+)?)\s+(?:(?:a|an|per|every)\s+(?:" + _PERIODS + r")|" + _AMOUNT_WORDS + r")\b"
)
#: A currency sign before a number in the raw text ("$395", "$ 1,200", "usd 395", "= 395").
_SIGNED = re.compile(r"(?:[$€£=]|\busd)\s*(\d[\d,]*(?:\.\d+)?)", re.I)
#: A number written with a per-period slash in the raw text ("395/mo", "79/location").
_SLASHED = re.compile(r"\b(\d[\d,]*(?:\.\d+)?)\s*/\s*[a-z]", re.I)


def written_figures(text: str) -> list[str]:
    """The numbers ``text`` writes as money or as money per period, as written ("395/mo",
    "$395", "395 a month", "395 total" -> "395"): a figure that confirms or disputes a total,
    never a count. A number after a currency sign or before a slash is read in the raw text;
    one before a period or an amount word in the normalised text."""
    raw = [m.group(1) for p in (_SIGNED, _SLASHED) for m in p.finditer(text)]
    return raw + [m.group(1) for m in _AFTER.finditer(normalise(text))]


def without_money(text: str) -> str:
    """``text`` with every amount marked as money (:data:`AMOUNT`) blanked out, its length
    kept: "we spend about 400 dollars a month" holds no volume of 400."""
    return AMOUNT.sub(lambda m: " " * len(m.group(0)), text)


def without_amount_tail(value: str, texts: Iterable[str]) -> str:
    """A stored detail without the tail of an amount it was cut from: when it starts with
    digits that continue a number in one of the visitor's ``texts``, those digits are dropped."""
    if not value[:1].isdigit():
        return value
    for text in texts:
        at = text.find(value)
        if at > 0 and (text[at - 1].isdigit() or text[at - 1] in ",."):
            return FRAGMENT.sub("", value).strip() or value
    return value
