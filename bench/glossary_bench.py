"""Glossary term recognition over a 5,000-term glossary (issue 14).

Usage::

    python bench/glossary_bench.py [--terms 5000] [--runs 5] [--baseline-sentences 200]

Builds a glossary of ``--terms`` Turkish terms from the UD Turkish IMST and PUD treebanks
(``../shared/data``): about 500 real-looking titles (``Azerbaycan Dışişleri Bakanı``, ``Fransa
Büyükelçisi``, ...) and the most frequent noun phrases of the treebanks (a run of nouns and
adjectives ending in a noun in the nominative, ``Dışişleri Bakanı``, ``ekonomik kriz``) and
nouns (lemmas). Then it times the :class:`~annotator.core.term_match.TermIndex` build and
``find`` for each of the 1,000 PUD sentences, ``--runs`` times, and prints the median build time,
the median (over runs) of the per-sentence median and p95, and the same per-sentence median for
the actor registry's matcher (:class:`~annotator.core.actor_matching.NameMatcher`: one regular
expression per name until issue 19, one Aho-Corasick pass since) over the first
``--baseline-sentences`` sentences, with the ratio between the two. Exits 1 when a
budget is missed: p95
per sentence under 20 ms (moving to the next row of the grid), index build under 1 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from annotator.core.actor_matching import NameMatcher
from annotator.core.glossary import GlossaryTerm, clean_term, term_key
from annotator.core.term_match import TermIndex
from annotator.core.turkish import turkish_lower
from bench.common import IMST_DEV, IMST_TRAIN, SHARED_DATA, percentile

PUD = SHARED_DATA / "ud-pud" / "tr_pud-ud-test.conllu"
BUDGET_P95_MS = 20.0
BUDGET_BUILD_S = 1.0
COUNTRIES = ("Türkiye", "Azerbaycan", "Ermenistan", "Rusya", "Fransa", "Almanya", "İran", "Irak",
             "Suriye", "Yunanistan", "Gürcistan", "Ukrayna", "Çin", "Japonya", "Mısır", "İsrail",
             "Kanada", "İngiltere", "İtalya", "İspanya", "Polonya", "Macaristan", "Romanya",
             "Bulgaristan", "Sırbistan", "Kazakistan", "Özbekistan", "Türkmenistan", "Kırgızistan",
             "Pakistan", "Hindistan", "Afganistan", "Suudi Arabistan", "Katar", "Lübnan", "Ürdün",
             "Libya", "Tunus", "Cezayir", "Fas")
TITLES = ("Dışişleri Bakanı", "Savunma Bakanı", "İçişleri Bakanı", "Cumhurbaşkanı", "Başbakanı",
          "Büyükelçisi", "Dışişleri Bakanlığı", "Savunma Bakanlığı", "Genelkurmay Başkanı",
          "Ulusal Güvenlik Konseyi", "Parlamentosu", "Merkez Bankası")
PHRASE_TAGS = {"NOUN", "ADJ", "PROPN"}

Token = tuple[str, str, str, str]  # form, lemma, UPOS, features


def conllu_tokens(path: Path) -> Iterator[list[Token]]:
    """The syntactic words of each sentence (multi-word token lines skipped)."""
    sentence: list[Token] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                if sentence:
                    yield sentence
                sentence = []
            elif not line.startswith("#"):
                cells = line.rstrip("\n").split("\t")
                if cells[0].isdigit():
                    sentence.append((cells[1], cells[2], cells[3], cells[5]))
    if sentence:
        yield sentence


def nominative(token: Token) -> bool:
    return "Case=" not in token[3] or "Case=Nom" in token[3]


def word(token: Token) -> str:
    """A token as a glossary writes it: proper nouns as they are, other words lower-case."""
    return token[0] if token[2] == "PROPN" else turkish_lower(token[0])


def noun_phrases(sentences: list[list[Token]]) -> Counter[str]:
    """Runs of 2–4 nouns/adjectives in the nominative ending in a noun, and noun lemmas."""
    counts: Counter[str] = Counter()
    for tokens in sentences:
        for index, token in enumerate(tokens):
            if token[2] == "NOUN" and token[1].isalpha():
                counts[turkish_lower(token[1])] += 1
            for length in (2, 3, 4):
                run = tokens[index:index + length]
                if (len(run) == length and run[-1][2] == "NOUN"
                        and all(t[2] in PHRASE_TAGS and nominative(t) and t[0].isalpha()
                                for t in run)):
                    counts[" ".join(word(t) for t in run)] += 1
    return counts


def make_glossary(size: int) -> list[GlossaryTerm]:
    """``size`` terms: country titles first, then the most frequent phrases and nouns."""
    sources = [f"{country} {title}" for country in COUNTRIES for title in TITLES]
    sentences = [s for path in (IMST_TRAIN, IMST_DEV, PUD) for s in conllu_tokens(path)]
    sources += [phrase for phrase, _ in noun_phrases(sentences).most_common()]
    terms: list[GlossaryTerm] = []
    seen: set[str] = set()
    for source in sources:
        key = term_key(source)
        if len(key) >= 3 and key not in seen:
            seen.add(key)
            terms.append(GlossaryTerm(clean_term(source), (f"term {len(terms)}",),
                                      id=len(terms) + 1))
        if len(terms) == size:
            break
    return terms


def pud_texts(prefix: str) -> list[str]:
    with PUD.open(encoding="utf-8") as handle:
        return [line[len(prefix):].rstrip("\n") for line in handle if line.startswith(prefix)]


def per_sentence_ms(find: Callable[[str], object], sentences: list[str]) -> list[float]:
    times = []
    for sentence in sentences:
        started = time.perf_counter()
        find(sentence)
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> None:
    """Build the glossary, time the index against the regex loop, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--terms", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline-sentences", type=int, default=200)
    args = parser.parse_args()
    terms = make_glossary(args.terms)
    sentences = pud_texts("# text = ")
    print(f"glossary: {len(terms):,} terms ({sum(' ' in t.source for t in terms):,} of two or "
          f"more words); {len(sentences):,} PUD sentences")

    builds, medians, p95s, found = [], [], [], 0
    for _ in range(args.runs):
        started = time.perf_counter()
        index = TermIndex(terms)
        builds.append(time.perf_counter() - started)
        times = per_sentence_ms(index.find, sentences)
        medians.append(statistics.median(times))
        p95s.append(percentile(times, 0.95))
    found = sum(len(index.find(s)) for s in sentences)
    build, median, p95 = statistics.median(builds), statistics.median(medians), \
        statistics.median(p95s)
    print(f"TermIndex: build {build * 1000:.0f} ms (budget < {BUDGET_BUILD_S:.0f} s); find per "
          f"sentence: median {median:.2f} ms, p95 {p95:.2f} ms (budget p95 < "
          f"{BUDGET_P95_MS:.0f} ms); {found:,} terms found in {len(sentences):,} sentences")

    started = time.perf_counter()
    matcher = NameMatcher((t.key, form) for t in terms for form in t.source_forms)
    baseline_build = time.perf_counter() - started
    subset = sentences[:args.baseline_sentences]
    baseline = statistics.median(statistics.median(per_sentence_ms(matcher.find, subset))
                                 for _ in range(args.runs))
    subset_median = statistics.median(statistics.median(per_sentence_ms(index.find, subset))
                                      for _ in range(args.runs))
    print(f"NameMatcher (Aho-Corasick): build {baseline_build * 1000:.0f} ms; find "
          f"per sentence over {len(subset)} sentences: median {baseline:.2f} ms vs TermIndex "
          f"{subset_median:.2f} ms: ratio {baseline / subset_median:.1f}")

    if p95 >= BUDGET_P95_MS or build >= BUDGET_BUILD_S:
        sys.exit(1)


if __name__ == "__main__":
    main()
