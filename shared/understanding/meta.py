"""Questions about the assistant itself, answered from its own copy, never from the knowledge base.

"why do you need my email?" (``why``, with the field), "what happens next?" (``next``), "who will
contact me?" (``who``), "am I talking to a bot?" (``bot``), "do you speak German?" (``language``),
"just tell me who to call" / "whats the number again" (``contact``: the sales team's contact),
"what have you saved about me?" (``held``: a read-back of the details kept, no erasure), "who
sees my email?" (``seen``: who the details go to, and that they can be deleted), "can you recap
what you've got so far?" (``recap``: the details told so far, and the conversation goes on).
"""

from __future__ import annotations

import re
from typing import Literal

from shared.conversation.signals import FIELD_MENTION
from shared.understanding.languages import asks_about_language
from shared.understanding.privacy import asks_what_is_held
from shared.understanding.recap import asks_recap

_FIELD_WORDS = {
    "opening_timeline": re.compile(
        r"\b(?:open(?:ing)?\s+date|when\s+(?:we|i)\s+open|timeline)\b", re.I
    ),
    "expected_volume": re.compile(r"\b(?:volume|how\s+many\s+cups|how\s+busy)\b", re.I),
    "locations": re.compile(r"\b(?:locations?|sites?|how\s+many\s+(?:shops|cafes))\b", re.I),
}
WHY_RE = re.compile(
    r"\bwhy\b.{0,40}\b(?:need|want|ask(?:ing)?|collect|require|do\s+you\s+care|does\s+it\s+matter"
    r"|should\s+i\s+(?:give|share|tell))\b|\bwhat\s+(?:do\s+you|will\s+you)\s+(?:need|want|use)\s+"
    r"(?:my|it|that)\b.{0,20}\bfor\b|\bwhat\s+(?:is|'s)\s+(?:it|that|this)\s+for\b",
    re.I,
)
NEXT_RE = re.compile(
    r"\bwhat\s+(?:happens|will\s+happen|comes)\s+(?:next|now|then|after)\b|\bwhat'?s\s+next\b"
    r"|\bwhat\s+(?:do|will)\s+you\s+do\s+with\s+(?:my|this|that|the)\b|\bthen\s+what\b"
    # "what's the next step then", "what are the next steps", "so what now?", "where do we go
    # from here", "how does this work from here"
    r"|\bwhat(?:'?s|\s+is|\s+are|\s+would\s+be)\s+(?:the\s+|my\s+|our\s+)?next\s+steps?\b"
    r"|^\W*(?:so\s+|ok(?:ay)?\s+|and\s+)?(?:what\s+now|next\s+steps?)\s*\??\s*$"
    r"|\bwhere\s+do\s+(?:we|i)\s+go\s+from\s+here\b"
    r"|\bhow\s+does\s+(?:this|it)\s+work\s+from\s+here\b",
    re.I,
)
WHO_RE = re.compile(
    r"\bwho(?:'s|\s+is|\s+will|\s+would|\s+gets?\s+to)?\s+(?:going\s+to\s+|gonna\s+)?(?:be\s+)?"
    r"(?:contact(?:ing)?|call(?:ing)?|email(?:ing)?|reach(?:ing)?|get(?:ting)?\s+in\s+touch"
    r"|follow(?:ing)?\s+up|see|read)\b",
    re.I,
)
#: a way to reach the sales team, named as typed ("phone #", "e-mail address", "contact info")
_CHANNEL = (
    r"(?:phone(?:\s+(?:number|no\.?)|\s*#)?|number|cell|email(?:\s+address)?|e-mail|mail"
    r"|contact\s+(?:details|info))"
)
_CHANNELS = _CHANNEL + r"(?:\s*(?:\+|&|and|/|,|or)\s*" + _CHANNEL + r")*"
CONTACT_RE = re.compile(
    r"\bwho\s+(?:do|should|can)\s+(?:i|we)\s+(?:call|contact|email|ring|talk\s+to)\b"
    r"|\bwho\s+to\s+(?:call|contact|ring|email)\b"
    r"|\bwho\s+(?:handles|deals\s+with|takes\s+care\s+of|is\s+in\s+charge\s+of)\s+(?:that|this|it"
    r"|these|those|returns|refunds|credits|billing|invoices|claims)\b"
    r"|\bwhat(?:'?s|\s+is)\s+(?:your|the|ur)\s+(?:sales\s+(?:team'?s?\s+)?)?(?:number|phone"
    r"(?:\s+number)?|email(?:\s+address)?)\b"
    # which of our numbers to call: "best number to call sales?", "what number do i call", not
    # the visitor's own ("best number to reach me is ...") nor a form's ("what number do i use")
    r"|\b(?:best|what|which)\s+(?:phone\s+)?number\s+(?:(?:do|should|can)\s+(?:i|we)\s+(?:call"
    r"|ring|text)|to\s+(?:call|ring|reach|contact|text)\s+(?:you|sales|your|ur|the\s+sales))\b"
    r"|\bhow\s+(?:do|can|should)\s+(?:i|we)\s+(?:reach|contact|call|email)\s+(?:you|sales|your"
    r"|ur|the\s+sales)\b"
    # a request for our details ("pls send the sales phone # and email", "give me ur email"),
    # not for a call ("have the sales team email me") nor a count ("the number of bags")
    r"|\b(?:send|give|share|text|tell|drop|pass|need|want|get|have|post)\s+(?:me\s+|us\s+)?"
    r"(?:your|the|ur|yr)\s+(?:sales\s+(?:team'?s?\s+)?)?(?:phone\s+number|phone(?!\s+number)"
    r"|number|email|e-mail|contact\s+(?:details|info))\b(?!\s+(?:me|us|of)\b)"
    # our channels named alone, as typed on a phone: "phone + email for your sales team please",
    # "your sales team's number and email?", "email/phone for you guys"
    r"|^\W*(?:(?:your|ur|yr)\s+(?:sales\s+(?:team'?s?\s+)?)?|(?:the\s+)?sales\s+(?:team'?s?\s+)?)"
    + _CHANNELS
    + r"\s*(?:please|pls|plz)?\W*$"
    r"|^\W*(?:the\s+)?" + _CHANNELS + r"\s+(?:for|to)\s+(?:reach\s+)?(?:your|ur|yr|the|you"
    r"|sales)(?:\s+(?:guys|sales|team|office|company))*\s*(?:please|pls|plz)?\W*$",
    re.I,
)
# who gets to see what the visitor gave: "wait who sees my email", "who has access to my data",
# "does anyone else see this", "is my number shared with anyone"
SEEN_RE = re.compile(
    r"\bwho(?:'s|\s+is|\s+else)?\s+(?:sees|can\s+see|gets\s+to\s+see|will\s+see|reads|can\s+read"
    r"|has\s+access\s+to|gets|receives|looks\s+at)\s+(?:my|our|this|it)\b"
    r"|\b(?:is|are|will)\s+(?:my|our)\s+(?:\w+\s+)?(?:email|e-mail|number|phone|details|data|info)"
    r"\s+(?:be\s+)?(?:shared|sold|passed|given)\b"
    r"|\b(?:do|will)\s+(?:you|u)\s+(?:share|sell|pass\s+on|give\s+out)\s+(?:my|our)\b"
    r"|\bdoes\s+any(?:one|body)\s+else\s+see\b",
    re.I,
)
BOT_RE = re.compile(
    r"\bare\s+you\s+(?:a\s+|an\s+)?(?:bot|robot|human|real|ai|person|machine|chatbot)\b"
    r"(?!\s+(?:company|business|firm|outfit|supplier|roaster|operation)\b)"
    r"|\b(?:talking|speaking|chatting)\s+(?:to|with)\s+(?:a\s+|an\s+)?(?:bot|robot|machine|ai"
    r"|chatbot|real\s+person)\b",
    re.I,
)


MetaTopic = Literal["why", "next", "who", "bot", "language", "contact", "held", "seen", "recap"]


def meta_question(text: str) -> tuple[MetaTopic | None, str | None]:
    """(topic, field) of a question about the assistant, or (None, None)."""
    if asks_about_language(text):
        return "language", None
    if asks_recap(text):  # before "held": "read it all back" asks for a recap, not our records
        return "recap", None
    if asks_what_is_held(text):
        return "held", None
    if SEEN_RE.search(text):
        return "seen", None
    if WHY_RE.search(text):
        return "why", asked_field(text)
    if NEXT_RE.search(text):
        return "next", None
    if CONTACT_RE.search(text):
        return "contact", None
    if WHO_RE.search(text):
        return "who", None
    if BOT_RE.search(text):
        return "bot", None
    return None, None


def asked_field(text: str) -> str | None:
    """The field a why-question names ("why my phone?"), else None (the one being asked)."""
    for field, pattern in {**FIELD_MENTION, **_FIELD_WORDS}.items():
        if pattern.search(text):
            return field
    return None
