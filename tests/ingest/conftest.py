"""Fixtures for the importer tests (built by ``ingest_helpers``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_helpers import DATA, SEED, make_docx, make_html

from annotator.core.models import ParsedDocument
from annotator.ingest.readers import read_document


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_doc() -> ParsedDocument:
    """The seed read from its .txt file: the reference every other format is compared with."""
    return read_document(SEED)


@pytest.fixture(scope="session")
def seed_docx() -> bytes:
    return make_docx()


@pytest.fixture(scope="session")
def seed_html() -> str:
    return make_html()


@pytest.fixture(scope="session")
def seed_pdf() -> Path:
    return DATA / "seed.pdf"
