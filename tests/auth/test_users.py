"""User management: admin-only endpoints, roles, deactivation and hostile input."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.auth.conftest import (
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    SALES_PASSWORD,
    bearer,
    create_sales,
    login,
)


async def test_admin_creates_and_lists_users(
    auth: httpx.AsyncClient, admin: dict[str, Any]
) -> None:
    """POST /users returns 201; GET /users lists users ordered by email."""
    created = await create_sales(auth, admin, "bea@example.com")
    assert created["role"] == "sales"
    listing = await auth.get("/users", headers=bearer(admin))
    assert listing.status_code == 200
    assert [u["email"] for u in listing.json()["items"]] == [ADMIN_EMAIL, "bea@example.com"]


async def test_listing_pages_with_a_cursor(auth: httpx.AsyncClient, admin: dict[str, Any]) -> None:
    """``limit`` and ``next_cursor`` walk the list without overlap."""
    for name in ("cy", "di", "ed"):
        await create_sales(auth, admin, f"{name}@example.com")
    first = (await auth.get("/users?limit=2", headers=bearer(admin))).json()
    assert len(first["items"]) == 2
    assert first["next_cursor"]
    second = (
        await auth.get(f"/users?limit=2&cursor={first['next_cursor']}", headers=bearer(admin))
    ).json()
    emails = [u["email"] for u in first["items"] + second["items"]]
    assert len(emails) == len(set(emails)) == 4


@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", "/users"), ("POST", "/users"), ("PATCH", "/users/abc")],
)
async def test_sales_users_get_403_on_admin_endpoints(
    auth: httpx.AsyncClient, admin: dict[str, Any], method: str, path: str
) -> None:
    """A signed-in sales user is forbidden from user management."""
    await create_sales(auth, admin)
    sales = await login(auth, "sam@example.com", SALES_PASSWORD)
    response = await auth.request(method, path, json={"role": "admin"}, headers=bearer(sales))
    assert response.status_code == 403


@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", "/users"), ("POST", "/users"), ("PATCH", "/users/abc"), ("GET", "/me")],
)
async def test_anonymous_calls_to_protected_endpoints_are_401(
    auth: httpx.AsyncClient, method: str, path: str
) -> None:
    """Without a token every protected endpoint answers 401."""
    response = await auth.request(method, path, json={"role": "admin"})
    assert response.status_code == 401


async def test_role_change_applies_to_existing_tokens(
    auth: httpx.AsyncClient, admin: dict[str, Any]
) -> None:
    """Promoting a sales user lets their current token into admin endpoints at once."""
    user = await create_sales(auth, admin)
    sales = await login(auth, "sam@example.com", SALES_PASSWORD)
    patched = await auth.patch(
        f"/users/{user['id']}", json={"role": "admin"}, headers=bearer(admin)
    )
    assert patched.status_code == 200
    assert patched.json()["role"] == "admin"
    assert (await auth.get("/users", headers=bearer(sales))).status_code == 200


async def test_deactivation_revokes_tokens_and_blocks_login(
    auth: httpx.AsyncClient, admin: dict[str, Any]
) -> None:
    """An inactive user's tokens stop working and sign-in answers the generic 401."""
    user = await create_sales(auth, admin)
    sales = await login(auth, "sam@example.com", SALES_PASSWORD)
    off = await auth.patch(f"/users/{user['id']}", json={"active": False}, headers=bearer(admin))
    assert off.status_code == 200
    assert off.json()["active"] is False
    assert (await auth.get("/me", headers=bearer(sales))).status_code == 401
    refresh = await auth.post("/refresh", json={"refresh_token": sales["refresh_token"]})
    assert refresh.status_code == 401
    again = await auth.post("/login", json={"email": "sam@example.com", "password": SALES_PASSWORD})
    assert again.status_code == 401


async def test_admin_cannot_demote_themselves(
    auth: httpx.AsyncClient, admin: dict[str, Any]
) -> None:
    """An admin removing their own admin access is a 409 (no lock-out by accident)."""
    me = (await auth.get("/me", headers=bearer(admin))).json()
    response = await auth.patch(f"/users/{me['id']}", json={"active": False}, headers=bearer(admin))
    assert response.status_code == 409


async def test_patching_an_unknown_user_is_404(
    auth: httpx.AsyncClient, admin: dict[str, Any]
) -> None:
    """A missing user id answers 404."""
    response = await auth.patch("/users/" + "0" * 32, json={"role": "sales"}, headers=bearer(admin))
    assert response.status_code == 404


async def test_duplicate_email_is_409(auth: httpx.AsyncClient, admin: dict[str, Any]) -> None:
    """The unique email index turns a second account for one address into 409."""
    body = {"email": ADMIN_EMAIL.upper(), "password": SALES_PASSWORD, "role": "sales"}
    response = await auth.post("/users", json=body, headers=bearer(admin))
    assert response.status_code == 409


