"""Qt item models: thin adapters over lists of core dataclasses."""
