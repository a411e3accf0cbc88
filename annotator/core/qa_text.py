"""QA checks on the form of a translation: footnote markers, end punctuation, an untranslated
copy, spaces, brackets and quotation marks.

Each function takes the Turkish source and the English target of one sentence and returns the
:class:`~annotator.core.qa_types.QaIssue` list of its check. Decisions worth knowing:

- ``end_punctuation`` looks past closing quotes and brackets, footnote markers and Markdown
  emphasis (``dedi.”[1]``), and takes ``...`` for ``…``.
- ``untranslated`` fires only when the source has real words: two words, one of them lower-case
  (a sentence, not a name such as ``Antony Blinken``), or four words of any case (a heading).
- ``brackets`` and ``quotes`` report the target only when the same marks balance in the source, so
  a quotation that runs over several sentences is not reported in each of them. A right single
  quotation mark between letters (``Turkey’s``, ``Kasım’da``) is an apostrophe; a closing ``’``
  after an ``s`` may be one too (``the States’ policy``), so ``‘ ’`` are unbalanced only when an
  opening mark lacks its closing one. Straight single quotes are not checked at all.
"""

from __future__ import annotations

import re
from collections import Counter

from annotator.core.qa_types import QaIssue, make_issue
from annotator.core.turkish import turkish_lower

