"""The short summary sales reads first: who, what they need, when, what they asked, objections."""

from __future__ import annotations

from collections.abc import Sequence

from shared.conversation.state import ConversationState, CustomerType, Message
from shared.leads import transcript
from shared.leads.models import Signals, Summary
from shared.leads.scoring import find_timeline

TYPE_LABEL = {
    CustomerType.NEW_CAFE: "a new café",
    CustomerType.EXISTING_CAFE: "an existing café",
    CustomerType.CASUAL_BROWSER: "a casual browser",
}
NEED_FIELDS = (
    "equipment_needs",
    "coffee_preferences",
    "expected_volume",
    "pain_points",
    "support_needs",
    "locations",
)
MAX_QUESTION_CHARS = 80


def _who(state: ConversationState) -> str:
    name = str(state.collected.get("name") or "An unnamed visitor")
    kind = TYPE_LABEL.get(state.customer_type) if state.customer_type else None
    return f"{name} ({kind})" if kind else name


def _needs(state: ConversationState) -> list[str]:
    needs = []
    for field in NEED_FIELDS:
        value = state.collected.get(field)
        if value not in (None, ""):
            label = field.replace("_", " ")
            needs.append(f"{label}: {value}")
    return needs


def _asked_about(state: ConversationState, messages: Sequence[Message]) -> list[str]:
    if state.topics:
        return list(dict.fromkeys(state.topics))
    asked = [m.text.strip() for m in transcript.questions(messages)]
    return [a if len(a) <= MAX_QUESTION_CHARS else a[: MAX_QUESTION_CHARS - 1] + "…" for a in asked]


def summarize(state: ConversationState, messages: Sequence[Message], signals: Signals) -> Summary:
    """A few lines a salesperson can read before the call."""
    timeline = find_timeline(state, messages)
    who, needs, asked = _who(state), _needs(state), _asked_about(state, messages)
    collected = state.collected.get("opening_timeline")
    when = str(collected) if collected else timeline.phrase if timeline else None
    parts = [f"{who}."]
    parts.append(f"Needs {'; '.join(needs)}." if needs else "Needs not stated yet.")
    if when:
        parts.append(f"Timeline: {when}.")
    if asked:
        parts.append(f"Asked about: {', '.join(asked[:5])}.")
    if signals.objections:
        parts.append(f"Objections: {', '.join(signals.objections)}.")
    return Summary(
        text=" ".join(parts),
        who=who,
        needs=needs,
        when=when,
        asked_about=asked,
        objections=signals.objections,
    )
