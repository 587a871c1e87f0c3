"""The create-user command: ``python -m shared.cli create-user --role admin``."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

from tests.auth.conftest import bearer, login
from tests.conftest import ROOT


def run_cli(env: dict[str, str], *args: str, password: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "shared.cli", "create-user", *args, "--password-stdin"],
        input=password + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**env, "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        timeout=60,
        check=False,
    )


async def test_cli_creates_an_admin_who_can_sign_in(
    function_env: dict[str, str], function_client: Any
) -> None:
    """The command creates the admin in the configured database; the function accepts them."""
    result = run_cli(
        function_env, "--role", "admin", "--email", "ops@example.com", password="Ristretto-77-x"
    )
    assert result.returncode == 0, result.stderr
    assert "ops@example.com" not in result.stdout
    client = await function_client("auth")
    pair = await login(client, "ops@example.com", "Ristretto-77-x")
    assert (await client.get("/users", headers=bearer(pair))).status_code == 200


def test_cli_refuses_a_weak_password(function_env: dict[str, str]) -> None:
    """A password that breaks the rule exits 1 with the reason."""
    result = run_cli(function_env, "--role", "admin", "--email", "a@example.com", password="short")
    assert result.returncode == 1
    assert "12 characters" in result.stderr


def test_cli_refuses_a_duplicate(function_env: dict[str, str]) -> None:
    """Creating the same email twice exits 1 the second time."""
    args = ("--role", "sales", "--email", "dup@example.com")
    assert run_cli(function_env, *args, password="Ristretto-77-x").returncode == 0
    second = run_cli(function_env, *args, password="Ristretto-77-x")
    assert second.returncode == 1
    assert "already exists" in second.stderr
