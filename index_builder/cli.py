"""Command line: ``python -m index_builder build|search|publish`` (see ``--help``)."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from index_builder.build import build_bundle
from index_builder.chunk import MAX_CHARS, OVERLAP
from index_builder.visitor_types import TYPES_DIR
from shared.errors import AppError
from shared.understanding.intents_data import TRAINING_DIR

log = logging.getLogger("index_builder")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m index_builder", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="build a bundle from a folder of documents")
    build.add_argument("--source", type=Path, required=True, help="folder of category folders")
    build.add_argument("--out", type=Path, required=True, help="bundle folder to write")
    build.add_argument("--max-chars", type=int, default=MAX_CHARS, help="chunk size limit")
    build.add_argument("--overlap", type=int, default=OVERLAP, help="chunk overlap (chars)")
    build.add_argument(
        "--intents",
        type=Path,
        default=TRAINING_DIR if TRAINING_DIR.is_dir() else None,
        help="labelled utterances to train the intent classifier on (default: training/intents)",
    )
    build.add_argument("--no-intents", action="store_true", help="build without the classifier")
    build.add_argument(
        "--types",
        type=Path,
        default=TYPES_DIR if TYPES_DIR.is_dir() else None,
        help="messages labelled with the business they state (default: training/types)",
    )
    build.add_argument("--no-types", action="store_true", help="build without the type model")
    search = commands.add_parser("search", help="answer questions read from stdin, one a line")
    search.add_argument("--index", type=Path, required=True, help="bundle folder")
    search.add_argument("--k", type=int, default=4, help="results per question")
    search.add_argument("--category", help="only search this category")
    search.add_argument("--json", action="store_true", help="one JSON list per question")
    publish = commands.add_parser("publish", help="upload a bundle and move `current` to it")
    publish.add_argument("--index", type=Path, required=True, help="bundle folder")
    publish.add_argument("--to", required=True, help="gs://BUCKET/PREFIX")
    return parser


def run_build(args: argparse.Namespace) -> None:
    """Build the bundle and print its manifest summary."""
    from shared.rag.embedding import Embedder

    intents = None if args.no_intents else args.intents
    types = None if args.no_types else args.types
    manifest = build_bundle(
        args.source, args.out, Embedder, args.max_chars, args.overlap, intents=intents, types=types
    )
    print(f"{manifest.chunk_count} chunks, source {manifest.source_hash[:12]} -> {args.out}")


def run_search(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> None:
    """Print the results for each question on stdin."""
    from shared.rag.embedding import Embedder
    from shared.rag.retriever import Retriever

    retriever = Retriever.from_bundle_dir(args.index, Embedder())
    for line in stdin:
        results = retriever.search(line.strip(), k=args.k, category=args.category)
        rows = [
            {
                **hit.chunk.model_dump(include={"text", "title", "category", "source"}),
                "score": round(hit.score, 6),
            }
            for hit in results
        ]
        if args.json:
            print(json.dumps(rows, ensure_ascii=False), file=stdout, flush=True)
        else:
            _print_table(line.strip(), rows, stdout)


def _print_table(question: str, rows: list[dict[str, object]], stdout: TextIO) -> None:
    print(f"? {question}", file=stdout)
    if not rows:
        print("  (nothing relevant)", file=stdout)
    for row in rows:
        print(f"  {row['score']:.4f}  {row['source']}  {row['title']}", file=stdout)


def run_publish(args: argparse.Namespace) -> None:
    """Upload the bundle to storage and print the new version. The bucket is created only in
    the local emulator; in the cloud Terraform made it, and the deployer may write objects but
    not read the bucket's metadata (no ``storage.buckets.get``), so it is never looked up."""
    from index_builder.publish import StorageURL, publish_bundle
    from shared.settings import load_settings
    from shared.storage import ensure_bucket, storage_client

    client = storage_client(load_settings())
    if os.environ.get("STORAGE_EMULATOR_HOST"):
        ensure_bucket(client, StorageURL.parse(args.to).bucket)
    pointer = publish_bundle(client, args.index, args.to)
    print(f"published {pointer.version} to {args.to}")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit status (2 for a refused input)."""
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(levelname)s %(message)s")
    args = _parser().parse_args(argv)
    try:
        if args.command == "build":
            run_build(args)
        elif args.command == "search":
            run_search(args, sys.stdin, sys.stdout)
        else:
            run_publish(args)
    except AppError as exc:
        log.error("%s: %s", type(exc).__name__, exc.message)
        return 2
    return 0
