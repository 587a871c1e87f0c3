"""Entity parsers: each returns a value as the visitor typed it (or a typed value) or None."""
