"""Character encoding detection for the bytes of a text file: ingest's documents and exchange's
glossaries (CSV/TSV) read their text through :func:`decode_bytes`. Pure: no I/O.

Order, most certain first: a byte order mark (UTF-8, UTF-16 LE/BE, UTF-32); UTF-16 without a BOM
recognised by its pattern of NUL bytes; any other NUL byte means binary; strict UTF-8; then the
Turkish single-byte code pages. ``cp1254`` (Windows Turkish) and ``ISO-8859-9`` (Latin-5) agree on
every byte except 0x80–0x9F, where cp1254 has printable punctuation (“ ” – …) and Latin-5 has
unused control codes, so decoding with cp1254 gives the same text for both. charset-normalizer is
consulted only when the cp1254 reading does not look Turkish, because on short Turkish text it
often guesses a Western or Central European code page; among its candidates a Western family one
still decodes as cp1254. A file that is mostly valid UTF-8 with a few bad bytes is refused
(``invalid_bytes``) rather than read as cp1254 mojibake.

A file whose lines are in two encodings (UTF-8 text pasted into a cp1254 file) is refused
(``mixed_encoding``, naming a line of each) rather than decoded line by line: a per-line guess
is only a guess, and the source text never changes after import, so the person re-saves the file
in one encoding (UTF-8) instead. And when the cp1254 reading is plausible Turkish or Western
prose (its non-ASCII letters are all Turkish, French, German or Spanish ones), it is taken
without asking charset-normalizer, which on short text guesses code pages such as big5,
johab or mac_latin2.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from annotator.core.markdown_text import is_mostly_printable


class UndecodableTextError(Exception):
    """The bytes are not text this module can read. ``kind``: ``binary``, ``invalid_bytes``
    (``encoding``, ``offset`` of the first bad byte), ``mixed_encoding`` (``utf8_line``,
    ``other_line``) or ``unknown_encoding``; each caller turns it into its own error."""

    def __init__(self, kind: str, **params: object) -> None:
        super().__init__(kind)
        self.kind = kind
        self.params = params

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                            rb"|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_C1_RANGE = re.compile(rb"[\x80-\x9f]")
_CONTROL_BYTE = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_TURKISH_ONLY = frozenset("ğĞıİşŞ")  # letters Latin-1/cp1252 lack; cp1254 puts them at 0xD0-0xFE
# Non-ASCII letters of Turkish and of the Western languages quoted in it (names, loanwords).
_PROSE_LETTERS = frozenset("çÇğĞıİöÖşŞüÜâÂîÎûÛ" "éÉèÈêÊëËàÀáÁäÄïÏíÍóÓôÔúÚùÙñÑß")
# charset-normalizer names whose text equals the cp1254 reading for Turkish and Western prose.
_WESTERN = frozenset({"cp1254", "iso8859_9", "cp1252", "latin_1", "iso8859_15", "ascii"})


def _strict(data: bytes, codec: str, encoding: str, shift: int = 0) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise UndecodableTextError("invalid_bytes", encoding=encoding,
                                   offset=exc.start + shift) from None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when NULs sit in every other byte, as in mostly-Latin UTF-16."""
    sample = data[:8192]
    if len(sample) < 4 or len(data) % 2:
        return None
    half = len(sample) // 2
    even = sample[0::2].count(0) / half
    odd = sample[1::2].count(0) / half
    if odd >= 0.3 and even <= 0.02:
        return "utf-16-le"
    if even >= 0.3 and odd <= 0.02:
        return "utf-16-be"
    return None


def _looks_turkish(text: str) -> bool:
    """True when a cp1254 reading is plausible Turkish: few non-ASCII letters, many ğ ı ş İ Ş Ğ."""
    letters = [ch for ch in text if ch.isalpha()]
    foreign = [ch for ch in letters if ord(ch) > 127]
    if not foreign:
        return False
    specific = sum(1 for ch in foreign if ch in _TURKISH_ONLY)
    # Cyrillic or Greek read as cp1254 is nearly all non-ASCII, with few of these six letters;
    # a short Turkish word ("ığış") may be all non-ASCII, but then mostly these six.
    few_foreign = len(foreign) <= 0.35 * len(letters)
    return specific >= 0.2 * len(foreign) and (few_foreign or specific >= 0.5 * len(foreign))


