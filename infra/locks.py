"""``make requirements``: pin every ``requirements/*.in`` into its ``.txt`` with pip-compile.

Deterministic: the same flags every time, run from ``requirements/`` so the headers name no
path of this machine, and an existing ``.txt`` is kept wherever it still satisfies its ``.in``
(pip-compile's behaviour), so regenerating changes only what an ``.in`` change requires.
No pre-releases: pip-compile runs without ``--pre``, and :func:`pre_releases` refuses any that
slipped in, except for packages that publish nothing else.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
LOCKS = ("base", "rag", "dev", "tools")
FLAGS = ["--quiet", "--no-emit-index-url", "--no-emit-find-links", "--strip-extras",
         "--allow-unsafe", "--resolver=backtracking"]  # fmt: skip
# Packages that publish only pre-releases, so a pre-release pin is their only choice.
PRE_RELEASE_ONLY = {
    "opentelemetry-semantic-conventions",  # 0.x "b" releases only, pulled in by functions-framework
    "secantusdb",  # the local MongoDB stand-in publishes only betas (dev.txt)
}
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)", re.MULTILINE)


def pins(text: str) -> dict[str, str]:
    """Package name -> pinned version of a compiled requirements file (pure)."""
    return {name.lower(): version for name, version in PIN.findall(text)}


def pre_releases(text: str) -> list[str]:
    """The pre-release pins of a compiled file, apart from pre-release-only packages (pure)."""
    return [
        f"{name}=={version}"
        for name, version in pins(text).items()
        if Version(version).is_prerelease and name not in PRE_RELEASE_ONLY
    ]


def compile_locks(folder: Path, pip_compile: Path) -> None:
    """Compile each ``<lock>.in`` in ``folder`` into ``<lock>.txt``; refuse pre-releases."""
    for lock in LOCKS:
        argv = [str(pip_compile), *FLAGS, "-o", f"{lock}.txt", f"{lock}.in"]
        subprocess.run(argv, cwd=folder, check=True)
        found = pre_releases((folder / f"{lock}.txt").read_text())
        if found:
            raise SystemExit(f"{lock}.txt pins pre-releases: {', '.join(found)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m infra.locks", description=__doc__)
    parser.add_argument("--folder", type=Path, default=ROOT / "requirements")
    args = parser.parse_args(argv)
    compile_locks(args.folder, Path(sys.executable).with_name("pip-compile"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
