"""An OpenAI-compatible HTTP server for tests and benchmarks (the only fake: at the boundary).

A real uvicorn server on 127.0.0.1 (a free port) in a thread of its own, serving
``POST /v1/chat/completions`` as the OpenAI API does, so the real ``openai`` SDK talks to it
over HTTP. Answers are scripted per call purpose (the structured-output schema's name tells
which), with a configurable latency, faults (500, 429 with ``Retry-After: 20``, a quota 429,
401, hang, invalid JSON, refusal, an HTML page answering 200, a length cut-off) and usage
figures. Prompt tokens count the messages *and* the response format's JSON schema (the API puts
the schema into the prompt and bills it): an estimate at 4 characters a token plus 4 tokens per
message, as tiktoken cannot load its encodings without network access. Every request is
recorded with its arrival and answer times, to check overlap.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

PURPOSES = {
    "TypeDetection": "detect_type",
    "ContactDetails": "extract_contact",
    "FlowSignals": "flow",
    "FieldValues": "fields",
    "ReplyDraft": "reply",
}
FAULTS = ("500", "429", "hang", "invalid_json", "refusal")
MORE_FAULTS = ("429_quota", "401", "404", "html_200", "length")
MESSAGE_OVERHEAD = 4  # tokens the chat format adds per message
Script = Callable[[dict[str, Any]], dict[str, Any]]


@dataclass
class Recorded:
    """One request the server received."""

    purpose: str
    started: float
    finished: float
    data: dict[str, Any]
    body: dict[str, Any]
    status: int = 200
    usage: dict[str, int] = field(default_factory=dict)


@dataclass
class Behaviour:
    """What the server does: per-purpose scripts, latency and faults."""

    scripts: dict[str, Script] = field(default_factory=dict)
    latency_s: float = 0.0
    fault: str | None = None
    cached_tokens: int = 0  # prompt tokens reported as served from the prompt cache
    fault_purposes: set[str] | None = None  # None: every purpose


def default_answer(schema: dict[str, Any], data: dict[str, Any]) -> dict[str, Any]:
    """A schema-valid "nothing found" answer; the reply echoes the local draft."""
    answer: dict[str, Any] = {}
    for name, prop in schema.get("properties", {}).items():
        kinds = [p.get("type") for p in prop.get("anyOf", [prop])]
        empty = {"boolean": False, "array": [], "integer": 0, "string": ""}
        answer[name] = None if "null" in kinds else empty.get(str(kinds[0]), "")
    if "reply" in answer:
        answer["reply"] = data.get("draft", "")
    return answer


def quoting(answer: dict[str, Any]) -> Script:
    """A detection answer whose evidence quotes the whole visitor message (a model that
    shows its reading, as the provenance checks want)."""
    return lambda data: {**answer, "evidence": data.get("visitor_message", "")}


def _tokens(text: str) -> int:
    return max(1, len(text) // 4)


class FakeOpenAI:
    """The server; ``url`` is the value of ``OPENAI_BASE_URL``."""

    def __init__(self) -> None:
        self.behaviour = Behaviour()
        self.calls: list[Recorded] = []
        self._lock = threading.Lock()
        self._stopping: asyncio.Event | None = None
        app = Starlette(routes=[Route("/v1/chat/completions", self._complete, methods=["POST"])])
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        config = uvicorn.Config(app, log_level="warning", lifespan="off", access_log=False)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> FakeOpenAI:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("fake OpenAI server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        loop = self._loop
        if self._stopping is not None:
            loop.call_soon_threadsafe(self._stopping.set)
        self._server.should_exit = True
        self._thread.join(timeout=10)

    def reset(self, **behaviour: Any) -> None:
        """Forget recorded calls and set a new behaviour (scripts, latency_s, fault, ...)."""
        with self._lock:
            self.calls.clear()
            self.behaviour = Behaviour(**behaviour)

    def script(self, purpose: str, answer: Script | dict[str, Any]) -> None:
        """Answer calls of ``purpose`` with a fixed dict or a function of the request's data."""
        self.behaviour.scripts[purpose] = answer if callable(answer) else (lambda _d: answer)

    def by_purpose(self, purpose: str) -> list[Recorded]:
        with self._lock:
            return [c for c in self.calls if c.purpose == purpose]

    def _serve(self) -> None:
        asyncio.run(self._main())

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stopping = asyncio.Event()
        await self._server.serve(sockets=[self._sock])

    async def _complete(self, request: Request) -> Response:
        body = await request.json()
        spec = body.get("response_format", {}).get("json_schema", {})
        purpose = PURPOSES.get(spec.get("name", ""), "unknown")
        data = _user_data(body)
        # Recorded on arrival (a hanging call is seen too); finished when answered.
        record = Recorded(purpose, time.monotonic(), float("nan"), data, body)
        with self._lock:
            self.calls.append(record)
        behaviour = self.behaviour
        if behaviour.latency_s:
            await asyncio.sleep(behaviour.latency_s)
        response = await self._answer(body, spec, purpose, data, behaviour)
        record.status = response.status_code
        if response.status_code == 200:
            record.usage = json.loads(bytes(response.body)).get("usage", {})
        record.finished = time.monotonic()
        return response

    async def _answer(
        self,
        body: dict[str, Any],
        spec: dict[str, Any],
        purpose: str,
        data: dict[str, Any],
        behaviour: Behaviour,
    ) -> Response:
        fault = behaviour.fault
        if fault and (behaviour.fault_purposes is None or purpose in behaviour.fault_purposes):
            return await self._fault(fault, body)
        script = behaviour.scripts.get(purpose)
        # A script gives what it cares about; the schema's other keys get "nothing found".
        answer = default_answer(spec.get("schema", {}), data)
        answer.update(script(data) if script else {})
        content = json.dumps(answer, ensure_ascii=False)
        return JSONResponse(_completion(body, content, cached=behaviour.cached_tokens))

    async def _fault(self, fault: str, body: dict[str, Any]) -> Response:
        if fault == "500":
            return JSONResponse({"error": {"message": "boom", "type": "server_error"}}, 500)
        if fault == "429":
            error = {"error": {"message": "slow down", "type": "rate_limit"}}
            return JSONResponse(error, 429, headers={"retry-after": "20"})
        if fault in ("429_quota", "401", "404"):
            return _api_error(fault)
        if fault == "html_200":
            page = "<html><body><h1>Welcome to nginx!</h1></body></html>"
            return Response(page, 200, media_type="text/html")
        if fault == "length":
            answer = _completion(body, '{"reply": "cut', finish="length")
            return JSONResponse(answer)
        if fault == "hang":
            assert self._stopping is not None
            await self._stopping.wait()
            return Response(status_code=503)
        if fault == "invalid_json":
            return JSONResponse(_completion(body, '{"reply": "unterminated'))
        return JSONResponse(_completion(body, None, refusal="I can't help with that."))


