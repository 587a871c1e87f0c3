"""The static for_each rule of `make lint` passes the Terraform configuration, fails the binding
that broke `terraform plan` on a fresh project, and agrees with real `terraform plan` runs on
configurations made of Terraform's built-in `terraform_data` resource (no provider needed)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from infra.deploycheck.foreach import check_folder, check_texts

ROOT = Path(__file__).resolve().parents[2]
TERRAFORM = ROOT / "infra" / "terraform"

# The deployer binding as it was when `terraform plan` failed ("Invalid for_each argument").
OLD_BINDING = """
resource "google_project_iam_member" "deployer" {
  for_each = toset([
    "roles/cloudfunctions.developer",
    google_project_iam_custom_role.deployer_extras.name,
  ])
  project = var.project_id
  role    = each.key
  member  = google_service_account.deployer.member
}
"""

ROLE = 'resource "terraform_data" "role" {\n  input = "x"\n}\n'
# (for_each expression, whether terraform plan accepts it); terraform_data.role.id is unknown
# until apply, like a custom role's name.
CASES = {
    "set with an unknown element": ('toset(["a", terraform_data.role.id])', False),
    "static map keys, unknown values": (
        '{\n    a = "a"\n    b = terraform_data.role.id\n  }',
        True,
    ),
    "a local holding an unknown set": ("local.unknown_set", False),
    "a local of static keys": ("local.static_map", True),
    "a for over static keys": (
        "{ for k in keys(local.static_map) : k => terraform_data.role.id }",
        True,
    ),
    "a for whose keys are unknown": ('{ for k in ["a"] : terraform_data.role.id => k }', False),
    "merge of a static map and an unknown key": (
        'merge(local.static_map, { for k in ["a"] : "${k}-${terraform_data.role.id}" => k })',
        False,
    ),
}
LOCALS = """
locals {
  unknown_set = toset([terraform_data.role.id])
  static_map = {
    one = "1"
    two = "2"
  }
}
"""


def config(for_each: str) -> str:
    binding = (
        f'resource "terraform_data" "bind" {{\n  for_each = {for_each}\n  input    = each.key\n}}\n'
    )
    return ROLE + LOCALS + binding


def terraform_plan_accepts(folder: Path) -> bool:
    """Run `terraform init` and `terraform plan` on a folder; True when the plan succeeds."""
    terraform = shutil.which("terraform")
    if terraform is None:
        pytest.skip("terraform is not installed: the rule cannot be compared with a real plan")
    env = {**os.environ, "CHECKPOINT_DISABLE": "1", "TF_IN_AUTOMATION": "1"}

    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [terraform, *argv], cwd=folder, env=env, capture_output=True, text=True, timeout=120,
            check=False,
        )  # fmt: skip

    assert run("init", "-input=false", "-backend=false").returncode == 0
    plan = run("plan", "-input=false", "-lock=false")
    assert plan.returncode == 0 or "Invalid for_each argument" in plan.stderr, plan.stderr
    return plan.returncode == 0


def test_the_terraform_configuration_has_only_static_for_each_keys() -> None:
    """Every for_each of infra/terraform has keys Terraform knows at plan time."""
    assert [str(f) for f in check_folder(TERRAFORM)] == []


def test_the_binding_that_broke_plan_is_flagged() -> None:
    """The deployer's old role binding (keys from a custom role's name) fails the rule."""
    findings = check_texts({"accounts.tf": OLD_BINDING})
    assert [f.block for f in findings] == ["google_project_iam_member.deployer"]
    assert findings[0].references == ("google_project_iam_custom_role.deployer_extras",)


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_rule_agrees_with_terraform_plan(case: str, tmp_path: Path) -> None:
    """The rule flags a for_each exactly when real `terraform plan` rejects it."""
    expression, accepted = CASES[case]
    (tmp_path / "main.tf").write_text(config(expression))
    assert terraform_plan_accepts(tmp_path) == accepted
    assert bool(check_texts({"main.tf": config(expression)})) == (not accepted)
