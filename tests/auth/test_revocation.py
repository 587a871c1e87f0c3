"""Revocation at once, key rotation with a live session, and canonical account emails."""

from __future__ import annotations

from typing import Any

import httpx

from shared.settings import DEV_JWT_SECRET
from tests.auth.conftest import ADMIN_EMAIL, ADMIN_PASSWORD, bearer, login

NEW_SECRET = "rotated-secret-" + "r" * 40


async def test_access_tokens_live_fifteen_minutes_by_default(auth: httpx.AsyncClient) -> None:
    """The access token's lifetime is 15 minutes; the refresh session is the long one."""
    pair = await login(auth, ADMIN_EMAIL, ADMIN_PASSWORD)
    assert pair["expires_in"] == 900
    assert pair["refresh_expires_in"] == 14 * 86400


async def test_logout_cuts_the_access_token_at_once(auth: httpx.AsyncClient) -> None:
    """After logging out of a session its access token is refused on the next request, while
    another session of the same user keeps working."""
    laptop = await login(auth, ADMIN_EMAIL, ADMIN_PASSWORD)
    phone = await login(auth, ADMIN_EMAIL, ADMIN_PASSWORD)
    out = await auth.post(
        "/logout", json={"refresh_token": laptop["refresh_token"]}, headers=bearer(laptop)
    )
    assert out.status_code == 204
    assert (await auth.get("/me", headers=bearer(laptop))).status_code == 401
    assert (await auth.get("/me", headers=bearer(phone))).status_code == 200


async def test_refresh_reuse_cuts_the_family_access_at_once(auth: httpx.AsyncClient) -> None:
    """Replaying a spent refresh token revokes its family, and the access token the thief got
    from the rotation stops working immediately."""
    first = await login(auth, ADMIN_EMAIL, ADMIN_PASSWORD)
    stolen = (await auth.post("/refresh", json={"refresh_token": first["refresh_token"]})).json()
    assert (await auth.get("/me", headers=bearer(stolen))).status_code == 200
    replay = await auth.post("/refresh", json={"refresh_token": first["refresh_token"]})
    assert replay.status_code == 401
    assert (await auth.get("/me", headers=bearer(stolen))).status_code == 401


async def test_rotating_the_secret_signs_nobody_out(make_auth: Any) -> None:
    """A session opened before JWT_SECRET changes keeps its access token and can refresh
    when the old secret is given as JWT_SECRET_PREVIOUS; the new pair uses the new key."""
    before = await make_auth()
    pair = await login(before, ADMIN_EMAIL, ADMIN_PASSWORD)
    after = await make_auth(JWT_SECRET=NEW_SECRET, JWT_SECRET_PREVIOUS=DEV_JWT_SECRET)
    assert (await after.get("/me", headers=bearer(pair))).status_code == 200
    renewed = await after.post("/refresh", json={"refresh_token": pair["refresh_token"]})
    assert renewed.status_code == 200, renewed.text
    dropped = await make_auth(JWT_SECRET=NEW_SECRET, JWT_SECRET_PREVIOUS="")
    assert (await dropped.get("/me", headers=bearer(renewed.json()))).status_code == 200
    assert (await dropped.get("/me", headers=bearer(pair))).status_code == 401


async def test_look_alike_emails_are_refused_or_folded(
    auth: httpx.AsyncClient, admin: dict[str, Any]
) -> None:
    """A Cyrillic 'а' among Latin letters is 422; full-width letters fold to the existing
    admin address (409); the stored form is NFKC lower case."""
    body = {"password": "Another-Pass-2024", "role": "admin"}
    cyrillic = await auth.post(
        "/users", json={**body, "email": "\u0430dmin@example.com"}, headers=bearer(admin)
    )
    assert cyrillic.status_code == 422
    wide = await auth.post(
        "/users", json={**body, "email": "ＡＤＭＩＮ@example.com"}, headers=bearer(admin)
    )
    assert wide.status_code == 409
    made = await auth.post(
        "/users", json={**body, "email": "Ｎｅｗ.Person@Example.com"}, headers=bearer(admin)
    )
    assert made.status_code == 201, made.text
    assert made.json()["email"] == "new.person@example.com"
    await login(auth, "ＮＥＷ.person@example.com", "Another-Pass-2024")
