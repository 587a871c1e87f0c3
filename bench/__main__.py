"""``python -m bench``: run every benchmark and write bench/results/*.json and SUMMARY.md."""

from __future__ import annotations

import importlib
import json
import sys
import time
from pathlib import Path

RESULTS = Path(__file__).parent / "results"
BENCHES = (
    "rag_bench",
    "chat_bench",
    "auth_bench",
    "footprint_bench",
    "shutdown_bench",
    "load_bench",
    "llm_bench",
    "sales_bench",
    "intents_bench",
    "analytics_bench",
)


def main(argv: list[str]) -> int:
    selected = argv or list(BENCHES)
    RESULTS.mkdir(exist_ok=True)
    failures = 0
    for name in selected:
        print(f"\n=== {name} ===", flush=True)
        started = time.perf_counter()
        if not (Path(__file__).parent / f"{name}.py").exists():
            print(f"skipped: bench/{name}.py does not exist")
            continue
        code = importlib.import_module(f"bench.{name}").main([])
        failures += int(bool(code))
        print(f"({name}: {time.perf_counter() - started:.1f} s)")
    write_summary()
    return 1 if failures else 0


def write_summary() -> None:
    lines = ["# Benchmark results", ""]
    for path in sorted(RESULTS.glob("*.json")):
        lines += [
            f"## {path.stem}",
            "",
            "```json",
            json.dumps(json.loads(path.read_text()), indent=2),
            "```",
            "",
        ]
    (RESULTS / "SUMMARY.md").write_text("\n".join(lines))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
