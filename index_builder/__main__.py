"""``python -m index_builder``."""

from index_builder.cli import main

raise SystemExit(main())
