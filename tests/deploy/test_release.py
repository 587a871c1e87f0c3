"""cloudbuild.yaml and Terraform fix what kept the deploy from running: each step has its tools,
the browser tests wait for the builds, every deploy names the build account and the commit, a
failed deploy leaves no mix of versions, the console is built for and served from its HTTPS
origin, and production operations (secrets, alerts, egress, retention) are wired."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from infra.deploycheck import steptools

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "cloudbuild.yaml"
STEPS: dict[str, dict[str, Any]] = {
    s["id"]: s for s in yaml.safe_load(CONFIG.read_text())["steps"] if "id" in s
}
TERRAFORM = ROOT / "infra" / "terraform"
DEPLOYS = {k: v for k, v in STEPS.items() if v["args"][:2] == ["functions", "deploy"]}


def flags(step: dict[str, Any]) -> dict[str, str]:
    return dict(a.split("=", 1) for a in step["args"] if a.startswith("--") and "=" in a)


def tf(name: str) -> str:
    return (TERRAFORM / name).read_text()


def test_every_step_has_the_tools_it_runs() -> None:
    """The offline tool check passes cloudbuild.yaml (make lint runs it too)."""
    assert steptools.check(CONFIG, ROOT) == []


def test_the_tool_check_catches_a_python_step_without_npm(tmp_path: Path) -> None:
    """The issue's failure: `make pytest` in the Python image runs `npm run e2e` without npm."""
    bad = tmp_path / "cloudbuild.yaml"
    bad.write_text(
        "steps:\n  - id: python-tests\n    name: python:3.11-bookworm\n    entrypoint: bash\n"
        "    args: [-ceu, make pytest]\n"
    )
    [problem] = steptools.check(bad, ROOT)
    assert "npm" in problem
    assert "terraform" in problem
    assert "gcloud" in problem


def test_browser_tests_wait_for_the_builds_they_load() -> None:
    """The Python tests (browser tests included) start after the widget and console builds."""
    assert {"widget", "console"} <= set(STEPS["python-tests"]["waitFor"])
    assert "make pytest" in STEPS["python-tests"]["args"][-1]


def test_the_console_is_typechecked_tested_and_built_for_its_api() -> None:
    """The console step runs typecheck and tests, and builds with VITE_API_BASE set to the
    functions' host."""
    script = STEPS["console"]["args"][-1]
    assert script.index("npm run typecheck") < script.index("npm run build")
    assert "npm test" in script
    assert STEPS["console"]["env"] == [
        "VITE_API_BASE=https://${_REGION}-${PROJECT_ID}.cloudfunctions.net"
    ]


def test_the_console_is_synced_where_its_base_points() -> None:
    """Vite builds for /console/; the sync writes under console/, the bucket's fallback page is
    console/index.html, and the console's HTTPS origin is in every function's CORS_ORIGINS."""
    base = re.search(r"base: '([^']+)'", (ROOT / "web" / "console" / "vite.config.ts").read_text())
    assert base
    assert base.group(1) == "/console/"
    assert STEPS["deploy-console"]["args"][-1] == "gs://${_CONSOLE_BUCKET}/console"
    assert 'not_found_page   = "console/index.html"' in tf("storage.tf")
    assert "google_compute_target_https_proxy" in tf("console.tf")
    assert "_CONSOLE_ORIGIN=https://${var.console_domain}" in tf("outputs.tf")
    for step in DEPLOYS.values():
        assert "CORS_ORIGINS=${_CORS_ORIGINS},${_CONSOLE_ORIGIN}" in flags(step)["--set-env-vars"]


@pytest.mark.parametrize("deploy", sorted(DEPLOYS))
def test_every_deploy_names_the_build_account_and_the_release(deploy: str) -> None:
    """Each deploy builds as Terraform's leadbot-builder, is labelled with the commit and sets
    RELEASE, may fail without stopping the build (release-check decides), and sends all
    egress through the connector (Cloud NAT's static address)."""
    step, found = DEPLOYS[deploy], flags(DEPLOYS[deploy])
    builder = "leadbot-builder@${PROJECT_ID}.iam.gserviceaccount.com"
    assert found["--build-service-account"] == f"projects/${{PROJECT_ID}}/serviceAccounts/{builder}"
    assert 'account_id   = "leadbot-builder"' in tf("accounts.tf")
    assert found["--update-labels"] == "release=${_RELEASE}"
    assert "@RELEASE=${_RELEASE}@" in found["--set-env-vars"]
    assert step["allowFailure"] is True
    assert found["--egress-settings"] == "all"
    assert found["--vpc-connector"] == "${_VPC_CONNECTOR}"
    assert deploy in STEPS["release-check"]["waitFor"]


