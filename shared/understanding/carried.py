"""The subject of a message carried to each of its asks: a topic opening the message ("for a
house blend: what's the minimum and how long does it take to develop?") and the item an
earlier part named ("Lumen 2-Group price, ..., and how long to ship?") are what a later ask
that names nothing of its own is about. Read here, in the reader; the answerer judges whether
a label names a subject of the knowledge base. Pure: text in, text out."""

from __future__ import annotations

import re

#: The same opening naming a thing, not the visitor's own ("for a house blend:", "for the
#: grinder:"): the caller keeps it when the knowledge base has that subject.
_TOPIC_LABEL = re.compile(r"^\s*for (?P<label>(?:the|a|an) [^:?.!]{1,60}):\s+(?=\S)", re.I)


def opening_topic(text: str) -> str | None:
    """The thing an opening "for a/an/the X:" names ("a house blend"), else None: the subject
    of every ask after the colon when it is one of the knowledge base's
    (:func:`shared.rag.question.untagged` drops the opening as a purpose)."""
    found = _TOPIC_LABEL.match(text)
    return found["label"].strip() if found else None


#: A time asked of a verb with no object ("how long to ship?", "how long does it take to
#: develop?", "how soon can it arrive"): what ships or is developed is the message's subject.
_OBJECTLESS_TIME = re.compile(
    r"^\W*(?:and\s+)?how\s+(?:long|soon|fast|quickly)\s+"
    r"(?:(?:does|do|will|would|can|could)\s+(?:it|that|they)\s+)?(?:take\s+)?(?:to\s+)?"
    r"(?P<verb>[a-z]+)(?:\s+(?:for|in)\s+(?:you|u)\s+to\s+[a-z]+)?\W*$",
    re.I,
)


def objectless_time(part: str) -> bool:
    """Whether ``part`` asks how long a verb takes and names nothing it is done to (see
    :data:`_OBJECTLESS_TIME`)."""
    found = _OBJECTLESS_TIME.match(part)
    return found is not None and found["verb"].lower() not in {"it", "that", "they", "take"}


#: A subject opening the message before a colon ("a house blend: what's ..."), as
#: :func:`opening_topic` leaves it for the answerer.
_LABEL = re.compile(r"^\s*(?P<label>[^:?.!]{2,60}):\s+(?=\S)")


def with_object(part: str, question: str, named: list[str], topic: bool) -> str:
    """``part`` asked of the message's subject when it asks a time of a verb with no object
    (see :func:`objectless_time`): the label opening ``question`` when ``topic`` (it names a
    subject of the knowledge base), else the one item ``named`` by the parts before ("how long
    to ship?" -> "how long to ship the Lumen 2-Group?"); else unchanged."""
    if not objectless_time(part):
        return part
    label = _LABEL.match(question)
    subject = label["label"].strip() if label and topic else None
    if subject is None and len(named) == 1:
        subject = f"the {named[0]}"
    return f"{part.rstrip(' ?.!')} {subject}?" if subject else part


def label_of(question: str) -> str | None:
    """The words before a colon opening ``question`` ("a house blend"), else None."""
    found = _LABEL.match(question)
    return found["label"].strip() if found else None
