"""The lead score: a pure function of the conversation state and transcript, 0 to 100.

The table (issue 5), every rule a :class:`ScoreItem` so the breakdown explains each point:

- contact quality (0-25): name 5, valid email 10, valid phone 10;
- business intent (0-30): customer type identified 10; timeline given 10 (near, within three
  months of the conversation, 10; vague or distant 5); budget or volume mentioned 10;
- engagement (0-25): 1 per visitor message (max 10), 2 per question (max 10), 5 when the
  visitor's average message is longer than 50 characters;
- qualification status (0-20): qualified 20, else 70% or more of the type's fields 10,
  40% or more 5.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from shared.conversation.state import (
    ConversationState,
    CustomerType,
    Message,
    Stage,
    fields_for,
)
from shared.leads import transcript
from shared.leads.models import ScoreBreakdown, ScoreItem
from shared.leads.timeline import Nearness, Timeline, parse_timeline

CONTACT = "contact_quality"
INTENT = "business_intent"
ENGAGEMENT = "engagement"
QUALIFICATION = "qualification_status"
LONG_MESSAGE_CHARS = 50
BUSINESS_TYPES = (CustomerType.NEW_CAFE, CustomerType.EXISTING_CAFE)


def _item(category: str, rule: str, points: int, max_points: int, detail: str) -> ScoreItem:
    return ScoreItem(
        category=category, rule=rule, points=points, max_points=max_points, detail=detail
    )


def valid_email(value: object) -> bool:
    """A syntactically valid email address (no DNS lookup)."""
    from email_validator import EmailNotValidError, validate_email  # on the first address

    if not isinstance(value, str):
        return False
    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        return False
    return True


def valid_phone(value: object) -> bool:
    """A phone number ``phonenumbers`` considers valid (E.164 or with a + prefix)."""
    import phonenumbers  # on the first number

    if not isinstance(value, str):
        return False
    try:
        return bool(phonenumbers.is_valid_number(phonenumbers.parse(value, None)))
    except phonenumbers.NumberParseException:
        return False


def _filled(value: object) -> bool:
    return value is not None and value != "" and value != []


def contact_items(state: ConversationState) -> list[ScoreItem]:
    """Name 5, valid email 10, valid phone 10."""
    got = state.collected
    name = _filled(got.get("name"))
    email = valid_email(got.get("email"))
    phone = valid_phone(got.get("phone"))
    return [
        _item(CONTACT, "name", 5 if name else 0, 5, "name given" if name else "no name"),
        _item(CONTACT, "email", 10 if email else 0, 10, "valid email" if email else "no email"),
        _item(CONTACT, "phone", 10 if phone else 0, 10, "valid phone" if phone else "no phone"),
    ]


def conversation_date(state: ConversationState, messages: Sequence[Message]) -> date:
    """The day the conversation took place (its first message, else its creation)."""
    return (messages[0].at if messages else state.created_at).date()


def find_timeline(state: ConversationState, messages: Sequence[Message]) -> Timeline | None:
    """The collected opening timeline, else the first timeline phrase the visitor used."""
    today = conversation_date(state, messages)
    collected = state.collected.get("opening_timeline")
    if isinstance(collected, str) and collected.strip():
        parsed = parse_timeline(collected, today)
        return parsed or Timeline(phrase=collected, target=None, nearness=Nearness.VAGUE)
    for message in transcript.visitor_messages(messages):
        parsed = parse_timeline(message.text, today)
        if parsed is not None:
            return parsed
    return None


def _timeline_item(timeline: Timeline | None) -> ScoreItem:
    if timeline is None:
        return _item(INTENT, "timeline", 0, 10, "no timeline")
    points = 10 if timeline.nearness is Nearness.NEAR else 5
    detail = f"{timeline.nearness.value} timeline: {timeline.phrase}"
    return _item(INTENT, "timeline", points, 10, detail)


def intent_items(state: ConversationState, messages: Sequence[Message]) -> list[ScoreItem]:
    """Customer type 10, timeline 10 (or 5), budget or volume 10."""
    kind = state.customer_type
    typed = kind in BUSINESS_TYPES
    type_detail = f"customer type {kind.value}" if kind and typed else "type not identified"
    budget = _filled(
        state.collected.get("expected_volume")
    ) or transcript.mentions_budget_or_volume(messages)
    return [
        _item(INTENT, "customer_type", 10 if typed else 0, 10, type_detail),
        _timeline_item(find_timeline(state, messages)),
        _item(
            INTENT,
            "budget_or_volume",
            10 if budget else 0,
            10,
            "budget or volume mentioned" if budget else "no budget or volume",
        ),
    ]


def engagement_items(messages: Sequence[Message]) -> list[ScoreItem]:
    """1 per visitor message (max 10), 2 per question (max 10), 5 for long messages."""
    sent = len(transcript.visitor_messages(messages))
    asked = len(transcript.questions(messages))
    average = transcript.average_length(messages)
    long_ = average > LONG_MESSAGE_CHARS
    return [
        _item(ENGAGEMENT, "messages", min(sent, 10), 10, f"{sent} visitor messages"),
        _item(ENGAGEMENT, "questions", min(2 * asked, 10), 10, f"{asked} questions asked"),
        _item(
            ENGAGEMENT,
            "message_length",
            5 if long_ else 0,
            5,
            f"average message {average:.0f} characters",
        ),
    ]


def field_share(state: ConversationState) -> float:
    """The share of the customer type's fields collected (0 when the type has none)."""
    fields = fields_for(state.customer_type)
    if not fields:
        return 0.0
    return sum(1 for f in fields if _filled(state.collected.get(f))) / len(fields)


def qualification_item(state: ConversationState) -> ScoreItem:
    """Qualified 20, else 70% of the type's fields 10, 40% 5."""
    if state.stage is Stage.QUALIFIED:
        return _item(QUALIFICATION, "status", 20, 20, "qualified")
    share = field_share(state)
    points = 10 if share >= 0.7 else 5 if share >= 0.4 else 0
    return _item(QUALIFICATION, "status", points, 20, f"{share:.0%} of the fields collected")


def score(state: ConversationState, messages: Sequence[Message]) -> ScoreBreakdown:
    """The lead score with its breakdown."""
    items = [
        *contact_items(state),
        *intent_items(state, messages),
        *engagement_items(messages),
        qualification_item(state),
    ]
    categories = {c: 0 for c in (CONTACT, INTENT, ENGAGEMENT, QUALIFICATION)}
    for item in items:
        categories[item.category] += item.points
    return ScoreBreakdown(total=sum(categories.values()), categories=categories, items=items)
