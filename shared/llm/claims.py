"""What a generated reply claims, checked against what it may draw on (pure functions).

A reply may state only what its sources say. Claims are read as typed pairs, not as a bag of
numbers (where "$1" passed because "1" is in "Lumen 1-Group"):

- **prices**: currency and amount ("$7,450", "7.450 $", "7 450 €", "one dollar") must be a
  price of the sources, or the sum of two of them; the currency must match (a euro figure
  for a dollar price is not a translation, it is a new price).
- **numbers** outside prices, localised ("7.450,00" is 7450), must appear in the sources.
- **phone numbers**, in digits or in words, must appear in the sources or the conversation.
- **domains and email addresses**, spelled out or not, must appear in the sources or the
  conversation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from itertools import combinations

from shared.llm.wording import digit_string, digits_spoken, fold, parse_amount, unspell_emails

AMOUNT = r"\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
SIGNS = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP"}
WORDS = {"dollar": "USD", "dollars": "USD", "bucks": "USD", "euro": "EUR", "euros": "EUR"}
WORDS |= {"gbp": "GBP", "pound": "GBP", "pounds": "GBP", "dólares": "USD", "dolares": "USD"}
SIGN = r"US\$|\$|€|£|USD|EUR|GBP"
AFTER = rf"{SIGN}|(?:{'|'.join(sorted(WORDS, key=len, reverse=True))})\b"
PRICE_RE = re.compile(
    rf"(?:(?P<pre>{SIGN})\s?(?P<a>{AMOUNT}))|(?:(?P<b>{AMOUNT})\s?(?P<post>{AFTER}))", re.I
)
NUMBER_RE = re.compile(r"\d+(?:[.,:]\d+)*")
PHONE_RE = re.compile(r"\+?\d(?:[\s().,\-]{0,3}\d){6,}")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.I)
DOMAIN_RE = re.compile(r"\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}\b", re.I)
SPOKEN_DOT = re.compile(r"\s+(?:dot|punto|point|punkt)\s+", re.I)
Price = tuple[str, Decimal]


def _currency(mark: str) -> str:
    key = mark.lower()
    return SIGNS.get(key) or WORDS.get(key) or key.upper()


def prices(text: str) -> set[Price]:
    """Every (currency, amount) pair of a text, number words read as digits."""
    found: set[Price] = set()
    for match in PRICE_RE.finditer(digits_spoken(text)):
        mark, raw = (match["pre"], match["a"]) if match["pre"] else (match["post"], match["b"])
        amount = parse_amount(raw)
        if amount is not None:
            found.add((_currency(mark), amount))
    return found


def _with_sums(known: set[Price]) -> set[Price]:
    sums = {(a[0], a[1] + b[1]) for a, b in combinations(known, 2) if a[0] == b[0]}
    return known | {(c, v.normalize()) for c, v in sums}


def _number(token: str) -> str:
    value = parse_amount(token)
    return format(value, "f") if value is not None else token


def numbers(text: str, outside_prices: bool = False) -> set[str]:
    """The numbers of a text (only those outside its prices when asked), normalised ("1,250"
    and "1.250" are 1250; "7 450" within a price is 7450)."""
    found = {format(amount, "f") for _, amount in prices(text)}
    bare = PRICE_RE.sub(" ", text)
    singles = {_number(n.rstrip(".,")) for n in NUMBER_RE.findall(bare)}
    return singles if outside_prices else singles | found


def phones(text: str) -> set[str]:
    """The digits of every phone-like run of 7+ digits, spoken digits included."""
    runs = (digit_string(m.group(0)) for m in PHONE_RE.finditer(digits_spoken(text)))
    return {run for run in runs if len(run) >= 7}


def addresses(text: str) -> set[str]:
    """Email addresses and domains (spelled-out ones too), folded."""
    plain = SPOKEN_DOT.sub(".", unspell_emails(text))
    emails = {fold(e) for e in EMAIL_RE.findall(plain)}
    domains = {fold(d) for d in DOMAIN_RE.findall(EMAIL_RE.sub(" ", plain))}
    domains |= {e.split("@", 1)[1] for e in emails}
    return emails | domains


def unsourced(reply: str, sources: Iterable[str], conversation: Iterable[str] = ()) -> str | None:
    """What the reply claims that neither its sources nor the conversation say (None: all
    sourced). ``sources`` may back every claim; ``conversation`` (the visitor's words, the
    details they gave) only phone numbers, emails and domains."""
    source_list, said = list(sources), list(conversation)
    known_prices = _with_sums(set().union(*(prices(s) for s in source_list)))
    if prices(reply) - known_prices:
        return "unsourced price"
    plain = PHONE_RE.sub(" ", EMAIL_RE.sub(" ", reply))  # phones and emails: checked below
    if numbers(plain, outside_prices=True) - set().union(*(numbers(s) for s in source_list)):
        return "unsourced number"
    digits = [digit_string(t) for t in [*source_list, *said]]
    if any(not any(run in d for d in digits) for run in phones(reply)):
        return "unsourced phone number"
    if addresses(reply) - set().union(*(addresses(t) for t in [*source_list, *said])):
        return "unsourced address"
    return None
