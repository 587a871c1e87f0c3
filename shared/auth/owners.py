"""Who may own a lead, a deal or a ticket: an active console user.

An ``owner_id`` the console sends is checked against the users collection before it is stored,
so a typo or a deactivated colleague's id cannot leave a record assigned to nobody who can see
it. ``None`` unassigns and is always allowed.
"""

from __future__ import annotations

from typing import Any

from pymongo.asynchronous.database import AsyncDatabase

from shared.auth.users import UserRepository
from shared.db import Document
from shared.errors import ValidationFailed

FIELD = "owner_id"


async def ensure_active_owner(db: AsyncDatabase[Document], changes: dict[str, Any]) -> None:
    """422 when ``changes`` assigns an ``owner_id`` that names no active user."""
    owner = changes.get(FIELD)
    if owner is None:
        return
    user = await UserRepository(db).by_id(owner)
    if user is None or not user.active:
        raise ValidationFailed(
            "owner_id must be the id of an active user.",
            details=[{"field": FIELD, "issue": "no active user has this id"}],
        )
