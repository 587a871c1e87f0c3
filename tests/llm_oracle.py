"""The oracle: scripts for the OpenAI-compatible test server that answer each call with the
correct reading of a corpus conversation's turn.

The correct reading of a message is read off the corpus itself (``tests/corpus``): the
visitor type a turn expects, the values its ``collected`` expects that this very message
gives (a ``contains_any`` value as the clause of the message holding the term), a handoff,
restart or goodbye the turn expects, each with the message as the model's quote. The reply
call echoes the local draft. Playing the corpus in LLM mode against the oracle shows that the
pipeline keeps a correct model reading (provenance, validators, merges) rather than only
tolerating a silent one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from shared.llm.provenance import kept
from tests.corpus.corpus import SPLITS, load_split
from tests.llm_server import Script
from tests.scenarios.runner import RESTART

CLAUSE = re.compile(r"[.,;!?]|\band\b|\bbut\b", re.I)


@dataclass
class Reading:
    """What one visitor message says, as the corpus expects it to be read."""

    customer_type: str | None = None
    values: dict[str, Any] = field(default_factory=dict)
    human: bool = False
    restart: bool = False
    goodbye: bool = False


def _clause(message: str, terms: list[Any]) -> str | None:
    """The clause of the message holding one of the terms ("in january" for "jan")."""
    for clause in CLAUSE.split(message):
        if any(str(t).lower() in clause.lower() for t in terms):
            return clause.strip() or None
    return None


def _value(message: str, want: Any) -> Any:
    if isinstance(want, dict) and "contains_any" in want:
        return _clause(message, want["contains_any"])
    return want


def reading_of(message: str, expect: dict[str, Any], before: dict[str, Any]) -> Reading:
    """The reading of one turn: what its expectations add to the previous turn's."""
    reading = Reading(customer_type=expect.get("customer_type"))
    for name, want in (expect.get("collected") or {}).items():
        value = _value(message, want)
        if value is not None and kept(name, value, [message]):
            reading.values[name] = value
    reading.human = bool(expect.get("handoff")) and not before.get("handoff")
    reading.goodbye = bool(expect.get("closed")) and not before.get("closed")
    reading.restart = bool(RESTART.search(message))
    return reading


def corpus_readings() -> dict[str, Reading]:
    """Every corpus message's reading (the first when a message recurs)."""
    table: dict[str, Reading] = {}
    for split in SPLITS:
        for scenario in load_split(split):
            before: dict[str, Any] = {}
            for turn in scenario["turns"]:
                expect = turn.get("expect") or {}
                table.setdefault(turn["say"].strip(), reading_of(turn["say"], expect, before))
                before = expect
    return table


def oracle_scripts(table: dict[str, Reading] | None = None) -> dict[str, Script]:
    """The per-purpose scripts answering every call with the message's correct reading."""
    readings = table if table is not None else corpus_readings()

    def read(data: dict[str, Any]) -> tuple[Reading, str]:
        message = str(data.get("visitor_message", ""))
        return readings.get(message.strip(), Reading()), message

    def detect(data: dict[str, Any]) -> dict[str, Any]:
        reading, message = read(data)
        kind = reading.customer_type
        return {"customer_type": kind, "business_context": kind in ("new_cafe", "existing_cafe"),
                "question": False, "evidence": message if kind else ""}  # fmt: skip

    def contact(data: dict[str, Any]) -> dict[str, Any]:
        reading, _ = read(data)
        return {k: reading.values.get(k) for k in ("name", "email", "phone")}

    def flow(data: dict[str, Any]) -> dict[str, Any]:
        reading, message = read(data)
        flags = {"human": reading.human, "restart": reading.restart, "goodbye": reading.goodbye}
        return {**flags, "evidence": message if any(flags.values()) else ""}

    def fields(data: dict[str, Any]) -> dict[str, Any]:
        reading, _ = read(data)
        return dict(reading.values)

    return {"detect_type": detect, "extract_contact": contact, "flow": flow, "fields": fields}
