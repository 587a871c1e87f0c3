"""The pinned requirement files are what `make requirements` writes, without pre-releases."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from infra import locks

ROOT = Path(__file__).resolve().parents[2]
REQUIREMENTS = ROOT / "requirements"


@pytest.mark.parametrize("lock", locks.LOCKS)
def test_committed_lock_pins_no_pre_release(lock: str) -> None:
    """No pin is a pre-release, apart from packages that publish nothing else."""
    assert locks.pre_releases((REQUIREMENTS / f"{lock}.txt").read_text()) == []


def test_pre_release_only_packages_are_really_pinned_as_pre_releases() -> None:
    """The exception list holds no stale entry: each one is pinned, and to a pre-release."""
    pinned: dict[str, str] = {}
    for lock in locks.LOCKS:
        pinned |= locks.pins((REQUIREMENTS / f"{lock}.txt").read_text())
    for name in locks.PRE_RELEASE_ONLY:
        assert name in pinned, name
        assert locks.pre_releases(f"{name}=={pinned[name]}\n") == []
        assert any(c.isalpha() for c in pinned[name]), pinned[name]


def test_pre_releases_are_found() -> None:
    """The issue's pins (httpx 1.0.dev6, protobuf 7.37.0rc1) are reported; stable ones are not."""
    text = "httpx==1.0.dev6\nprotobuf==7.37.0rc1\npydantic==2.14.3\n    # via x\n"
    assert locks.pre_releases(text) == ["httpx==1.0.dev6", "protobuf==7.37.0rc1"]


@pytest.mark.parametrize("lock", locks.LOCKS)
def test_lock_names_no_registry_or_local_path(lock: str) -> None:
    """A lock names its .in file only: no index URL, find-links or path of this machine."""
    text = (REQUIREMENTS / f"{lock}.txt").read_text()
    assert f"--output-file={lock}.txt" in text
    assert f" {lock}.in" in text
    for forbidden in ("--index-url", "--extra-index-url", "--find-links", "http://", "https://",
                      "file://", "/opt/", "/work/", "/root/"):  # fmt: skip
        assert forbidden not in text, forbidden


def index_reachable() -> bool:
    """True when pip can ask the package index about one package (one look-up)."""
    argv = [sys.executable, "-m", "pip", "index", "versions", "pip-tools"]
    try:
        done = subprocess.run(argv, capture_output=True, timeout=60, check=False)
    except subprocess.TimeoutExpired:
        return False
    return done.returncode == 0


def test_make_requirements_regenerates_the_committed_files(tmp_path: Path) -> None:
    """Compiling every .in again (infra.locks, as `make requirements` does) changes nothing."""
    if not index_reachable():
        pytest.skip("the package index is not reachable: cannot recompile the locks")
    copy = tmp_path / "requirements"
    shutil.copytree(REQUIREMENTS, copy)
    subprocess.run(
        [sys.executable, "-m", "infra.locks", "--folder", str(copy)],
        cwd=ROOT, check=True, capture_output=True, timeout=900,
    )  # fmt: skip
    for lock in locks.LOCKS:
        assert (copy / f"{lock}.txt").read_text() == (REQUIREMENTS / f"{lock}.txt").read_text(), (
            lock
        )
