"""Qt item models: thin adapters over lists of core dataclasses."""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

# What Qt passes to model and delegate methods as an index.
ModelIndex = QModelIndex | QPersistentModelIndex
