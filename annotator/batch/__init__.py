"""Batch work over many documents in worker processes (``--workers``): the pool and what a worker
does with one document.

It sits between the operations layer (``annotator.project``, the one writer) and the layers the
workers read with (``ingest``, ``storage``), and imports neither ``annotator.project`` nor Qt, so
that a worker process starts by importing only what it needs.
"""
