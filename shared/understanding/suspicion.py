"""A suspicion wrapped around a factual question is the factual question.

Wary visitors ask with doubt: "is it actually certified or just marketing?", "what's the fine
print on the grinder warranty?", "is X really what the website says, or is there a catch like
paying extra for install?", "are you a real company? when were you founded?". The doubt words
(really, actually, fine print, a catch like, just marketing, a real company, "without giving
my details") name no topic;
left in, they send retrieval to the wrong passage or leave a part nobody can answer. They are
taken out here so the fact under them is what gets answered; a doubt with no fact under it
("is there a catch?") is left as it is (the answerer does not know, and says so).
"""

from __future__ import annotations

import re

_SOURCE = (
    r"(?:the\s+|your\s+|ur\s+)?(?:website|web\s*site|site|page|listing|ad|advert|catalog(?:ue)?"
    r"|brochure|price\s+list)"
)
# the adverbs of a doubt: "is it actually certified", "really what the website says"
_DOUBTING = r"(?:really|actually|truly|honestly|genuinely|legitimately)"
# "is the Lumen 2 group really what the website says": the listed claim doubted is its price
_AS_LISTED = re.compile(
    r"\b(?:is|are)\s+(?P<thing>(?:the\s+|your\s+)?[\w\- ]{2,40}?)\s+" + _DOUBTING + r"?\s*"
    r"(?:what|as)\s+" + _SOURCE + r"\s+(?:says?|shows?|lists?|claims?|states?)\b",
    re.I,
)
# "or is there a catch like paying extra for install?": the example is the question
_CATCH_LIKE = re.compile(
    r"\b(?:is\s+there|are\s+there|there'?s|any)\s+(?:a\s+|some\s+)?(?:catch|gotcha|hidden\s+catch)"
    r"(?:es)?\s*,?\s+(?:like|such\s+as|e\.?g\.?|say)\s+",
    re.I,
)
_PAYING_EXTRA = re.compile(
    r"^(?P<lead>\W*)(?:paying|(?:having\s+|we\s+have\s+|you\s+have\s+)?(?:to\s+)?pay)\s+extra\s+"
    r"(?:for|on)\s+(?P<thing>[^?.!,;]+)",
    re.I,
)
# "the fine print on the grinder warranty", "the catch with the sample kit"
_FINE_PRINT = re.compile(
    r"\b(?:the\s+|any\s+)?(?:fine\s+print|small\s+print|catch|gotcha|terms\s+and\s+conditions)\s+"
    r"(?:on|of|for|with|in|about)\s+",
    re.I,
)
# "is it actually certified", "does it really include", "do you honestly deliver"
_DOUBT_ADVERB = re.compile(
    r"\b(?P<verb>is|are|was|were|do|does|did|will|would|can|could|has|have)\s+(?P<subject>(?:it|this|that|they|you|there|the\s+\w+)\s+)?"
    + _DOUBTING
    + r"\s+",
    re.I,
)
# "or just marketing?", "or is it just hype", "or only a label"
_OR_JUST = re.compile(
    r"\s*,?\s+or\s+(?:is\s+it\s+|is\s+that\s+|it'?s\s+|are\s+they\s+|just\s+|only\s+)*"
    r"(?:just|only|merely)\s+(?:a\s+|some\s+)?(?:marketing|hype|a\s+gimmick|gimmick|talk"
    r"|words|a\s+label|label|a\s+sticker|sticker|for\s+show|a\s+claim|claims?|buzzwords?"
    r"|greenwashing|spin)(?:\s+(?:talk|speak|fluff|thing|stuff|words))?(?=\s*[?.!]|\s*$)",
    re.I,
)
# "are you a real company?", "is this a legit business", "are you guys legit?"
_REAL_COMPANY = re.compile(
    r"\b(?:are\s+(?:you|u)(?:\s+guys)?|is\s+(?:this|copperline|it))\s+(?:even\s+)?"
    r"(?:(?:a|an)\s+)?(?:real|legit|legitimate|actual|genuine|proper)"
    r"(?:\s+(?:company|business|firm|outfit|supplier|roaster|operation))?\s*\??",
    re.I,
)
# "can I get a price without giving details?", "without signing up": the wary visitor's
# condition on how they ask, no topic of the question
_WITHOUT_DETAILS = re.compile(
    r",?\s+without\s+(?:(?:giving|handing\s+over|sharing|leaving|providing)\s+(?:you\s+)?"
    r"(?:(?:my|any|our|all\s+my|personal|contact|my\s+contact|my\s+personal)\s+)?"
    r"(?:details|info|information|name|email|e-mail|number|phone\s+number|data)"
    r"|signing\s+up|registering|(?:a|any)\s+(?:sign-?up|form)|filling\s+(?:in|out)\s+(?:a|any)\s+form"
    r"|talking\s+to\s+(?:a\s+)?(?:sales(?:person|\s+rep|\s+team)?|anyone|anybody))\b",
    re.I,
)
_FOUNDING_ASKED = re.compile(
    r"\b(?:founded|established|started|set\s+up|been\s+around|been\s+in\s+business|history)\b",
    re.I,
)
_FOUNDING = "when and where were you founded?"


def without_suspicion(question: str) -> str:
    """``question`` with its doubt words taken out (see the module docstring); a text with
    none comes back unchanged."""
    text = _OR_JUST.sub("", question)
    text = _WITHOUT_DETAILS.sub("", text)
    text = _AS_LISTED.sub(lambda m: f"how much is {m['thing'].strip()}", text)
    text = _catch_example(text)
    text = _FINE_PRINT.sub("", text)
    text = _DOUBT_ADVERB.sub(lambda m: f"{m['verb']} {m['subject'] or ''}", text)
    return _real_company(text)


def _catch_example(text: str) -> str:
    """ "... or is there a catch like paying extra for install?": "... or is install extra?"."""
    found = _CATCH_LIKE.search(text)
    if found is None:
        return text
    rest = text[found.end() :]
    extra = _PAYING_EXTRA.match(rest)
    if extra is not None:
        rest = f"{extra['lead']}is {extra['thing'].strip()} extra{rest[extra.end() :]}"
    head = text[: found.start()]
    joined = re.sub(r",?\s+or\s*$", ", and", head) if re.search(r"\bor\s*$", head) else head
    return f"{joined} {rest}" if joined.strip() else rest


def _real_company(text: str) -> str:
    """ "are you a real company?" is the company's founding facts; when the rest already asks
    them ("... when were you founded?"), the doubt is taken out."""
    found = _REAL_COMPANY.search(text)
    if found is None or not re.search(
        r"\b(?:company|business|firm|outfit|supplier|roaster"
        r"|operation|legit|legitimate)\b",
        found.group(0),
        re.I,
    ):
        return text
    rest = f"{text[: found.start()]}{text[found.end() :]}".strip()
    if _FOUNDING_ASKED.search(rest):
        return rest
    return f"{rest} {_FOUNDING}".strip() if rest else _FOUNDING
