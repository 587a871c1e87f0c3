"""Flow signals and visitor type from rules: question, refusal, restart, human, goodbye, ...

Questions (:mod:`shared.understanding.questions`) and refusals, skips and dodges
(:mod:`shared.understanding.refusals`) are read in their own modules and re-exported here.

Rules come first because they are exact and take microseconds; :mod:`semantic` backs them up
with embedding similarity where phrasing varies too much for patterns.
"""

from __future__ import annotations

import re
from typing import Literal

from shared.conversation.state import CustomerType
from shared.understanding.dictated import dictated_ask
from shared.understanding.entities.business import RUNNING_FOR, without_visits
from shared.understanding.lexicon import (
    CALL_VERBS,
    CONTACT_ASKERS,
    CONTACT_PHRASES,
    CONTACT_VERBS,
    MONTH_STEMS,
    number_words,
)

# question and refusal reading live in the reader; their names stay reachable from here
from shared.understanding.questions import QUESTION_START as QUESTION_START
from shared.understanding.questions import asks_something as asks_something
from shared.understanding.questions import is_follow_up as is_follow_up
from shared.understanding.questions import is_question as is_question
from shared.understanding.refusals import FIELD_MENTION as FIELD_MENTION
from shared.understanding.refusals import REFUSAL_RE as REFUSAL_RE
from shared.understanding.refusals import also_refused as also_refused
from shared.understanding.refusals import is_dodge as is_dodge
from shared.understanding.refusals import is_skip as is_skip
from shared.understanding.refusals import refused_fields as refused_fields
from shared.understanding.sentences import sentences

