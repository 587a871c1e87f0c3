"""``python -m infra.local``: start the whole stack and serve it until Ctrl-C (``make run``).

It stops within 3 s of Ctrl-C, SIGTERM or SIGHUP, saying "stopping" and "stopped": the
emulators (in memory) are killed at once while the database shuts down cleanly, all in
parallel, and the process leaves without unloading the functions' native libraries. A database
that dies meanwhile is started again (:mod:`infra.local.watchdog`).

SIGTERM and SIGHUP (process managers, CI, a closed terminal) stop it exactly like Ctrl-C:
each is turned into SIGINT, which uvicorn answers with a graceful shutdown and which otherwise
raises ``KeyboardInterrupt``; either way the ``finally`` stops every child server. (uvicorn
re-raises a captured SIGTERM after shutting down; with the default handler that killed this
process before the children were stopped.)

``--workers N`` (``GATEWAY_WORKERS``) serves the gateway from N processes sharing one socket,
as N function instances would, under uvicorn's supervisor; each worker loads every function
and dies with the stack. Each keeps its own in-memory rate-limit counters (production shares
them through ``RATE_LIMIT_STORAGE_URI``).
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
from pathlib import Path
from types import FrameType
from typing import Any

import uvicorn
from uvicorn.supervisors import Multiprocess

from infra.local.guarded import PER_ADDRESS_ENV, guarded_server_options
from infra.local.processes import HOST, free_port
from infra.local.stack import ROOT, LocalStack, build_index


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m infra.local", description=__doc__)
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8080")))
    parser.add_argument("--data-dir", type=Path, default=ROOT / ".local")
    parser.add_argument("--no-pubsub", action="store_true", help="skip the Pub/Sub emulator")
    parser.add_argument(
        "--workers",
        type=int,
        default=int(os.environ.get("GATEWAY_WORKERS", "1")),
        help="gateway processes (each loads every function, as separate instances would)",
    )
    parser.add_argument(
        "--max-connections",
        type=int,
        default=int(os.environ.get("GATEWAY_MAX_CONNECTIONS", "4096")),
        help="open connections the gateway serves at once (503 beyond)",
    )
    parser.add_argument(
        "--max-connections-per-address",
        type=int,
        default=int(os.environ.get("GATEWAY_MAX_CONNECTIONS_PER_ADDRESS", "0")) or None,
        help="open connections one client address may hold (default: a quarter of the cap)",
    )
    return parser.parse_args(argv)


def banner(stack: LocalStack) -> str:
    url = stack.base_url
    events = "Pub/Sub emulator" if stack.env.get("EVENTS_MODE") == "pubsub" else "direct HTTP"
    lines = [
        "",
        "Copperline lead bot is running (Ctrl-C to stop)",
        f"  demo page with the chat widget  {url}/",
        f"  gateway health                  {url}/health",
        *(
            f"  {name:<31} {url}/{name}/"
            for name in ("chat", "auth", "leads", "crm", "lead_events")
        ),
        f"  MongoDB                         {stack.env['MONGODB_URI']}",
        f"  storage emulator                {stack.env['STORAGE_EMULATOR_HOST']}",
        f"  lead events                     {events}",
        "",
    ]
    return "\n".join(lines)


def _as_interrupt(signum: int, frame: FrameType | None) -> None:
    os.kill(os.getpid(), signal.SIGINT)


def stop_like_ctrl_c() -> None:
    """Handle SIGTERM and SIGHUP as Ctrl-C."""
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, _as_interrupt)


def serve_workers(config: uvicorn.Config) -> None:
    """Serve with ``config.workers`` processes until Ctrl-C, SIGTERM or SIGHUP (uvicorn's
    supervisor would restart its workers on SIGHUP; here it stops, as with one process)."""
    supervisor = Multiprocess(config, sockets=[config.bind_socket()])
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, lambda s, f: supervisor.signal_queue.append(signal.SIGINT))
    supervisor.run()


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    stop_like_ctrl_c()
    port = args.port or free_port()
    stack = LocalStack(args.data_dir, port, use_pubsub=not args.no_pubsub).start()
    stack.watch_database()
    try:
        bundle = build_index(args.data_dir / "index")
        stack.publish_index(bundle)
        stack.apply_env()
        options = guarded_server_options(args.max_connections, args.max_connections_per_address)
        common: dict[str, Any] = dict(host=HOST, port=port, lifespan="off", log_level="warning")
        if args.workers > 1:  # spawned workers import the protocol anew: the cap goes by env
            os.environ[PER_ADDRESS_ENV] = str(options["http"].per_address)
            config = uvicorn.Config(
                "infra.local.gateway:worker_app",
                factory=True,
                workers=args.workers,
                **common,
                **options,
            )
            stack.configure_pubsub()
            print(banner(stack), flush=True)
            serve_workers(config)
            return 0
        from infra.local.gateway import build_gateway

        app = build_gateway()
        stack.configure_pubsub()
        server = uvicorn.Server(uvicorn.Config(app, **common, **options))
        print(banner(stack), flush=True)
        server.run()
    except KeyboardInterrupt:
        pass  # Ctrl-C before or between uvicorn's own handling of it
    finally:
        print("stopping", flush=True)
        stack.stop()
        print("stopped", flush=True)
    return 0


def exit_now(code: int) -> None:
    """Leave without the interpreter's teardown: every child is stopped by then, and the
    functions' native libraries (ONNX Runtime, FAISS) took 5 s to unload, past the 3 s in
    which the stack stops. Output is flushed first; there is nothing else to save."""
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    exit_now(main())