_URL = re.compile(r"(?:https?://|www\.)[^\s<>()\"”]+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
FOOTNOTE = re.compile(r"\[([0-9]{1,4})\]")
_CLOSERS = " \t\n\u00a0”\"’'»)}*_"
_END_MARK = re.compile(r"(?:\.\.\.|[.?!:;…])$")
_REAL_WORD = re.compile(r"[^\W\d_]{2,}")
_DOUBLE_SPACE = re.compile(r"(?<=\S)[ \t\u00a0]{2,}(?=\S)")
_SPACE_BEFORE = re.compile(r"(?<=\S)[ \t\u00a0]+([,.;:?!)\]])")
_APOSTROPHE = re.compile(r"(?<=\w)’(?=\w)")
_BRACKETS = (("(", ")"), ("[", "]"))


def link_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` has URLs and e-mail addresses (their digits and words are no content)."""
    spans = [m.span() for m in _URL.finditer(text)] if "/" in text or "www" in text else []
    if "@" in text:
        spans += [m.span() for m in _EMAIL.finditer(text)]
    return spans


def footnotes(source: str, target: str) -> list[QaIssue]:
    """Footnote markers ``[n]`` of the source missing from the target, extra, or reordered."""
    wanted = [(m[1], m.start(), m.end()) for m in FOOTNOTE.finditer(source)]
    present = [(m[1], m.start(), m.end()) for m in FOOTNOTE.finditer(target)]
    if not wanted and not present:
        return []
    wanted_numbers = [number for number, _start, _end in wanted]
    present_numbers = [number for number, _start, _end in present]
    issues: list[QaIssue] = []
    missing = Counter(wanted_numbers) - Counter(present_numbers)
    for number, start, end in wanted:
        if missing.pop(number, 0):
            issues.append(make_issue("footnotes", "footnote_missing", f"missing:{number}",
                                     {"marker": f"[{number}]"}, "source", start, end))
    extra = Counter(present_numbers) - Counter(wanted_numbers)
    for number, start, end in reversed(present):  # the later copy of a repeated marker is extra
        if extra.pop(number, 0):
            issues.append(make_issue("footnotes", "footnote_extra", f"extra:{number}",
                                     {"marker": f"[{number}]"}, "target", start, end))
    if not issues and wanted_numbers != present_numbers:
        order_source = " ".join(f"[{n}]" for n in wanted_numbers)
        order_target = " ".join(f"[{n}]" for n in present_numbers)
        issues.append(make_issue("footnotes", "footnote_order", f"order:{order_target}",
                                 {"source": order_source, "target": order_target}))
    return sorted(issues, key=lambda issue: (issue.side or "", issue.start or 0))


def _end_class(text: str) -> str:
    """The end mark of ``text`` ('' for none), past closing quotes, brackets and markers."""
    stripped = text.rstrip(_CLOSERS)
    while stripped.endswith("]"):  # a footnote marker or a closing bracket
        opening = stripped.rfind("[")
        inner = stripped[opening + 1:-1]
        cut = opening if opening >= 0 and inner.isdigit() and len(inner) <= 4 else -1
        stripped = stripped[:cut].rstrip(_CLOSERS)
    match = _END_MARK.search(stripped, max(len(stripped) - 3, 0))
    if match is None:
        return ""
    return "…" if match.group() == "..." else match.group()


def end_punctuation(source: str, target: str) -> list[QaIssue]:
    """The target ends in another class of mark than the source (or one has none)."""
    want, have = _end_class(source), _end_class(target)
    if want == have:
        return []
    params = {"source": want, "target": have}
    if not have:
        message = "end_punctuation_missing"
    elif not want:
        message = "end_punctuation_extra"
    else:
        message = "end_punctuation_different"
    return [make_issue("end_punctuation", message, f"{want}>{have}", params)]


def has_real_words(text: str) -> bool:
    """True for text with words to translate, not a name, number, link or code alone."""
    for start, end in reversed(link_spans(text)):
        text = text[:start] + text[end:]
    words = _REAL_WORD.findall(text)
    if len(words) >= 4:
        return True
    return len(words) >= 2 and any(word[0].islower() for word in words)


def untranslated(source: str, target: str) -> list[QaIssue]:
    """The target repeats the source (ignoring case and spacing)."""
    source, target = " ".join(source.split()), " ".join(target.split())
    if len(source) != len(target) or turkish_lower(source) != turkish_lower(target):
        return []
    if not has_real_words(source):
        return []
    return [make_issue("untranslated", "untranslated", "same")]


def spaces(target: str) -> list[QaIssue]:
    """Double spaces, and a space before a comma, stop, colon, question mark or closing bracket."""
    issues: list[QaIssue] = []
    double = _DOUBLE_SPACE.search(target)
    if double is not None:
        issues.append(make_issue("spaces", "double_space", "double", {}, "target",
                                 double.start(), double.end()))
    reported: set[str] = set()
    for match in _SPACE_BEFORE.finditer(target):
        mark = match[1]
        if mark in reported or _allowed_space(target, match):
            continue
        reported.add(mark)
        issues.append(make_issue("spaces", "space_before", f"before:{mark}", {"mark": mark},
                                 "target", match.start(), match.end()))
    return issues


def _allowed_space(text: str, match: re.Match[str]) -> bool:
    """An ellipsis (`` ...``), a decimal (`` .5``) or an empty placeholder (``[ ]``)."""
    after = text[match.end():match.end() + 2]
    if match[1] == "." and (after.startswith(".") or after[:1].isdigit()):
        return True
    before = text[match.start() - 1]
    return (before, match[1]) in (("(", ")"), ("[", "]"))


def _first_unbalanced(text: str, opening: str, closing: str) -> int | None:
    """Where ``opening``/``closing`` stop balancing in ``text``; ``None`` when they balance."""
    depth = 0
    last_open: list[int] = []
    for index, char in enumerate(text):
        if char == opening:
            depth += 1
            last_open.append(index)
        elif char == closing:
            if depth == 0:
                return index
            depth -= 1
            last_open.pop()
    return last_open[0] if last_open else None


def brackets(source: str, target: str) -> list[QaIssue]:
    """Round or square brackets unbalanced in the target but balanced in the source."""
    issues: list[QaIssue] = []
    for opening, closing in _BRACKETS:
        if opening not in target and closing not in target:
            continue
        where = _first_unbalanced(target, opening, closing)
        if where is None or _first_unbalanced(source, opening, closing) is not None:
            continue
        pair = opening + closing
        issues.append(make_issue("brackets", "brackets", pair, {"mark": pair}, "target",
                                 where, where + 1))
    return issues


def _quote_problems(text: str) -> set[str]:
    """The quotation-mark pairs that do not balance in ``text``."""
    problems: set[str] = set()
    if text.count('"') % 2:
        problems.add('"')
    if text.count("“") != text.count("”"):
        problems.add("“”")
    if text.count("«") != text.count("»"):
        problems.add("«»")
    opening = text.count("‘")
    if opening and opening > text.count("’") - len(_APOSTROPHE.findall(text)):
        problems.add("‘’")
    return problems


def quotes(source: str, target: str) -> list[QaIssue]:
    """Quotation marks unbalanced in the target while the source's balance."""
    if not any(mark in target for mark in '"“”«»‘'):
        return []
    problems = _quote_problems(target)
    if not problems or _quote_problems(source):
        return []
    return [make_issue("quotes", "quotes", pair, {"mark": pair}, "target")
            for pair in ('"', "“”", "«»", "‘’") if pair in problems]