def test_a_partial_release_is_rolled_back_before_the_console_moves() -> None:
    """release-check runs the converge script after every deploy; the console syncs after it;
    the script is valid bash and names all five functions."""
    assert "infra/ci/release.sh converge" in STEPS["release-check"]["args"][-1]
    assert STEPS["deploy-console"]["waitFor"] == ["release-check"]
    script = ROOT / "infra" / "ci" / "release.sh"
    subprocess.run(["bash", "-n", str(script)], check=True)
    assert "SERVICES=(chat auth leads crm lead-events)" in script.read_text()


def test_the_release_is_required_and_artifacts_are_kept_per_release() -> None:
    """A build without _RELEASE stops at its first step; the vendored zips are kept under it."""
    config = yaml.safe_load(CONFIG.read_text())
    assert '"${_RELEASE}"' in STEPS["release-name"]["args"][-1]
    assert config["artifacts"]["objects"]["location"] == "gs://${_BUCKET}/releases/${_RELEASE}/"
    assert len(config["artifacts"]["objects"]["paths"]) == len(DEPLOYS)


def test_the_dead_letter_ack_deadline_exceeds_the_function_timeout() -> None:
    """A slow lead event is not redelivered while lead-events still works on it."""
    timeout = int(flags(DEPLOYS["deploy-lead-events"])["--timeout"].rstrip("s"))
    ack = re.search(r"--ack-deadline=(\d+)", STEPS["dead-letter-policy"]["args"][-1])
    assert ack
    assert int(ack.group(1)) > timeout


def test_secrets_of_their_own_for_rotation() -> None:
    """ERASURE_HASH_KEY comes from its own secret (rotating the JWT secret leaves it alone) and
    every function that verifies tokens gets JWT_SECRET_PREVIOUS."""
    leads = flags(DEPLOYS["deploy-leads"])["--set-secrets"]
    assert "ERASURE_HASH_KEY=erasure-hash-key:latest" in leads
    for name in ("deploy-auth", "deploy-leads", "deploy-crm"):
        assert (
            "JWT_SECRET_PREVIOUS=jwt-secret-previous:latest"
            in flags(DEPLOYS[name])["--set-secrets"]
        )


def test_alerts_and_uptime_checks_cover_the_functions() -> None:
    """Alert policies for dead letters, 5xx, p95 latency and failing health routes, a budget,
    and an uptime check on the health route of every public function."""
    monitoring = tf("monitoring.tf")
    for metric in ("num_undelivered_messages", 'response_code_class=\\"5xx\\"',
                   "REDUCE_PERCENTILE_95", "uptime_check/check_passed"):  # fmt: skip
        assert metric in monitoring, metric
    assert 'resource "google_billing_budget"' in monitoring
    public = {
        k.removeprefix("deploy-")
        for k, v in DEPLOYS.items()
        if "--allow-unauthenticated" in v["args"]
    }
    checked = re.search(r"http_functions = toset\(\[(.*?)\]\)", monitoring)
    assert checked
    assert set(re.findall(r'"([a-z-]+)"', checked.group(1))) == public
    assert 'path           = "/${each.key}/health"' in monitoring


def test_egress_has_a_static_address_and_old_bundles_expire() -> None:
    """Cloud NAT on the connector's subnet with a reserved address (Atlas's access list), and a
    lifecycle rule deleting published bundle versions no deploy refreshed."""
    network = tf("network.tf")
    assert 'nat_ip_allocate_option             = "MANUAL_ONLY"' in network
    assert "google_compute_address.egress.self_link" in network
    assert "google_compute_subnetwork.connector.name" in network
    assert 'matches_prefix = ["index/versions/"]' in tf("storage.tf")
