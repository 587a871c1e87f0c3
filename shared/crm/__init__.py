"""The sales side: deals and their pipeline, notes, analytics and support tickets.

Pure logic (``stages``, ``analytics_pipelines``, ``support``) lives apart from the MongoDB
repositories (``deals``, ``tickets``, ``analytics``); ``routes`` binds them to the crm function.
"""
