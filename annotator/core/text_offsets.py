"""Offsets between Python strings (code points, what we store) and UTF-16 code units.

Qt text cursors and JavaScript tools (Label Studio) count UTF-16 units, so a character outside the
Basic Multilingual Plane (an emoji, some symbols) counts twice there and once in Python. Every span
crossing such a boundary goes through these two functions.
"""

from __future__ import annotations


def to_utf16(text: str, index: int) -> int:
    """The UTF-16 offset of Python index ``index`` in ``text``."""
    return index + sum(1 for char in text[:index] if ord(char) > 0xFFFF)


def from_utf16(text: str, offset: int) -> int:
    """The Python index of UTF-16 offset ``offset`` in ``text``."""
    units = 0
    for index, char in enumerate(text):
        if units >= offset:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)
