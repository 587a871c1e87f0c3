"""The local database's two fixes (:mod:`infra.local.secantus_server`): retryable-write records
are pruned without scanning them all, and still do their job; memory the allocator keeps after
frees goes back to the system."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pymongo import MongoClient
from secantus import storage, transactions

from infra.local.secantus_server import (
    SWEEP_SECONDS,
    index_keys_beside_operators,
    install,
    malloc_trim,
    prune_retryable,
    start_trimming,
)
from infra.local.services import allocator_env, jemalloc, mongodb_uri, start_mongodb
from shared.db import Document

LIFETIME = transactions._RETRYABLE_RECORD_LIFETIME_SECONDS
OK = {"ok": 1.0, "n": 1}


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


Registry = tuple[transactions.TransactionRegistry, Clock]


@pytest.fixture
def registry() -> Registry:
    assert install()
    clock = Clock()
    return transactions.TransactionRegistry(time_func=clock), clock


def test_the_installed_pruning_is_the_fix() -> None:
    assert install()
    assert transactions.TransactionRegistry._prune_retryable_locked is prune_retryable


def test_a_recorded_write_is_replayed_until_its_lifetime_ends(registry: Registry) -> None:
    reg, clock = registry
    reg.record_retryable(b"session", 1, b"cmd", OK)
    clock.now += LIFETIME - 1
    assert reg.retryable_reply(b"session", 1, b"cmd") == OK
    assert reg.retryable_reply(b"session", 1, b"another command") is None
    clock.now += 1 + SWEEP_SECONDS
    assert reg.retryable_reply(b"session", 1, b"cmd") is None


def test_expired_records_go_and_fresh_ones_stay(registry: Registry) -> None:
    reg, clock = registry
    for n in range(5):
        reg.record_retryable(b"old", n, b"cmd", OK)
    clock.now += LIFETIME / 2
    for n in range(3):
        reg.record_retryable(b"new", n, b"cmd", OK)
    clock.now += LIFETIME / 2 + SWEEP_SECONDS
    reg.retryable_reply(b"new", 0, b"cmd")  # any lookup sweeps
    assert sorted(reg._retryable) == [(b"new", 0), (b"new", 1), (b"new", 2)]


def test_the_count_cap_drops_the_oldest_at_once(
    registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    reg, clock = registry
    monkeypatch.setattr(transactions, "_RETRYABLE_RECORD_MAX", 4)
    for n in range(7):
        reg.record_retryable(b"s", n, b"cmd", OK)
        clock.now += 0.001  # within one sweep interval: the cap is enforced anyway
    assert sorted(n for _, n in reg._retryable) == [3, 4, 5, 6]


def test_a_failed_write_is_not_recorded(registry: Registry) -> None:
    reg, _ = registry
    reg.record_retryable(b"s", 1, b"cmd", {"ok": 0.0, "errmsg": "no"})
    assert reg.retryable_reply(b"s", 1, b"cmd") is None


def test_the_server_replays_a_retried_write_instead_of_applying_it_twice(tmp_path: Path) -> None:
    """A write whose reply is lost to a retryable error is applied once: the driver's retry
    gets the recorded reply. (Without retries the same failure leaves the write applied and
    raises, which shows the first attempt did apply.)"""
    server = start_mongodb(
        tmp_path / "db", tmp_path / "logs", extra_args=("--enable-test-commands",)
    )
    fail_once = {
        "configureFailPoint": "failCommand",
        "mode": {"times": 1},
        "data": {
            "failCommands": ["update"],
            "writeConcernError": {
                "code": 91,
                "errmsg": "shutting down",
                "errorLabels": ["RetryableWriteError"],
            },
        },
    }
    try:
        with MongoClient[Document](mongodb_uri(server.port), retryWrites=True) as client:
            counters = client.test.counters
            counters.insert_one({"_id": "turns", "n": 0})
            client.admin.command(fail_once)
            counters.update_one({"_id": "turns"}, {"$inc": {"n": 1}})
            assert counters.find_one({"_id": "turns"}) == {"_id": "turns", "n": 1}
        with MongoClient[Document](mongodb_uri(server.port), retryWrites=False) as client:
            counters = client.test.counters
            client.admin.command(fail_once)
            with pytest.raises(Exception, match="shutting down"):
                counters.update_one({"_id": "turns"}, {"$inc": {"n": 1}})
            assert counters.find_one({"_id": "turns"}) == {"_id": "turns", "n": 2}
    finally:
        server.stop()


Store = tuple[storage.Storage, list[str]]


@pytest.fixture
def leads_store(tmp_path: Path) -> Iterator[Store]:
    """An embedded SecantusDB store holding 200 leads under a unique index on ``session_id``,
    with the list of collections it scanned in full."""
    assert install()
    store = storage.Storage(str(tmp_path / "wt"), cache_size="16M", enable_oplog=False)
    store.create_index("app", "leads", "session_id_unique", {"session_id": 1}, {"unique": True})
    leads = [{"_id": n, "session_id": f"s{n}", "score": n} for n in range(200)]
    store.insert("app", "leads", leads)
    scans: list[str] = []
    scan_docs = store._scan_docs

    def counting(db: str, coll: str) -> object:
        scans.append(coll)
        return scan_docs(db, coll)

    store._scan_docs = counting  # counts, then does the real scan
    try:
        yield store, scans
    finally:
        store.close()


def test_the_installed_index_lookup_is_the_fix() -> None:
    assert install()
    assert storage.Storage._try_index_id_keys is index_keys_beside_operators


def test_a_find_and_modify_write_reads_one_document_not_the_collection(leads_store: Store) -> None:
    """findAndModify writes with ``{_id: <matched>, $and: [<query>]}``; SecantusDB scanned the
    whole collection for any filter with a ``$`` key."""
    store, scans = leads_store
    write = {"_id": 7, "$and": [{"session_id": "s7"}]}
    result = store.update_matching("app", "leads", write, {"$set": {"score": 70}})
    assert result["matched"] == 1
    assert scans == []
    assert store.find_matching("app", "leads", {"_id": 7})[0]["score"] == 70


def test_operator_clauses_still_filter_the_indexed_candidates(leads_store: Store) -> None:
    store, scans = leads_store
    missing = {"session_id": "s8", "$or": [{"score": 1}, {"score": 2}]}
    assert store.update_matching("app", "leads", missing, {"$set": {"hit": True}})["matched"] == 0
    both = {"session_id": "s8", "$or": [{"score": 8}, {"score": 9}]}
    assert store.update_matching("app", "leads", both, {"$set": {"hit": True}})["matched"] == 1
    assert scans == []
    assert [d["_id"] for d in store.find_matching("app", "leads", {"hit": True})] == [8]


def test_a_filter_of_operators_alone_still_scans(leads_store: Store) -> None:
    store, scans = leads_store
    only_operators = {"$or": [{"score": 3}, {"session_id": "s4"}]}
    result = store.update_matching(
        "app", "leads", only_operators, {"$set": {"hit": True}}, multi=True
    )
    assert result["matched"] == 2
    assert scans == ["leads"]


def test_find_one_and_update_through_the_server_updates_and_upserts(tmp_path: Path) -> None:
    server = start_mongodb(tmp_path / "db", tmp_path / "logs")
    try:
        with MongoClient[Document](mongodb_uri(server.port)) as client:
            leads = client.test.leads
            leads.create_index("session_id", unique=True)
            leads.insert_many([{"session_id": f"s{n}", "score": n} for n in range(50)])
            updated = leads.find_one_and_update(
                {"session_id": "s3"}, {"$set": {"score": 300}}, return_document=True
            )
            created = leads.find_one_and_update(
                {"session_id": "new"}, {"$set": {"score": 1}}, upsert=True, return_document=True
            )
            assert updated is not None
            assert updated["score"] == 300
            assert created is not None
            assert created["session_id"] == "new"
            assert leads.count_documents({}) == 51
            assert leads.count_documents({"score": 300}) == 1
    finally:
        server.stop()


GLIBC = malloc_trim() is not None
needs_glibc = pytest.mark.skipif(not GLIBC, reason="this C library has no malloc_trim")

# Fragments the C heap the way an evicting cache does: many small blocks, all but every 64th
# freed, so the heap cannot shrink from its top; prints resident KiB before and after the trim.
FRAGMENT = textwrap.dedent(
    """
    import ctypes, ctypes.util
    from infra.local.secantus_server import malloc_trim
    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    libc.malloc.restype = ctypes.c_void_p
    libc.free.argtypes = [ctypes.c_void_p]
    def rss():
        with open("/proc/self/status") as status:
            return next(int(l.split()[1]) for l in status if l.startswith("VmRSS"))
    blocks = [libc.malloc(2048) for _ in range(60_000)]
    for block in blocks:
        ctypes.memset(block, 1, 2048)
    for n, block in enumerate(blocks):
        if n % 64:
            libc.free(block)
    before = rss()
    malloc_trim()()
    print(before, rss())
    """
)


@needs_glibc
def test_trimming_gives_freed_heap_memory_back() -> None:
    root = Path(__file__).resolve().parents[2]
    run = subprocess.run(
        [sys.executable, "-c", FRAGMENT], capture_output=True, text=True, cwd=root, check=True
    )
    before, after = map(int, run.stdout.split())
    # About 117 MiB were written and all but 1/64 freed: most of it must leave the process.
    assert before - after > 60_000


@needs_glibc
def test_trimming_runs_until_stopped() -> None:
    stop = threading.Event()
    thread = start_trimming(stop, interval=0.01)
    assert thread is not None
    assert thread.daemon
    assert thread.is_alive()
    stop.set()
    thread.join(timeout=5)
    assert not thread.is_alive()


JEMALLOC = jemalloc()
needs_jemalloc = pytest.mark.skipif(
    JEMALLOC is None,
    reason="jemalloc is not installed (Debian and Ubuntu: apt-get install libjemalloc2)",
)
# Whether the process sees jemalloc as its allocator, and whether it would start trimming.
ALLOCATOR = textwrap.dedent(
    """
    import threading
    from infra.local.secantus_server import jemalloc_is_allocator, start_trimming
    print(jemalloc_is_allocator(), start_trimming(threading.Event()) is not None)
    """
)


@needs_jemalloc
def test_the_database_runs_on_jemalloc(tmp_path: Path) -> None:
    server = start_mongodb(tmp_path / "db", tmp_path / "logs")
    try:
        assert "jemalloc" in Path(f"/proc/{server.process.pid}/maps").read_text()
        with MongoClient[Document](mongodb_uri(server.port)) as client:
            client.test.things.insert_one({"_id": 1})
            assert client.test.things.count_documents({}) == 1
    finally:
        server.stop()


@needs_jemalloc
def test_only_glibc_malloc_gets_the_trim_thread() -> None:
    root = Path(__file__).resolve().parents[2]
    for env, expected in ((allocator_env(), "True False"), ({}, f"False {GLIBC}")):
        run = subprocess.run(
            [sys.executable, "-c", ALLOCATOR],
            capture_output=True,
            text=True,
            cwd=root,
            env={**os.environ, **env},
            check=True,
        )
        assert run.stdout.strip() == expected


def test_a_users_own_preload_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LD_PRELOAD", "libmine.so")
    assert allocator_env() == {"MALLOC_ARENA_MAX": "2"}


@needs_jemalloc
def test_a_users_jemalloc_settings_win(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LD_PRELOAD", raising=False)
    monkeypatch.setenv("MALLOC_CONF", "narenas:1")
    assert allocator_env() == {"LD_PRELOAD": JEMALLOC, "MALLOC_CONF": "narenas:1"}
