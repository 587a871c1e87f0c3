"""The auth function's request and response bodies (unknown fields are refused)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    EmailStr,
    Field,
    StrictBool,
    StringConstraints,
    field_validator,
    model_validator,
)

from shared.auth.emails import normalise_email
from shared.auth.users import User
from shared.lookalikes import lookalike_problem

Role = Literal["admin", "sales"]
LoginEmail = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=254)]
Password = Annotated[str, StringConstraints(min_length=1, max_length=256)]
Token = Annotated[str, StringConstraints(min_length=1, max_length=4096)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


class LoginRequest(Strict):
    """``POST /login``."""

    email: LoginEmail
    password: Password


class RefreshRequest(Strict):
    """``POST /refresh``: the token in the body, or none when the session cookie carries it
    (with ``X-Refresh-Transport: cookie``; see :mod:`shared.auth.refresh_cookie`)."""

    refresh_token: Token | None = None


class LogoutRequest(Strict):
    """``POST /logout``: revoke this refresh token's family, or every session of the user.

    Without either, the family of the access token that authenticated the call is revoked (the
    console's case: its refresh token is in a cookie scoped to ``/refresh``)."""

    refresh_token: Token | None = None
    everywhere: StrictBool = False


class TokenPair(BaseModel):
    """Tokens returned by login and refresh."""

    access_token: str
    refresh_token: str | None = Field(
        None, description="Absent when the refresh token was set as the session cookie."
    )
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 - the OAuth token type, not a secret
    expires_in: int = Field(description="Seconds until the access token expires.")
    refresh_expires_in: int


class UserCreate(Strict):
    """``POST /users`` (admin)."""

    email: EmailStr = Field(max_length=254)
    password: Password
    role: Role = "sales"

    @field_validator("email", mode="before")
    @classmethod
    def _canonical(cls, value: object) -> object:
        """NFKC and lower case first, so look-alike spellings meet the unique index."""
        if not isinstance(value, str):
            return value
        email = normalise_email(value)
        problem = lookalike_problem(email)
        if problem:
            raise ValueError(problem)
        return email


class UserPatch(Strict):
    """``PATCH /users/{id}`` (admin): role and/or active."""

    role: Role | None = None
    active: StrictBool | None = None  # "yes", 1 or "true" are 422, not true

    @model_validator(mode="after")
    def _something_to_change(self) -> UserPatch:
        if self.role is None and self.active is None:
            raise ValueError("Give role and/or active.")
        return self


class UserOut(BaseModel):
    """A user as the API shows it (never the password hash)."""

    id: str
    email: str
    role: Role
    active: bool
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, user: User) -> UserOut:
        return cls(
            id=user.id,
            email=user.email,
            role=user.role,
            active=user.active,
            created_at=user.created_at,
            updated_at=user.updated_at,
        )


class UserPage(BaseModel):
    """``GET /users``: users ordered by email, and the cursor of the next page."""

    items: list[UserOut]
    next_cursor: str | None


class UserListQuery(Strict):
    """``GET /users`` query parameters."""

    limit: int = Field(default=50, ge=1, le=200)
    cursor: Annotated[str, StringConstraints(max_length=254)] | None = None
