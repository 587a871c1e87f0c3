"""The conversation's topic list (``ConversationState.topics``): what the answers were about.

The chat appends a numbered "recent:N:Name|Name" entry for each answer about catalog items;
the answerer's follow-ups and the state machine ("ok that one then") read the latest one.
Pure over the list, so both sides read it without importing each other.
"""

from __future__ import annotations

RECENT = "recent:"  # topic entries "recent:N:Lumen 2-Group|Atlas 75": answer N's entities


def recent_entities(topics: list[str]) -> list[str]:
    """The entities the latest answer was about (from the conversation's topic list)."""
    marks = [t for t in topics if t.startswith(RECENT)]
    if not marks:
        return []
    latest = max(marks, key=lambda t: int(t.split(":")[1]) if t.split(":")[1].isdigit() else 0)
    return [name for name in latest.split(":", 2)[2].split("|") if name]
