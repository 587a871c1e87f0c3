"""The intent classifier's reading applied to the local brain's flow signals.

Rules stay where they are exact (a "?" question, "start over", an email address); the classifier
adds what they miss, a class of phrasings at a time ("can your team put together pricing for
us?" is a handoff, "pls remove my details" a privacy request). Precision first: an intent the
classifier has not *decided* (below its calibrated threshold) changes nothing, and only a low
probability vetoes a rule whose words are known to mislead (a hypothetical breakdown is not a
support ticket; "how do I restart the grinder?" is not a restart).
"""

from __future__ import annotations

from shared.conversation import signals
from shared.conversation.state import ConversationState, CustomerType
from shared.conversation.understanding import Understanding
from shared.understanding.asked import asks_may_buy
from shared.understanding.intents import IntentReading

VETO = 0.1  # below this probability the classifier overrides a broad rule


def apply_reading(
    reading: IntentReading, text: str, state: ConversationState, result: Understanding
) -> None:
    """Merge the classifier's decided intents into ``result`` (the rules' signals)."""
    # "pls send the sales phone # and email" asks for our details (answered), not for a call
    asks_ours = result.meta == "contact" or _home_buyer_asks(text, state, result)
    if reading.has("handoff") and not result.human and not _gives_contact(result) and not asks_ours:
        result.human = True
        # the request is the question ("can your team put together pricing for us?")
        result.question = result.question and reading.has("question")
    if result.restart and reading.score("restart") < VETO and reading.has("question"):
        result.restart = False
    result.restart = result.restart or reading.has("restart")
    if not result.question and _asks(reading) and not result.human:
        # a "?" whose sentence holds a detail was read as an unsure answer by the rules; the
        # classifier sees the question in "The installation is included if I buy the Lumen?"
        result.question = True
    result.goodbye = result.goodbye or _goodbye(reading)
    result.correction = result.correction or reading.has("correction")
    # "what have you saved about me?" asks for a read-back, "recap so far?" for a recap: no
    # erasure by itself
    held = result.meta in ("held", "recap")
    result.privacy = result.privacy or (reading.has("privacy_request") and not held)
    result.small_talk = reading.has("small_talk") and not result.question
    result.support_issue = _support(reading)
    if reading.has("refusal") and not result.refused:
        result.refused = _refused_fields(text, state, result.question)


def _asks(reading: IntentReading) -> bool:
    """A question and not an answer to the field asked (precision 1.00 on each held-out
    author for the question intent)."""
    return reading.has("question") and not reading.has("answer_field")


def _gives_contact(result: Understanding) -> bool:
    """ "You can call me on 503-555-0187" gives a phone number: it asks for no one.

    A request for a person that comes with a contact is still seen by the rules ("can someone
    call me? 503 555 0181"); the classifier alone does not turn a volunteered contact into a
    handoff, which would stop the qualification (precision first: a missed handoff still
    leaves sales the contact, a false one loses the rest of the lead).
    """
    return "email" in result.fields or "phone" in result.fields


def _home_buyer_asks(text: str, state: ConversationState, result: Understanding) -> bool:
    """A home buyer asking whether they may buy from us ("can i buy it from you guys directly
    or do i have to be a business") asks whom we sell to: answered, asking for no one."""
    home = CustomerType.CASUAL_BROWSER in (result.customer_type, state.customer_type)
    return home and asks_may_buy(text)


def _goodbye(reading: IntentReading) -> bool:
    """Thanks or bye that closes, not "thanks! and how much is the pico?"."""
    busy = ("question", "handoff", "answer_field", "correction")
    return reading.has("goodbye") and not any(reading.has(intent) for intent in busy)


def _support(reading: IntentReading) -> bool | None:
    """True: a current fault or order problem; False: confidently not one; None: undecided."""
    if reading.has("support_issue"):
        return True
    return False if reading.score("support_issue") < VETO else None


def _refused_fields(text: str, state: ConversationState, question: bool) -> list[str]:
    """The contact fields named in a refusal, else the field being asked, but not from a
    message that asks something and names no field ("Is it under warranty? ... so don't tell me
    a tech is driving down" refuses nothing: precision first, the field is asked again)."""
    named = [f for f, pattern in signals.FIELD_MENTION.items() if pattern.search(text)]
    if named:
        return [f for f in named if f not in state.refused]
    return [state.asking] if state.asking and not question else []
