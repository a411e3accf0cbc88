"""Pure domain layer: dataclasses and text utilities with no Qt, no I/O and no network."""
