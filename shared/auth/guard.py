"""The token guard every protected endpoint calls: who is asking, and may they?

``await guard.require(request, "admin")`` returns the :class:`Principal` or raises 401 (no,
malformed, invalid or revoked token; inactive or deleted user) or 403 (wrong role). Besides the
signature it costs one ``find_one`` by ``_id``, so deactivation, role changes and "tokens valid
after" take effect on the next request, and so does the revocation of the token's refresh family
(logout, or reuse of a spent refresh token), listed on the same document.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field
from pymongo.asynchronous.database import AsyncDatabase
from starlette.requests import Request

from shared.auth.tokens import AccessClaims, TokenCodec
from shared.auth.users import UserRepository
from shared.db import Document
from shared.errors import Forbidden, Unauthorized
from shared.settings import Settings

REVOKED = "The token is invalid or expired."


class Principal(BaseModel):
    """The authenticated caller."""

    user_id: str
    email: str
    role: Literal["admin", "sales"]
    family_id: str | None = Field(None, description="The refresh family of the access token.")


def bearer_token(request: Request) -> str:
    """The token of ``Authorization: Bearer <token>``, or 401."""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("Send Authorization: Bearer <access token>.")
    return token.strip()


def _principal(claims: AccessClaims, facts: Document | None) -> Principal:
    if facts is None or not facts.get("active", False):
        raise Unauthorized(REVOKED)
    cutoff: datetime | None = facts.get("tokens_valid_after")
    if cutoff is not None and claims.iat < cutoff.timestamp():
        raise Unauthorized(REVOKED)
    if claims.fam is not None and claims.fam in facts.get("revoked_families", []):
        raise Unauthorized(REVOKED)
    return Principal(
        user_id=claims.sub, email=facts["email"], role=facts["role"], family_id=claims.fam
    )


class TokenGuard:
    """Authenticates requests by access token and authorises them by role."""

    def __init__(self, settings: Settings, db: AsyncDatabase[Document]) -> None:
        self.tokens = TokenCodec.from_settings(settings)
        self.users = UserRepository(db)

    async def authenticate(self, request: Request) -> Principal:
        """The caller, or 401."""
        claims = self.tokens.verify_access(bearer_token(request))
        return _principal(claims, await self.users.access_facts(claims.sub))

    async def require(self, request: Request, *roles: str) -> Principal:
        """The caller when their current role is one of ``roles`` (any role if none given)."""
        principal = await self.authenticate(request)
        if roles and principal.role not in roles:
            raise Forbidden("Your role does not allow this.")
        return principal
