"""Reading XML input (TMX, XLIFF) safely and in a stream, with line numbers for every fault.

Files are parsed with defusedxml's SAX parser: DTDs, entity declarations and external references
are refused (no billion laughs, no file or network access), the file is read element by element
in constant memory, and handlers know the line they are on so a bad element can be named. TBX
files name an external DTD in a ``<!DOCTYPE>`` as a matter of course: ``allow_doctype`` accepts
that declaration without ever reading the DTD, while entity declarations stay refused.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO
from xml.sax import SAXParseException
from xml.sax.handler import ContentHandler, feature_external_ges
from xml.sax.xmlreader import AttributesImpl, Locator

import defusedxml.sax
from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden

from annotator.exchange.errors import ImportFileError


class LocatedHandler(ContentHandler):
    """A SAX content handler that knows the file it reads and the line it is on."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._locator: Locator | None = None

    def setDocumentLocator(self, locator: Locator) -> None:  # noqa: N802 (SAX API name)
        """Remember the parser's locator (called by the parser before anything else)."""
        self._locator = locator

    @property
    def line(self) -> int | None:
        """The line the parser is on."""
        return self._locator.getLineNumber() if self._locator is not None else None

    def skippedEntity(self, name: str) -> None:  # noqa: N802 (SAX API name)
        """Refuse a reference to an entity the parser did not read (one an unread DTD would
        define): its text would silently go missing."""
        raise EntitiesForbidden(name, None, None, None, None, None)

    def fail(self, kind: str, **params: Any) -> ImportFileError:
        """An error of ``kind`` about the element at the current line, to raise."""
        return ImportFileError(kind, path=self.path, line=self.line, **params)


def attribute(attrs: AttributesImpl, *names: str) -> str | None:
    """The first of ``names`` present in ``attrs`` (e.g. ``xml:lang`` then ``lang``)."""
    for name in names:
        value = attrs.get(name)
        if value is not None:
            return str(value)
    return None


def _parse_with_doctype(stream: BinaryIO, handler: LocatedHandler) -> None:
    # No entity may be declared, so the only external reference left is the DTD itself, which
    # expat skips while external entities are off; an entity it would have defined is refused.
    parser = defusedxml.sax.make_parser()
    parser.setFeature(feature_external_ges, False)
    parser.setContentHandler(handler)
    parser.forbid_dtd, parser.forbid_entities, parser.forbid_external = False, True, False
    parser.parse(stream)


def parse_xml(path: Path, handler: LocatedHandler, *, allow_doctype: bool = False) -> None:
    """Stream ``path`` through ``handler``; any fault becomes an ImportFileError with its line.
    ``allow_doctype`` accepts a ``<!DOCTYPE>`` (its DTD is never read)."""
    try:
        with path.open("rb") as stream:
            if allow_doctype:
                _parse_with_doctype(stream, handler)
            else:
                defusedxml.sax.parse(stream, handler, forbid_dtd=True, forbid_entities=True,
                                     forbid_external=True)
    except SAXParseException as error:
        raise ImportFileError("xml_malformed", path=path, line=error.getLineNumber(),
                              detail=error.getMessage()) from None
    except DTDForbidden:
        raise ImportFileError("xml_dtd", path=path, line=handler.line) from None
    except (EntitiesForbidden, ExternalReferenceForbidden):
        raise ImportFileError("xml_entities", path=path, line=handler.line) from None
