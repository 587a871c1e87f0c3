"""The sales side: deals and their pipeline, notes, analytics and support tickets.

Pure logic (``stages``, ``analytics_pipelines``, ``rollup_counts``, ``support``) lives apart
from the MongoDB repositories (``deals``, ``tickets``, ``rollups``); ``analytics`` reads the
daily counters, ``analytics_scratch`` the collections; ``routes`` binds them to the crm
function.
"""
