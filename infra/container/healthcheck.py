"""The image's HEALTHCHECK: the function answers on its port.

HTTP functions answer ``GET /health`` with 200. ``lead_events`` takes only CloudEvents, so for it
an accepted TCP connection is the sign of life.
"""

import os
import socket
import sys
import urllib.request

EVENT_FUNCTIONS = {"lead_events"}


def main() -> int:
    port = int(os.environ.get("PORT", "8080"))
    if os.environ.get("FUNCTION_TARGET") in EVENT_FUNCTIONS:
        with socket.create_connection(("127.0.0.1", port), timeout=3):
            return 0
    url = f"http://127.0.0.1:{port}/health"
    with urllib.request.urlopen(url, timeout=3) as answer:
        return 0 if answer.status == 200 else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except OSError as exc:
        print(f"unhealthy: {exc}", file=sys.stderr)
        sys.exit(1)
