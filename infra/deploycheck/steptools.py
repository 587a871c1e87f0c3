"""Offline check: every Cloud Build step has the tools its commands run.

A step's tools are those its image ships (:data:`IMAGE_TOOLS`) plus those it installs itself
with ``bash infra/ci/install.sh TOOL ...``. The tools it needs are the first words of its
commands; a ``make TARGET`` adds the tools of that target's recipes (read from the Makefile,
prerequisites followed) and, for targets that run Python code that looks for programs
(:data:`TARGET_CODE`), every program that code runs or looks up (``shutil.which("x")``,
``["x", ...]``). Only the programs in :data:`NOTABLE` are tracked: the coreutils every image has
are not. The check caught the Python test step without ``npm`` (the widget's browser test runs
``npm run e2e``) and the gcloud and terraform checks skipping in the Python image.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

NOTABLE = {
    "bash", "chromium", "curl", "gcloud", "git", "java", "make", "node", "npm", "npx",
    "python3.11", "redis-server", "terraform",
}  # fmt: skip
# What each build image ships (from the images' documentation; unverifiable offline).
IMAGE_TOOLS = {
    "node:22-bookworm": {"bash", "curl", "git", "make", "node", "npm", "npx"},
    "python:3.11-bookworm": {"bash", "curl", "git", "make", "python3.11"},
    "gcr.io/google.com/cloudsdktool/cloud-sdk:slim": {"bash", "curl", "gcloud", "make"},
    "hashicorp/terraform:1.11.4": {"terraform"},
}
# Programs the build deliberately goes without, and why (README "Deploying" says so too).
SKIPPED_IN_BUILD = {
    "java": "the Pub/Sub emulator's tests skip; the direct CloudEvent delivery is tested instead",
}
# Python code a make target runs, and so the programs it may start.
TARGET_CODE = {
    "pytest": ("tests", "infra/local", "infra/deploycheck"),
    "lint": ("infra/deploycheck",),
}
INSTALLER = "infra/ci/install.sh"
INSTALL = re.compile(r"bash[ \t]+" + re.escape(INSTALLER) + r"((?:[ \t]+[\w.-]+)+)")
LOOKUP = re.compile(r"shutil\.which\(\s*\"([\w.-]+)\"|\[\s*\"([\w.-]+)\",")
MAKE_VARIABLES = {"$(PYTHON)": "python3.11", "$(MAKE)": "make"}
SEPARATORS = re.compile(r"&&|\|\||;|\||\$\(|\bthen\b|\bdo\b|\belse\b")


def command_words(script: str) -> list[str]:
    """The program each command of a shell script starts, in order (pure)."""
    words = []
    for line in script.replace("\\\n", " ").splitlines():
        if line.strip().startswith("#"):
            continue
        for part in SEPARATORS.split(line):
            tokens = [t for t in part.strip().split() if "=" not in t or t.startswith("-")]
            if tokens:
                words.append(MAKE_VARIABLES.get(tokens[0], tokens[0]))
    return words


def make_rules(makefile: str) -> dict[str, tuple[list[str], list[str]]]:
    """Target -> (prerequisites, recipe lines) of a Makefile, variables left unexpanded (pure)."""
    variables = dict(re.findall(r"^([A-Z_]+)\s*:?=\s*(.*)$", makefile, re.MULTILINE))
    rules: dict[str, tuple[list[str], list[str]]] = {}
    current: list[str] = []
    for line in makefile.splitlines():
        if line.startswith("\t") and current:
            rules[current[0]][1].append(line.strip().lstrip("@-"))
            continue
        match = re.match(r"^([^\s:=#][^:=]*):(?!=)\s*([^#]*)", line)
        current = []
        if match and not line.startswith(".PHONY"):
            for target in match.group(1).split():
                prerequisites = match.group(2).replace("|", " ").split()
                rules[_expand(target, variables)] = (
                    [_expand(p, variables) for p in prerequisites], [],
                )  # fmt: skip
                current = [_expand(target, variables)]
    return rules


def _expand(word: str, variables: dict[str, str]) -> str:
    for _ in range(5):
        word = re.sub(r"\$\((\w+)\)", lambda m: variables.get(m.group(1), m.group(0)), word)
    return word


def make_tools(targets: list[str], rules: dict[str, tuple[list[str], list[str]]]) -> set[str]:
    """The notable programs the recipes of ``targets`` and their prerequisites run (pure)."""
    seen: set[str] = set()
    tools: set[str] = set()
    pending = list(targets)
    while pending:
        target = pending.pop()
        if target in seen or target not in rules:
            continue
        seen.add(target)
        prerequisites, recipe = rules[target]
        pending.extend(prerequisites)
        for line in recipe:
            tools |= {w for w in command_words(line) if w in NOTABLE}
    return tools


def code_tools(root: Path, folders: tuple[str, ...]) -> set[str]:
    """The notable programs Python code under ``folders`` runs or looks up."""
    found: set[str] = set()
    for folder in folders:
        for path in (root / folder).rglob("*.py"):
            for match in LOOKUP.finditer(path.read_text(encoding="utf-8")):
                found.add(match.group(1) or match.group(2))
    return found & NOTABLE


def step_needs(script: str, root: Path, rules: dict[str, tuple[list[str], list[str]]]) -> set[str]:
    """The notable programs a step's script needs, make targets and their code included."""
    needs: set[str] = set()
    for line in script.splitlines():
        words = command_words(line)
        needs |= {w for w in words if w in NOTABLE}
        if "make" in words:
            after = line.split("make", 1)[1]
            targets = [t for t in after.split() if not t.startswith("-") and "=" not in t]
            needs |= make_tools(targets, rules)
            for target in targets:
                needs |= code_tools(root, TARGET_CODE.get(target, ()))
    return needs


