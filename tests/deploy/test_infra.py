"""Terraform, the runbook, the Dockerfile and compose.yaml agree with cloudbuild.yaml, grant
each function only what it uses, and the linters in `make lint` really fail on bad input."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from infra.deploycheck.__main__ import Skip, tool

ROOT = Path(__file__).resolve().parents[2]
TERRAFORM = ROOT / "infra" / "terraform"
CLOUDBUILD: dict[str, Any] = yaml.safe_load((ROOT / "cloudbuild.yaml").read_text())
FUNCTIONS = ("chat", "auth", "leads", "crm", "lead_events")


def tf(name: str) -> str:
    return (TERRAFORM / name).read_text()


def deploy_flags(function: str) -> dict[str, str]:
    for step in CLOUDBUILD["steps"]:
        args = step["args"]
        if args[:2] == ["functions", "deploy"] and f"--entry-point={function}" in args:
            return dict(a.split("=", 1) for a in args if a.startswith("--") and "=" in a)
    raise AssertionError(f"no deploy of {function}")


def terraform_function_secrets() -> dict[str, set[str]]:
    """accounts.tf's function_secrets map: function -> secrets it may read."""
    block = tf("accounts.tf").split("function_secrets = {")[1].split("\n  }")[0]
    return {
        name: set(re.findall(r'"([a-z-]+)"', secrets))
        for name, secrets in re.findall(r"^\s*([a-z-]+)\s*=\s*\[(.*)\]", block, re.MULTILINE)
    }


def mounted_secrets(function: str) -> set[str]:
    refs = deploy_flags(function)["--set-secrets"].split(",")
    return {ref.split("=", 1)[1].split(":")[0] for ref in refs}


@pytest.mark.parametrize("function", FUNCTIONS)
def test_each_function_may_read_exactly_the_secrets_it_mounts(function: str) -> None:
    """Least privilege: a function's account reads the secrets its deploy mounts, no other."""
    name = function.replace("_", "-")
    assert terraform_function_secrets()[name] == mounted_secrets(function)


@pytest.mark.parametrize("function", FUNCTIONS)
def test_each_function_runs_as_its_own_terraform_account(function: str) -> None:
    """The deploy's service account is the one Terraform creates for that function."""
    name = function.replace("_", "-")
    assert name in terraform_function_secrets()
    assert 'account_id   = "leadbot-${each.key}"' in tf("accounts.tf")
    expected = f"leadbot-{name}@${{PROJECT_ID}}.iam.gserviceaccount.com"
    assert deploy_flags(function)["--service-account"] == expected


def test_every_mounted_secret_exists_in_terraform() -> None:
    """Each secret a deploy mounts is created by secrets.tf."""
    created = set(re.findall(r'^\s*"([a-z-]+)",$', tf("secrets.tf"), re.MULTILINE))
    for function in FUNCTIONS:
        assert mounted_secrets(function) <= created


def test_trigger_account_and_dead_letter_names_match() -> None:
    """The Eventarc trigger account, topics and subscriptions named by cloudbuild.yaml and the
    runbook are the ones Terraform creates, with the same maximum delivery attempts."""
    accounts, pubsub = tf("accounts.tf"), tf("pubsub.tf")
    trigger = deploy_flags("lead_events")["--trigger-service-account"]
    assert trigger.startswith("leadbot-events-trigger@")
    assert 'account_id   = "leadbot-events-trigger"' in accounts
    invoker = next(s for s in CLOUDBUILD["steps"] if s.get("id") == "trigger-invoker")["args"]
    assert invoker[:3] == ["functions", "add-invoker-policy-binding", "lead-events"]
    assert f"--member=serviceAccount:{trigger}" in invoker
    runbook = (ROOT / "infra" / "pubsub.md").read_text()
    for name in ("lead-events", "lead-events-dead-letter", "lead-events-dead-letter-pull"):
        assert f'name                       = "{name}"' in pubsub
        assert f"`{name}`" in runbook
    default = re.search(r'max_delivery_attempts".*?default\s*=\s*(\d+)', tf("variables.tf"), re.S)
    assert default is not None
    assert CLOUDBUILD["substitutions"]["_MAX_DELIVERY_ATTEMPTS"] == default.group(1)


def test_every_checkov_skip_states_its_reason() -> None:
    """Each `#checkov:skip=` carries a reason of a few words in the .tf file."""
    skips = [
        line.strip()
        for path in TERRAFORM.glob("*.tf")
        for line in path.read_text().splitlines()
        if "checkov:skip" in line
    ]
    assert skips
    for skip in skips:
        assert re.fullmatch(r"#checkov:skip=CKV2?_GCP_\d+:.{20,}", skip), skip


def test_provider_is_pinned_and_state_is_in_gcs() -> None:
    """The Google provider has a version constraint and the state lives in a GCS bucket."""
    versions = tf("versions.tf")
    assert re.search(r'version\s*=\s*"~> 6\.\d+"', versions)
    assert 'backend "gcs"' in versions


def test_dockerfile_is_multi_stage_non_root_with_a_healthcheck() -> None:
    """web, builder and runtime stages; FUNCTION defaults to chat; numeric non-root user."""
    text = (ROOT / "Dockerfile").read_text()
    assert re.findall(r"^FROM \S+ AS (\w+)$", text, re.MULTILINE) == ["web", "builder", "runtime"]
    assert "ARG FUNCTION=chat" in text
    assert re.search(r"^USER 10001$", text, re.MULTILINE)
    assert "HEALTHCHECK" in text
    assert "libgomp1" in text


def test_compose_runs_every_function_and_the_services() -> None:
    """compose.yaml builds each function from the Dockerfile and binds ports to loopback."""
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    services = compose["services"]
    built = {
        s["build"]["args"]["FUNCTION"] for s in services.values() if "args" in s.get("build", {})
    }
    assert built == set(FUNCTIONS)
    assert {"mongodb", "redis", "pubsub", "pubsub-bridge"} <= set(services)
    for service in services.values():
        for port in service.get("ports", []):
            assert port.startswith("127.0.0.1:")


def linter(name: str) -> str:
    try:
        return tool(name)
    except Skip as reason:
        pytest.skip(str(reason))


def test_hadolint_fails_a_shell_form_cmd(tmp_path: Path) -> None:
    """hadolint, as make lint runs it, fails on the old image's shell-form CMD (DL3025)."""
    bad = tmp_path / "Dockerfile"
    bad.write_text('FROM python:3.11-slim\nCMD exec functions-framework --port="${PORT}"\n')
    done = subprocess.run(
        [linter("hadolint"), "--failure-threshold", "warning", str(bad)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode != 0
    assert "DL3025" in done.stdout


def test_checkov_fails_a_bucket_open_to_the_public(tmp_path: Path) -> None:
    """checkov, as make lint runs it, fails a bucket without public access prevention."""
    (tmp_path / "main.tf").write_text(
        'resource "google_storage_bucket" "b" {\n  name = "b"\n  location = "US"\n}\n'
    )
    argv = [linter("checkov"), "-d", str(tmp_path), "--framework", "terraform", "--compact",
            "--quiet", "--skip-download", "--check", "CKV_GCP_114"]  # fmt: skip
    env = {"HTTPS_PROXY": "http://127.0.0.1:9", "HTTP_PROXY": "http://127.0.0.1:9"}
    done = subprocess.run(argv, capture_output=True, text=True, check=False, env=env, timeout=300)
    assert done.returncode != 0
    assert "CKV_GCP_114" in done.stdout
