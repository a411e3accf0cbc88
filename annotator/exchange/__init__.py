"""Exporters and importers of project data (JSONL, PLOVER, TMX, XLIFF, CSV, ...)."""
