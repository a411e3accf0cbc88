"""File readers that turn commentaries in various formats into core ``ParsedDocument`` objects."""
