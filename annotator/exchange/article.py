"""Export one document's English as a readable article: .docx, .md, .html or .txt.

The layout is made once (:func:`annotator.exchange.article_model.build_article`) and written by
the writer of the format. The file is written as ``OUT.part`` and renamed when complete, like the
dataset exports (:mod:`annotator.exchange.output`). ``ARTICLE_FORMATS`` is read by the command
line's ``export --format`` choices (it lives in :mod:`annotator.exchange.options`); writers are
imported only when one is needed (python-docx is not light).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from annotator.exchange.article_model import Article, ArticleReport, build_article
from annotator.exchange.errors import ExportOptionsError
from annotator.exchange.options import ARTICLE_FORMATS
from annotator.exchange.output import atomic_binary_output, atomic_output, check_output_path
from annotator.storage.documents import resolve_document
from annotator.storage.errors import AmbiguousDocumentError, DocumentNotFoundError

__all__ = ["ARTICLE_FORMATS", "ArticleReport", "article_format_for", "export_article"]


def article_format_for(path: Path) -> str | None:
    """The article format a file name asks for by its suffix (``.markdown``, ``.htm`` too)."""
    suffix = path.suffix.lower().lstrip(".")
    return {"markdown": "md", "htm": "html", "text": "txt"}.get(suffix, suffix) \
        if suffix in (*ARTICLE_FORMATS, "markdown", "htm", "text") else None


def export_article(db: Database, doc_ref: str, fmt: str, out_path: Path) -> ArticleReport:
    """Write document ``doc_ref`` (id, id prefix or title) as an article in ``fmt``.

    Call inside a snapshot. Raises ExportOptionsError for an unknown format or document or a bad
    output path, before anything is written.
    """
    if fmt not in ARTICLE_FORMATS:
        raise ExportOptionsError("unknown_article_format", name=fmt,
                                 known=", ".join(ARTICLE_FORMATS))
    try:
        doc_id = resolve_document(db, doc_ref).id
    except DocumentNotFoundError:
        raise ExportOptionsError("document_not_found", ref=doc_ref) from None
    except AmbiguousDocumentError as error:
        raise ExportOptionsError("document_ambiguous", ref=doc_ref,
                                 ids=error.params.get("ids", "")) from None
    check_output_path(out_path)
    article, report = build_article(db, doc_id)
    report.format, report.path = fmt, out_path
    if fmt == "docx":
        from annotator.exchange.article_docx import write_docx

        with atomic_binary_output(out_path) as handle:
            write_docx(article, handle)
    else:
        with atomic_output(out_path) as text_handle:
            text_handle.write(_text_writer(fmt)(article))
    return report


def _text_writer(fmt: str) -> Callable[[Article], str]:
    from annotator.exchange import article_text

    writers: dict[str, Callable[[Article], str]] = {
        "md": article_text.markdown, "html": article_text.html, "txt": article_text.plain_text}
    return writers[fmt]
