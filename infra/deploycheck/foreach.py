"""A static rule for Terraform: every ``for_each`` must have keys known at plan time.

``terraform plan`` fails with "Invalid for_each argument" when the keys of a resource's
``for_each`` depend on an attribute another resource gets only when applied (a custom role's
``name``, an account's ``member``): a set or list containing such a reference, or a map whose
keys use one. Values of a map may be unknown. The Google provider cannot be installed here, so
the full plan cannot run; this rule reads the ``.tf`` text instead, and
``tests/deploy/test_foreach_rule.py`` checks it against real ``terraform plan`` runs on
configurations built from Terraform's own ``terraform_data`` resource.

The rule is conservative: any reference to a managed resource (``TYPE.NAME``) in what makes the
keys fails, even one whose value happens to be known at plan (a bucket's configured name).
``local.X`` is followed to its definition. Dynamic blocks are not checked (their ``for_each`` may
be unknown).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

BLOCK = re.compile(r'^(resource|data|module)\s+"([^"]+)"(?:\s+"([^"]+)")?\s*\{', re.MULTILINE)
LOCALS = re.compile(r"^locals\s*\{", re.MULTILINE)
ASSIGNMENT = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*=\s*", re.MULTILINE)
# TYPE.NAME of a managed resource (types have an underscore: google_x, terraform_data).
RESOURCE_REF = re.compile(r"(?<![\w.\"])([a-z][a-z0-9]*_[a-z0-9_]+)\.([a-z0-9_-]+)")
NOT_RESOURCES = {"data", "var", "local", "each", "count", "path", "terraform", "self", "module"}
FOR_HEAD = re.compile(r"^\{\s*for\s+([\w\s,]+?)\s+in\s+", re.DOTALL)
PAIRS = {"(": ")", "[": "]", "{": "}"}


@dataclass(frozen=True)
class Finding:
    """A ``for_each`` whose keys depend on values known only after apply."""

    file: str
    block: str
    references: tuple[str, ...]

    def __str__(self) -> str:
        refs = ", ".join(self.references)
        return f"{self.file}: {self.block}: for_each keys depend on {refs} (known only after apply)"


def _matching(text: str, start: int) -> int:
    """Index just past the bracket that closes ``text[start]``, strings skipped (pure)."""
    stack, i, in_string = [PAIRS[text[start]]], start + 1, False
    while stack and i < len(text):
        char = text[i]
        if in_string:
            in_string = char != '"' or text[i - 1] == "\\"
        elif char == '"':
            in_string = True
        elif char in PAIRS:
            stack.append(PAIRS[char])
        elif char == stack[-1]:
            stack.pop()
        i += 1
    return i


def _expression(text: str, start: int) -> str:
    """The expression beginning at ``start`` and ending at the end of its line, brackets and
    calls spanning several lines included (pure)."""
    i = start
    while i < len(text) and text[i] != "\n":
        if text[i] in PAIRS:
            i = _matching(text, i)
        elif text[i] == '"':
            i = text.index('"', i + 1) + 1
        else:
            i += 1
    return text[start:i].strip()


def _top_level(body: str) -> list[tuple[str, str]]:
    """``name = expression`` pairs at the top level of a block body (pure)."""
    pairs, depth, i = [], 0, 0
    while i < len(body):
        if body[i] in PAIRS:
            end = _matching(body, i)
            i = end
            continue
        match = ASSIGNMENT.match(body, i) if (i == 0 or body[i - 1] == "\n") else None
        if match and depth == 0:
            expr = _expression(body, match.end())
            pairs.append((match.group(1), expr))
            i = match.end() + len(expr)
        else:
            i += 1
    return pairs


def _bodies(text: str, pattern: re.Pattern[str]) -> list[tuple[re.Match[str], str]]:
    found = []
    for match in pattern.finditer(text):
        brace = match.end() - 1
        found.append((match, text[brace + 1 : _matching(text, brace) - 1]))
    return found


def _split_arguments(inner: str) -> list[str]:
    """Top-level comma-separated parts of a call's or literal's inside (pure)."""
    parts, depth, current, in_string = [], 0, "", False
    for i, char in enumerate(inner):
        if in_string:
            in_string = char != '"' or inner[i - 1] == "\\"
        elif char == '"':
            in_string = True
        elif char in PAIRS:
            depth += 1
        elif char in PAIRS.values():
            depth -= 1
        if char in ",\n" and depth == 0 and not in_string:
            parts.append(current)
            current = ""
        else:
            current += char
    return [p.strip() for p in [*parts, current] if p.strip()]


def key_parts(expr: str, locals_: dict[str, str], seen: frozenset[str] = frozenset()) -> list[str]:
    """The sub-expressions a ``for_each`` expression's keys are made from (pure)."""
    expr = expr.strip()
    local = re.fullmatch(r"local\.([\w-]+)", expr)
    if local and local.group(1) in locals_ and local.group(1) not in seen:
        return key_parts(locals_[local.group(1)], locals_, seen | {local.group(1)})
    if expr.startswith("merge(") and expr.endswith(")"):
        inner = expr[len("merge(") : -1].rstrip(". \n")
        return [part for arg in _split_arguments(inner) for part in key_parts(arg, locals_, seen)]
    head = FOR_HEAD.match(expr)
    if head:
        source_and_rest = expr[head.end() : -1]
        source, _, rest = source_and_rest.partition(":")
        key = rest.split("=>", 1)[0]
        names = {n.strip() for n in head.group(1).split(",")}
        return [*_resolve_locals(source, locals_, seen), _without(key, names)]
    if expr.startswith("{"):
        entries = _split_arguments(expr[1:-1])
        return [re.split(r"\s*[=:]\s*", e, maxsplit=1)[0] for e in entries]
    return _resolve_locals(expr, locals_, seen)


def _resolve_locals(expr: str, locals_: dict[str, str], seen: frozenset[str]) -> list[str]:
    """``expr`` and the definitions of the locals it names, followed recursively (pure)."""
    parts = [expr]
    for name in re.findall(r"local\.([\w-]+)", expr):
        if name in locals_ and name not in seen:
            parts += _resolve_locals(locals_[name], locals_, seen | {name})
    return parts


def _without(expr: str, names: set[str]) -> str:
    """``expr`` with references to the for-expression's own variables blanked out (pure)."""
    return re.sub(r"(?<![\w.])(" + "|".join(map(re.escape, names)) + r")\.[\w.]+", "_", expr)


def unknown_references(parts: list[str]) -> tuple[str, ...]:
    """Managed-resource references in the key parts, in order, without repeats (pure)."""
    refs: list[str] = []
    for part in parts:
        for match in RESOURCE_REF.finditer(part):
            ref = f"{match.group(1)}.{match.group(2)}"
            if match.group(1) not in NOT_RESOURCES and ref not in refs:
                refs.append(ref)
    return tuple(refs)


def check_texts(files: dict[str, str]) -> list[Finding]:
    """Findings over a configuration given as ``{file name: text}`` (pure)."""
    locals_: dict[str, str] = {}
    for text in files.values():
        for _, body in _bodies(text, LOCALS):
            locals_.update(_top_level(body))
    findings = []
    for name, text in files.items():
        for match, body in _bodies(text, BLOCK):
            block = ".".join(g for g in match.groups()[1:] if g)
            for attribute, expr in _top_level(body):
                refs = unknown_references(key_parts(expr, locals_))
                if attribute == "for_each" and refs:
                    findings.append(Finding(name, block, refs))
    return findings


def check_folder(folder: Path) -> list[Finding]:
    """Findings over every ``.tf`` file of a folder."""
    files = {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.tf"))}
    return check_texts(files)