def _line_kind(line: bytes) -> str:
    """``utf-8`` for a line of UTF-8 Latin text (it decodes, and every non-ASCII character is a
    Latin letter, a Latin-1 sign or general punctuation), ``other`` for one that is not UTF-8,
    ``""`` for ASCII or UTF-8 in another script. Turkish in cp1254 is never ``utf-8``: its
    letters are not UTF-8 lead bytes followed by the continuation bytes that would need, or
    decode to other scripts."""
    if not _HIGH_BYTE.search(line):
        return ""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        return "other"
    latin = all(ord(ch) < 0x180 or 0x2000 <= ord(ch) < 0x2070 for ch in text)
    return "utf-8" if latin else ""


def _mixed_lines(data: bytes) -> tuple[int, int] | None:
    """``(UTF-8 line, other line)`` (1-based) when the file mixes UTF-8 lines with lines in a
    single-byte code page (a cp1254 file into which UTF-8 text was pasted); None otherwise."""
    first: dict[str, int] = {}
    for number, line in enumerate(data.split(b"\n"), 1):
        first.setdefault(_line_kind(line), number)
        if "utf-8" in first and "other" in first:
            return first["utf-8"], first["other"]
    return None


def _plausible_single_byte(text: str) -> bool:
    """Whether a cp1254 reading is Turkish or Western prose: every non-ASCII letter is one that
    Turkish, French, German or Spanish text uses. Cyrillic, Greek or Central European text read
    as cp1254 soon shows others (å ò ã õ ø œ ...)."""
    return all(ch in _PROSE_LETTERS for ch in text if ord(ch) > 127 and ch.isalpha())


def _single_byte(data: bytes) -> tuple[str, str]:
    """Decode bytes that are neither UTF-8 nor UTF-16: refuse a file that mixes UTF-8 lines
    with other lines, then prefer the Turkish code pages whenever their reading is plausible;
    charset-normalizer judges only what they cannot read."""
    if (mixed := _mixed_lines(data)) is not None:
        raise UndecodableTextError("mixed_encoding", utf8_line=mixed[0], other_line=mixed[1])
    high = len(_HIGH_BYTE.findall(data))
    utf8_bytes = sum(len(seq) for seq in _UTF8_SEQUENCE.findall(data))
    if utf8_bytes >= 0.5 * high:
        bad = _strict(data, "utf-8", "UTF-8")  # raises at the first invalid byte
        return bad, "utf-8"
    label = "cp1254" if _C1_RANGE.search(data) else "iso-8859-9"
    try:
        text = data.decode("cp1254")
    except UnicodeDecodeError:
        text = ""
    if text and (_looks_turkish(text) or _plausible_single_byte(text)):
        return text, label
    results = charset_normalizer.from_bytes(data)
    for match in results:
        if match.encoding in _WESTERN and text:
            return text, label
    best = results.best()
    if best is None:
        raise UndecodableTextError("unknown_encoding")
    return str(best), best.encoding


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode the bytes of a text file: ``(text, encoding name)``; raises
    :class:`UndecodableTextError`: ``binary`` for NUL bytes (outside UTF-16) or many control
    bytes, ``invalid_bytes`` in a recognised encoding, ``mixed_encoding``, ``unknown_encoding``.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom):], codec, codec.upper(), shift=len(bom))
            encoding = codec
            break
    else:
        if (codec16 := _utf16_without_bom(data)) is not None:
            text, encoding = _strict(data, codec16, "UTF-16"), codec16
        elif b"\x00" in data or len(_CONTROL_BYTE.findall(data[:65536])) > 0.01 * min(
                len(data), 65536):
            raise UndecodableTextError("binary")
        else:
            try:
                text, encoding = data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                text, encoding = _single_byte(data)
    if not is_mostly_printable(text):
        raise UndecodableTextError("binary")
    return text, encoding
