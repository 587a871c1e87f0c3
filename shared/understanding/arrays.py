"""The reader's trained weights on disk: named arrays in one ``.npz``, written reproducibly.

Both classifiers the bundle ships (the intents, :mod:`shared.understanding.intents`, and the
visitor types, :mod:`shared.understanding.visitor_model`) save and load their weights here.
The file is a plain zip of ``.npy`` arrays, without pickle and with fixed timestamps, so the
same weights give the same bytes (the bundle build is reproducible) and ``np.load`` reads it.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping
from pathlib import Path

import numpy as np
import numpy.typing as npt

FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def write_arrays(path: Path, arrays: Mapping[str, npt.NDArray[np.generic]]) -> None:
    """Write ``arrays`` to ``path``, each under its name, in the mapping's order."""
    with zipfile.ZipFile(path, "w") as archive:
        for name, array in arrays.items():
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, array, allow_pickle=False)
            archive.writestr(zipfile.ZipInfo(f"{name}.npy", FIXED_TIME), buffer.getvalue())


def read_arrays(path: Path) -> dict[str, npt.NDArray[np.generic]]:
    """Every array saved at ``path``, by name (read into memory; no pickle)."""
    with np.load(path, allow_pickle=False) as saved:
        return {name: saved[name] for name in saved.files}
