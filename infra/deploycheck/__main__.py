"""``python -m infra.deploycheck``: every deployment check, each skipped with its reason when its
tool is missing. Exit status 1 when any check fails.

- cloudbuild.yaml through gcloud's own loader, and every gcloud command in it parsed offline;
- yamllint on the YAML files; hadolint (warnings fail) on the Dockerfile;
- checkov on infra/terraform (0 failed; skips carry their reason in the .tf file);
- terraform fmt, and terraform validate where the Google provider is installed locally;
- a static rule: every Terraform ``for_each`` has keys known at plan time (infra/deploycheck/
  foreach.py, checked against real plans of ``terraform_data`` configurations by the tests);
- every Cloud Build step's image (or the step itself) provides the tools its commands run
  (infra/deploycheck/steptools.py).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from infra.deploycheck import cloudbuild, foreach, steptools

ROOT = Path(__file__).resolve().parents[2]
TOOLS_BIN = ROOT / ".venv" / "tools" / "bin"
TERRAFORM_DIR = ROOT / "infra" / "terraform"
YAML_FILES = ["cloudbuild.yaml", "compose.yaml", ".yamllint.yaml"]
# Checkov asks Prisma Cloud for guidelines unless told not to; any request that still tries
# goes to a closed loopback port.
NO_NETWORK = {"HTTPS_PROXY": "http://127.0.0.1:9", "HTTP_PROXY": "http://127.0.0.1:9"}
PROVIDER_MIRRORS = [Path("/opt/tf-plugins"), Path.home() / ".terraform.d" / "plugins"]


class Skip(Exception):
    """The check cannot run here; the message says why."""


def tool(name: str) -> str:
    """The path of a linter installed by ``make setup`` (or on PATH); Skip when absent."""
    for candidate in (TOOLS_BIN / name, shutil.which(name)):
        if candidate and Path(candidate).exists():
            return str(candidate)
    raise Skip(f"{name} is not installed (make setup installs it from requirements/tools.txt)")


def run(argv: list[str], env: dict[str, str] | None = None) -> str:
    """Run a linter in the repository; raise RuntimeError with its output when it fails."""
    done = subprocess.run(
        argv, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
        env={**os.environ, **(env or {})},
    )  # fmt: skip
    output = (done.stdout + done.stderr).strip()
    if done.returncode != 0:
        raise RuntimeError(output or f"{argv[0]} exited {done.returncode}")
    return output


def check_cloudbuild() -> str:
    root = cloudbuild.sdk_root()
    if root is None:
        raise Skip("gcloud is not installed: cloudbuild.yaml not loaded nor its commands parsed")
    try:
        lines = cloudbuild.check(ROOT / "cloudbuild.yaml", root)
    except cloudbuild.CheckFailed as exc:
        raise RuntimeError(str(exc)) from exc
    return f"loaded by gcloud; {len(lines)} gcloud commands parse"


def check_yaml() -> str:
    files = [f for f in YAML_FILES if (ROOT / f).exists()]
    run([tool("yamllint"), "--strict", "-c", ".yamllint.yaml", *files])
    return f"{len(files)} files clean"


def check_dockerfile() -> str:
    run([tool("hadolint"), "--failure-threshold", "warning", "Dockerfile"])
    return "no warning"


def check_terraform_security() -> str:
    argv = [tool("checkov"), "-d", str(TERRAFORM_DIR), "--framework", "terraform", "--compact",
            "--quiet", "--skip-download", "--output", "cli"]  # fmt: skip
    try:
        run(argv, NO_NETWORK)
    except RuntimeError as exc:
        lines = [line for line in str(exc).splitlines() if "Check:" in line or "FAILED" in line]
        raise RuntimeError("\n".join(lines) or str(exc)) from exc
    return "0 failed"


def google_provider_mirror() -> Path | None:
    for mirror in PROVIDER_MIRRORS:
        if (mirror / "registry.terraform.io" / "hashicorp" / "google").is_dir():
            return mirror
    return None


def check_terraform() -> str:
    terraform = shutil.which("terraform")
    if terraform is None:
        raise Skip("terraform is not installed: fmt and validate not run")
    run([terraform, "fmt", "-check", "-diff", str(TERRAFORM_DIR)])
    mirror = google_provider_mirror()
    if mirror is None:
        return ("fmt clean; validate skipped: the hashicorp/google provider is not installed "
                "locally and its registry is out of reach")  # fmt: skip
    data = ROOT / ".local" / "terraform"
    env = {"TF_DATA_DIR": str(data)}
    run([terraform, f"-chdir={TERRAFORM_DIR}", "init", "-backend=false", "-input=false",
         f"-plugin-dir={mirror}"], env)  # fmt: skip
    run([terraform, f"-chdir={TERRAFORM_DIR}", "validate"], env)
    return "fmt clean, valid"


def check_for_each_keys() -> str:
    findings = foreach.check_folder(TERRAFORM_DIR)
    if findings:
        raise RuntimeError("\n".join(map(str, findings)))
    return "every for_each has static keys"


def check_step_tools() -> str:
    problems = steptools.check(ROOT / "cloudbuild.yaml", ROOT)
    if problems:
        raise RuntimeError("\n".join(problems))
    return "every step's image provides the tools it runs"


CHECKS: dict[str, Callable[[], str]] = {
    "terraform for_each keys": check_for_each_keys,
    "cloudbuild step tools": check_step_tools,
    "cloudbuild.yaml (gcloud)": check_cloudbuild,
    "yamllint": check_yaml,
    "hadolint": check_dockerfile,
    "checkov": check_terraform_security,
    "terraform": check_terraform,
}


def main() -> int:
    failed = 0
    for name, check in CHECKS.items():
        try:
            print(f"{name}: passed: {check()}", flush=True)
        except Skip as reason:
            print(f"{name}: SKIPPED: {reason}", flush=True)
        except RuntimeError as exc:
            failed += 1
            print(f"{name}: FAILED\n{exc}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
