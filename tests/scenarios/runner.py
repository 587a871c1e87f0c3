"""Plays a conversation scenario (YAML, format in ../shared/scenarios/README.md) against the
real chat function and reports every failed expectation and broken invariant."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import yaml

from tests.session_secrets import remember, secret_headers

STAGES = ["exploring", "interest_detected", "intent_confirmed", "qualified"]
RESTART = re.compile(r"\b(start over|start again|restart|reset|begin again|from scratch)\b", re.I)
MAX_ASKS = 3


def load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path.name}: not a mapping"
    assert data.get("turns"), f"{path.name}: no turns"
    return data


def _same(actual: Any, expected: Any) -> bool:
    if isinstance(expected, dict) and "contains_any" in expected:
        text = str(actual or "").lower()
        return actual is not None and any(str(w).lower() in text for w in expected["contains_any"])
    if isinstance(expected, str):
        return isinstance(actual, str) and actual.strip().lower() == expected.strip().lower()
    return bool(actual == expected)


def check(expect: dict[str, Any], body: dict[str, Any]) -> list[str]:
    """Every expectation of one turn that the response breaks."""
    errors: list[str] = []
    collected = body.get("collected") or {}
    for key, want in expect.items():
        if key in ("customer_type", "stage", "asking", "handoff", "handoff_channel", "closed"):
            ok = body.get(key) == want
        elif key == "stage_at_least":
            ok = STAGES.index(body["stage"]) >= STAGES.index(want)
        elif key == "collected":
            ok = all(k in collected and _same(collected[k], v) for k, v in want.items())
        elif key == "not_collected":
            ok = not any(k in collected for k in want)
        elif key == "asking_not":
            ok = body.get("asking") not in want
        elif key == "sources_category":
            ok = any(s.get("category") == want for s in body.get("sources") or [])
        elif key == "reply_contains_any":
            ok = any(str(w).lower() in body["reply"].lower() for w in want)
        elif key == "reply_contains_none":
            ok = not any(str(w).lower() in body["reply"].lower() for w in want)
        elif key == "missing":
            ok = sorted(body.get("missing") or []) == sorted(want)
        else:
            errors.append(f"unknown expectation {key!r}")
            continue
        if not ok:
            errors.append(f"{key}: expected {want!r}")
    return errors


class Invariants:
    """The README's invariants, checked on every response of one conversation."""

    def __init__(self) -> None:
        self.asks: dict[str, int] = {}
        self.stage = 0
        self.customer_type: str | None = None

    def check(self, say: str, body: dict[str, Any]) -> list[str]:
        errors: list[str] = []
        asking = body.get("asking")
        restarted = bool(RESTART.search(say))
        if restarted:
            self.asks, self.stage, self.customer_type = {}, 0, None
        if asking:
            self.asks[asking] = self.asks.get(asking, 0) + 1
            if self.asks[asking] > MAX_ASKS:
                errors.append(f"invariant: {asking} asked {self.asks[asking]} times")
            if asking in (body.get("collected") or {}):
                errors.append(f"invariant: asking already collected field {asking}")
        stage = STAGES.index(body["stage"])
        if stage < self.stage:
            errors.append(f"invariant: stage moved back to {body['stage']}")
        self.stage = max(self.stage, stage)
        kind = body.get("customer_type")
        if self.customer_type not in (None, "casual_browser") and kind is None:
            errors.append("invariant: customer type reset to null")
        self.customer_type = kind or self.customer_type
        return errors


async def play(client: httpx.AsyncClient, scenario: dict[str, Any]) -> tuple[list[str], list[str]]:
    """Play every turn; returns (failures, transcript lines)."""
    failures: list[str] = []
    transcript: list[str] = []
    invariants = Invariants()
    session_id: str | None = None
    body: dict[str, Any] = {}
    for number, turn in enumerate(scenario["turns"], start=1):
        payload: dict[str, Any] = {"message": turn["say"]}
        if session_id:
            payload["session_id"] = session_id
        if scenario.get("context"):
            payload["context"] = scenario["context"]
        response = await client.post("/messages", json=payload, headers=secret_headers(session_id))
        transcript.append(f"> {turn['say']}")
        if response.status_code != 200:
            failures.append(f"turn {number}: HTTP {response.status_code} {response.text}")
            return failures, transcript
        body = response.json()
        remember(body)
        session_id = body["session_id"]
        transcript.append(f"< {body['reply']}  [{body['stage']} asking={body['asking']}]")
        problems = check(turn.get("expect") or {}, body) + invariants.check(turn["say"], body)
        failures.extend(f"turn {number} ({turn['say'][:40]!r}): {p}" for p in problems)
    if scenario.get("end"):
        failures.extend(f"end: {p}" for p in check(scenario["end"], body))
    return failures, transcript
