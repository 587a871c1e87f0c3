"""The backing services of the local stack: SecantusDB, the storage and Pub/Sub emulators."""

from __future__ import annotations

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


# The local database's memory growth, reduced (under the soak's load it grew about 40 MB a
# minute; with these settings and the launcher's malloc_trim about 4, see the README's Known
# limits):
# WiredTiger's cache at 64 MB instead of its 1 GB default (the working set of a development
# stack, even 500 visitors at once, is a few MB; older pages are read back from the OS's file
# cache), and glibc's malloc limited to two arenas: SecantusDB serves each connection on its own
# thread, and with the default (8 per core) the threads' arenas fragmented into steady growth.
CACHE_SIZE = "64M"
MALLOC_ARENAS = "2"


def start_mongodb(
    storage_path: Path, log_dir: Path, port: int | None = None, extra_args: tuple[str, ...] = ()
) -> Service:
    """SecantusDB, a MongoDB wire-protocol server on WiredTiger (with its launcher's two
    changes, see :mod:`infra.local.secantus_server`), its memory growth reduced."""
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
    env = {"PYTHONPATH": str(ROOT), "MALLOC_ARENA_MAX": MALLOC_ARENAS}
    return start("mongodb", argv, port, log_dir, env=env)


def mongodb_uri(port: int) -> str:
    return f"mongodb://{HOST}:{port}/?directConnection=true"


def start_storage_emulator(log_dir: Path, port: int | None = None) -> Service:
    """gcp-storage-emulator, in memory (the stack re-publishes the index at every start)."""
    port = port or free_port()
    argv = [
        _venv_bin("gcp-storage-emulator"),
        "start",
        f"--host={HOST}",
        f"--port={port}",
        "--in-memory",
    ]
    return start("storage", argv, port, log_dir)


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
    """The Pub/Sub emulator (Java), started without gcloud's wrapper."""
    port = port or free_port()
    argv = [str(launcher), f"--host={HOST}", f"--port={port}"]
    opts = os.environ.get("CLOUD_PUBSUB_EMULATOR_OPTS", PUBSUB_JVM_OPTS)
    env = {"CLOUD_PUBSUB_EMULATOR_OPTS": opts}
    return start("pubsub", argv, port, log_dir, timeout=60, env=env)
