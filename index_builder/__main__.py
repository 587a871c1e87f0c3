"""``python -m index_builder``."""

import os

# The builder's matrices are small: BLAS threads only contend with the embedding model's.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from index_builder.cli import main

raise SystemExit(main())
