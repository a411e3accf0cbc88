"""Seeding the actor registry: every country and the usual international organisations.

Countries come from pycountry with their Turkish names (its iso3166-1 gettext catalogue) and the
curated aliases of ``resources/actors/country_aliases.toml`` (ABD, AB, BM ...); organisations from
``resources/actors/organisations.toml``. A project is seeded once, on first use
(:func:`ensure_default_actors`); a seeded actor the user deleted does not come back.
"""

from __future__ import annotations

import gettext
import tomllib
from dataclasses import replace
from typing import Any

import pycountry
from sqlite_utils import Database

from annotator.core.annotations import Actor
from annotator.core.models import Provenance
from annotator.paths import resource_path
from annotator.storage.actors import add_actor, aliases_without, clean_actor
from annotator.storage.documents import now_iso


def _resource_toml(name: str) -> dict[str, Any]:
    with resource_path("actors", name).open("rb") as handle:
        return tomllib.load(handle)


def _country_actors() -> list[Actor]:
    turkish = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["tr"],
                                  fallback=True)
    curated = _resource_toml("country_aliases.toml")
    actors = []
    for country in pycountry.countries:
        extra = curated.get(country.alpha_3, {})
        english = [n for n in (getattr(country, "common_name", None), country.name,
                               getattr(country, "official_name", None)) if n]
        plain = [n for n in english if "," not in n and "(" not in n]
        name = extra.get("name") or (plain or english)[0]
        translated = [turkish.gettext(n) for n in english]
        actors.append(Actor(
            id=country.alpha_3, name=name, country=country.alpha_3,
            aliases_tr=aliases_without((*extra.get("tr", []),
                                 *(n for n in translated if "," not in n and "(" not in n)),
                                name),
            aliases_en=aliases_without((*plain, *extra.get("en", [])), name),
            provenance=Provenance.IMPORTED))
    return actors


def default_actors() -> list[Actor]:
    """The seed registry: every ISO 3166-1 country, then the bundled organisations."""
    organisations = [
        Actor(id=actor_id, name=entry["name"], country=entry.get("country"),
              sector=entry.get("sector"), cameo=entry.get("cameo"),
              aliases_tr=tuple(entry.get("tr", [])), aliases_en=tuple(entry.get("en", [])),
              provenance=Provenance.IMPORTED)
        for actor_id, entry in _resource_toml("organisations.toml").items()]
    return [clean_actor(actor) for actor in (*_country_actors(), *organisations)]


def seed_default_actors(db: Database, who: str | None = None) -> int:
    """Add the default actors that are not in the registry yet; returns how many were added."""
    stamp = now_iso()
    added = 0
    with db.atomic():
        existing = {row["id"] for row in db.query("SELECT id FROM actors")}
        for actor in default_actors():
            if actor.id not in existing:
                add_actor(db, replace(actor, annotator=who, created=stamp))
                added += 1
    return added


SEEDED_KEY = "actors_seeded"


def ensure_default_actors(db: Database) -> int:
    """Seed the registry with countries and organisations once per project; later calls are free.

    Deleting a seeded actor afterwards is respected: the seed does not run a second time.
    """
    if db.execute("SELECT 1 FROM settings WHERE key = ?", [SEEDED_KEY]).fetchone():
        return 0
    with db.atomic():
        added = seed_default_actors(db)
        db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, 'true')", [SEEDED_KEY])
    return added
