"""A question about paying extra for something is a question about what the price includes.

"do i pay extra for someone to install it?", "does it cost extra to get it installed", "is
there an additional charge for delivery", "any extra fee for training?" are asked as "is X
included?", the wording the knowledge base answers in ("installation is included in the
price"); the words "pay" and "cost" alone would lean the meaning search towards whatever has a
price. Pure: text in, text out.
"""

from __future__ import annotations

import re

_WHO = r"(?:(?:someone|somebody|anyone|a tech(?:nician)?|your (?:tech(?:nician)?s?|team)|you) to )?"
_EXTRA = r"(?:extra|more|additional(?:ly)?|anything (?:extra|more|else))"
_ASKS = re.compile(
    rf"\b(?:(?:do|would|will|should|must|have to|need to) (?:i|we|you) (?:have to |need to )?"
    rf"pay {_EXTRA}|(?:does|will|would|is) (?:it|that|this|there) (?:going to )?cost(?:s)? "
    rf"{_EXTRA}|(?:is there|are there|any) (?:an? )?{_EXTRA} (?:cost|charge|fee)s?)"
    rf"(?: (?:for|to|on))? (?:(?:get|have|getting|having) )?{_WHO}(?P<what>[^?.!]+)",
    re.I,
)


#: "do i still have to pay the $850 for the barista training on top?": a price paid besides
#: what is bought, the amount (if said) before the thing, "on top" or alike after it.
_ON_TOP = re.compile(
    r"\b(?:do|would|will|should|must) (?:i|we) (?:still |also )?(?:have to |need to )?pay "
    r"(?:for )?(?:the |an? )?(?:\$?[\d,.]+k? )?(?:for )?(?P<what>[^?.!$]+?) "
    r"(?:on top|as well|in addition|besides|separately)\b",
    re.I,
)


#: "if we buy a Lumen, do we still have to pay for barista training?": "still" makes the thing
#: a price paid besides the purchase, as "on top" does.
_STILL = re.compile(
    r"\b(?:do|would|will|should|must) (?:i|we) still (?:have to |need to )?pay "
    r"(?:for )?(?:the |an? )?(?:\$?[\d,.]+k? )?(?:for )?(?P<what>[^?.!$]+)",
    re.I,
)


#: "does somebody come and set it up, or is that extra?": a service asked, then whether it is
#: paid besides; the service is what the price may include.
_OR_EXTRA = re.compile(
    r"\b(?:does|do|will|would|can|could) (?:someone|somebody|anyone|a tech(?:nician)?|you|your "
    r"(?:tech(?:nician)?s?|team|people)) (?:(?:come|comes|come out|stop by) (?:and|to) )?"
    rf"(?P<what>[^,?.!]+?),? (?:or )?(?:is|would|will) (?:that|it|this) (?:be )?"
    rf"(?:{_EXTRA}|(?:cost|charged) {_EXTRA})\b",
    re.I,
)


#: "set it up", "setting them up": the one noun a price may include, "setup".
_SET_UP = re.compile(r"\bset(?:ting)? (?:(?:it|them|that|this|everything|things) )?up\b", re.I)


def as_included(text: str) -> str:
    """``text`` with an ask about paying extra for X rewritten as "is X included?"; else
    ``text`` unchanged."""
    match = _ASKS.search(text) or _ON_TOP.search(text) or _STILL.search(text)
    match = match or _OR_EXTRA.search(text)
    if match is None:
        return text
    what = _SET_UP.sub("setup", match.group("what").strip())
    return f"{text[: match.start()]}is {what} included?{text[match.end() :].lstrip('?')}"