_VENUE = (
    r"(?:[\w-]+\s+){0,3}(?:caf[eé]s?|coffee\s*shops?|coffee\s+(?:cart|truck|bar|kiosk"
    r"|stand)s?|cart|kiosk|espresso\s+bar|roastery|bakery|bistro|restaurant|coffeehouse|shop"
    r"|business|stand|drive[- ]?thru|coffee\s+bar|place|spot)\b"
)
NEW_CAFE_RE = re.compile(
    r"\b(?:open(?:ing)?|launch(?:ing)?|start(?:ing)?|set(?:ting)?\s+up|build(?:ing)?"
    r"|plan(?:ning)?\s+(?:to\s+open|on\s+opening))\s+(?:up\s+)?(?:a|an|my|our)\s+"
    + _VENUE
    + r"|\bnew\s+(?:caf[eé]|coffee\s+shop)\b|\b(?:about|getting\s+ready|going)\s+to\s+open\b"
    r"|\bplan(?:ning)?\s+to\s+open\b|\bwe\s+open\s+(?:in|next)\b|\bwant\s+to\s+open\b"
    r"|\bnew\s+(?:[\w-]+\s+)?(?:caf[eé]|coffee\s+shop|place|spot|espresso\s+bar|coffee\s+bar"
    r"|kiosk|cart|coffee\s+truck)\b|\bopening\s+(?:up\s+)?(?:in|next|this|by|around|early"
    r"|late|mid|on|soon|shortly)\b"
    # a first café opening, not one opened long ago ("dad opened our first coffee shop in 1974")
    r"|(?<!opened\sour\s)(?<!opened\shis\s)(?<!opened\sher\s)(?<!opened\stheir\s)"
    r"(?<!opened\sthe\s)(?<!opened\smy\s)"
    # nor the first of the sites run, placed by a preposition: "our machine in the first shop"
    r"(?<!in\sthe\s)(?<!at\sthe\s)(?<!of\sthe\s)(?<!for\sthe\s)(?<!from\sthe\s)"
    r"\b(?:first|1st)\s+(?:caf[eé]|coffee\s+shop|shop)\b"
    r"|\bopen(?:ing)?\s+(?:soon|shortly)\b"
    r"|\b(?:plan(?:ning)?|hop(?:e|ing)|want(?:ing)?)\s+(?:on|to)\s+"
    r"(?:run(?:ning)?|start(?:ing)?|open(?:ing)?|launch(?:ing)?)\b"
    r"|\bpre[- ]?opening\b|\bhaven'?t\s+opened\b"
    r"|\b(?:opening|launching)\s+(?:in\s+)?"
    + MONTH_STEMS
    + r"[a-z]*\b(?!\s+(?:be|take|have|need|require|cost|not)\b)",
    re.I,
)
EXISTING_CAFE_RE = re.compile(
    r"\b(?:i|we)\s+(?:own|run|operate|manage|have)\s+(?:a|an|\d+|"
    + number_words(2, 5)
    + r"|several|multiple|a\s+few|our|my)?\s*(?:[\w-]+\s+){0,3}?(?:caf[eé]s?|coffee\s*shops?"
    r"|locations|shops?|stores|sites|kiosks?|carts?|restaurants?|bakery|roastery|espresso\s+bars?|stands?"
    r"|trucks?|coffee\s+bars?|drive[- ]?thrus?)\b"
    r"|\b(?:our|my)\s+(?:caf[eé]s?|coffee\s+shops?|shops?|restaurants?|bakery|bistro|hotel"
    r"|kiosks?|carts?|coffee\s+trucks?|stands?|stores?|locations?|current\s+(?:supplier|roaster|machines?"
    r"|espresso|grinders?|equipment|setup)|customers|baristas|locations|staff)\b"
    r"|\bswitch(?:ing)?\s+(?:coffee\s+)?(?:suppliers?|roasters?)\b"
    r"|\b(?:\d+|" + number_words(2, 10) + r")\s+(?:\w+\s+)?(?:caf[eé]s"
    r"|locations|shops|stores|branches|sites)\b|\balready\s+(?:have|run|own|operate)\b"
    r"|\b(?:caf[eé]|coffee\s+shop|shop)\s+owner\b|\bjust\s+opened\b|\bopened\s+(?:a|my|our)\b"
    r"|\bgot\s+(?:a|an|\d+|" + number_words(2, 5) + r"|\w+)\s+(?:\w+\s+)?(?:caf[eé]s?|shops?"
    r"|coffee\s+shops?|stores?|branch(?:es)?|locations)\b|\b(?:our|my)\s+\w+\s+year\b"
    r"|" + RUNNING_FOR + r"|\bsmall\s+chain\b"
    r"|\b(?:\d+|" + number_words(2, 6) + r")[\s-]+(?:location|site|store|shop)\s+(?:coffee|caf[eé]"
    r"|business|chain)|\bwe'?re\s+an?\s+(?:[\w-]+\s+){0,3}(?:caf[eé]|coffee\s+shop"
    r"|coffee\s+business|roastery|bakery|coffee\s+chain|chain|restaurant|bistro|hotel|deli"
    r"|diner|kiosk|coffee\s+cart|coffee\s+truck)\b"
    r"|\b(?:second|third|another|new)\s+(?:location|site|store|branch|outpost)\b"
    r"|\bexpansion\s+of\s+our\b|\b(?:running|operating|managing|owning)\s+(?:our|my|a|the)\s+"
    r"(?:[\w-]+\s+){0,2}(?:caf[eé]s?|coffee\s+shops?|shops?|business|kiosks?|carts?|restaurants?)\b|\b(?:our|my)\s+(?:espresso\s+)?(?:machines?|grinders?|equipment|baristas|staff|regulars)\b"
    r"|\b(?:1|one|a\s+single)\s+(?:caf[eé]|coffee\s+shop|shop|location|store)\b(?!\s+(?:in|next))"
    r"|\bcurrent\s+(?:espresso\s+)?(?:supplier|roaster|machines?|grinders?|equipment|setup"
    r"|beans|coffee)\b|\bexisting\s+(?:caf[eé]|coffee\s+shop|shop|business)\b"
    r"|\b(?:bought|took\s+over|inherited|acquired)\s+(?:a|an|the|this)\s+(?:[\w-]+\s+){0,2}"
    r"(?:caf[eé]|coffee\s+shop|shop|business)\b"
    # properties that run a coffee bar now: "our 2 properties in Vancouver both run lobby
    # espresso bars", "our hotels each have a coffee bar"; not "will each have", "plan to run"
    r"|\b(?:our|my)\s+(?:[\w-]+\s+)?(?:properties|hotels|resorts|venues|restaurants)\s+(?:(?!(?:will|would|could|should"
    r"|to|soon|plan\w*|want|need|hope)\b)[\w-]+\s+){0,3}?(?:each\s+|both\s+|all\s+)?(?:have|has"
    r"|run|runs|operate|operates)\s+(?:a\s+|an\s+|their\s+own\s+|its\s+own\s+)?(?:[\w-]+\s+)?"
    r"(?:(?:coffee|espresso)\s+(?:bars?|counters?|shops?)|caf[eé]s?)\b",
    re.I,
)
CASUAL_RE = re.compile(
    r"\b(?:at\s+home|home\s+(?:barista|brewer|espresso|setup|use)|for\s+fun|hobby|hobbyist"
    r"|just\s+(?:curious|browsing|looking)|for\s+myself|personal\s+use|my\s+kitchen"
    r"|as\s+a\s+gift|i'?m\s+a\s+student"
    # a visitor who presents themself as a lover of coffee: "I am a big coffee lover"
    r"|(?:i'?m|i\s+am)\s+(?:just\s+)?(?:a\s+)?(?:(?:big|huge|real|true|great|passionate)\s+)?"
    r"coffee\s+(?:lover|fan|enthusiast|nerd|geek|addict|aficionado)s?)\b",
    re.I,
)
BUSINESS_RE = re.compile(
    r"\b(?:caf[eé]s?|coffee\s*shops?|coffee\s+carts?|kiosks?|restaurants?|wholesale|bakery"
    r"|our\s+(?:shop|business|customers|office|menu)|my\s+(?:shop|business)|locations)\b",
    re.I,
)
# a quote *request* is read by :mod:`shared.understanding.quotes`; a price or "a quote from
# another dealer" said in passing commits to nothing
# not a property's lease ("negotiating the lease on the spaces") nor a budget question ("rough
# budget q: whats the total?"): asking for numbers is not intent
COMMITMENT_RE = re.compile(
    r"\b(?:proposal|budget(?!\s+(?:q|qs|question|questions)\b)|pricing\s+for\s+(?:our|my)"
    r"|ready\s+to\s+(?:order|buy)|place\s+an\s+order|sign\s+(?:me\s+|us\s+)?up|contract"
    r"|(?<!the\s)lease(?!\s+(?:on|for)\s+(?:the|a|our|this|that)\s+(?:[\w-]+\s+)?(?:space"
    r"|spaces|building|property|premises|unit|storefront|location|site)s?\b)|leasing"
    r"|(?:set\s+up|open)\s+(?:an\s+|a\s+wholesale\s+)?account"
    # a decision to proceed: "yeah lets upgrade", "let's do it", "we'll take the pro plan"
    r"|let'?s\s+(?:go\s+ahead|do\s+(?:it|this|that)|upgrade|switch|order|sign)"
    r"|go\s+ahead\s+(?:with|and)|we'?ll\s+take\s+(?:it|the|one|two|2))\b",
    re.I,
)
# a budget not there is no concrete step: "the owners haven't approved a budget", "no budget yet"
NO_BUDGET_RE = re.compile(
    r"\b(?:no|without|(?:haven'?t|hasn'?t|have\s+not|has\s+not|not)\s+(?:\w+\s+)?(?:approved"
    r"|set|agreed|signed\s+off|got))\s+(?:a\s+|the\s+|any\s+|on\s+(?:a\s+|the\s+)?)?budget\b",
    re.I,
)
HUMAN_RE = re.compile(
    r"\b(?:(?:talk|speak|chat)\s+(?:to|with)\s+(?:a\s+|an\s+|some\s*one\s+(?:from|in|on)\s+"
    r"|your\s+|the\s+(?=sales)|one\s+of\s+your\s+)?(?:real\s+|actual\s+|live\s+)?(?:person|human|someone"
    r"|somebody|sales(?:\s*(?:person|people|guy|rep|team|department|dept))?|rep|representative"
    r"|agent|people|your\s+team|the\s+team|manager)|real\s+person|human\s+(?:please|being)"
    r"|" + CONTACT_ASKERS + r"\s+(?:\w+\s+){0,4}?(?:to\s+)?(?:" + CONTACT_VERBS + r"|reach)\s+me"
    r"|call\s+me\s+back|contact\s+sales|sales\s+rep"
    r"|connect\s+me|(?:talk|speak)\s+(?:to|with)\s+sales|\bhuman\b|not\s+a\s+bot"
    # "put me in touch with someone senior", "get us in contact with your sales people"
    r"|(?:put|get)\s+(?:me|us)\s+in\s+(?:touch|contact)\s+with\b"
    # a call wished for as a noun: "I'd like a call to set it up", "we'd love a quick call"
    r"|\b(?:i|we)(?:'d|\s+would)\s+(?:like|love|appreciate|prefer)\s+(?:a|an)\s+(?:quick\s+"
    r"|short\s+|phone\s+)?call(?:\s*back)?\b(?!\s+(?:with\s+)?(?:my|our)\b)"
    # the call wanted, got or welcomed in other words: "my partner and I want a call", "can Rosa
    # get a call Thursday at 509-...?", "a call next week would really help", "is 614-... ok for
    # a call friday?"; not "do we get a call when it ships?" nor "a call with our landlord"
    r"|\b(?:want|need|get|book|schedule|arrange)\s+(?:a|an)\s+(?:quick\s+|short\s+|phone\s+)?"
    r"call(?:\s*back)?\b(?!\s+(?:(?:with|from)\s+)?(?:my|our|the|them|us|me|when|once|if|whenever)\b)"
    # proposed as the next step: "ok lets do a call", "let's hop on a quick call"
    r"|\blet'?s\s+(?:do|have|hop\s+on|jump\s+on|get\s+on|set\s+up)\s+(?:a|an)\s+(?:quick\s+"
    r"|short\s+|phone\s+)?call\b(?!\s+(?:with\s+)?(?:my|our|the|them)\b)"
    r"|\ba\s+(?:quick\s+|short\s+|phone\s+)?call(?:\s*back)?\s+(?:\w+\s+){0,3}?would\s+(?:really\s+"
    r"|be\s+)?(?:help|great|good|ideal|appreciated|nice|perfect|work)"
    r"|\b(?:ok|okay|good|fine|free|available|best)\s+for\s+a\s+(?:quick\s+|short\s+|phone\s+)?call\b"
    # someone asked to call about something: "Could someone call to set up the account"
    r"|\b(?:can|could|please|pls)\s+"
    + CONTACT_ASKERS
    + r"\s+(?:please\s+)?"
    + CALL_VERBS
    + r"\s+(?=to\s+\w|about\b|re\b)"
    # the visitor and others asked to be called: "could someone call us to go over a quote",
    # "can sales ring us next week"; not "someone told us to call" nor "you can call us on"
    r"|\b(?:can|could|would|will|please|pls)\s+" + CONTACT_ASKERS + r"\s+(?:from\s+(?:sales"
    r"|your\s+team)\s+)?(?:please\s+)?" + CONTACT_VERBS + r"\s+us\b(?!\s+(?:on|at)\s+\+?\(?\d)"
    # a call or meeting with one of ours asked to be set up: "can Bea and I get on a call with
    # sales next week?", "can you set up a tasting with your head roaster?", "could we book a
    # meeting with your team"; not "a call with our landlord" nor "a tasting of the Foundry"
    r"|\b(?:get|hop|jump)\s+on\s+(?:a|an)\s+(?:quick\s+|short\s+|phone\s+|video\s+)?call\s+"
    r"with\s+(?:sales|someone|somebody|you|your\s+\w+|one\s+of\s+your)\b"
    r"|\b(?:set\s+up|arrange|book|schedule|organi[sz]e)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:call"
    r"|meeting|tasting|cupping|demo|consultation)\s+(?:for\s+(?:me|us)\s+)?with\s+(?:sales"
    r"|someone|somebody|you|your\s+(?:[\w-]+\s+){0,2}?(?:roasters?|team|sales\w*|reps?"
    r"|people|staff|trainers?|technicians?|experts?|manager|baristas?|founders?|owners?)"
    r"|one\s+of\s+your)\b"
    # a salesperson's visit asked for, "commercial" being the learner's word for sales (French
    # commercial, Spanish comercial): "is it possible to have a visit of your commercial person?"
    r"|\ba\s+visit\s+(?:of|from|by)\s+(?:your|a|an|the|one\s+of\s+your)\s+(?:sales|commercial)\s*"
    r"(?:person|people|rep\w*|agent|team|guy|manager|staff)\b"
    r"|\b(?:sales|commercial)\s*(?:person|rep\w*|agent|team|guy|manager)\s+(?:to\s+|can\s+|could\s+)?"
    r"(?:visit|come\s+(?:to\s+see|by|over))\s+(?:us|me|our|my)\b"
    # a person above the bot: "speak to a supervisor", "talk with someone more senior",
    # "can i speak to whoever is in charge"
    r"|(?:talk|speak|chat)\s+(?:to|with)\s+(?:a\s+|an\s+|your\s+|the\s+)?(?:supervisor|boss"
    r"|(?:some|any)(?:one|body)\s+(?:more\s+)?senior|(?:some|any)(?:one|body)\s+in\s+charge"
    r"|whoever(?:\s+is|'s)?\s+in\s+charge|account\s+manager|sales\s+manager)"
    # "put me through to sales", "transfer me to someone on your team"
    r"|(?:put|transfer|pass|hand)\s+me\s+(?:over\s+|through\s+|on\s+)?to\s+(?:your\s+|the\s+|a\s+)?"
    r"(?:sales|someone|somebody|person|human|rep|team|manager)"
    r"|(?:get|have|send)\s+(?:" + CONTACT_ASKERS + r"|your\s+sales\s+(?:guy|person|rep))\s+"
    r"(?:to\s+)?(?:" + CONTACT_VERBS + r"|reach\s+out|get\s+in\s+touch)"
    r"|(?:can|could|would|will)\s+you\s+(?:guys\s+|folks\s+|people\s+|all\s+)?(?:please\s+)?"
    r"(?:" + CALL_VERBS + r"|e-?mail|contact|text)\s+me|give\s+me\s+a\s+(?:call|ring|shout)"
    r"|(?:please|pls)\s+(?:call|ring|email|contact)\s+me|(?<![\w']\s)(?:call|ring|text)\s+me\s+(?:on|at)"
    r"|(?:get|send)\s+(?:someone|somebody|a\s+tech(?:nician)?)\s+(?:out|over|here|down)"
    r"|(?:can|could|would|will|please|pls|need|want)\s+(?:you\s+)?(?:send\s+)?(?:someone|somebody"
    r"|a\s+tech(?:nician)?|your\s+tech(?:nician)?s?)\s+(?:\w+\s+){0,2}?(?:come\s+(?:out|over|by)"
    r"|stop\s+by|swing\s+by)"
    r"|\bhave\s+(?:the|your|an?)\s+(?:[\w-]+\s+){0,2}?" + CONTACT_VERBS + r"\s+(?:me|us)"
    r"|(?:can|could|would|will)\s+(?:your|one\s+of\s+your)\s+(?:[\w-]+\s+){1,3}?"
    + CONTACT_VERBS
    + r"\s+(?:me|us)"
    r"|(?:"
    + CONTACT_ASKERS
    + r"|you(?:\s+guys)?)\s+(?:\w+\s+){0,3}?"
    + CONTACT_PHRASES
    + r"\s+(?:me|us)"
    # a bare imperative "call me" ("sam ortiz 503 555 0117 call me", "Call me after 3pm", "call
    # me for a quote", "call me about signing up"), not "you can call me on ...", "call me Sam"
    # or "don't call me"
    # (after a go-ahead word: "ok call me pls, my number is ...")
    r"|(?:^|(?<=[.,;:!?\d\-–—]\s)|(?<=[.,;:!?]))(?:(?:ok(?:ay)?|k|so|then|alright|yeah|yes|sure"
    r"|cool|great|perfect)\W+)*(?:pls\s+|please\s+|just\s+)?(?:call|ring|text)\s+(?:me|us)"
    # a day named for the call: "Call me Tuesday to go through a quote", "call me on thursday
    # morning about switching"
    r"(?=\s*(?:$|[.,;!]|\+?\(?\d|asap|back|today|tomorrow|tmrw|this\s+week|next\s+week|after|before|to\s+\w"
    r"|(?:on\s+|this\s+|next\s+)?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b"
    r"|about|for\s+(?:a|an|the)|re|regarding"
    r"|any\s*time|whenever|please|pls|in\s+the\s+(?:morning|afternoon|evening))))\b",
    re.I,
)
PHONE_CUE = re.compile(rf"\b(?:{CALL_VERBS}|text)\b", re.I)
EMAIL_CUE = re.compile(r"\b(?:e-?mail|write)\b", re.I)
RESTART_RE = re.compile(
    r"\b(?:start\s+over|start\s+again|restart|reset|begin\s+again|from\s+scratch"
    r"|new\s+conversation|forget\s+everything)\b",
    re.I,
)
GOODBYE_RE = re.compile(
    r"\b(?:bye|goodbye|good\s+bye|see\s+you|see\s+ya|that'?s\s+all|that\s+is\s+all|talk\s+later"
    r"|have\s+a\s+(?:good|great|nice)\s+(?:day|one|evening)|(?:speak|talk|chat)\s+soon"
    r"|catch\s+you\s+later|until\s+next\s+time)\b",
    re.I,
)
AFFIRM_RE = re.compile(
    r"^(?:yes|yeah|yep|yup|y|correct|right|exactly|sure|indeed|that'?s\s+(?:it|right|correct)"
    r"|oops|sorry|my\s+bad|affirmative|ok|okay)\b",
    re.I,
)
# an offer accepted, not an "ok" that only acknowledges: "yes please", "ok do it", "sure, pass
# it on", "go ahead"
ACCEPT_RE = re.compile(
    r"^(?:(?:ok|okay|alright|all\s+right|great|cool|fine)[\s,.!]*)?(?:yes|yeah|yep|yup|sure"
    r"|please(?:\s+do)?|pls|do\s+(?:it|that|so)|go\s+(?:ahead|for\s+it)|pass\s+it\s+(?:on|along)"
    r"|that\s+would\s+be\s+(?:great|good|helpful)|sounds\s+good)\b",
    re.I,
)
DENY_RE = re.compile(r"^(?:no|nope|nah|wrong|not\s+quite|incorrect)\b", re.I)
KEEP_TYPED_RE = re.compile(r"\b(?:is\s+(?:correct|right|fine)|as\s+(?:i\s+)?typed|really)\b", re.I)


