"""Exporters and importers of project data (JSONL, PLOVER, TMX, XLIFF, CSV, ...).

Entry points: :func:`annotator.exchange.export.export` (every format, streaming, atomic, with
progress and cancel, for the CLI and the GUI's worker) and
:func:`annotator.exchange.importer.import_annotations` (our JSONL, doccano, Label Studio, TMX,
XLIFF; one transaction per file). ``docs/exchange.md`` and ``docs/dataset.md`` describe them.
"""
