"""Every conversation scenario, ours and the shared examples, against the real chat function."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from tests.scenarios.runner import load, play

HERE = Path(__file__).parent
REPO_ROOT = HERE.parents[1]
SHARED = REPO_ROOT.parent / "shared" / "scenarios"
OURS = sorted(HERE.glob("*.yaml"))
THEIRS = sorted(SHARED.glob("*.yaml")) if SHARED.is_dir() else []


async def run(client: httpx.AsyncClient, path: Path) -> None:
    failures, transcript = await play(client, load(path))
    assert not failures, "\n".join([path.name, *failures, "--- transcript", *transcript])


@pytest.mark.parametrize("path", OURS, ids=[p.stem for p in OURS])
async def test_project_scenario(chat_client: httpx.AsyncClient, path: Path) -> None:
    """The conversation in this scenario file meets every expectation and invariant."""
    await run(chat_client, path)


def test_project_has_enough_scenarios() -> None:
    """The project keeps at least 25 scenarios of its own."""
    assert len(OURS) >= 25


@pytest.mark.parametrize("path", THEIRS, ids=[p.stem for p in THEIRS])
async def test_shared_scenario(chat_client: httpx.AsyncClient, path: Path) -> None:
    """The shared example scenario meets every expectation and invariant."""
    await run(chat_client, path)


def test_shared_scenarios_present() -> None:
    """The shared examples are played when ../shared/scenarios exists (skips otherwise)."""
    if not THEIRS:
        print(f"shared scenarios not found at {SHARED}; skipping them")
        pytest.skip(f"no shared scenarios at {SHARED}")
    assert THEIRS