def accepts_offer(text: str) -> bool:
    """The message accepts what the bot just offered ("ok do it", "yes please") and asks
    nothing else."""
    found = ACCEPT_RE.search(text.strip())
    return found is not None and not is_question(text.strip()[found.end() :])


def customer_type(text: str) -> CustomerType | None:
    """The visitor type the message states, if any (new café wins over existing café)."""
    if NEW_CAFE_RE.search(text):
        return CustomerType.NEW_CAFE
    if EXISTING_CAFE_RE.search(text):
        return CustomerType.EXISTING_CAFE
    if CASUAL_RE.search(text):
        return CustomerType.CASUAL_BROWSER
    return None


def asks_beyond_handoff(text: str) -> bool:
    """True when a message asking for a person also asks something else."""
    parts = sentences(text)
    return any(is_question(part) and not HUMAN_RE.search(part) for part in parts)


NOT_BY = re.compile(
    r"\b(?:no|not|don'?t|do\s+not|never|without|rather\s+not)\s+(?:\w+\s+){0,2}?(?:calls?"
    r"|calling|ring|phone|texts?|e-?mails?)\b",
    re.I,
)


def contact_channel(text: str) -> Literal["email", "phone"] | None:
    """The channel a visitor asks to be reached by ("call me" -> phone, "email me" -> email);
    a channel declined ("email me. No call needed.") is not the one asked for."""
    text = NOT_BY.sub(" ", text)
    if PHONE_CUE.search(text):
        return "phone"
    if EMAIL_CUE.search(text):
        return "email"
    return None


