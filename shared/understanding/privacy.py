"""Privacy requests in chat: erase my details, or what do you hold about me (a read-back,
which is no erasure: the reply lists what is held and offers to delete it).

Narrow, high-precision wording (a verb of removal with the visitor's own data, or a data
protection law by name); the intent classifier of issue 22 may take this over.
"""

from __future__ import annotations

import re

_ERASE = r"(?:remove|delete|erase|wipe|forget|purge|scrub|get\s+rid\s+of)"
# not wanting to be contacted: "im not ready to be contacted", "don't want anyone to call me"
_NO_CONTACT = (
    r"\b(?:not\s+(?:ready|wanting|want)\s+to\s+be\s+(?:contacted|called|emailed)"
    r"|(?:don'?t|do\s+not|dont)\s+(?:want\s+(?:anyone\s+|you\s+|your\s+team\s+)?(?:to\s+)?(?:be\s+)?)?"
    r"(?:contact|call|email|reach)(?:ed)?\s+(?:me|us)?)"
)
# asking us not to keep what was given: "please don't keep my phone number", "stop storing my email"
_NOT_KEEP = (
    r"(?:don'?t|do\s+not|dont|stop|no\s+need\s+to)\s+(?:keep|store|save|hold|retain|record)(?:ing)?"
)
# what the visitor gave us, named: "my details", "my name and contact details", "our company's
# info", "the details I gave you", "everything you have on me"
_THEIR_DATA = (
    r"(?:details|data|info|information|name|number|phone|email|e-mail|contact|records?|account)"
)
PRIVACY_RE = re.compile(
    _ERASE + r"\s+(?:all\s+)?(?:of\s+)?(?:my|our)\s+(?:personal\s+|contact\s+)?(?:details|data"
    r"|info|information|number|phone|email|e-mail|contact|records?|conversation|chat)\b"
    # the data named after a first word: "delete my name and contact details", "remove my
    # name, email and phone", "erase our company's details"
    r"|\b" + _ERASE + r"\s+(?:all\s+)?(?:of\s+)?(?:my|our)\s+"
    r"(?:[\w'-]+(?:\s*(?:,|and|&)\s*|\s+)){1,4}?"
    r"(?:my\s+|our\s+)?(?:personal\s+|contact\s+)?" + _THEIR_DATA + r"\b"
    # "delete the details I gave you", "remove the info we shared"
    r"|\b" + _ERASE + r"\s+(?:all\s+)?(?:of\s+)?(?:the|that|those)\s+(?:personal\s+|contact\s+)?"
    r"(?:details|data|info|information)\s+(?:(?:that\s+)?(?:i|we)\s+(?:gave|shared|sent|provided|typed)"
    r"|you\s+(?:have|hold|kept|saved|stored))\b"
    r"|\b" + _NOT_KEEP + r"\s+(?:my|our)\s+(?:personal\s+|contact\s+)?(?:details|data|info"
    r"|information|number|phone|email|e-mail|contact|records?)\b"
    r"|\b" + _ERASE + r"\s+(?:me|everything\s+about\s+me)\b"
    # what we hold named by what it is to us: "can you delete what you have on me", "erase
    # whatever you've got about us"; off our lists: "take me off your list"
    r"|\b" + _ERASE + r"\s+(?:all\s+(?:of\s+)?)?(?:what|whatever|anything|everything)\s+"
    r"(?:you\s*(?:'ve|have)?\s*|you\s+guys\s+(?:have\s+)?)(?:have|has|hold|got|kept|keep|saved"
    r"|stored|collected)\s+(?:on|about|of|from)\s+(?:me|us)\b"
    r"|\btake\s+(?:me|us)\s+off\s+(?:your|the|any|all)\s+(?:\w+\s+)?(?:lists?|database|system"
    r"|records?)\b"
    r"|\b(?:gdpr|ccpa)\b|\bright\s+to\s+be\s+forgotten\b"
    # the data named first, its removal wanted after it: "I want my details deleted", "please
    # have my info removed", "I'd like my name and email erased"
    r"|\b(?:want|like|need|have|get)\s+(?:all\s+)?(?:of\s+)?(?:my|our)\s+"
    r"(?:[\w'-]+(?:\s*(?:,|and|&)\s*|\s+)){0,4}?(?:personal\s+|contact\s+)?"
    + _THEIR_DATA
    + r"\s+(?:to\s+be\s+)?(?:deleted|removed|erased|wiped|purged|scrubbed)\b"
    # asking that an erasure be done: "just confirm it's gone please", "make sure they're deleted"
    r"|\b(?:confirm|make\s+sure|check)\s+(?:that\s+)?(?:it'?s|its|it\s+is|they'?re|theyre"
    r"|they\s+are|everything\s+is|it\s+(?:has|was)\s+been|they\s+(?:have|were)\s+been)\s+"
    r"(?:all\s+|really\s+)?(?:gone|deleted|removed|erased|wiped)\b"
    # "delete everything", or "delete all of that" beside not wanting to be contacted
    r"|\b" + _ERASE + r"\s+everything\b"
    r"|\b" + _ERASE + r"\s+(?:all\s+(?:of\s+)?)?(?:that|this|it)\b(?=.{0,80}" + _NO_CONTACT + ")"
    r"|" + _NO_CONTACT + r".{0,80}\b" + _ERASE + r"\s+(?:all\s+(?:of\s+)?)?(?:that|this|it)\b",
    re.I,
)
_NOT_ABOUT_DATA = re.compile(r"\b(?:from\s+(?:the|my)\s+(?:cart|order|list))\b", re.I)


