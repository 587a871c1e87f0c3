"""The short summary sales reads first: who, what they need, when, what they asked, objections.

In sales language: the topics a visitor asked about are named by product or subject ("Lumen
2-Group", "espresso machines"), never by the chat's internal topic keys; a stated budget is a
number in its own field (the console formats money), not text.
"""

from __future__ import annotations

from collections.abc import Sequence

from shared.conversation.state import ConversationState, CustomerType, Message
from shared.conversation.topics import RECENT
from shared.leads import transcript
from shared.leads.models import Signals, Summary
from shared.leads.money import repaired, stated_budget
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


def _needs(state: ConversationState, messages: Sequence[Message]) -> list[str]:
    needs = []
    for field in NEED_FIELDS:
        value = state.collected.get(field)
        if value not in (None, ""):
            label = field.replace("_", " ")
            needs.append(f"{label}: {repaired(str(value), messages)}")
    return needs


def _subject(source: str) -> str:
    """ "products/espresso-machines.md" -> "espresso machines"."""
    name = source.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return name.replace("-", " ").replace("_", " ").strip()


def topic_labels(topics: Sequence[str]) -> list[str]:
    """The products named in the answers, then the subjects of the sources answered from."""
    names = [
        name
        for topic in topics
        if topic.startswith(RECENT)
        for name in topic.split(":", 2)[-1].split("|")
        if name
    ]
    subjects = [_subject(t.partition("#")[0]) for t in topics if "#" in t]
    return list(dict.fromkeys(n for n in [*names, *subjects] if n))


def _asked_about(state: ConversationState, messages: Sequence[Message]) -> list[str]:
    if state.topics:
        return topic_labels(state.topics)
    asked = [m.text.strip() for m in transcript.questions(messages)]
    return [a if len(a) <= MAX_QUESTION_CHARS else a[: MAX_QUESTION_CHARS - 1] + "…" for a in asked]


def summarize(state: ConversationState, messages: Sequence[Message], signals: Signals) -> Summary:
    """A few lines a salesperson can read before the call."""
    timeline = find_timeline(state, messages)
    who, needs, asked = _who(state), _needs(state, messages), _asked_about(state, messages)
    budget = stated_budget(messages)
    collected = state.collected.get("opening_timeline")
    when = str(collected) if collected else timeline.phrase if timeline else None
    parts = [f"{who}."]
    parts.append(f"Needs {'; '.join(needs)}." if needs else "Needs not stated yet.")
    if when:
        parts.append(f"Timeline: {when}.")
    if asked:
        parts.append(f"Asked about: {', '.join(asked[:5])}.")
    if budget is not None:
        parts.append("Stated a budget.")
    if signals.objections:
        parts.append(f"Objections: {', '.join(signals.objections)}.")
    return Summary(
        text=" ".join(parts),
        who=who,
        needs=needs,
        when=when,
        asked_about=asked,
        objections=signals.objections,
        budget=budget,
    )
