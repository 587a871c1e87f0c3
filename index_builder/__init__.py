"""The offline index builder: knowledge base -> chunks -> embeddings -> FAISS bundle -> storage.

One module per stage: :mod:`load`, :mod:`chunk`, :mod:`embed`, :mod:`build`, :mod:`publish`;
:mod:`cli` is the command line (``python -m index_builder --help``).
"""
