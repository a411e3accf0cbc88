"""Convert between Python string offsets (code points, what we store) and Qt's (UTF-16 units).

Qt text cursors count UTF-16 code units, so a character outside the Basic Multilingual Plane (an
emoji, some symbols) counts twice there and once in Python. Turkish letters are all in the BMP,
but pasted text is not, so every span crossing the Qt boundary goes through these two functions.
"""

from __future__ import annotations


def to_qt(text: str, index: int) -> int:
    """The UTF-16 offset of Python index ``index`` in ``text``."""
    return index + sum(1 for char in text[:index] if ord(char) > 0xFFFF)


def from_qt(text: str, position: int) -> int:
    """The Python index of UTF-16 offset ``position`` in ``text``."""
    units = 0
    for index, char in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)