@pytest.mark.parametrize(
    "body",
    [
        pytest.param({"email": "x@example.com", "password": "weak", "role": "sales"}, id="weak"),
        pytest.param({"email": "x@example.com", "password": "a1" * 37}, id="over-72-bytes"),
        pytest.param({"email": "not-an-email", "password": SALES_PASSWORD}, id="bad-email"),
        pytest.param(
            {"email": "x@example.com", "password": SALES_PASSWORD, "role": "root"}, id="role"
        ),
        pytest.param(
            {"email": "x@example.com", "password": SALES_PASSWORD, "admin": True},
            id="unknown-field",
        ),
        pytest.param({"email": {"$gt": ""}, "password": SALES_PASSWORD}, id="operator"),
        pytest.param(
            {"email": "x@example.com", "password": SALES_PASSWORD, "role.$": "admin"}, id="dotted"
        ),
        pytest.param(
            {"email": "<script>alert(1)</script>@example.com", "password": SALES_PASSWORD},
            id="html",
        ),
        pytest.param({"email": 5, "password": ["x"]}, id="wrong-types"),
    ],
)
async def test_bad_user_bodies_are_422(
    auth: httpx.AsyncClient, admin: dict[str, Any], body: dict[str, Any]
) -> None:
    """Weak or long passwords, bad emails or roles, unknown, operator and dotted keys: 422."""
    response = await auth.post("/users", json=body, headers=bearer(admin))
    assert response.status_code == 422, response.text


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"role": "root"},
        {"active": "yes please"},
        {"active": "yes"},
        {"active": "true"},
        {"active": 1},
        {"active": 0},
        {"$set": {"role": "admin"}},
        {"a.b": 1},
    ],
)
async def test_bad_patch_bodies_are_422(
    auth: httpx.AsyncClient, admin: dict[str, Any], body: dict[str, Any]
) -> None:
    """Nothing to change, bad values (booleans are strict: "yes" or 1 is not true), or
    operator/dotted keys in a patch: 422."""
    user = await create_sales(auth, admin)
    response = await auth.patch(f"/users/{user['id']}", json=body, headers=bearer(admin))
    assert response.status_code == 422


@pytest.mark.parametrize(
    "query", ["limit=0", "limit=1000", "limit=abc", "cursor[$gt]=", "unknown=1"]
)
async def test_bad_list_queries_are_422(
    auth: httpx.AsyncClient, admin: dict[str, Any], query: str
) -> None:
    """Out-of-range limits and unknown or operator-like query parameters: 422."""
    response = await auth.get(f"/users?{query}", headers=bearer(admin))
    assert response.status_code == 422


@pytest.mark.parametrize(
    "body",
    [
        {"email": {"$ne": None}, "password": {"$ne": None}},
        {"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD, "extra": 1},
        {"email": ADMIN_EMAIL},
        [ADMIN_EMAIL, ADMIN_PASSWORD],
    ],
)
async def test_hostile_login_bodies_are_422(auth: httpx.AsyncClient, body: Any) -> None:
    """Operator objects, unknown fields, missing fields or a non-object body never sign in."""
    response = await auth.post("/login", json=body)
    assert response.status_code == 422


async def test_malformed_oversized_and_non_json_bodies(auth: httpx.AsyncClient) -> None:
    """Broken JSON is 400, a body over 64 KiB is 413, another media type is 415."""
    headers = {"Content-Type": "application/json"}
    assert (await auth.post("/login", content=b"{nope", headers=headers)).status_code == 400
    big = b'{"email": "' + b"a" * 70_000 + b'"}'
    assert (await auth.post("/login", content=big, headers=headers)).status_code == 413
    form = await auth.post("/login", data={"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD})
    assert form.status_code == 415


async def test_bootstrap_admin_is_created_once(make_auth: Any) -> None:
    """A second cold start on the same database neither duplicates nor resets the admin."""
    first = await make_auth()
    await login(first, ADMIN_EMAIL, ADMIN_PASSWORD)
    second = await make_auth(BOOTSTRAP_ADMIN_PASSWORD="Another-Secret-99")
    pair = await login(second, ADMIN_EMAIL, ADMIN_PASSWORD)
    users = (await second.get("/users", headers=bearer(pair))).json()["items"]
    assert [u["role"] for u in users] == ["admin"]


async def test_a_weak_bootstrap_password_creates_no_admin(make_auth: Any) -> None:
    """A bootstrap password that breaks the rule is refused (logged), not used."""
    client = await make_auth(BOOTSTRAP_ADMIN_PASSWORD="password")
    response = await client.post("/login", json={"email": ADMIN_EMAIL, "password": "password"})
    assert response.status_code == 401
