"""Fixtures for the core's own tests: probe functions served by the real framework."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from functions_framework.aio import create_asgi_app

from infra.local.processes import HOST, free_port

HERE = Path(__file__).parent / "functions"


def load(name: str) -> Any:
    source = str(HERE / name / "main.py")
    return create_asgi_app(target=name, source=source)  # type: ignore[no-untyped-call]  # functions-framework is unannotated


@pytest.fixture
async def probe(function_env: dict[str, str]) -> AsyncIterator[httpx.AsyncClient]:
    """The probe function on a fresh database, through the real framework."""
    transport = httpx.ASGITransport(app=load("probe"))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client


@contextlib.asynccontextmanager
async def serve(app: Any) -> AsyncIterator[str]:
    """Serve an ASGI app with uvicorn on a free loopback port; yields its base URL."""
    port = free_port()
    config = uvicorn.Config(app, host=HOST, port=port, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:  # noqa: ASYNC110 - uvicorn exposes a flag, not an event
        await asyncio.sleep(0.02)
    try:
        yield f"http://{HOST}:{port}"
    finally:
        server.should_exit = True
        await task
