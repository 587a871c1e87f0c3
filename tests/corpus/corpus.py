"""The conversation corpus: realistic visitor conversations by category, in two splits.

Each YAML document is one scenario in the format of ../shared/scenarios/README.md plus a
``category`` key. ``train/`` is what the rules may be tuned on; ``heldout/`` is played only at
the end (``make eval``) to measure how far the mechanisms generalise.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import yaml

from tests.scenarios.runner import play

HERE = Path(__file__).parent
SPLITS = ("train", "heldout")


@dataclass
class Result:
    """One played conversation."""

    name: str
    category: str
    failures: list[str]
    transcript: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.failures


def load_split(split: str) -> list[dict[str, Any]]:
    """Every conversation of a split, in file order."""
    found: list[dict[str, Any]] = []
    for path in sorted((HERE / split).glob("*.yaml")):
        for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            assert isinstance(doc, dict), f"{path.name}: not a mapping"
            assert doc.get("turns"), f"{path.name}: {doc.get('name')} has no turns"
            assert doc.get("category"), f"{path.name}: {doc.get('name')} has no category"
            found.append(doc)
    return found


async def play_split(client: httpx.AsyncClient, split: str) -> list[Result]:
    """Play every conversation of the split against the chat function."""
    results = []
    for scenario in load_split(split):
        failures, transcript = await play(client, scenario)
        results.append(Result(scenario["name"], scenario["category"], failures, transcript))
    return results


def pass_rate(results: list[Result]) -> float:
    return sum(r.passed for r in results) / len(results) if results else 0.0


def report(split: str, results: list[Result]) -> str:
    """Pass rates per category and overall, then every failure with its transcript."""
    by_category: dict[str, list[Result]] = defaultdict(list)
    for result in results:
        by_category[result.category].append(result)
    lines = [
        f"== {split}: {sum(r.passed for r in results)}/{len(results)} ({pass_rate(results):.0%})"
    ]
    for category in sorted(by_category):
        group = by_category[category]
        lines.append(f"  {category:<18} {sum(r.passed for r in group)}/{len(group)}")
    for result in results:
        if not result.passed:
            lines += [
                f"-- FAIL [{result.category}] {result.name}",
                *result.failures,
                *result.transcript,
            ]
    return "\n".join(lines)
