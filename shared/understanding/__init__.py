"""The reader: the one place that turns a visitor's words into typed observations."""
