"""Look-alike emails (issue 27): the shared rules, their UTS #39 skeletons, and the chat
refusing the same addresses the console refuses."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from shared.lookalikes import address_skeleton, lookalike_problem, unicode_form
from shared.understanding.entities.emails import find_email
from tests.session_secrets import remember, secret_headers

LOOKALIKES = [
    "admin@xn--exmple-4nf.com",
    "admin@xn--80ak6aa92e.com",
    "adm\u0131n@example.com",
    "admin@ex\u0430mple.com",
]


@pytest.mark.parametrize("address", LOOKALIKES)
def test_look_alikes_are_refused_whatever_their_spelling(address: str) -> None:
    """Punycode is decoded before the script rule; a non-ASCII local part is refused."""
    assert lookalike_problem(address) is not None


@pytest.mark.parametrize("address", ["ana@example.com", "ana@xn--caf-dma.com", "o'neil@x.co"])
def test_ordinary_addresses_pass(address: str) -> None:
    """Plain addresses and a one-script international domain are accepted."""
    assert lookalike_problem(address) is None


def test_punycode_decodes_to_what_the_console_would_show() -> None:
    """The decoded form is the one a person would see: a Cyrillic а inside a Latin word."""
    assert unicode_form("admin@xn--exmple-4nf.com") == "admin@ex\u0430mple.com"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("admin@example.com", "adm\u0131n@example.com"),
        ("admin@example.com", "admin@xn--exmple-4nf.com"),
        ("maya@x.co", "rnaya@x.co"),
        ("paypal@x.co", "p\u0430yp\u0430l@x.co"),
    ],
)
def test_look_alike_pairs_share_a_skeleton(one: str, other: str) -> None:
    """UTS #39 skeletons make each pair equal, whichever rule catches it first."""
    assert address_skeleton(one) == address_skeleton(other)


def test_different_addresses_keep_different_skeletons() -> None:
    """Skeletons do not merge addresses that merely share letters."""
    assert address_skeleton("ana@example.com") != address_skeleton("anna@example.com")
    assert address_skeleton("admin@example.com") != address_skeleton("admins@example.com")


@pytest.mark.parametrize("address", LOOKALIKES)
def test_the_chat_reads_a_look_alike_whole_and_refuses_it(address: str) -> None:
    """The chat's reader takes the whole address (not "n@example.com" after a dotless ı) and
    reports it invalid, so nothing is stored and the visitor is asked again."""
    found = find_email(f"my email is {address} thanks")
    assert found is not None
    assert found.valid is False
    assert found.address.endswith(address.rsplit("@", 1)[1].lower())


async def test_a_chat_visitor_cannot_store_a_look_alike(function_client: Any) -> None:
    """Through the real chat function: a punycode look-alike is not collected, and a plain
    address is then stored."""
    chat: httpx.AsyncClient = await function_client("chat")
    first = (await chat.post("/messages", json={"message": "We're opening a café"})).json()
    remember(first)
    sid = first["session_id"]
    for text in ("I'm Ana Costa", "my email is admin@xn--exmple-4nf.com"):
        turn = await chat.post(
            "/messages", json={"message": text, "session_id": sid}, headers=secret_headers(sid)
        )
        assert turn.status_code == 200, turn.text
    assert "email" not in turn.json()["collected"]
    fixed = await chat.post(
        "/messages",
        json={"message": "ana@example.com", "session_id": sid},
        headers=secret_headers(sid),
    )
    assert fixed.json()["collected"]["email"] == "ana@example.com"
