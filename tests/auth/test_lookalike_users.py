"""Console accounts: punycode is decoded before the script rule, the local part is ASCII, and a
new address whose UTS #39 skeleton matches an existing account's is refused (issue 27)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.auth.conftest import bearer

BODY = {"password": "Another-Pass-2024", "role": "admin"}


@pytest.mark.parametrize(
    "email",
    [
        "admin@xn--exmple-4nf.com",  # exаmple.com with a Cyrillic а
        "admin@xn--80ak6aa92e.com",  # аррӏе.com, all Cyrillic, after a Latin local part
        "adm\u0131n@example.com",  # dotless ı
        "\u0430dmin@other.example",  # Cyrillic а in the local part
        "admin@xn--zzzzzzzz-.com",  # punycode that does not decode
    ],
)
async def test_look_alike_addresses_are_422(
    auth: httpx.AsyncClient, admin: dict[str, Any], email: str
) -> None:
    """Each look-alike spelling is refused with a field error and no account is made."""
    made = await auth.post("/users", json={**BODY, "email": email}, headers=bearer(admin))
    assert made.status_code == 422, made.text
    listed = (await auth.get("/users", headers=bearer(admin))).json()["items"]
    assert [u["email"] for u in listed] == ["admin@example.com"]


async def test_an_address_with_an_existing_accounts_skeleton_is_refused(
    auth: httpx.AsyncClient, admin: dict[str, Any]
) -> None:
    """ASCII-only look-alikes pass the script rules but not the skeleton rule: "adrnin" (r n)
    spells the existing "admin" and is 409; an unrelated address is created."""
    twin = await auth.post(
        "/users", json={**BODY, "email": "adrnin@example.com"}, headers=bearer(admin)
    )
    assert twin.status_code == 409, twin.text
    assert "looks the same" in twin.json()["error"]["message"]
    other = await auth.post(
        "/users", json={**BODY, "email": "barista@example.com"}, headers=bearer(admin)
    )
    assert other.status_code == 201, other.text
    accented = await auth.post(
        "/users", json={**BODY, "email": "ana@xn--caf-dma.com"}, headers=bearer(admin)
    )
    assert accented.status_code == 201, accented.text  # café.com: one script, no twin
