"""Check ``cloudbuild.yaml`` with gcloud itself, offline.

gcloud's loader (``LoadCloudbuildConfigFromPath``) reads the file as Cloud Build does. Each
gcloud step is then run as a real gcloud command, its substitutions filled in, with an empty
configuration: gcloud parses and validates every argument first and only then finds that no
account is logged in, so "no active account" means the arguments are good. Every address
gcloud could reach is pointed at a closed loopback port, so nothing leaves the machine.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from pydantic import BaseModel, Field

LOADER = Path(__file__).with_name("gcloud_loader.py")
# Cloud Build's built-in substitutions, with sample values for the offline parse.
BUILTINS = {
    "PROJECT_ID": "example-project",
    "PROJECT_NUMBER": "123456789012",
    "BUILD_ID": "00000000-0000-0000-0000-000000000000",
    "LOCATION": "global",
}
SUBSTITUTION = re.compile(r"\$\$|\$\{(\w+)\}|\$(\w+)")
# A gcloud command line of a bash script: alone, or as `name=$(gcloud ...)`.
SCRIPT_GCLOUD = re.compile(r"^\s*(?:\w+=\$\(\s*gcloud\s+(.*)\)|gcloud\s+(.*))\s*$", re.MULTILINE)
SHELL_VARIABLE = re.compile(r"\$\{?\w+\}?")
PIPE = re.compile(r"\s\|(\s|$)")
# A step running one of the repository's scripts (its gcloud lines are checked too).
SCRIPT_FILE = re.compile(r"\bbash\s+(infra/ci/[\w.-]+\.sh)\b")
ROOT = Path(__file__).resolve().parents[2]
PARSED_OK = "You do not currently have an active account"
OFFLINE_ENV = {
    "CLOUDSDK_CORE_CHECK_GCE_METADATA": "false",
    "CLOUDSDK_COMPONENT_MANAGER_DISABLE_UPDATE_CHECK": "true",
    "CLOUDSDK_CORE_DISABLE_USAGE_REPORTING": "true",
    "CLOUDSDK_CORE_DISABLE_PROMPTS": "1",
    "CLOUDSDK_PROXY_TYPE": "http",
    "CLOUDSDK_PROXY_ADDRESS": "127.0.0.1",
    "CLOUDSDK_PROXY_PORT": "9",  # discard port, closed: any request fails on loopback
    "GCE_METADATA_HOST": "127.0.0.1:9",
    "GCE_METADATA_IP": "127.0.0.1:9",
}


class CheckFailed(Exception):
    """The config or one of its steps is wrong; the message says where and why."""


class Step(BaseModel):
    """One build step as the loader read it."""

    id: str | None = None
    name: str
    entrypoint: str | None = None
    args: list[str] = Field(default_factory=list)
    wait_for: list[str] = Field(default_factory=list, alias="waitFor")


class Build(BaseModel):
    """The steps and default substitutions of a loaded config."""

    steps: list[Step]
    substitutions: dict[str, str] = Field(default_factory=dict)


def sdk_root() -> Path | None:
    """The Cloud SDK installation behind ``gcloud`` on PATH, or None."""
    found = shutil.which("gcloud")
    if not found:
        return None
    root = Path(found).resolve().parents[1]
    return root if (root / "lib" / "googlecloudsdk").is_dir() else None


def sdk_python(root: Path) -> str:
    """The interpreter gcloud itself uses (its bundled one when present)."""
    bundled = root / "platform" / "bundledpythonunix" / "bin" / "python3"
    return str(bundled) if bundled.exists() else os.environ.get("CLOUDSDK_PYTHON", "python3")


def load(config: Path, root: Path) -> Build:
    """The config as gcloud's loader reads it; raises CheckFailed with the loader's error."""
    argv = [sdk_python(root), str(LOADER), str(root / "lib"), str(config.resolve())]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=300, check=False)
    if done.returncode != 0:
        raise CheckFailed(f"gcloud's loader rejects {config.name}: {done.stderr.strip()}")
    return Build.model_validate(json.loads(done.stdout))


def substitute(text: str, values: dict[str, str]) -> str:
    """``text`` with Cloud Build's ``$_X`` / ``${_X}`` filled in (pure); unknown names fail."""

    def one(match: re.Match[str]) -> str:
        if match.group(0) == "$$":
            return "$"
        name = match.group(1) or match.group(2)
        if name not in values:
            raise CheckFailed(f"substitution {name!r} has no value in {text!r}")
        return values[name]

    return SUBSTITUTION.sub(one, text)


