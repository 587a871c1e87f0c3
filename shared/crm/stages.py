"""Deal stages, their win probabilities and the changes a patch makes (pure).

The probabilities are the usual weighted-pipeline defaults a sales team starts with; a deal's
``weighted_amount`` is ``amount x probability`` and is stored with the deal so that pipeline
totals are a single ``$group``.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal, get_args

from shared.errors import ValidationFailed

DealStage = Literal["new", "contacted", "meeting", "proposal", "won", "lost"]
STAGES: tuple[str, ...] = get_args(DealStage)
OPEN_STAGES = ("new", "contacted", "meeting", "proposal")
PROBABILITY: dict[str, float] = {
    "new": 0.1,
    "contacted": 0.2,
    "meeting": 0.4,
    "proposal": 0.6,
    "won": 1.0,
    "lost": 0.0,
}
SYSTEM = "system"


def weighted(amount: float, stage: str) -> float:
    return round(amount * PROBABILITY[stage], 2)


def new_deal(
    lead_id: str, session_id: str | None, fields: dict[str, Any], by: str, at: datetime
) -> dict[str, Any]:
    """A deal document in stage ``new`` (the lead-derived ``fields`` include title and amount)."""
    amount = float(fields.get("amount") or 0.0)
    return {
        "_id": uuid.uuid4().hex,
        "lead_id": lead_id,
        "session_id": session_id,
        "company": None,
        "owner_id": None,
        "expected_close": None,
        "lost_reason": None,
        **fields,
        "amount": amount,
        "stage": "new",
        "probability": PROBABILITY["new"],
        "weighted_amount": weighted(amount, "new"),
        "version": 1,
        "stage_history": [{"stage": "new", "at": at, "by": by}],
        "created_at": at,
        "updated_at": at,
    }


def patch_changes(
    deal: dict[str, Any], patch: dict[str, Any], by: str, at: datetime
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """The ``$set`` fields of a patch and the stage-history entry to append (or None).

    ``lost`` needs a ``lost_reason`` (given now or already on the deal); leaving ``lost`` clears
    the reason. A manually set amount is kept from then on (lead updates no longer refresh it).
    """
    stage = patch.get("stage", deal["stage"])
    changes: dict[str, Any] = {k: v for k, v in patch.items() if k not in ("version",)}
    reason = patch.get("lost_reason", deal.get("lost_reason"))
    if stage == "lost" and not reason:
        raise ValidationFailed(
            "A lost deal needs a lost_reason.",
            details=[{"field": "lost_reason", "issue": "required when the stage is lost"}],
        )
    if stage != "lost" and "lost_reason" not in patch:
        changes["lost_reason"] = None
    amount = float(patch.get("amount", deal.get("amount") or 0.0))
    if "amount" in patch:
        changes["amount_source"] = "manual"
    changes["probability"] = PROBABILITY[stage]
    changes["weighted_amount"] = weighted(amount, stage)
    changes["updated_at"] = at
    entry = {"stage": stage, "at": at, "by": by} if stage != deal["stage"] else None
    return changes, entry
