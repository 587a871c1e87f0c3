"""The auth use cases: sign in, rotate, sign out, manage users, bootstrap the first admin.

:class:`AuthService` receives its repositories and the token codec as parameters; it is the only
code that combines them, and it does no HTTP.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from pymongo.asynchronous.database import AsyncDatabase

from shared.auth import attempts, passwords, refresh_tokens, users
from shared.auth.attempts import LoginThrottle, ThrottlePolicy
from shared.auth.devices import DeviceCookies
from shared.auth.emails import lookalike_of, normalise_email
from shared.auth.models import TokenPair, UserCreate, UserPatch
from shared.auth.refresh_tokens import Consumption, RefreshTokenRepository
from shared.auth.tokens import TokenCodec, new_id
from shared.auth.users import Role, User, UserRepository
from shared.db import Document, IndexSpec
from shared.errors import Conflict, NotFound, Unauthorized, ValidationFailed
from shared.pii import mask_tail
from shared.settings import Settings

INDEXES: list[IndexSpec] = [*users.INDEXES, *refresh_tokens.INDEXES, *attempts.INDEXES]
BAD_CREDENTIALS = "The email or password is incorrect."
log = logging.getLogger(__name__)


@dataclass
class AuthService:
    """Everything the auth function does, over its repositories."""

    users: UserRepository
    refresh: RefreshTokenRepository
    throttle: LoginThrottle
    tokens: TokenCodec
    devices: DeviceCookies
    rounds: int = passwords.DEFAULT_ROUNDS
    trusted_proxy_count: int = 0

    @classmethod
    def create(cls, settings: Settings, db: AsyncDatabase[Document]) -> AuthService:
        return cls(
            UserRepository(db),
            RefreshTokenRepository(db),
            LoginThrottle(db, ThrottlePolicy.from_settings(settings)),
            TokenCodec.from_settings(settings),
            DeviceCookies.from_settings(settings),
            settings.bcrypt_rounds,
            settings.trusted_proxy_count,
        )

    async def login(
        self, email: str, password: str, address: str, device_cookie: str | None = None
    ) -> tuple[TokenPair, str]:
        """Tokens for valid credentials, and a fresh device cookie for this browser; 401
        alike for a wrong password or an unknown or inactive account; 429 while this address
        (or the whole account, or this trusted device) must wait.

        The attempt is counted before bcrypt runs, so concurrent guesses cannot all be
        evaluated (see :mod:`shared.auth.attempts`); a valid device cookie of the account
        exempts it from the account ceiling (see :mod:`shared.auth.devices`)."""
        passwords.ensure_fits_bcrypt(password)
        email = normalise_email(email)
        device = self.devices.trusted(email, device_cookie)
        await self.throttle.admit(email, address, device)
        user = await self.users.by_email(email)
        hashed = user.password_hash if user else None
        matched = await passwords.verify_password(password, hashed, self.rounds)
        if user is None or not matched or not user.active:
            raise Unauthorized(BAD_CREDENTIALS)
        await self.throttle.record_success(email, address, device)
        log.info("login", extra={"user_id": user.id, "trusted_device": device is not None})
        return await self._issue(user, new_id()), self.devices.issue(email)

    async def _revoke_family(self, user_id: str, family_id: str) -> None:
        """Revoke a refresh family and, through the user document the guard reads on every
        request, the access tokens issued with it."""
        await self.refresh.revoke_family(family_id)
        await self.users.revoke_family(user_id, family_id)

    async def _issue(self, user: User, family_id: str) -> TokenPair:
        access = self.tokens.issue_access(user.id, user.role, family_id)
        refresh = self.tokens.issue_refresh(user.id, family_id)
        expires = datetime.fromtimestamp(refresh.expires_at, UTC)
        await self.refresh.store(refresh.jti, family_id, user.id, refresh.token, expires)
        return TokenPair(
            access_token=access.token,
            refresh_token=refresh.token,
            expires_in=access.lifetime_seconds,
            refresh_expires_in=refresh.lifetime_seconds,
        )

    async def rotate(self, token: str) -> TokenPair:
        """A new pair for a fresh refresh token; reuse of a spent one revokes its family."""
        claims = self.tokens.verify_refresh(token)
        outcome = await self.refresh.consume(claims.jti, token)
        if outcome is Consumption.REUSED:
            await self._revoke_family(claims.sub, claims.fam)
            log.warning("refresh token reuse; family revoked", extra={"user_id": claims.sub})
        if outcome is not Consumption.FRESH:
            raise Unauthorized("The refresh token is no longer valid.")
        user = await self.users.by_id(claims.sub)
        if user is None or not user.active or _issued_before_cutoff(claims.iat, user):
            await self._revoke_family(claims.sub, claims.fam)
            raise Unauthorized("The refresh token is no longer valid.")
        return await self._issue(user, claims.fam)

    async def logout(
        self, user_id: str, token: str | None, everywhere: bool, family_id: str | None = None
    ) -> None:
        """Revoke one session (the refresh token's family, else ``family_id``, the calling
        access token's) or all of the user's tokens."""
        if everywhere:
            await self.users.revoke_tokens(user_id, datetime.now(UTC))
            await self.refresh.revoke_user(user_id)
            return
        if token is None and family_id is not None:
            await self._revoke_family(user_id, family_id)
            return
        if token is None:
            raise ValidationFailed("Give refresh_token, or everywhere: true.")
        claims = self.tokens.verify_refresh(token)
        if claims.sub != user_id:
            raise Unauthorized("The refresh token belongs to someone else.")
        await self._revoke_family(user_id, claims.fam)

    async def create_user(self, body: UserCreate) -> User:
        """A new user with a strong password (409 when the email is taken, or when an existing
        account's address has the same UTS #39 skeleton: a look-alike of it)."""
        passwords.ensure_strong(body.password, str(body.email))
        if lookalike_of(str(body.email), await self.users.emails()):
            raise Conflict("An account whose address looks the same already exists.")
        hashed = await passwords.hash_password(body.password, self.rounds)
        user = await self.users.insert(str(body.email), body.role, hashed)
        log.info("user created", extra={"user_id": user.id, "role": user.role})
        return user

    async def update_user(self, user_id: str, patch: UserPatch) -> User:
        """Change role/active; deactivation revokes every token of the user."""
        changes = patch.model_dump(exclude_none=True)
        user = await self.users.update(user_id, changes)
        if user is None:
            raise NotFound("No user with this id.")
        if changes.get("active") is False:
            await self.users.revoke_tokens(user.id, datetime.now(UTC))
            await self.refresh.revoke_user(user.id)
        return user

    async def bootstrap_admin(self, email: str, password: str) -> User | None:
        """Create the first admin when none is active and both values are set."""
        if not email or not password or await self.users.active_admin_exists():
            return None
        if await self.users.by_email(email) is not None:
            return None
        try:
            body = UserCreate(email=email, password=password, role="admin")
            user = await self.create_user(body)
        except (ValueError, ValidationFailed) as exc:  # a bad value must not stop the function
            log.error("bootstrap admin not created: %s", _reason(exc))
            return None
        log.info("bootstrap admin created", extra={"email": mask_tail(email)})
        return user


def _issued_before_cutoff(iat: float, user: User) -> bool:
    cutoff = user.tokens_valid_after
    return cutoff is not None and iat < cutoff.timestamp()


def _reason(exc: Exception) -> str:
    if isinstance(exc, ValidationFailed):
        return "; ".join(str(d.get("issue")) for d in exc.details or [])
    return "BOOTSTRAP_ADMIN_EMAIL is not a valid email address"


def role_of(value: str) -> Role:
    """A role name from the command line, checked."""
    if value not in users.ROLES:
        raise ValueError(f"role must be one of {', '.join(users.ROLES)}")
    return value