def script_commands(script: str) -> list[list[str]]:
    """The gcloud commands of a bash script, shell variables given a sample value (pure)."""
    joined = script.replace("\\\n", " ")
    return [
        shlex.split(SHELL_VARIABLE.sub("sample", PIPE.split(match.group(1) or match.group(2))[0]))
        for match in SCRIPT_GCLOUD.finditer(joined)
    ]


def with_script_files(script: str, root: Path = ROOT) -> str:
    """A step's script followed by the repository scripts it runs (``bash infra/ci/X.sh``)."""
    files = [root / name for name in SCRIPT_FILE.findall(script)]
    return "\n".join([script, *(f.read_text(encoding="utf-8") for f in files if f.is_file())])


def gcloud_commands(build: Build) -> list[tuple[str, list[str]]]:
    """Each gcloud command of the build, substitutions filled in (pure)."""
    values = {**BUILTINS, **build.substitutions}
    commands = []
    for index, step in enumerate(build.steps):
        name = step.id or f"step {index}"
        args = [substitute(a, values) for a in step.args]
        if step.entrypoint == "gcloud":
            commands.append((name, args))
        elif step.entrypoint is None and args[:1] == ["gcloud"]:
            commands.append((name, args[1:]))
        elif step.entrypoint == "bash" and "cloud-sdk" in step.name:
            script = with_script_files(args[-1])
            commands.extend((name, command) for command in script_commands(script))
    return commands


def verdict(returncode: int, output: str) -> str | None:
    """None when gcloud accepted the arguments (it stopped at the missing account), else why."""
    if returncode != 0 and PARSED_OK in output:
        return None
    lines = [line for line in output.strip().splitlines() if line.strip()]
    return "\n".join(lines[:6]) or f"gcloud exited {returncode} without a message"


def parse_offline(args: list[str], root: Path, workdir: Path) -> str | None:
    """Run ``gcloud ARGS`` with an empty configuration; None when the arguments parse."""
    with tempfile.TemporaryDirectory(prefix="gcloud-config-") as config:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("CLOUDSDK_", "GOOGLE_"))}
        env.update(OFFLINE_ENV, CLOUDSDK_CONFIG=config)
        project = [] if any(a.startswith("--project") for a in args) else ["--project=sample"]
        argv = [str(root / "bin" / "gcloud"), *args, *project, "--quiet"]
        done = subprocess.run(
            argv, capture_output=True, text=True, timeout=300, env=env, cwd=workdir, check=False
        )
    return verdict(done.returncode, done.stderr + done.stdout)


def check(config: Path, root: Path) -> list[str]:
    """Load ``config`` and parse every gcloud step; returns one line per step checked."""
    build = load(config, root)
    commands = gcloud_commands(build)
    with tempfile.TemporaryDirectory(prefix="cloudbuild-workspace-") as workspace:
        # Steps read folders of the build's workspace (e.g. the console's dist/).
        for _, args in commands:
            for arg in args:
                if not arg.startswith(("-", "gs://")) and "/" in arg:
                    (Path(workspace) / arg).mkdir(parents=True, exist_ok=True)
        with ThreadPoolExecutor(max_workers=3) as pool:
            errors = list(pool.map(lambda c: parse_offline(c[1], root, Path(workspace)), commands))
    named = zip((step for step, _ in commands), errors, strict=True)
    failures = [f"{step}: {error}" for step, error in named if error]
    if failures:
        raise CheckFailed("gcloud rejects arguments of\n" + "\n".join(failures))
    return [f"{step}: gcloud {' '.join(args[:3])} … parses" for step, args in commands]


def main(argv: list[str]) -> int:
    """``python -m infra.deploycheck.cloudbuild [CONFIG]``: check one config file."""
    root = sdk_root()
    if root is None:
        print("skipped: gcloud is not installed")
        return 0
    try:
        for line in check(Path(argv[0] if argv else "cloudbuild.yaml"), root):
            print(line)
    except CheckFailed as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