# a person declined before the words that would ask for one: "not ready to talk to sales yet",
# "don't need anyone to call me", "no need to contact me"
DECLINED_BEFORE = re.compile(
    r"\b(?:not\s+(?:ready|yet|now|looking)|(?:don'?t|do\s+not|doesn'?t)\s+(?:want|need)"
    r"|no\s+need|rather\s+not|no\s+(?:one|body)\s+(?:needs?\s+)?to)\b[^.!?;,]{0,20}$"
    # or right before them: "we don't want a call", "I'm not available for a call"
    r"|(?:\bnot|\bnever|n't|n’t)\s+$",
    re.I,
)


def asks_for_person(text: str) -> bool:
    """The message asks for a person (a call, a rep, sales) and does not decline one."""
    return any(
        DECLINED_BEFORE.search(text[: found.start()]) is None for found in HUMAN_RE.finditer(text)
    )


def stated(pattern: re.Pattern[str], text: str) -> bool:
    """The pattern is said in a sentence that asks nothing: "do you sell wholesale?" or "can I
    lease it?" asks about the offer; "we need wholesale pricing" says something of the visitor."""
    parts = sentences(text, ends=".!?;", lines=True)
    return any(pattern.search(part) and not _asks(part) for part in parts)


def _asks(part: str) -> bool:
    return "?" in part or bool(QUESTION_START.search(part.strip()))


