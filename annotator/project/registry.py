"""Operations on the actor registry: add, merge, delete, and CSV import and export."""

from __future__ import annotations

from pathlib import Path

from annotator.core.annotations import Actor
from annotator.exchange.actors_csv import ImportReport as ActorImportReport
from annotator.exchange.actors_csv import export_actors_csv, import_actors_csv
from annotator.project.base import ProjectBase
from annotator.project.changes import Changes
from annotator.project.jobs import Outcome
from annotator.storage.actors import add_actor, delete_actor, merge_actors


class RegistryOps(ProjectBase):
    """Actor registry changes; each is one transaction and reports ``actors=True``."""

    def add_actor(self, actor: Actor) -> Outcome[Actor]:
        """Store a new actor (ActorExistsError / InvalidActorError change nothing)."""
        return Outcome(add_actor(self.db, actor), Changes(actors=True))

    def merge_actors(self, keep_id: str, drop_id: str) -> Outcome[Actor]:
        """Fold ``drop_id`` into ``keep_id``: mentions and event roles move, names become
        aliases; returns the kept actor."""
        sentences = [row["sentence_id"] for row in self.db.query(
            "SELECT sentence_id FROM mentions WHERE actor_id = ? UNION "
            "SELECT e.sentence_id FROM events e JOIN event_participants p ON p.event_id = e.id "
            "WHERE p.actor_id = ?", [drop_id, drop_id])]
        kept = merge_actors(self.db, keep_id, drop_id, self.who)
        return Outcome(kept, Changes.of(actors=True, annotations=sentences))

    def delete_actor(self, actor_id: str) -> Outcome[Actor]:
        """Remove an unused actor (ActorInUseError when mentions or events link to it)."""
        return Outcome(delete_actor(self.db, actor_id, self.who), Changes(actors=True))

    def import_actors(self, path: Path) -> Outcome[ActorImportReport]:
        """Add or update actors from a CSV file in one transaction."""
        return Outcome(import_actors_csv(self.db, path, self.who), Changes(actors=True))

    def export_actors(self, path: Path) -> int:
        """Write the registry to a CSV file; returns how many actors."""
        with self.snapshot() as db:
            return export_actors_csv(db, path)