_ONE_FIELD = {
    "phone": re.compile(r"\b(?:phone|number|cell|mobile)\b", re.I),
    "email": re.compile(r"\be-?mail\b", re.I),
}
_NAME = re.compile(r"\bname\b", re.I)
_EVERYTHING = re.compile(
    r"\b(?:details|data|info|information|everything|all|records?|conversation|chat|me)\b", re.I
)


# the second field of the same request: "delete my phone and email", "my number & my e-mail"
_AND_FIELD = re.compile(
    r"^(?:\s+number)?\s*(?:and|&|\+|,)\s*(?:my\s+|the\s+)?(?P<field>e-?mail|phone|number)\b"
    # not the one kept: "don't keep my number, email is fine", "delete my phone, email only"
    r"(?!\s*(?:is\s+(?:fine|ok|okay|good|better)|only|works|instead)\b)",
    re.I,
)


def erasure_fields(text: str) -> list[str]:
    """The contact fields an erasure request names ("delete my phone number", "delete my phone
    and email": the name stays), or [] when it asks for everything, names the visitor's name
    (the name is half of what identifies them: all of it goes) or names no field."""
    request = PRIVACY_RE.search(text)
    if request is None or _EVERYTHING.search(request.group(0)) or _NAME.search(request.group(0)):
        return []  # everything, or the name with the rest ("delete my name and number")
    both = _AND_FIELD.match(text[request.end() :])
    if both:
        said = request.group(0) + " " + both.group("field")
        return [field for field, pattern in _ONE_FIELD.items() if pattern.search(said)]
    own = [field for field, pattern in _ONE_FIELD.items() if pattern.search(request.group(0))]
    if len(own) == 1:  # "delete my phone number. Email only.": the field the request names
        return own
    said = text[request.start() : request.end() + 20]  # "delete my contact info, the phone"
    named = [field for field, pattern in _ONE_FIELD.items() if pattern.search(said)]
    return named if len(named) == 1 else []


# a removal whose object is a pronoun: "delete it pls", "can you remove that", "erase this one";
# "forget it" is "never mind", and "remove it from the quote" is about an item
_PRONOUN_ERASE = re.compile(
    r"\b(?:remove|delete|erase|wipe|purge|scrub|get\s+rid\s+of|take)\s+(?:it|that|this)"
    r"(?:\s+one)?\b(?!\s+(?:all|off\s+the\s+(?:quote|order|list)|from\s+the\s+(?:quote|order|cart"
    r"|list)|away))",
    re.I,
)


def erased_by_pronoun(text: str, held: list[str]) -> list[str]:
    """The one contact detail held that an erasure by pronoun means ("nah delete it pls" after
    the email was given and asked about), or [] when ``held`` has none or several (then the
    request is confirmed as a whole)."""
    if not _PRONOUN_ERASE.search(text) or PRIVACY_RE.search(text):
        return []
    return held if len(held) == 1 else []


# the verbs that erase data, never an item from a quote: "delete it", "erase that", "wipe it"
_DATA_ERASE = re.compile(r"\b(?:delete|erase|wipe|purge)\s+(?:it|that|this)\b", re.I)


def erases_by_pronoun(text: str) -> bool:
    """ "delete it" / "erase that": an erasure of what was given, whatever the classifier says
    ("remove it" may be an item of a quote: the classifier decides that one)."""
    return bool(_DATA_ERASE.search(text)) and _PRONOUN_ERASE.search(text) is not None


def asks_erasure(text: str) -> bool:
    """The visitor asks us to erase their data or what we hold about them."""
    return bool(PRIVACY_RE.search(text)) and not _NOT_ABOUT_DATA.search(text)


# a reply to "Shall I erase ...?" that accepts it without a yes: "thanks.", "please do", "go ahead"
_ACCEPTS = re.compile(
    r"^\W*(?:thanks|thank\s+you|thx|ty|tysm|please(?:\s+do)?|pls(?:\s+do)?|(?:just\s+)?go\s+ahead"
    r"|(?:just\s+)?do\s+it|go\s+for\s+it"
    r"|perfect|great|appreciate\s+it)\b(?!\s+(?:but|though|for\s+nothing))",
    re.I,
)


