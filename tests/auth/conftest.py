"""Fixtures for the auth tests: the auth function with a bootstrap admin, and sign-in helpers."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest

from tests.conftest import FunctionClient

ADMIN_EMAIL = "admin@example.com"
ADMIN_PASSWORD = "Espresso-Boss-2024"
SALES_PASSWORD = "Cortado-Sales-2024"
AuthFactory = Callable[..., Awaitable[httpx.AsyncClient]]


@pytest.fixture
def make_auth(function_client: FunctionClient) -> AuthFactory:
    """Factory: the auth function on a fresh database whose first admin is bootstrapped."""

    async def make(**overrides: str) -> httpx.AsyncClient:
        env = {
            "BOOTSTRAP_ADMIN_EMAIL": ADMIN_EMAIL,
            "BOOTSTRAP_ADMIN_PASSWORD": ADMIN_PASSWORD,
            **overrides,
        }
        return await function_client("auth", **env)

    return make


@pytest.fixture
async def auth(make_auth: AuthFactory) -> httpx.AsyncClient:
    return await make_auth()


async def login(client: httpx.AsyncClient, email: str, password: str) -> dict[str, Any]:
    """Sign in and return the token pair (asserting success)."""
    response = await client.post("/login", json={"email": email, "password": password})
    assert response.status_code == 200, response.text
    pair: dict[str, Any] = response.json()
    return pair


def bearer(pair: dict[str, Any]) -> dict[str, str]:
    return {"Authorization": f"Bearer {pair['access_token']}"}


@pytest.fixture
async def admin(auth: httpx.AsyncClient) -> dict[str, Any]:
    """The bootstrap admin's token pair."""
    return await login(auth, ADMIN_EMAIL, ADMIN_PASSWORD)


async def create_sales(
    client: httpx.AsyncClient, admin_pair: dict[str, Any], email: str = "sam@example.com"
) -> dict[str, Any]:
    """Create a sales user through ``POST /users``; returns the user."""
    body = {"email": email, "password": SALES_PASSWORD, "role": "sales"}
    response = await client.post("/users", json=body, headers=bearer(admin_pair))
    assert response.status_code == 201, response.text
    user: dict[str, Any] = response.json()
    return user
