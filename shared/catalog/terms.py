"""Terms the knowledge base states in a sentence rather than a price line (pure).

The wholesale volume discount ("100 lb or more per month get a 10% volume discount"), the
number of locations a multi-site plan starts at ("3 or more locations") and the emergency
repair line's sentence: read from the knowledge base's markdown, never from a visitor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DISCOUNT = re.compile(r"(\d[\d,]*)\s*lb or more per month get an? (\d+)% volume discount", re.I)
_SITES = re.compile(r"(\d+) or more locations", re.I)
_EMERGENCY_SENTENCE = re.compile(r"[^.\n]*emergency repair line[^.\n]*\.", re.I)


@dataclass(frozen=True)
class VolumeDiscount:
    min_lb_per_month: float
    rate: float


def volume_discount(texts: list[str]) -> VolumeDiscount | None:
    """The wholesale volume discount the knowledge base states, if it states one."""
    for text in texts:
        found = _DISCOUNT.search(" ".join(text.split()))
        if found:
            return VolumeDiscount(float(found.group(1).replace(",", "")), int(found.group(2)) / 100)
    return None


def minimum_locations(facts: str) -> int | None:
    """The least number of locations a plan's facts state ("3 or more locations"), or None."""
    found = _SITES.search(facts)
    return int(found.group(1)) if found else None


def emergency_line_from(texts: list[str]) -> str | None:
    """The knowledge base's sentence about the emergency repair line, if any text has it."""
    for text in texts:
        prose = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
        match = _EMERGENCY_SENTENCE.search(" ".join(" ".join(prose).replace("**", "").split()))
        if match:
            return match.group(0).strip()
    return None