def accepts_erasure(text: str) -> bool:
    """The reply to an erasure's confirmation accepts it without a yes ("thanks. can i still
    ask ...", "please do"); "thanks but no" does not."""
    return bool(_ACCEPTS.search(text)) and not _REFUSES.search(text)


# a no inside a courtesy ("no hard feelings", "no worries") refuses nothing
_REFUSES = re.compile(
    r"\b(?:no(?!\s+(?:hard\s+feelings|worries|worry|problem|probs|bother|stress|rush|offen[cs]e"
    r"|harm))|don'?t|keep|wait|hold\s+on)\b",
    re.I,
)


# what we hold, asked: "what have you saved about me?", "what do you have on me", "what info
# have you got on us so far", "what details have you kept?"; a verb of keeping in the past
# says it alone, a plain "have"/"know" needs "about me" ("what do you have for a small cafe?"
# asks about products)
_KEPT = (
    r"(?:saved|stored|kept|recorded|noted|collected|logged|written\s+down|taken\s+down"
    r"|got\s+(?:down|saved|stored))"
)
_HELD_THINGS = r"(?:data|info|information|details|personal\s+\w+|stuff)"
HELD_RE = re.compile(
    r"\bwhat(?:\s+" + _HELD_THINGS + r")?(?:\s+of\s+(?:mine|ours))?\s+(?:have|do|did|are)\s+"
    r"(?:you|u|ya|y'?all)\s+(?:(?:got|have|hold|know|keep|store)(?:\s+" + _KEPT + r")?"
    r"|" + _KEPT + r")\s+(?:about|on|of|from|for)\s+(?:me|us)\b"
    r"|\bwhat(?:\s+" + _HELD_THINGS + r")?(?:\s+of\s+(?:mine|ours))?\s+(?:have|did)\s+"
    r"(?:you|u|ya|y'?all)\s+(?:got\s+)?" + _KEPT + r"\b"
    r"|\bwhat(?:'s|\s+is|\s+have)\s+(?:you|u)(?:'ve|\s+have|\s+got)?\s+(?:got\s+)?(?:on|about)\s+"
    r"(?:me|us)\b"
    r"|\bwhat\s+" + _HELD_THINGS + r"\s+(?:of\s+mine\s+)?(?:do|did|have)\s+(?:you|u)\s+"
    r"(?:have|hold|keep|store)(?:\s+(?:about|on)\s+(?:me|us))?\s*(?:[?.!]|$)"
    r"|\bwhat\s+(?:did|have)\s+(?:you|u)\s+(?:save|store|record|note\s+down|write\s+down"
    r"|take\s+down|collect|log)\b"
    # "can you read all that back", "read back what you have"
    r"|\bread\s+(?:(?:it|that|this|all\s+(?:of\s+)?(?:that|this|it)|everything|my\s+details)"
    r"\s+back|back\s+(?:what|everything|my\s+details))\b",
    re.I,
)


def asks_what_is_held(text: str) -> bool:
    """The visitor asks what we hold about them (a read-back, no erasure by itself)."""
    return bool(HELD_RE.search(text)) and not PRIVACY_RE.search(text)


# a contact detail taken back, no erasure asked: "actually scratch the phone number", "forget
# the email", "don't use my cell": the detail is dropped and not asked again, and the rest of the
# message goes on as usual ("... email me a quote instead"); "forget the number of cups" is no
# contact detail
_TAKEN_CHANNEL = (
    r"((?:phone|cell|mobile)(?:\s+(?:number|no\b\.?|#))?|number(?!\s+of\b)"
    r"|e-?mail(?:\s+address)?)"
)
TAKE_BACK_RE = re.compile(
    r"\b(?:scratch|scrap|forget|ditch|drop|cancel|ignore|disregard|strike|cross\s+out|take\s+out"
    r"|leave\s+out|never\s*mind|nvm)\s+(?:the|my|that|this|our)\s+" + _TAKEN_CHANNEL + r"(?!\w)"
    r"|\b(?:don'?t|dont|do\s+not|pls\s+don'?t|please\s+don'?t)\s+use\s+(?:the|my|that|this|our)\s+"
    + _TAKEN_CHANNEL
    + r"(?!\w)",
    re.I,
)


def taken_back_fields(text: str) -> list[str]:
    """The contact details the visitor takes back without asking for an erasure ("actually
    scratch the phone number", "don't use my email, it's a shared inbox"), in order."""
    found = []
    for match in TAKE_BACK_RE.finditer(text):
        channel = match.group(1) or match.group(2)
        field = "email" if "mail" in channel.lower() else "phone"
        if field not in found:
            found.append(field)
    return found
