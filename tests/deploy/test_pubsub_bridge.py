"""compose.yaml's Pub/Sub bridge turns an emulator push into the CloudEvent Eventarc delivers,
posts it over HTTP to lead-events, and passes a failure back so the emulator retries."""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import httpx
import pytest
from starlette.applications import Starlette
from starlette.routing import Route

from infra.container import pubsub_bridge
from infra.local.pubsub import PUSH_PATH, push_bridge


class _LeadEvents(BaseHTTPRequestHandler):
    """A real HTTP server standing in for the lead-events container."""

    received: ClassVar[list[tuple[dict[str, str], bytes]]] = []
    status: ClassVar[int] = 200

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("content-length", "0")))
        type(self).received.append((dict(self.headers.items()), body))
        self.send_response(type(self).status)
        self.end_headers()

    def log_message(self, *args: Any) -> None:  # keep the test output clean
        return


@pytest.fixture
def lead_events(monkeypatch: pytest.MonkeyPatch) -> Iterator[type[_LeadEvents]]:
    _LeadEvents.received, _LeadEvents.status = [], 200
    server = ThreadingHTTPServer(("127.0.0.1", 0), _LeadEvents)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setattr(
        pubsub_bridge, "LEAD_EVENTS_URL", f"http://127.0.0.1:{server.server_address[1]}/"
    )
    try:
        yield _LeadEvents
    finally:
        server.shutdown()
        server.server_close()


def push_envelope() -> dict[str, Any]:
    data = base64.b64encode(b'{"type": "lead.qualified", "session_id": "s1"}').decode()
    return {
        "message": {"data": data, "messageId": "m-42"},
        "subscription": "projects/p/subscriptions/s",
    }


async def post(body: bytes) -> httpx.Response:
    transport = httpx.ASGITransport(app=pubsub_bridge.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bridge") as client:
        return await client.post(PUSH_PATH, content=body)


async def test_push_becomes_a_messagepublished_cloudevent(lead_events: type[_LeadEvents]) -> None:
    """The forwarded request is a binary-mode CloudEvent carrying the push envelope."""
    answer = await post(json.dumps(push_envelope()).encode())
    assert answer.status_code == 204
    headers, body = lead_events.received[0]
    lowered = {k.lower(): v for k, v in headers.items()}
    assert lowered["ce-type"] == "google.cloud.pubsub.topic.v1.messagePublished"
    assert lowered["ce-id"] == "m-42"
    assert json.loads(body)["message"]["messageId"] == "m-42"


async def test_a_failing_lead_events_makes_the_emulator_retry(
    lead_events: type[_LeadEvents],
) -> None:
    """lead-events answering 500 becomes 503 for the emulator, which then redelivers."""
    lead_events.status = 500
    assert (await post(json.dumps(push_envelope()).encode())).status_code == 503


@pytest.mark.parametrize("body", [b"", b"{not json", b"\xff\xfe"])
async def test_a_malformed_push_is_refused_with_a_json_error(
    lead_events: type[_LeadEvents], body: bytes
) -> None:
    """A push that is not JSON gets a 400 with the error body and is not forwarded."""
    answer = await post(body)
    assert answer.status_code == 400
    assert answer.json()["error"]["code"] == "malformed_json"
    assert lead_events.received == []


@pytest.mark.parametrize(
    "envelope",
    [
        [],
        [push_envelope()],
        "text",
        7,
        {},
        {"message": "hello"},
        {"message": ["x"]},
        {"message": {"data": 5}},
        {"message": {"attributes": "x"}},
        {"message": {}, "subscription": 1},
    ],
)
async def test_a_malformed_envelope_is_refused_with_a_json_error(
    lead_events: type[_LeadEvents], envelope: Any
) -> None:
    """JSON that is not a push envelope (a list, a string message, wrong types) gets 400 with
    an error body, never a 500, and is not forwarded."""
    answer = await post(json.dumps(envelope).encode())
    assert answer.status_code == 400
    assert answer.json()["error"]["code"] == "malformed_envelope"
    assert lead_events.received == []


async def test_the_local_stack_bridge_refuses_malformed_envelopes_too() -> None:
    """The local stack's in-process bridge answers 400 to a list or a string message and never
    calls lead_events for them; a real envelope still reaches it."""
    called: list[bytes] = []

    async def lead_events_app(scope: Any, receive: Any, send: Any) -> None:
        called.append((await receive())["body"])
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    app = Starlette(routes=[Route(PUSH_PATH, push_bridge(lead_events_app), methods=["POST"])])
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as client:
        for bad in ([push_envelope()], {"message": "hello"}):
            answer = await client.post(PUSH_PATH, json=bad)
            assert answer.status_code == 400
            assert answer.json()["error"]["code"] == "malformed_envelope"
        assert called == []
        assert (await client.post(PUSH_PATH, json=push_envelope())).status_code == 204
    assert len(called) == 1
