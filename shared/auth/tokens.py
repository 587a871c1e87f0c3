"""JSON Web Tokens: HS256 only, every registered claim required, two token types.

Access tokens carry ``sub, role, fam, iss, aud, iat, nbf, exp, jti, typ="access"`` (``fam`` is
the refresh family the session belongs to, so revoking the family cuts its access tokens at
once: see :mod:`shared.auth.guard`); refresh tokens
carry ``sub, fam (family id), iss, aud, iat, nbf, exp, jti, typ="refresh"``. Decoding pins the
algorithm list, so ``alg: none`` or a token signed with another key, for another audience or
issuer, expired, not yet valid, or of the other type is refused with 401. ``iat`` keeps
milliseconds so a "tokens valid after" time set a moment ago cuts precisely.

Rotation without downtime: every token names its key in the ``kid`` header (a short digest of
the secret, never the secret). Tokens are signed with ``JWT_SECRET``; verification also accepts
``JWT_SECRET_PREVIOUS``, so after a rotation sessions continue until their tokens are renewed
under the new key, and the previous secret can be dropped after the refresh lifetime.
"""

from __future__ import annotations

import hashlib
import math
import secrets
import time
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

import jwt
from pydantic import BaseModel, ConfigDict, ValidationError

from shared.errors import Unauthorized
from shared.settings import Settings

ALGORITHM = "HS256"
MIN_SECRET_BYTES = 32
LEEWAY_SECONDS = 5
TokenType = Literal["access", "refresh"]
C = TypeVar("C", bound=BaseModel)
_REQUIRED = ["sub", "iss", "aud", "iat", "nbf", "exp", "jti", "typ"]


class AccessClaims(BaseModel):
    """The verified claims of an access token."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    sub: str
    role: Literal["admin", "sales"]
    fam: str | None = None
    iat: float
    exp: int
    jti: str
    typ: Literal["access"]


class RefreshClaims(BaseModel):
    """The verified claims of a refresh token."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    sub: str
    fam: str
    iat: float
    exp: int
    jti: str
    typ: Literal["refresh"]


@dataclass(frozen=True)
class IssuedToken:
    """A signed token and the facts the caller stores about it."""

    token: str
    jti: str
    expires_at: int
    lifetime_seconds: int


def key_id(secret: str) -> str:
    """The ``kid`` naming a signing secret: a digest prefix that reveals nothing usable."""
    return hashlib.sha256(b"copperline-kid:" + secret.encode("utf-8")).hexdigest()[:12]


def new_id() -> str:
    """A random identifier for a token or a family (128 bits, hex)."""
    return secrets.token_hex(16)


class TokenCodec:
    """Signs and verifies this deployment's tokens."""

    def __init__(
        self,
        secret: str,
        issuer: str,
        audience: str,
        access_seconds: int,
        refresh_seconds: int,
        previous_secret: str = "",
    ) -> None:
        for value in (secret, previous_secret):
            if value and len(value.encode("utf-8")) < MIN_SECRET_BYTES:
                raise ValueError(f"JWT secrets must be at least {MIN_SECRET_BYTES} bytes")
        if not secret:
            raise ValueError(f"JWT_SECRET must be at least {MIN_SECRET_BYTES} bytes")
        self._secret = secret
        self._kid = key_id(secret)
        self._keys = {key_id(s): s for s in (previous_secret, secret) if s}
        self.issuer = issuer
        self.audience = audience
        self.access_seconds = access_seconds
        self.refresh_seconds = refresh_seconds

    @classmethod
    def from_settings(cls, settings: Settings) -> TokenCodec:
        return cls(
            settings.jwt_secret,
            settings.jwt_issuer,
            settings.jwt_audience,
            settings.access_token_minutes * 60,
            settings.refresh_token_days * 86400,
            settings.jwt_secret_previous,
        )

    def _sign(self, typ: TokenType, sub: str, lifetime: int, extra: dict[str, Any]) -> IssuedToken:
        now = time.time()
        jti = new_id()
        claims = {
            "sub": sub,
            "iss": self.issuer,
            "aud": self.audience,
            "iat": math.floor(now * 1000) / 1000,
            "nbf": int(now),
            "exp": int(now) + lifetime,
            "jti": jti,
            "typ": typ,
            **extra,
        }
        token = jwt.encode(claims, self._secret, algorithm=ALGORITHM, headers={"kid": self._kid})
        return IssuedToken(token, jti, int(now) + lifetime, lifetime)

    def issue_access(self, user_id: str, role: str, family_id: str | None = None) -> IssuedToken:
        """An access token; the service always names the session's refresh family."""
        extra = {"role": role} if family_id is None else {"role": role, "fam": family_id}
        return self._sign("access", user_id, self.access_seconds, extra)

    def issue_refresh(self, user_id: str, family_id: str) -> IssuedToken:
        return self._sign("refresh", user_id, self.refresh_seconds, {"fam": family_id})

    def _key_for(self, token: str) -> str:
        """The secret the token names in ``kid`` (the current one when it names none)."""
        try:
            kid = jwt.get_unverified_header(token).get("kid")
        except jwt.PyJWTError:
            raise Unauthorized("The token is invalid or expired.") from None
        if kid is None:
            return self._secret
        if not isinstance(kid, str) or kid not in self._keys:
            raise Unauthorized("The token is invalid or expired.")
        return self._keys[kid]

    def _decode(self, token: str, typ: TokenType) -> dict[str, Any]:
        key = self._key_for(token)
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                key,
                algorithms=[ALGORITHM],
                audience=self.audience,
                issuer=self.issuer,
                leeway=LEEWAY_SECONDS,
                options={"require": _REQUIRED, "strict_aud": True},
            )
        except jwt.PyJWTError:
            raise Unauthorized("The token is invalid or expired.") from None
        if claims.get("typ") != typ:
            raise Unauthorized("The token is invalid or expired.")
        return claims

    def verify_access(self, token: str) -> AccessClaims:
        """The claims of a valid access token; 401 otherwise."""
        return _validated(AccessClaims, self._decode(token, "access"))

    def verify_refresh(self, token: str) -> RefreshClaims:
        """The claims of a valid refresh token; 401 otherwise."""
        return _validated(RefreshClaims, self._decode(token, "refresh"))


def _validated(model: type[C], claims: dict[str, Any]) -> C:
    try:
        return model.model_validate(claims)
    except ValidationError:
        raise Unauthorized("The token is invalid or expired.") from None
