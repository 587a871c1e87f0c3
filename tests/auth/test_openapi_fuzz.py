"""schemathesis against the auth function's OpenAPI description, served by functions-framework
(uvicorn) in its own process on a real SecantusDB: no 5xx, no response outside the schema."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from infra.local.processes import HOST, free_port, start
from shared.auth.openapi import openapi_document
from tests.auth.conftest import ADMIN_EMAIL, ADMIN_PASSWORD
from tests.conftest import ROOT, new_db_name

schema = schemathesis.openapi.from_dict(openapi_document())
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
    negative_data_rejection,
]


@pytest.fixture(scope="module")
def auth_server(mongo_uri: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The auth function under functions-framework on a free loopback port."""
    port = free_port()
    env = {
        "ENV": "test",
        "MONGODB_URI": mongo_uri,
        "MONGODB_DB": new_db_name(),
        "BCRYPT_ROUNDS": "4",
        "RATE_LIMIT_DEFAULT": "100000/minute",
        "RATE_LIMIT_LOGIN": "100000/minute",
        "BOOTSTRAP_ADMIN_EMAIL": ADMIN_EMAIL,
        "BOOTSTRAP_ADMIN_PASSWORD": ADMIN_PASSWORD,
        "LOG_LEVEL": "ERROR",
        "PYTHONPATH": str(ROOT),
    }
    argv = [
        str(Path(sys.executable).with_name("functions-framework")),
        *("--target", "auth", "--source", str(ROOT / "functions" / "auth" / "main.py")),
        *("--host", HOST, "--port", str(port), "--asgi"),
    ]
    logs = tmp_path_factory.mktemp("auth-server")
    service = start("auth", argv, port, logs, env={**os.environ, **env})
    yield f"http://{HOST}:{port}"
    service.stop()


def admin_headers(base_url: str) -> dict[str, str]:
    body = {"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD}
    response = httpx.post(f"{base_url}/login", json=body, timeout=10)
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


@schema.parametrize()
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_auth_api_conforms(case: schemathesis.Case, auth_server: str) -> None:
    """Generated requests (signed in as admin) never get a 5xx or a response off the schema."""
    case.call_and_validate(base_url=auth_server, headers=admin_headers(auth_server), checks=CHECKS)
