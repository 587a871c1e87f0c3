"""Enrichment: duration and size of the conversation, signals, geography, engagement pattern."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import datetime

from shared.conversation.state import ConversationState, Message
from shared.leads import transcript
from shared.leads.followup import DEFAULT_TZ, zone
from shared.leads.models import Engagement, Enrichment, Geography
from shared.leads.signals import signals


def duration_seconds(messages: Sequence[Message]) -> float:
    """Seconds from the first message to the last."""
    if len(messages) < 2:
        return 0.0
    return max(0.0, (messages[-1].at - messages[0].at).total_seconds())


def _phone_region(phone: object) -> tuple[str | None, str | None]:
    """The country and (when unambiguous) timezone of a phone number."""
    import phonenumbers  # on the first number
    from phonenumbers import timezone as phone_timezone

    if not isinstance(phone, str):
        return None, None
    try:
        number = phonenumbers.parse(phone, None)
    except phonenumbers.NumberParseException:
        return None, None
    country = phonenumbers.region_code_for_number(number)
    zones = [z for z in phone_timezone.time_zones_for_number(number) if "/" in z]
    return country, zones[0] if zones else None


def geography(state: ConversationState, now: datetime) -> Geography:
    """Country and timezone from the request context, else from the phone number's region."""
    context = state.context
    phone_country, phone_zone = _phone_region(state.collected.get("phone"))
    if context.timezone and zone(context.timezone).key == context.timezone:
        timezone, source = context.timezone, "request context"
    elif phone_zone:
        timezone, source = phone_zone, "phone number"
    else:
        timezone, source = DEFAULT_TZ, "default (sales timezone)"
    country = (context.country or "").upper() or phone_country
    return Geography(
        country=country,
        timezone=timezone,
        source=source,
        local_time=now.astimezone(zone(timezone)),
    )


def _reply_gaps(messages: Sequence[Message]) -> list[float]:
    """Seconds the visitor took to answer each assistant message."""
    gaps = []
    for before, after in itertools.pairwise(messages):
        if before.role == "assistant" and after.role == "user":
            gaps.append(max(0.0, (after.at - before.at).total_seconds()))
    return gaps


def _pattern(sent: int, asked: int, average: float) -> str:
    if sent <= 2:
        return "brief"
    if asked * 2 >= sent:
        return "researching"
    if average > 50:
        return "detailed"
    return "cooperative"


def engagement(messages: Sequence[Message]) -> Engagement:
    """How many messages and questions, how long, how fast, and the resulting pattern."""
    sent = len(transcript.visitor_messages(messages))
    asked = len(transcript.questions(messages))
    average = transcript.average_length(messages)
    gaps = _reply_gaps(messages)
    return Engagement(
        pattern=_pattern(sent, asked, average),
        visitor_messages=sent,
        questions=asked,
        average_message_length=round(average, 1),
        average_reply_seconds=round(sum(gaps) / len(gaps), 1) if gaps else None,
    )


def enrich(state: ConversationState, messages: Sequence[Message], now: datetime) -> Enrichment:
    """Every enrichment of one conversation, ``now`` being the reference for the local time."""
    return Enrichment(
        duration_seconds=duration_seconds(messages),
        message_count=len(messages),
        signals=signals(messages),
        geography=geography(state, now),
        engagement=engagement(messages),
    )
