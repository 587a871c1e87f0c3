"""schemathesis against the chat, leads, auth and crm functions through the real local stack:
generated requests (valid and invalid) never get a 5xx or a response that breaks openapi.yaml.

Signed-in cases log in afresh each time: a generated ``POST /auth/logout`` with
``everywhere: true`` legitimately revokes every earlier token of the admin. The fuzzing signs in
as an admin of its own, created for it, so whatever it generates (wrong passwords, logouts,
role changes) can never throttle or sign out the stack's real users."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from tests.conftest import LIVE_ADMIN, ROOT

schema = schemathesis.openapi.from_path(ROOT / "openapi.yaml")
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]
FUZZ = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def login(base_url: str, account: dict[str, str]) -> dict[str, str]:
    answer = httpx.post(f"{base_url}/auth/login", json=account, timeout=30)
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


@pytest.fixture(scope="module")
def fuzz_admin(live_stack: str) -> dict[str, str]:
    """An admin account used only by the fuzzing, created through the API by the real admin."""
    account = {"email": f"fuzz-{uuid.uuid4().hex[:8]}@fuzz.example", "password": "Fuzz-Admin-2026!"}
    created = httpx.post(
        f"{live_stack}/auth/users",
        json={**account, "role": "admin"},
        headers=login(live_stack, LIVE_ADMIN),
        timeout=30,
    )
    assert created.status_code == 201, created.text
    return account


@schema.include(path_regex=r"^/chat/").parametrize()
@FUZZ
def test_chat_api_conforms(case: schemathesis.Case[Any], live_stack: str) -> None:
    """The public chat API answers any generated request within its description."""
    case.call_and_validate(base_url=live_stack, checks=CHECKS)


@schema.include(path_regex=r"^/leads/").parametrize()
@FUZZ
def test_leads_api_conforms(case: schemathesis.Case[Any], live_stack: str, fuzz_admin: Any) -> None:
    """The leads API, signed in as an admin, answers generated requests within its description."""
    headers = login(live_stack, fuzz_admin)
    case.call_and_validate(base_url=live_stack, headers=headers, checks=CHECKS)


@schema.include(path_regex=r"^/auth/").parametrize()
@FUZZ
def test_auth_api_conforms(case: schemathesis.Case[Any], live_stack: str, fuzz_admin: Any) -> None:
    """The auth API, signed in as an admin, answers generated requests within its description."""
    headers = login(live_stack, fuzz_admin)
    case.call_and_validate(base_url=live_stack, headers=headers, checks=CHECKS)


@schema.include(path_regex=r"^/crm/").parametrize()
@FUZZ
def test_crm_api_conforms(case: schemathesis.Case[Any], live_stack: str, fuzz_admin: Any) -> None:
    """The crm API, signed in as an admin, answers generated requests within its description."""
    headers = login(live_stack, fuzz_admin)
    case.call_and_validate(base_url=live_stack, headers=headers, checks=CHECKS)
