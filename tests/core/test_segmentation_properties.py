"""Property test: splitting never loses, duplicates or reorders characters, whatever the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.segmentation import split_sentences

# Text built from the pieces that drive the splitter: Turkish words, abbreviations, numbers,
# terminators, quotes, brackets, footnote markers, URLs and every kind of whitespace.
PIECES = st.sampled_from([
    "Kasım'da", "İlham", "ışık", "Prof.", "Dr.", "T.C.", "No:", "vb.", "3.", "13.12.2023", "2023.",
    "1,5", ".", "!", "?", "...", "…", "?!", '"', "“", "”", "(", ")", "[1]", "[12]", "A.",
    "https://avim.org.tr/a.html", "info@avim.org.tr", "ABD'nin", "dedi", "Bu", "a", " ", "  ",
    "\n", "\n\n", "\t", "\u00a0", "-", "•",
])
TEXTS = st.one_of(st.lists(PIECES, max_size=60).map("".join), st.text(max_size=300))


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_spans_cover_every_character_in_order(text: str) -> None:
    spans = split_sentences(text)
    position = 0
    for start, end in spans:
        assert position <= start < end <= len(text)
        assert text[position:start].strip() == ""  # only whitespace between sentences
        segment = text[start:end]
        assert segment == segment.strip() and segment
        position = end
    assert text[position:].strip() == ""
    kept = "".join("".join(text[start:end].split()) for start, end in spans)
    assert kept == "".join(text.split())  # every visible character, once, in order
