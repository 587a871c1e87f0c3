"""cloudbuild.yaml deploys every function correctly, and the gcloud-based check catches what
gcloud would reject (the loader on flow lists, the argument parser on split arguments)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from infra.deploycheck import cloudbuild
from infra.deploycheck.cloudbuild import Build, CheckFailed

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "cloudbuild.yaml"
FUNCTIONS = ("chat", "auth", "leads", "crm", "lead_events")
HTTP_FUNCTIONS = ("chat", "auth", "leads", "crm")
CLOUD_RUN_NAME = re.compile(r"^[a-z]([-a-z0-9]{0,47}[a-z0-9])?$")


@pytest.fixture(scope="module")
def config() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(CONFIG.read_text())
    return loaded


def deploys(config: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Deploy steps by the function's entry point."""
    found = {}
    for step in config["steps"]:
        if step.get("entrypoint") == "gcloud" and step["args"][:2] == ["functions", "deploy"]:
            flags = dict(a.split("=", 1) for a in step["args"] if a.startswith("--") and "=" in a)
            found[flags["--entry-point"]] = step | {"name_": step["args"][2], "flags": flags}
    return found


def env_vars(flags: dict[str, str]) -> dict[str, str]:
    value = flags["--set-env-vars"]
    delimiter = "," if not value.startswith("^") else value[1 : value.index("^", 1)]
    body = value if delimiter == "," else value[value.index("^", 1) + 1 :]
    return dict(pair.split("=", 1) for pair in body.split(delimiter))


def test_every_function_is_deployed_with_a_valid_name_and_its_entry_point(
    config: dict[str, Any],
) -> None:
    """Each of the five functions deploys from its build folder under a Cloud Run-valid name,
    its entry point unchanged (lead_events deploys as lead-events)."""
    found = deploys(config)
    assert sorted(found) == sorted(FUNCTIONS)
    for entry, step in found.items():
        assert CLOUD_RUN_NAME.match(step["name_"]), step["name_"]
        assert step["name_"] == entry.replace("_", "-")
        assert step["flags"]["--source"] == f"build/{entry}"
        assert (ROOT / "functions" / entry / "main.py").is_file()


def test_deploys_run_in_parallel_after_vendoring(config: dict[str, Any]) -> None:
    """No deploy waits for another deploy; each waits for the vendored folders."""
    found = deploys(config)
    ids = {step["id"] for step in found.values()}
    for step in found.values():
        assert "vendor" in step["waitFor"]
        assert not ids & set(step["waitFor"])


def test_production_settings_are_set_on_every_function(config: dict[str, Any]) -> None:
    """ENV=production and CORS_ORIGINS everywhere; HTTP functions share Redis rate limits and
    trust one proxy (the Google Front End); token lifetime is 15 minutes; 1 CPU each."""
    for entry, step in deploys(config).items():
        flags, env = step["flags"], env_vars(step["flags"])
        assert env["ENV"] == "production"
        assert env["CORS_ORIGINS"] == "${_CORS_ORIGINS},${_CONSOLE_ORIGIN}"
        assert flags["--cpu"] == "1"
        assert int(flags["--concurrency"]) > 1
        assert "GCP_PROJECT" not in env  # the runtime's project (google.auth.default())
        if entry in HTTP_FUNCTIONS:
            assert "RATE_LIMIT_STORAGE_URI=rate-limit-storage-uri:latest" in flags["--set-secrets"]
            assert env["TRUSTED_PROXY_COUNT"] == "${_TRUSTED_PROXY_COUNT}"
            assert flags["--vpc-connector"] == "${_VPC_CONNECTOR}"
        if entry in ("auth", "leads", "crm"):
            assert env["ACCESS_TOKEN_MINUTES"] == "15"
    assert config["substitutions"]["_TRUSTED_PROXY_COUNT"] == "1"


def test_every_substitution_is_used_and_documented(config: dict[str, Any]) -> None:
    """Each default substitution appears in some step and in the file's header comment."""
    text = CONFIG.read_text()
    header = text[: text.index("substitutions:")]
    body = text[text.index("steps:") :]
    for name in config["substitutions"]:
        assert f"${{{name}}}" in body, name
        assert f"#   {name}" in header, name


