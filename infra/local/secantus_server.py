"""``python -m infra.local.secantus_server``: SecantusDB with its retryable-write records kept
in amortised constant time, findAndModify's write served by an index, and freed memory handed
back.

SecantusDB remembers each retryable write's reply for 30 minutes (capped at 10,000), so a
driver's automatic retry gets the original reply instead of applying the write twice; the
functions rely on this (``retryWrites=True``: a retried ``$push`` of a turn's messages must not
add them twice). Its pruning scans every record on every write, and above the cap sorts them
all: with the load benchmark's 16,000 writes the database spent a third of its time there and
the 1,000-conversation load's p95 went from 0.37 s to 15 s.

:func:`prune_retryable` keeps the same two bounds (lifetime and count, oldest first) but reads
only the oldest records: records are stored in the order they were made, so the dict's
insertion order is their age order, and a full expiry sweep runs at most once a second.

:func:`index_keys_beside_operators` lets the write paths pick their candidates from an index
when the filter has operators beside plain fields. findAndModify (``find_one_and_update``: a
lead's upsert, a deal's move, a login attempt, a refresh token's rotation) writes with
``{_id: <matched>, $and: [<query>]}``, which SecantusDB always served by scanning the whole
collection: in the 30-minute soak a lead's upsert took 0.2-0.7 s once 9,000 leads existed, and
every scan read the collection anew, so the database's latency and memory grew with the data.

:func:`start_trimming` hands the memory glibc's allocator keeps after frees back to the system
every ``TRIM_SECONDS``: WiredTiger's cache evicts pages all the time and, once the cache is
full, the freed space sits in the allocator's heaps. In a 12-minute soak the bytes in use
levelled off once the 64 MB cache was full, while the freed-but-kept part kept growing (to 57 MB)
and with it the process's resident memory. ``malloc_trim`` gives that back (13 ms to return
115 MB from the test's fragmented heap).

:func:`prompt_stop` makes a clean shutdown (SIGINT) take a fraction of a second: the server
closed its listening socket from the signal handler and then waited 2 s for its accept thread,
which on Linux ``close()`` does not wake from ``accept()``; shutting the socket down first does.
That wait was most of the 2.5 s the database took to stop, against the stack's 3 s budget.

With jemalloc as the allocator (:func:`infra.local.services.allocator_env`) the trimming thread
is not started: jemalloc returns freed pages itself.

These are the only changes; everything else is the released server (``secantus.cli.main``).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import logging
import socket
import sys
import threading
from collections.abc import Callable
from typing import Any

from secantus import storage, transactions
from secantus.cli import main
from secantus.server import SecantusDBServer

log = logging.getLogger("infra.local.secantus")
SWEEP_SECONDS = 1.0
TRIM_SECONDS = 30.0


def prune_retryable(registry: Any) -> None:
    """Drop retryable-write records past their lifetime (checked at most every
    ``SWEEP_SECONDS``) and beyond the count cap, oldest first. Called with the registry's lock
    held, like the method it replaces."""
    records: dict[Any, tuple[Any, float, bytes]] = registry._retryable
    limit = transactions._RETRYABLE_RECORD_MAX
    now = registry._time()
    if len(records) <= limit and now - getattr(registry, "_swept_at", 0.0) < SWEEP_SECONDS:
        return
    registry._swept_at = now
    cutoff = now - transactions._RETRYABLE_RECORD_LIFETIME_SECONDS
    while records:
        key, (_reply, stored_at, _identity) = next(iter(records.items()))
        if stored_at >= cutoff and len(records) <= limit:
            return
        del records[key]


def index_keys_beside_operators(
    self: Any, db: str, coll: str, filter: dict[str, Any], *, collation: Any = None
) -> list[bytes] | None:
    """SecantusDB's index lookup for the write paths, also for a filter that has top-level
    operators beside plain fields: the plain fields alone pick the candidates from an index.
    SecantusDB gives up on any filter with a ``$`` key, and findAndModify writes with
    ``{_id: <matched>, $and: [<query>]}``, so every ``find_one_and_update`` scanned the whole
    collection (a lead's upsert took 0.2-0.7 s with 9,000 leads, growing with them). A
    superset of candidates is the lookup's contract: every caller applies the whole filter
    to each candidate, and top-level clauses are a conjunction."""
    lookup = _INDEX_ID_KEYS
    if lookup is None:  # not installed then; None means "scan", always correct
        return None
    found = lookup(self, db, coll, filter, collation=collation)
    if found is not None or not filter:
        return found
    plain = {key: value for key, value in filter.items() if not str(key).startswith("$")}
    if not plain or len(plain) == len(filter):
        return None
    return lookup(self, db, coll, plain, collation=collation)


_INDEX_ID_KEYS: Callable[..., list[bytes] | None] | None = getattr(
    storage.Storage, "_try_index_id_keys", None
)


def prompt_stop(stop: Callable[[Any], None]) -> Callable[[Any], None]:
    """``SecantusDBServer.stop`` that first shuts the listening socket down, so the accept
    thread returns at once instead of after its 2 s join timeout."""

    def stopped_promptly(server: Any) -> None:
        listening = getattr(server, "_socket", None)
        if listening is not None:
            with contextlib.suppress(OSError):
                listening.shutdown(socket.SHUT_RDWR)
        stop(server)

    return stopped_promptly


def install() -> bool:
    """Replace SecantusDB's retryable-write pruning with :func:`prune_retryable` and wrap its
    write paths' index lookup in :func:`index_keys_beside_operators`; False (and a warning)
    when this SecantusDB no longer has what is replaced, so an upgrade runs unpatched rather
    than not at all."""
    registry = transactions.TransactionRegistry
    if (
        not hasattr(registry, "_prune_retryable_locked")
        or not hasattr(transactions, "_RETRYABLE_RECORD_MAX")
        or _INDEX_ID_KEYS is None
    ):
        log.warning("SecantusDB changed the parts this launcher fixes; running it unpatched")
        return False
    registry._prune_retryable_locked = prune_retryable
    storage.Storage._try_index_id_keys = index_keys_beside_operators
    SecantusDBServer.stop = prompt_stop(SecantusDBServer.stop)
    return True


def malloc_trim() -> Callable[[], int] | None:
    """glibc's ``malloc_trim(0)`` (returns 1 when it gave memory back), or None on a C library
    without it (musl, macOS), where the server simply runs without trimming."""
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        trim = ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return lambda: int(trim(0))


def jemalloc_is_allocator() -> bool:
    """Whether jemalloc serves this process's ``malloc`` (preloaded, see
    :func:`infra.local.services.allocator_env`): its ``mallctl`` is then visible."""
    return hasattr(ctypes.CDLL(None), "mallctl")


def start_trimming(
    stop: threading.Event, interval: float = TRIM_SECONDS
) -> threading.Thread | None:
    """Call :func:`malloc_trim` every ``interval`` seconds until ``stop`` is set, on a daemon
    thread (the server's exit never waits for it); None when there is nothing to call, or
    nothing to gain: jemalloc returns freed pages itself."""
    if jemalloc_is_allocator():
        log.info("jemalloc is the allocator; it returns freed memory itself")
        return None
    trim = malloc_trim()
    if trim is None:
        log.info("no malloc_trim in this C library; freed memory stays with the allocator")
        return None

    def run() -> None:
        while not stop.wait(interval):
            trim()

    thread = threading.Thread(target=run, name="malloc-trim", daemon=True)
    thread.start()
    return thread


if __name__ == "__main__":
    install()
    start_trimming(threading.Event())
    sys.argv[0] = "secantusd-py"
    sys.exit(main())
