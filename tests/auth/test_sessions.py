"""Sign-in, token rotation and sign-out through the real auth function."""

from __future__ import annotations

from typing import Any

import httpx

from tests.auth.conftest import (
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    SALES_PASSWORD,
    bearer,
    create_sales,
    login,
)


async def test_login_returns_a_token_pair_and_me_answers(auth: httpx.AsyncClient) -> None:
    """The bootstrap admin signs in; /me names them without the password hash."""
    pair = await login(auth, ADMIN_EMAIL, ADMIN_PASSWORD)
    assert pair["token_type"] == "bearer"
    assert pair["expires_in"] == 15 * 60
    me = await auth.get("/me", headers=bearer(pair))
    assert me.status_code == 200
    assert me.json()["email"] == ADMIN_EMAIL
    assert me.json()["role"] == "admin"
    assert "password_hash" not in me.json()


async def test_login_email_is_case_insensitive(auth: httpx.AsyncClient) -> None:
    """Emails are compared lower-case."""
    await login(auth, ADMIN_EMAIL.upper(), ADMIN_PASSWORD)


async def test_wrong_password_and_unknown_account_look_the_same(auth: httpx.AsyncClient) -> None:
    """Both answer 401 with the same body, so the answer does not reveal who has an account."""
    wrong = await auth.post("/login", json={"email": ADMIN_EMAIL, "password": "Nope-nope-123"})
    unknown = await auth.post(
        "/login", json={"email": "ghost@example.com", "password": "Nope-nope-123"}
    )
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()


async def test_login_with_a_73_byte_password_is_422(auth: httpx.AsyncClient) -> None:
    """An over-long password is refused, never truncated into a match."""
    response = await auth.post("/login", json={"email": ADMIN_EMAIL, "password": "a1" * 37})
    assert response.status_code == 422


async def test_refresh_rotates_and_reuse_revokes_the_family(auth: httpx.AsyncClient) -> None:
    """A refresh token works once; replaying it revokes its successor too."""
    first = await login(auth, ADMIN_EMAIL, ADMIN_PASSWORD)
    rotated = await auth.post("/refresh", json={"refresh_token": first["refresh_token"]})
    assert rotated.status_code == 200
    second = rotated.json()
    assert second["refresh_token"] != first["refresh_token"]
    replay = await auth.post("/refresh", json={"refresh_token": first["refresh_token"]})
    assert replay.status_code == 401
    successor = await auth.post("/refresh", json={"refresh_token": second["refresh_token"]})
    assert successor.status_code == 401


async def test_reuse_leaves_other_sessions_alone(auth: httpx.AsyncClient) -> None:
    """Revoking one family does not sign the user out of another device."""
    laptop = await login(auth, ADMIN_EMAIL, ADMIN_PASSWORD)
    phone = await login(auth, ADMIN_EMAIL, ADMIN_PASSWORD)
    await auth.post("/refresh", json={"refresh_token": laptop["refresh_token"]})
    await auth.post("/refresh", json={"refresh_token": laptop["refresh_token"]})
    ok = await auth.post("/refresh", json={"refresh_token": phone["refresh_token"]})
    assert ok.status_code == 200


async def test_access_token_is_refused_by_refresh(auth: httpx.AsyncClient) -> None:
    """/refresh accepts only refresh tokens."""
    pair = await login(auth, ADMIN_EMAIL, ADMIN_PASSWORD)
    response = await auth.post("/refresh", json={"refresh_token": pair["access_token"]})
    assert response.status_code == 401


async def test_refresh_token_is_refused_as_bearer(auth: httpx.AsyncClient) -> None:
    """Protected endpoints accept only access tokens."""
    pair = await login(auth, ADMIN_EMAIL, ADMIN_PASSWORD)
    headers = {"Authorization": f"Bearer {pair['refresh_token']}"}
    response = await auth.get("/me", headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


async def test_logout_revokes_the_refresh_token(auth: httpx.AsyncClient) -> None:
    """After logout the session's refresh token no longer works."""
    pair = await login(auth, ADMIN_EMAIL, ADMIN_PASSWORD)
    out = await auth.post(
        "/logout", json={"refresh_token": pair["refresh_token"]}, headers=bearer(pair)
    )
    assert out.status_code == 204
    again = await auth.post("/refresh", json={"refresh_token": pair["refresh_token"]})
    assert again.status_code == 401


async def test_logout_everywhere_revokes_access_tokens(auth: httpx.AsyncClient) -> None:
    """``everywhere: true`` invalidates every token issued so far, access tokens included."""
    one = await login(auth, ADMIN_EMAIL, ADMIN_PASSWORD)
    two = await login(auth, ADMIN_EMAIL, ADMIN_PASSWORD)
    out = await auth.post("/logout", json={"everywhere": True}, headers=bearer(one))
    assert out.status_code == 204
    assert (await auth.get("/me", headers=bearer(two))).status_code == 401
    refresh = await auth.post("/refresh", json={"refresh_token": two["refresh_token"]})
    assert refresh.status_code == 401
    fresh = await login(auth, ADMIN_EMAIL, ADMIN_PASSWORD)
    assert (await auth.get("/me", headers=bearer(fresh))).status_code == 200


async def test_logout_with_someone_elses_refresh_token_is_401(
    auth: httpx.AsyncClient, admin: dict[str, Any]
) -> None:
    """A user cannot revoke another user's session."""
    await create_sales(auth, admin)
    sales = await login(auth, "sam@example.com", SALES_PASSWORD)
    response = await auth.post(
        "/logout", json={"refresh_token": admin["refresh_token"]}, headers=bearer(sales)
    )
    assert response.status_code == 401


async def test_missing_or_malformed_authorization_is_401(auth: httpx.AsyncClient) -> None:
    """No header, another scheme, or an empty bearer are all 401."""
    for headers in ({}, {"Authorization": "Basic YTpi"}, {"Authorization": "Bearer "}):
        assert (await auth.get("/me", headers=headers)).status_code == 401


async def test_token_signed_by_another_deployment_is_401(make_auth: Any) -> None:
    """A token from a deployment with a different secret is refused."""
    first = await make_auth(JWT_SECRET="a" * 48)
    pair = await login(first, ADMIN_EMAIL, ADMIN_PASSWORD)
    second = await make_auth(JWT_SECRET="b" * 48)
    assert (await second.get("/me", headers=bearer(pair))).status_code == 401


async def test_access_token_lifetime_is_configurable(make_auth: Any) -> None:
    """ACCESS_TOKEN_MINUTES sets the lifetime (expiry itself is proven in test_tokens)."""
    client = await make_auth(ACCESS_TOKEN_MINUTES="15")
    pair = await login(client, ADMIN_EMAIL, ADMIN_PASSWORD)
    assert pair["expires_in"] == 15 * 60