def test_substitute_fills_cloud_build_variables() -> None:
    """$_X, ${_X} and built-ins are filled in, $$ stays a literal $, unknown names fail."""
    values = {"_REGION": "us-west1", "PROJECT_ID": "p"}
    assert cloudbuild.substitute("--region=${_REGION}", values) == "--region=us-west1"
    assert cloudbuild.substitute("$PROJECT_ID/$$HOME", values) == "p/$HOME"
    with pytest.raises(CheckFailed, match="_BUCKET"):
        cloudbuild.substitute("gs://${_BUCKET}", values)


def test_script_commands_find_gcloud_lines_in_bash_steps() -> None:
    """gcloud lines of a bash step, continued or in $(...), become commands with sample values."""
    script = (
        "x=$(gcloud functions describe f --format='value(a.b)')\n"
        'gcloud pubsub subscriptions update "$x" \\\n  --ack-deadline=30\necho done\n'
    )
    assert cloudbuild.script_commands(script) == [
        ["functions", "describe", "f", "--format=value(a.b)"],
        ["pubsub", "subscriptions", "update", "sample", "--ack-deadline=30"],
    ]


def test_verdict_tells_parsed_arguments_from_rejected_ones() -> None:
    """Stopping at the missing account means the arguments parsed; anything else is an error."""
    parsed = "ERROR: You do not currently have an active account selected."
    assert cloudbuild.verdict(1, parsed) is None
    assert "unrecognized" in (cloudbuild.verdict(2, "ERROR: unrecognized arguments: X=1") or "")
    assert cloudbuild.verdict(1, "") == "gcloud exited 1 without a message"


def test_gcloud_commands_cover_every_gcloud_step() -> None:
    """Deploys, the console upload, the dead-letter script's commands and those of the release
    script the release check runs (infra/ci/release.sh, rollback included) are all checked."""
    build = Build.model_validate(yaml.safe_load(CONFIG.read_text()))
    commands = cloudbuild.gcloud_commands(build)
    steps = {step for step, _ in commands}
    assert {f"deploy-{f.replace('_', '-')}" for f in FUNCTIONS} <= steps
    assert {"deploy-console", "dead-letter-policy", "release-check"} <= steps
    release = [args[:3] for step, args in commands if step == "release-check"]
    assert ["run", "services", "update-traffic"] in release
    assert all("${" not in arg for _, args in commands for arg in args)


GCLOUD = cloudbuild.sdk_root()
needs_gcloud = pytest.mark.skipif(GCLOUD is None, reason="gcloud is not installed")


@needs_gcloud
def test_gcloud_loader_accepts_the_config() -> None:
    """gcloud's own loader reads cloudbuild.yaml (the full argument parse runs in make lint)."""
    assert GCLOUD is not None
    build = cloudbuild.load(CONFIG, GCLOUD)
    assert len(build.steps) == len(yaml.safe_load(CONFIG.read_text())["steps"])


@needs_gcloud
def test_gcloud_loader_rejects_a_substitution_in_a_flow_list(tmp_path: Path) -> None:
    """The issue's failure: `${_REGION}` inside `[...]` stops gcloud's loader."""
    assert GCLOUD is not None
    bad = tmp_path / "cloudbuild.yaml"
    bad.write_text(
        "substitutions:\n  _REGION: us-west1\nsteps:\n  - name: gcr.io/x\n"
        "    args: [gcloud, functions, deploy, chat, --region=${_REGION}]\n"
    )
    with pytest.raises(CheckFailed, match="loader rejects"):
        cloudbuild.load(bad, GCLOUD)


@needs_gcloud
def test_gcloud_rejects_env_vars_split_by_a_flow_list(tmp_path: Path) -> None:
    """The issue's other failure: commas of a flow list split --set-env-vars, gcloud refuses."""
    assert GCLOUD is not None
    args = ["functions", "deploy", "auth", "--gen2", "--region=us-west1", "--runtime=python311",
            "--trigger-http", "--set-env-vars=ENV=production", "EVENTS_MODE=pubsub"]  # fmt: skip
    error = cloudbuild.parse_offline(args, GCLOUD, tmp_path)
    assert error is not None
    assert "unrecognized arguments" in error
    assert cloudbuild.parse_offline(args[:-1], GCLOUD, tmp_path) is None
