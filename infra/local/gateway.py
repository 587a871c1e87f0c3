"""One ASGI app serving every function under ``/<function>``, the demo page and ``/health``.

Each function's app is built by functions-framework itself (``create_asgi_app``), so paths and
behaviour are those of the deployed functions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
from functions_framework.aio import create_asgi_app
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from infra.local.guarded import quiet_accept_errors
from infra.local.headers import CONSOLE_HEADERS, DEMO_HEADERS, WithHeaders
from infra.local.processes import die_with_parent
from infra.local.pubsub import PUSH_PATH, push_bridge
from infra.local.widget_asset import script_response

ROOT = Path(__file__).resolve().parents[2]
HTTP_FUNCTIONS = ("chat", "auth", "leads", "crm")
EVENT_FUNCTIONS = ("lead_events",)
FUNCTIONS = HTTP_FUNCTIONS + EVENT_FUNCTIONS


def load_function(name: str, root: Path = ROOT) -> Any:
    """The ASGI app functions-framework builds for ``functions/<name>/main.py``."""
    source = str(root / "functions" / name / "main.py")
    return create_asgi_app(target=name, source=source)  # type: ignore[no-untyped-call]  # functions-framework is unannotated


async def _http_health(app: Any) -> dict[str, Any]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as client:
        answer = await client.get("/health")
    try:
        body = answer.json()
    except ValueError:
        body = {}
    return {"status": "ok" if answer.status_code == 200 else "error", "checks": body.get("checks")}


async def _event_health(app: Any) -> dict[str, Any]:
    """``lead_events`` has no HTTP routes: report its app loaded and its dependencies."""
    from shared.db import database, ping
    from shared.settings import load_settings

    try:
        await ping(database(load_settings()))
    except Exception as exc:
        return {"status": "error", "loaded": app is not None, "mongodb": type(exc).__name__}
    return {"status": "ok", "loaded": app is not None, "mongodb": "ok"}


def build_gateway(root: Path = ROOT) -> Starlette:
    """Load all five functions and mount them, with the demo page and the Pub/Sub bridge."""
    apps = {name: load_function(name, root) for name in FUNCTIONS}

    async def health(request: Request) -> Response:
        report = {name: await _http_health(apps[name]) for name in HTTP_FUNCTIONS}
        report["lead_events"] = await _event_health(apps["lead_events"])
        ok = all(r["status"] == "ok" for r in report.values())
        return JSONResponse(
            {"status": "ok" if ok else "degraded", "functions": report}, 200 if ok else 503
        )

    demo = root / "web" / "demo" / "index.html"
    widget = root / "web" / "widget" / "dist" / "widget.js"

    async def page(request: Request) -> Response:
        if not demo.exists():
            return JSONResponse({"error": {"code": "not_found", "message": "no demo page"}}, 404)
        return FileResponse(demo, media_type="text/html", headers=DEMO_HEADERS)

    async def widget_script(request: Request) -> Response:
        if not widget.exists():
            message = "the widget is not built; run make setup"
            return JSONResponse({"error": {"code": "not_found", "message": message}}, 404)
        return script_response(widget, request)  # gzip + Cache-Control/ETag (issue 16)

    routes: list[Any] = [
        Route("/", page),
        Route("/health", health),
        Route("/widget/widget.js", widget_script),
        Route(PUSH_PATH, push_bridge(apps["lead_events"]), methods=["POST"]),
    ]
    routes += [Mount(f"/{name}", app=apps[name]) for name in FUNCTIONS]
    console = root / "web" / "console" / "dist"  # the sales console (issue 13), built by setup
    files = StaticFiles(directory=console, html=True, check_dir=False)
    routes.append(Mount("/console", app=WithHeaders(files, CONSOLE_HEADERS)))
    return Starlette(routes=routes)


def worker_app() -> Starlette:
    """The gateway of one worker process when ``GATEWAY_WORKERS`` > 1 (uvicorn's app factory,
    called in the spawned worker): it dies with the stack, like every child server."""
    die_with_parent()
    quiet_accept_errors()
    return build_gateway()
