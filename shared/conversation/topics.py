"""The conversation's topic list (``ConversationState.topics``): what the answers were about.

The chat appends a numbered "recent:N:Name|Name" entry for each answer about catalog items;
the answerer's follow-ups and the state machine ("ok that one then") read the latest one.
Entries of the other kinds carry answer N's number too, so a reader can tell whether they
belong to the latest answer. Pure over the list, so both sides read it without importing each
other.
"""

from __future__ import annotations

RECENT = "recent:"  # topic entries "recent:N:Lumen 2-Group|Atlas 75": answer N's entities
ASKED = "asked:"  # topic entries "asked:N:warranty" carry the attribute answer N answered
# "general:N:warranty": an attribute asked of no item after answer N ("whats the warranty on")
GENERAL = "general:"
ORDER = "order:"  # topic entries "order:N:Lumen 2-Group=2|Atlas 75=2" carry the order so far
CREDITED = "credited:"  # "credited:N:$12,000": the visitor's amount answer N worked a credit on
# "computed:N:the online course for 10 staff, how much?": the question answer N computed from
COMPUTED = "computed:"
# "pending:N:can i lease it?": the question answer N asked back which item it means
PENDING = "pending:"


def count(topics: list[str], kind: str) -> int:
    """How many entries of ``kind`` (a prefix such as :data:`ORDER`) the list holds."""
    return sum(t.startswith(kind) for t in topics)


def answers_so_far(topics: list[str]) -> int:
    """How many answers about catalog items were given: the number of the latest one."""
    return count(topics, RECENT)


def entry(kind: str, number: int, value: str) -> str:
    """A topic entry ``kind`` + "N:value"."""
    return f"{kind}{number}:{value}"


def next_entry(topics: list[str], kind: str, value: str) -> str:
    """A new entry of ``kind``, numbered after the earlier ones (so it is unique)."""
    return entry(kind, count(topics, kind) + 1, value)


def latest(topics: list[str], kind: str, number: int) -> str | None:
    """The value of the latest entry of ``kind`` numbered ``number``, if there is one."""
    mark = entry(kind, number, "")
    return next((t[len(mark) :] for t in reversed(topics) if t.startswith(mark)), None)


def recent_entities(topics: list[str]) -> list[str]:
    """The entities the latest answer was about (from the conversation's topic list)."""
    return next(iter(answered_entities(topics)), [])


def answered_entities(topics: list[str]) -> list[list[str]]:
    """The entities of each answer about catalog items, the latest answer's first."""
    marks = [t for t in topics if t.startswith(RECENT)]
    marks.sort(key=lambda t: int(t.split(":")[1]) if t.split(":")[1].isdigit() else 0)
    return [[name for name in t.split(":", 2)[2].split("|") if name] for t in reversed(marks)]


def recent_topic(topics: list[str], entities: list[str]) -> str:
    """A new, unique "recent:" entry (numbered, so it always sorts after the earlier ones)."""
    return next_entry(topics, RECENT, "|".join(entities))


def recent_attribute(topics: list[str], general: bool = True) -> str | None:
    """The attribute the latest answer about entities answered, or (with ``general``) an
    answer about no item given after it ("whats the warranty on"), if it answered one."""
    answers = answers_so_far(topics)
    kinds = [GENERAL, ASKED] if general else [ASKED]
    return next((v for k in kinds if (v := latest(topics, k, answers)) is not None), None)


def recent_order(topics: list[str]) -> list[str]:
    """The order under discussion: the lines of the latest "order:" entry."""
    marks = [t.split(":", 2) for t in topics if t.startswith(ORDER)]
    numbered = [m for m in marks if len(m) == 3 and m[1].isdigit()]
    if not numbered:
        return []
    newest = max(numbered, key=lambda m: int(m[1]))
    return [line for line in newest[2].split("|") if line]


def order_topic(topics: list[str], order: list[str]) -> str:
    """A new "order:" entry for ``order`` (numbered after the earlier ones)."""
    return next_entry(topics, ORDER, "|".join(order))


def recent_credited(topics: list[str]) -> str | None:
    """The visitor's amount the latest answer worked a credit on, when it was the latest
    answer (its entry numbered with the answers so far)."""
    return latest(topics, CREDITED, answers_so_far(topics))


def recent_computed(topics: list[str]) -> str | None:
    """The question the latest answer computed a figure from, when it was the latest answer."""
    return latest(topics, COMPUTED, answers_so_far(topics))


def pending_ask(topics: list[str]) -> str | None:
    """The visitor's question the latest answer asked back about ("Which one do you mean:
    ...?"), waiting for the pick among its entities, when that was the latest answer."""
    return latest(topics, PENDING, answers_so_far(topics))
