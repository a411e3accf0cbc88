"""Reading XML input (TMX, XLIFF) safely and in a stream, with line numbers for every fault.

Files are parsed with defusedxml's SAX parser: DTDs, entity declarations and external references
are refused (no billion laughs, no file or network access), the file is read element by element
in constant memory, and handlers know the line they are on so a bad element can be named.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax import SAXParseException
from xml.sax.handler import ContentHandler
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


def parse_xml(path: Path, handler: LocatedHandler) -> None:
    """Stream ``path`` through ``handler``; any fault becomes an ImportFileError with its line."""
    try:
        with path.open("rb") as stream:
            defusedxml.sax.parse(stream, handler, forbid_dtd=True, forbid_entities=True,
                                 forbid_external=True)
    except SAXParseException as error:
        raise ImportFileError("xml_malformed", path=path, line=error.getLineNumber(),
                              detail=error.getMessage()) from None
    except DTDForbidden:
        raise ImportFileError("xml_dtd", path=path, line=handler.line) from None
    except (EntitiesForbidden, ExternalReferenceForbidden):
        raise ImportFileError("xml_entities", path=path, line=handler.line) from None
