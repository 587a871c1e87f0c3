"""Requests to proceed: a handoff to sales that keeps the items named.

A request verb before what sales provides: a quote or proposal ("send me a quote for 2
picos", "can your team put together pricing for us?"), samples ("could we get the free
samples?", "can you send the sample kit there?"), an order ("I want to place a trial order",
"we'd like to order the Foundry"), signing up ("put me down", "let's book the on-site") or
going ahead ("I would like to proceed with the consulting package"), anything sent
("please send me the price for all", "email us the specs"), or "quote" as the verb ("please
quote one BatchPro 2"), and a request that sales write to or call someone: the visitor
("send the confirmation to me: ...", "send it all to me instead") or the person they speak
for ("have an account person email my manager", "send info to Dev: dev@...", "call her
directly after 2pm"). A question about them ("how long
does a quote take?", "do you send samples to Canada?", "does the free sample thing apply to
me?") is not a request.
"""

from __future__ import annotations

import re

from shared.understanding.lexicon import CONTACT_ASKERS, CONTACT_VERBS
from shared.understanding.sentences import sentences

_REQUEST = (
    r"(?:send|email|e-mail|give|get|put\s+together|prepare|draw\s+up|work\s+up|write\s+up"
    r"|need|want|like|request|requesting|looking\s+for|after|receive)"
)
QUOTE_NOUNS = r"quote|quotation|proposal|estimate"
"""What sales writes up for a visitor, as a regex alternation ("a quote", "a proposal")."""
_QUOTE = (
    rf"(?:{QUOTE_NOUNS}|formal\s+pricing|pricing\s+(?:for\s+(?:us|me|our)"
    r"|together|in\s+writing)|price\s+list\s+for\s+us|(?:written\s+)?offer\s+for)"
)
QUOTE_REQUEST = re.compile(
    rf"\b{_REQUEST}\s+(?:\w+\s+){{0,3}}?(?:a\s+|an\s+|the\s+|some\s+|our\s+)?{_QUOTE}\b"
    # the phrasal verb around its object: "please put a proposal together", "pull us a quote
    # together for both sites"
    rf"|(?:^|(?<=[.!?,;:]\s)|\b(?:please|pls|kindly|just|can\s+you|could\s+you|would\s+you"
    rf"|will\s+you|can\s+someone|could\s+someone)\s+)(?:put|pull|throw)\s+(?:(?:me|us)\s+)?(?:a|an|the|our|my)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{QUOTE_NOUNS})\s+(?:[\w-]+\s+){{0,3}}?together\b"
    # an offer as the noun, with its article, asked to be made or sent: "please make me an
    # offer", "send us your best offer" (not "do you offer ..." nor "we want to offer ...")
    r"|\b(?:make|send|give|prepare|want|need|like|get)\s+(?:(?:me|us)\s+)?(?:an|your|a\s+(?:good"
    r"|formal|written|firm|price))\s+(?:(?:best|good|formal|written|final)\s+)?offer\b",
    re.I,
)
# samples by another name: "a tasting kit", "a taster pack", "sample bags", or the kit itself
# with its article ("please send a kit", "we'd like the kit"): the sample kit is the only kit
# the company sends (not "new kit", British for equipment: no article before it)
_SAMPLES = (
    r"(?:samples?|(?:sample|tasting|taster|trial)\s+(?:kits?|box(?:es)?|packs?|bags?|sets?)"
    r"|(?:a|the|your|that|one)\s+(?:free\s+)?kit(?!\s+lists?\b))"
)
SAMPLE_REQUEST = re.compile(
    rf"\b(?:send|get|want|like|love|take|request|try)\s+(?:[\w'-]+\s+){{0,3}}?{_SAMPLES}\b",
    re.I,
)
ORDER_REQUEST = re.compile(
    r"\b(?:(?:place|make|put\s+in|start)\s+(?:a|an|my|our|the)\s+(?:\w+\s+){0,2}?order"
    r"|(?:want|like|ready|going)\s+to\s+order"
    r"|(?:proceed|go\s+ahead|move\s+forward)\s+with"
    # signing up: "put me down", "sign us up for pro", "let's book the on-site", "book us in"
    r"|(?:put|pencil)\s+(?:me|us)\s+down|sign\s+(?:me|us)\s+up"
    r"|(?:let'?s|lets|let\s+us|(?:i|we)(?:'d|\s+would)\s+like\s+to|(?:i|we)\s+want\s+to)\s+"
    r"(?:book|reserve|schedule|sign\s+up|go\s+(?:with|for|ahead))"
    r"|^\W*(?:(?:ok(?:ay)?|k|fine|great|good|then|so|yes|yeah|perfect|lovely|brilliant|awesome"
    r"|wonderful|alright|cool|sure|sounds\s+good)\W+)*(?:please\s+)?book\s+"
    r"(?:me|us|the|a|it|that|one)"
    # the same instruction after a clause or the contact details: "noah@... 801 555 0169, book
    # me a showroom visit", "541 555 0186 go ahead and set it up"
    r"|(?:(?<=[.,;:!?\d]\s)|(?<=[.,;:!?]))(?:(?:please|pls|just|so|then|and|ok)\s+)*"
    r"(?:book\s+(?:me|us)|go\s+ahead\s+and\s+(?:set|sign|book|order|place|start|put|send|ship"
    r"|schedule))"
    r"|^\W*(?:(?:ok(?:ay)?|k|so|then|yes|yeah|please|pls|just)\W+)*go\s+ahead\s+and\s+(?:set|sign"
    r"|book|order|place|start|put|send|ship|schedule))\b",
    re.I,
)
# opening its sentence or a clause after a comma: "dee, dee@..., email me the numbers", "sounds
# good, send us the specs"
SEND_ME = re.compile(
    r"(?:^|(?<=[,;:]))\W*(?:(?:please|pls|ok(?:ay)?|and|so|good|great|fine|just|then)\W+)*"
    r"(?:send|email|e-mail|mail)\s+(?:me|us)\b",
    re.I,
)
# "quote" as the verb: "Please quote one BatchPro 2 ...", "could you quote us for 2 picos", or
# an instruction opening its clause after a go-ahead word: "ok quote me 2", "Alright, quote it
# up", "fine, quote both" (the noun is not followed by its object: "a quote takes how long?",
# nor is "quote me on that")
_GO_AHEAD = (
    r"(?:ok(?:ay)?|k|alright|all\s+right|right|so|then|fine|great|good|sure|yes|yeah|yep|cool"
    r"|perfect|lovely|and|just)"
)
QUOTE_VERB = re.compile(
    r"(?:(?:^|(?<=[.!?;:,])\s*)\W*(?:" + _GO_AHEAD + r"\W+)*"
    r"|\b(?:please|pls|kindly|can\s+you|could\s+you|would\s+you)\s+)quote\s+(?:me|us"
    r"|for|on|one|\d+|two|three|four|it|that|this|them|those|both|all|everything|the\s+lot)\b"
    r"(?!\s+on\s+(?:that|this|it)\b)",  # "quote me on that" vouches for a figure
    re.I,
)
# what sales provides, asked for in a word and a "please": "quote pls!", "samples please"
# as a clause of its own ("Sounds good, quote please."), or opening one before what it is for
# ("alright lets do it, quote for the batchpro + 60 lb/month riverbend")
BARE_ASK = re.compile(
    rf"(?:^|[.,;:!]\s*)\W*(?:(?:ok(?:ay)?|so|and|then)\s+)*(?:(?:(?:a|the|some)\s+)?(?:{QUOTE_NOUNS}"
    rf"|samples?)\s+(?:pls|plz|please)\W*(?:$|[.,;!])|(?:a\s+)?(?:{QUOTE_NOUNS})\s+(?:for|on)\s+"
    rf"(?:the|a|an|our|my|us|me|\d+|one|two|three|both|all)\b)",
    re.I,
)
# a terse visitor's whole request in a fragment: what sales provides or a call, alone in its
# sentence, closing the contact details or as the value of a label ("atlas 75 x2. quote", "Omar
# ... 559-555-0121 quote pls", "quote by email only", "... 406-555-0133. call", "One word:
# quote.", "Next step: call me"); not asked as a question ("quote?"),
# refused ("no call") nor a noun of something else ("call time", "quote took long"). Of the
# contact verbs (``lexicon.CALL_VERBS``) only "call" is also the noun asked for: a lone "phone"
# or "ring" answers which channel, and asks for no one.
FRAGMENT_ASK = re.compile(
    r"(?:^|(?<=\d)\s+|(?<=:)|(?<=@)[\w.-]+\.[a-z]{2,}\s+)\W*(?:(?:ok(?:ay)?|so|and|then|pls|plz|please"
    rf"|just)\s+)*(?:(?:a|the)\s+)?(?:(?:{QUOTE_NOUNS})(?:\s+(?:by|via|over)\s+(?:e-?mail|mail|phone)"
    r"(?:\s+only)?)?|call(?:\s+(?:me|us))?(?:\s+back)?)(?:\s+(?:pls|plz|please))?\s*[.!]*$",
    re.I,
)
# a wary visitor allowing one call, its own clause: "one call please, Thursday afternoon", "...
# 208-555-0174. one call, after 3pm only", "just one call"; "one call a day is plenty" and "no
# call" ask nothing
ONE_CALL = re.compile(
    r"(?:^|(?<=[.,;:!?])|(?<=\d)\s)\s*(?:(?:ok(?:ay)?|so|fine|but|and|then)\s+)?(?:just\s+|only\s+)?"
    r"(?:one|a\s+single|1)\s+(?:phone\s+)?call(?:\s+(?:please|pls|plz|only|max|tops))?"
    r"\s*(?=[,.;!]|$)",
    re.I,
)
# a visit to the showroom or roastery asked for: "can we come see the machines at your
# showroom?", "can we come taste stuff at the showroom?", "we'd love to visit the roastery",
# "book us a showroom visit"; sales sets the
# appointment, and the knowledge base says where and when visits are
VISIT_REQUEST = re.compile(
    r"\b(?:(?:can|could|may)\s+(?:we|i)|(?:we|i)(?:'d|\s+would)\s+(?:like|love)\s+to"
    r"|(?:we|i)\s+want\s+to)\s+(?:come\s+(?:by\s+|over\s+|in\s+)?(?:and\s+|to\s+)?"
    r"|stop\s+by\s+(?:and\s+|to\s+)?|drop\s+by\s+(?:and\s+|to\s+)?)?(?:see|visit|tour|try|view"
    r"|taste|check\s+out)\s+"
    r"(?:[\w'-]+\s+){0,4}?(?:showroom|roastery)\b"
    # the place first, what is done there after it: "we'd like to come to the roastery and taste"
    r"|\b(?:(?:can|could|may)\s+(?:we|i)|(?:we|i)(?:'d|\s+would)\s+(?:like|love)\s+to|(?:we|i)"
    r"\s+want\s+to)\s+(?:come|stop|drop|pop|swing)\s+(?:by\s+|in\s+|over\s+)?(?:to|at|into)\s+(?:your|the)"
    r"\s+(?:showroom|roastery)\b"
    r"|\b(?:book|arrange|schedule|set\s+up)\s+(?:(?:me|us)\s+)?(?:a\s+)?(?:showroom|roastery)\s+"
    r"(?:visit|tour|appointment)\b",
    re.I,
)
# the same noun opening a clause, what it is for after it and a "please" closing it: "sam@...
# 775 555 0112, quote for the filter plus the essential plan pls"
NOUN_ASK = re.compile(
    rf"(?:^|(?<=[.,;:!?\d]\s)|(?<=[.,;:!?]))\W*(?:(?:ok(?:ay)?|so|and|a|the|some|just)\s+)*"
    rf"(?:{QUOTE_NOUNS})\s+(?:for|on)\b[^.;!?]*\b(?:pls|plz|please)\W*$",
    re.I,
)
# whom sales is asked to reach for the visitor: someone they name or point at ("my manager", "the
# owner", "her"), or a capitalised name right before its address ("to Dev: dev@...")
_THIRD_PARTY = (
    r"(?i:him|her|them|(?:my|our)\s+[\w-]+|the\s+(?:owner|manager|chef|boss|director|gm"
    r"|buyer))\b|[A-Z][a-z]+(?=\s*[:,]?\s*[\w.+-]+@)"
)
# said as an instruction: opening a clause or after "please", "can you", "could someone"
_CLAUSE = (
    r"(?:^|(?<=[.,;:!?])\s*|\b(?i:please|pls|kindly|just|so|then|and|can\s+you|could\s+you"
    r"|would\s+you)\s+)"
)
_SEND = rf"{_CLAUSE}(?i:send|e-?mail|forward|mail)\s+(?:[\w'-]+\s+){{0,3}}?(?i:to)\s+"
SEND_TO = re.compile(rf"{_SEND}(?:(?i:me|us)\b|{_THIRD_PARTY})")
SEND_TO_THEM = re.compile(rf"{_SEND}(?:{_THIRD_PARTY})")
# someone at the company asked to reach a person: "have an account person email my manager",
# "can someone call the owner", "call her directly after 2pm", "please write to her, not me"
_REACH = rf"(?i:{CONTACT_VERBS}|write\s+to)"
_SOMEONE = (
    rf"(?i:{CONTACT_ASKERS}|an?\s+(?:[\w-]+\s+){{0,2}}?(?:person|rep|representative)"
    r"|your\s+(?:[\w-]+\s+)?(?:team|rep|people|guy))"
    r"(?:\s+(?i:from|on|in)\s+(?i:sales|your\s+team|the\s+team))?"  # "someone from sales"
)
CONTACT_THEM = re.compile(
    rf"(?:\b(?i:have|get|can|could|would|will)\s+{_SOMEONE}\s+(?:to\s+)?(?:please\s+)?|{_CLAUSE})"
    rf"{_REACH}\s+(?:{_THIRD_PARTY})"
)
_REACH_ASKED = (SEND_TO, CONTACT_THEM)
_ABOUT = re.compile(
    r"\b(?:how\s+(?:long|do|does|much|many)|do\s+you\s+(?:do|give|send|offer|have)"
    r"|does\s+(?:the|your|it)|is\s+there|are\s+there|apply|eligible|qualify|minimum"
    r"|if\s+(?:i|we)|whether|what\s+if)\b",
    re.I,
)


