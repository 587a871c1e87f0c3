"""OWASP's device cookie: a browser that signed in to an account before is not held up by the
account's ceiling.

After a successful sign-in the response sets the ``device`` cookie to ``<nonce>.<mac>``, where
``mac`` is an HMAC-SHA256 (keyed from the JWT secret) of the account's digest and the nonce. On a
later attempt for the same account a cookie whose MAC verifies names a *trusted device*: its
attempts are counted per device (the same free allowance and growing delay an address gets) and
the per-account ceiling does not apply to it. A distributed guesser, who has never signed in,
slows the account down for every untrusted client, while the owner's browser still gets in at
once. A trusted device that keeps failing is throttled on its own counter (OWASP locks out the
cookie, not the account). A forged, malformed or other account's cookie counts as no cookie.
Each success issues a fresh cookie. Reference: OWASP, "Slow Down Online Guessing Attacks with
Device Cookies".
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from starlette.requests import Request
from starlette.responses import Response

from shared.auth.attempts import account_key
from shared.settings import Settings

COOKIE = "device"
MAX_AGE_S = 180 * 24 * 3600
MAX_COOKIE_CHARS = 200
KEY_CONTEXT = b"copperline-device-cookie-v1"
LOOPBACK = ("127.0.0.1", "localhost", "::1")


def needs_secure(scheme: str, host: str | None) -> bool:
    """The cookie is ``Secure`` everywhere but plain HTTP on this machine (the local stack);
    behind a TLS-terminating proxy the public host is not loopback, so it is set there too."""
    return scheme == "https" or host not in LOOPBACK


def with_cookie(request: Request, response: Response, value: str) -> Response:
    """``response`` also setting the device cookie (HttpOnly, SameSite=Strict, 180 days)."""
    response.set_cookie(
        COOKIE,
        value,
        max_age=MAX_AGE_S,
        httponly=True,
        secure=needs_secure(request.url.scheme, request.url.hostname),
        samesite="strict",
    )
    return response


class DeviceCookies:
    """Issues and verifies device cookies (pure apart from the random nonce)."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    @classmethod
    def from_settings(cls, settings: Settings) -> DeviceCookies:
        return cls(hmac.new(settings.jwt_secret.encode(), KEY_CONTEXT, hashlib.sha256).digest())

    def _mac(self, email: str, nonce: str) -> str:
        message = f"{account_key(email)}.{nonce}".encode()
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()

    def issue(self, email: str) -> str:
        """A new cookie value binding a fresh nonce to the account."""
        nonce = secrets.token_urlsafe(16)
        return f"{nonce}.{self._mac(email, nonce)}"

    def trusted(self, email: str, value: str | None) -> str | None:
        """The device's nonce when ``value`` is a cookie this server issued for the account,
        else None."""
        if not value or len(value) > MAX_COOKIE_CHARS:
            return None
        nonce, _, mac = value.partition(".")
        if not nonce or not hmac.compare_digest(mac, self._mac(email, nonce)):
            return None
        return nonce