def installed(script: str) -> set[str]:
    """The tools a step's script asks the CI installer for (pure)."""
    return {t for match in INSTALL.finditer(script) for t in match.group(1).split()}


def step_has(image: str, script: str, groups: list[set[str]]) -> set[str]:
    """What a step can run: its image's tools and what it installs with the CI installer (a
    tool of a group installs the whole group: node brings npm and npx)."""
    asked = installed(script)
    return IMAGE_TOOLS.get(image, set()).union(asked, *(g for g in groups if g & asked))


def installer_groups(root: Path) -> list[set[str]]:
    """The tools infra/ci/install.sh installs, by ``case`` label (``node|npm|npx``)."""
    text = (root / INSTALLER).read_text(encoding="utf-8")
    labels = re.findall(r"^\s*([\w.|-]+)\)", text, re.MULTILINE)
    return [set(label.split("|")) for label in labels]


def check(config: Path, root: Path) -> list[str]:
    """One line per step that runs a program it does not have (empty when all is well)."""
    steps = yaml.safe_load(config.read_text(encoding="utf-8"))["steps"]
    rules = make_rules((root / "Makefile").read_text(encoding="utf-8"))
    groups = installer_groups(root)
    known = set().union(*groups)
    problems = []
    for index, step in enumerate(steps):
        name = step.get("id", f"step {index}")
        entry = step.get("entrypoint")
        script = step["args"][-1] if entry == "bash" else " ".join([entry or "", *step["args"]])
        if step["name"] not in IMAGE_TOOLS:
            problems.append(f"{name}: image {step['name']} is not in IMAGE_TOOLS")
            continue
        unknown = installed(script) - known
        needs = step_needs(script, root, rules) - set(SKIPPED_IN_BUILD)
        missing = needs - step_has(step["name"], script, groups)
        if unknown:
            problems.append(f"{name}: {INSTALLER} cannot install {sorted(unknown)}")
        if missing:
            problems.append(f"{name}: runs {sorted(missing)}, absent from {step['name']}")
    return problems