def asks_quote(text: str) -> bool:
    """The visitor asks for a quote, samples or an order, or to go ahead (not a question
    about them)."""
    found = (
        QUOTE_REQUEST,
        SAMPLE_REQUEST,
        ORDER_REQUEST,
        SEND_ME,
        QUOTE_VERB,
        BARE_ASK,
        NOUN_ASK,
        FRAGMENT_ASK,
        ONE_CALL,
        *_REACH_ASKED,
    )
    asked = [part for part in _sentences(text) if any(p.search(part) for p in found)]
    return any(not _ABOUT.search(part) and not _channel_chosen(part, found) for part in asked)


# a label choosing how to be reached: "Preferred contact: call", "Best way to reach me: email"
CHANNEL_LABEL = re.compile(
    r"^\W*(?:(?:preferred|best)\s+)?(?:contact|channel|method|way\s+to\s+reach(?:\s+me)?)"
    r"(?:\s+(?:method|preference))?\s*:",
    re.I,
)


def _channel_chosen(part: str, found: tuple[re.Pattern[str], ...]) -> bool:
    """The part only names a channel under a label choosing one ("Preferred contact: call"):
    a preference, not a request."""
    only_fragment = not any(p.search(part) for p in found if p is not FRAGMENT_ASK)
    return only_fragment and bool(CHANNEL_LABEL.search(part))


def asks_samples(text: str) -> bool:
    """The visitor asks for samples ("can i get samples before i commit?", "could we try a few
    samples"): sales sends them, and the knowledge base says what the kit holds and who gets
    it, so a question for them is answered first."""
    return bool(SAMPLE_REQUEST.search(text))


def asks_visit(text: str) -> bool:
    """The visitor asks to visit the showroom or roastery (not a question about it): for a
    business, sales books it, and the knowledge base says where it is and when visits are, so
    the question is answered first."""
    return bool(VISIT_REQUEST.search(text))


def refers_sales_to_them(text: str) -> bool:
    """The visitor asks sales to reach the person they speak for ("email my manager, Okonkwo
    Reid, okonkwo@...", "her email is francesca@..., please write to her"): that person is
    the lead's contact, not a third party merely mentioned."""
    asked = [p for p in _sentences(text) if CONTACT_THEM.search(p) or SEND_TO_THEM.search(p)]
    return any(not _ABOUT.search(part) for part in asked)


def _sentences(text: str) -> list[str]:
    return sentences(text, ends=".!?;", lines=True)
