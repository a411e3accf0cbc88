"""Shards split documents stably, without overlap, and evenly enough."""

from __future__ import annotations

import hashlib

import pytest

from annotator.core.sharding import Shard


def _ids(count: int) -> list[str]:
    return [hashlib.sha256(str(n).encode()).hexdigest()[:12] for n in range(count)]


def test_shards_partition_the_documents() -> None:
    ids = _ids(1000)
    shards = [Shard(k, 4).select(ids) for k in range(1, 5)]
    assert sorted(i for shard in shards for i in shard) == sorted(ids)
    assert all(200 <= len(shard) <= 300 for shard in shards)  # about a quarter each


def test_membership_depends_on_the_id_alone() -> None:
    ids = _ids(200)
    first = Shard(2, 3).select(ids)
    assert Shard(2, 3).select(list(reversed(ids))) == list(reversed(first))
    assert Shard(2, 3).select(ids[:50]) == [i for i in first if i in ids[:50]]
    # A fixed id keeps its shard across runs and machines (the value is pinned here).
    assert [Shard(k, 4).holds("fbde54b755dc") for k in range(1, 5)] == [False, False, False, True]
    assert Shard(1, 1).select(ids) == ids


@pytest.mark.parametrize("text", ["0/4", "5/4", "1/0", "a/b", "1-4", "", "1/4/2"])
def test_bad_specs_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        Shard.parse(text)


def test_parse_reads_k_of_n() -> None:
    assert Shard.parse(" 3/8 ") == Shard(3, 8)
    assert str(Shard.parse("3/8")) == "3/8"
