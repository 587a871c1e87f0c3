"""Errors of the retrieval stack, part of the :mod:`shared.errors` tree.

AppError
└── BundleError (503)        a bundle cannot be used
    ├── BundleNotFound       no ``current`` pointer, or a file of the bundle is missing
    └── BundleCorrupt        a sha256 mismatch, an unreadable manifest or index
AppError
└── IndexBuildError (500)    the index builder refuses its input (empty source, ...)
"""

from __future__ import annotations

from shared.errors import AppError


class BundleError(AppError):
    """The search bundle cannot be used; the chat works without retrieval until it can."""

    status = 503
    code = "index_unavailable"
    default_message = "The knowledge base is unavailable right now."


class BundleNotFound(BundleError):
    """No published bundle, or a file the manifest names is missing."""


class BundleCorrupt(BundleError):
    """A file does not match the sha256 its manifest records, or cannot be parsed."""


class IndexBuildError(AppError):
    """The index builder refuses to build from its input."""

    code = "index_build_failed"
    default_message = "The index could not be built."
