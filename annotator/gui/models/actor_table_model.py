"""Table model of the actor registry: id, name, country, sector, aliases, how often used."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from annotator.core.annotations import Actor
from annotator.gui.models import ModelIndex
from annotator.gui.models.folded_filter import SEARCH_ROLE

COL_NAME = 0
COL_ID = 1
COL_COUNTRY = 2
COL_SECTOR = 3
COL_ALIASES = 4
COL_USED = 5
COLUMN_COUNT = 6


class ActorTableModel(QAbstractTableModel):
    """One row per actor; ``usage`` maps actor ids to (mentions, events)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actors: list[Actor] = []
        self._usage: dict[str, tuple[int, int]] = {}

    def set_rows(self, actors: list[Actor], usage: dict[str, tuple[int, int]]) -> None:
        """Show the registry (after a merge, delete or import)."""
        self.beginResetModel()
        self._actors = list(actors)
        self._usage = dict(usage)
        self.endResetModel()

    def actor(self, row: int) -> Actor:
        """The actor in ``row``."""
        return self._actors[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._actors)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Name"), self.tr("Id"), self.tr("Country"), self.tr("Sector"),
                self.tr("Aliases (Turkish | English)"), self.tr("Used")][section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._actors):
            return None
        actor = self._actors[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(actor, index.column())
        if role == SEARCH_ROLE:
            return " ".join([actor.id, actor.name, *actor.aliases_tr, *actor.aliases_en])
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL_USED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, actor: Actor, column: int) -> str:
        if column == COL_NAME:
            return actor.name
        if column == COL_ID:
            return actor.id
        if column == COL_COUNTRY:
            return actor.country or ""
        if column == COL_SECTOR:
            return actor.sector or ""
        if column == COL_ALIASES:
            return f"{', '.join(actor.aliases_tr)} | {', '.join(actor.aliases_en)}"
        mentions, events = self._usage.get(actor.id, (0, 0))
        return self.tr("%1 mentions, %2 events").replace("%1", str(mentions)).replace(
            "%2", str(events)) if mentions or events else ""