BUY_RE = re.compile(
    r"\b(?:can|could|may|do|does|where|how|will)\b[^.?!]{0,40}?\b(?:buy|purchase|order|sell)\b"
    r"|\bsell\s+(?:\w+\s+){0,2}to\s+(?:me|individuals|consumers|home|regular\s+people)\b",
    re.I,
)
# the company's own buying, not the visitor's: "do you buy from farms directly?"
SOURCING_RE = re.compile(
    r"\b(?:do|does|did)\s+(?:you|u|y'?all|copperline|they)\s+(?:\w+\s+)?(?:buy|purchase)\s+"
    r"(?:(?:your|their|the|green)\s+(?:\w+\s+)?)?(?:from|directly|direct|through|at)\b",
    re.I,
)


def asks_dictated(text: str) -> bool:
    """A sentence runs a question on after its statement with no mark between ("... the
    coffee situation is bad um do you guys sell to offices": :func:`dictated_ask`)."""
    return any(dictated_ask(sentence) for sentence in sentences(text))


def flags(text: str) -> dict[str, bool]:
    """Every rule-based flow signal of the message."""
    return {
        "question": is_question(text) or asks_dictated(text),
        "restart": bool(RESTART_RE.search(text)),
        "human": asks_for_person(text),
        "goodbye": bool(GOODBYE_RE.search(text)),
        "business_context": stated(BUSINESS_RE, without_visits(text)),
        "commitment": stated(COMMITMENT_RE, NO_BUDGET_RE.sub(" ", text)),
        "affirm": bool(AFFIRM_RE.search(text.strip())),
        "deny": bool(DENY_RE.search(text.strip())),
        "keep_typed": bool(KEEP_TYPED_RE.search(text)),
        "skip": is_skip(text),
        "buy": bool(BUY_RE.search(text)) and not SOURCING_RE.search(text),
        "dodge": is_dodge(text),
    }


def wants_answer(text: str) -> bool:
    """Whether a message already read as a question is worth a knowledge-base lookup: not a
    restart, and not only a request for a person ("can I talk to a person?")."""
    if RESTART_RE.search(text):
        return False
    return asks_beyond_handoff(text) if HUMAN_RE.search(text) else True