def _user_data(body: dict[str, Any]) -> dict[str, Any]:
    for message in body.get("messages", []):
        if message.get("role") == "user":
            try:
                data = json.loads(message.get("content") or "{}")
            except json.JSONDecodeError:
                return {}
            return data if isinstance(data, dict) else {}
    return {}


API_ERRORS = {
    "429_quota": (429, "insufficient_quota", "You exceeded your current quota."),
    "401": (401, "invalid_api_key", "Incorrect API key provided."),
    "404": (404, "model_not_found", "The model does not exist."),
}


def _api_error(fault: str) -> Response:
    status, code, message = API_ERRORS[fault]
    error = {"message": message, "type": "invalid_request_error", "code": code, "param": None}
    return JSONResponse({"error": error}, status)


def prompt_tokens(body: dict[str, Any]) -> int:
    """The estimated prompt tokens of a request: messages, per-message overhead, and the
    structured-output schema, which the API adds to the prompt."""
    messages = body.get("messages", [])
    text = sum(_tokens(str(m.get("content", ""))) + MESSAGE_OVERHEAD for m in messages)
    schema = body.get("response_format", {}).get("json_schema")
    return text + (_tokens(json.dumps(schema, separators=(",", ":"))) if schema else 0)


def _completion(
    body: dict[str, Any],
    content: str | None,
    refusal: str | None = None,
    finish: str = "stop",
    cached: int = 0,
) -> Any:
    prompt = prompt_tokens(body)
    completion = _tokens(content or refusal or "")
    return {
        "id": f"chatcmpl-{time.monotonic_ns()}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", ""),
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content, "refusal": refusal},
                "finish_reason": finish,
                "logprobs": None,
            }
        ],
        "usage": {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
            "prompt_tokens_details": {"cached_tokens": min(cached, prompt)},
        },
    }
