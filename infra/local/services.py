"""The backing services of the local stack: SecantusDB, the storage and Pub/Sub emulators."""

from __future__ import annotations

import ctypes.util
import functools
import os
import shutil
import subprocess
import sys
from pathlib import Path

from infra.local.processes import HOST, Service, free_port, processes_naming, start

ROOT = Path(__file__).resolve().parents[2]


class DataFolderInUse(RuntimeError):
    """Another process still holds the database's data folder."""


def ensure_data_folder_free(storage_path: Path) -> None:
    """Refuse to start on a data folder another live process uses, naming that process
    (otherwise WiredTiger fails with a bare "Device or resource busy")."""
    holders = processes_naming(storage_path)
    if holders:
        pid, command = holders[0]
        raise DataFolderInUse(
            f"The database folder {storage_path} is in use by process {pid} ({command}). "
            f"It is probably left over from an earlier `make run`: stop it with "
            f"`kill -INT {pid}`, or start with another --data-dir."
        )


def _venv_bin(name: str) -> str:
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


# The local database's memory growth, reduced (under the soak's load it first grew about 40 MB
# a minute; see the README's Load and soak):
# WiredTiger's cache at 64 MB instead of its 1 GB default (the working set of a development
# stack, even 500 visitors at once, is a few MB; older pages are read back from the OS's file
# cache), and two allocator arenas: SecantusDB serves each connection on its own thread, and
# with glibc's default (8 per core) the threads' arenas fragmented into steady growth.
CACHE_SIZE = "64M"
MALLOC_ARENAS = "2"

# jemalloc, when the system has it (Debian and Ubuntu: `libjemalloc2`), serves the database's
# allocations instead of glibc's malloc, as MongoDB ships its own allocator (tcmalloc): a cache
# that evicts all the time fragments glibc's heaps, which the launcher's malloc_trim can only
# return in whole pages. Two arenas, and a background thread that hands freed pages back to the
# system after a second.
JEMALLOC_CONF = "background_thread:true,narenas:2,dirty_decay_ms:1000,muzzy_decay_ms:0"


@functools.cache
def jemalloc() -> str | None:
    """jemalloc's shared library when the system has one; only looked for on Linux, where
    the database is started with it preloaded (looked up once: it runs ``ldconfig``)."""
    return ctypes.util.find_library("jemalloc") if sys.platform.startswith("linux") else None


def allocator_env() -> dict[str, str]:
    """The database's allocator: jemalloc preloaded when installed (a user's own LD_PRELOAD or
    MALLOC_CONF wins), else glibc's malloc limited to two arenas."""
    library = jemalloc()
    if library is None or "LD_PRELOAD" in os.environ:
        return {"MALLOC_ARENA_MAX": MALLOC_ARENAS}
    return {"LD_PRELOAD": library, "MALLOC_CONF": os.environ.get("MALLOC_CONF", JEMALLOC_CONF)}


def start_mongodb(
    storage_path: Path, log_dir: Path, port: int | None = None, extra_args: tuple[str, ...] = ()
) -> Service:
    """SecantusDB, a MongoDB wire-protocol server on WiredTiger (with its launcher's fixes, see
    :mod:`infra.local.secantus_server`), its memory growth reduced."""
    port = port or free_port()
    storage_path.mkdir(parents=True, exist_ok=True)
    ensure_data_folder_free(storage_path)
    argv = [
        sys.executable,
        "-m",
        "infra.local.secantus_server",
        "--host",
        HOST,
        "--port",
        str(port),
        "--storage-path",
        str(storage_path),
        "--cache-size",
        CACHE_SIZE,
        *extra_args,
    ]
    env = {"PYTHONPATH": str(ROOT), **allocator_env()}
    return start("mongodb", argv, port, log_dir, env=env)


def mongodb_uri(port: int) -> str:
    return f"mongodb://{HOST}:{port}/?directConnection=true"


def start_storage_emulator(log_dir: Path, port: int | None = None) -> Service:
    """gcp-storage-emulator, in memory (the stack re-publishes the index at every start), so
    it is stopped with SIGKILL: there is nothing to save."""
    port = port or free_port()
    argv = [
        _venv_bin("gcp-storage-emulator"),
        "start",
        f"--host={HOST}",
        f"--port={port}",
        "--in-memory",
    ]
    return start("storage", argv, port, log_dir, keeps_data=False)


def pubsub_emulator_launcher() -> Path | None:
    """The Cloud SDK's Pub/Sub emulator launcher, or None when the SDK or emulator is missing."""
    gcloud = shutil.which("gcloud")
    if gcloud is None:
        return None
    try:
        root = subprocess.run(
            [gcloud, "info", "--format=value(installation.sdk_root)"],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        ).stdout.strip()
    except (subprocess.SubprocessError, OSError):
        return None
    launcher = Path(root) / "platform" / "pubsub-emulator" / "bin" / "cloud-pubsub-emulator"
    return launcher if launcher.exists() and shutil.which("java") else None


# The emulator's JVM sized for a development stack instead of the JVM's defaults for this
# machine (a quarter of its memory as heap, G1, two compilers), under which its memory kept
# growing in the soak: a 128 MB heap at most, the serial collector and the first compiler
# only. A user's own CLOUD_PUBSUB_EMULATOR_OPTS (the launcher's variable) wins.
PUBSUB_JVM_OPTS = "-Xms32m -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"


def start_pubsub_emulator(launcher: Path, log_dir: Path, port: int | None = None) -> Service:
    """The Pub/Sub emulator (Java), started without gcloud's wrapper; in memory, so stopped
    with SIGKILL."""
    port = port or free_port()
    argv = [str(launcher), f"--host={HOST}", f"--port={port}"]
    opts = os.environ.get("CLOUD_PUBSUB_EMULATOR_OPTS", PUBSUB_JVM_OPTS)
    env = {"CLOUD_PUBSUB_EMULATOR_OPTS": opts}
    return start("pubsub", argv, port, log_dir, timeout=60, env=env, keeps_data=False)
