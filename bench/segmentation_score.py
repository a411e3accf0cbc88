"""Score sentence splitters against the gold segmentation of UD Turkish IMST.

Usage (from the repository root)::

    python bench/segmentation_score.py [--data DIR] [--split dev|train|both] [--show-errors N]

Data: ``../shared/data/ud-turkish-imst`` next to the repository (``--data`` overrides).  Each
``# newdoc`` line starts a document (dev: 67, train: 55; the largest holds 411 sentences, so no
regrouping is needed; a file without markers would count as one document).  A document's
sentences (``# text = ...``) are joined with one space and every splitter sees the joined
document; outputs are mapped to character offsets (syntok from its token offsets, string-only
splitters by searching each returned sentence forward in the text).  A boundary is the end
offset of a sentence; the final end of each document is excluded for every splitter (it is
trivially right).  Precision, recall and F1 are micro-averaged over all boundaries.  Splitters
that cannot be imported are listed as "not installed".  Throughput of ours: the median of 5
timed passes that split every joined document of the chosen file once.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from annotator.core.segmentation import split_sentences  # noqa: E402

DEFAULT_DATA = REPO.parent / "shared" / "data" / "ud-turkish-imst"
Spans = list[tuple[int, int]]
Splitter = Callable[[str], Spans]


def read_docs(path: Path) -> list[list[str]]:
    """Sentences (``# text``) grouped by ``# newdoc``; a file without markers is one document."""
    docs: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc") or (not docs and line.startswith("# text = ")):
            docs.append([])
        if line.startswith("# text = "):
            docs[-1].append(line[len("# text = ") :].strip())
    return [d for d in docs if d]


def gold_ends(sentences: list[str]) -> set[int]:
    ends, pos = set(), 0
    for sent in sentences:
        pos += len(sent)
        ends.add(pos)
        pos += 1
    return ends


def spans_from_strings(text: str, pieces: list[str]) -> Spans:
    """Map splitter output strings back to offsets by searching forward in ``text``."""
    spans, pos = [], 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        start = text.find(piece, pos)
        if start < 0:  # the splitter normalised whitespace: anchor on the first word
            start = text.find(piece.split()[0], pos)
            if start < 0:
                continue
        end = min(start + len(piece), len(text))
        spans.append((start, end))
        pos = end
    return spans


def load_others() -> dict[str, Splitter | str]:
    others: dict[str, Splitter | str] = {}
    try:
        from syntok import segmenter

        def syntok_split(text: str) -> Spans:
            spans = []
            for paragraph in segmenter.analyze(text):
                for sentence in paragraph:
                    start = sentence[0].offset
                    end = sentence[-1].offset + len(sentence[-1].value)
                    spans.append((start, end))
            return spans

        others["syntok"] = syntok_split
    except ImportError:
        others["syntok"] = "not installed"
    try:
        from sentence_splitter import SentenceSplitter

        splitter = SentenceSplitter(language="tr")
        others["sentence-splitter"] = lambda t: spans_from_strings(t, splitter.split(t))
    except ImportError:
        others["sentence-splitter"] = "not installed"
    try:
        import nltk  # noqa: F401
        from nltk.tokenize import sent_tokenize

        sent_tokenize("Deneme. Test.", language="turkish")
        others["nltk-punkt"] = lambda t: spans_from_strings(t, sent_tokenize(t, "turkish"))
    except Exception:  # ImportError or missing punkt model
        others["nltk-punkt"] = "not installed"
    return others


def score(docs: list[list[str]], split: Splitter, errors: list[str] | None) -> tuple:
    tp = fp = fn = 0
    for sentences in docs:
        text = " ".join(sentences)
        gold = gold_ends(sentences) - {len(text)}
        pred = {end for _, end in split(text)} - {len(text)}
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
        if errors is not None:
            for kind, ends in (("FP", pred - gold), ("FN", gold - pred)):
                for end in sorted(ends):
                    errors.append(f"{kind} …{text[max(0, end - 50):end]}|{text[end:end + 40]}…")
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, tp, fp, fn


def throughput(docs: list[list[str]]) -> float:
    texts = [" ".join(d) for d in docs]
    size = sum(len(t.encode("utf-8")) for t in texts)
    runs = []
    gc.collect()
    for _ in range(5):
        t0 = time.perf_counter()
        for t in texts:
            split_sentences(t)
        runs.append(time.perf_counter() - t0)
    return size / statistics.median(runs) / 1e6


def report(name: str, docs: list[list[str]], show_errors: int) -> None:
    n_sent = sum(len(d) for d in docs)
    n_chars = sum(len(" ".join(d)) for d in docs)
    print(f"\n== {name}: {len(docs)} docs, {n_sent} sentences, {n_chars} characters, "
          f"{n_sent - len(docs)} scored boundaries (document ends excluded)")
    speed = throughput(docs)  # timed first, before the other splitters allocate anything
    print(f"{'splitter':<20}{'P':>8}{'R':>8}{'F1':>8}{'TP':>7}{'FP':>6}{'FN':>6}")
    splitters: dict[str, Splitter | str] = {"ours": split_sentences, **load_others()}
    for label, fn in splitters.items():
        if isinstance(fn, str):
            print(f"{label:<20}{fn:>8}")
            continue
        errors: list[str] | None = [] if label == "ours" and show_errors else None
        p, r, f, tp, fp, fn_ = score(docs, fn, errors)
        print(f"{label:<20}{p:>8.4f}{r:>8.4f}{f:>8.4f}{tp:>7}{fp:>6}{fn_:>6}")
        for line in (errors or [])[:show_errors]:
            print("   ", line)
    print(f"throughput (ours): {speed:.1f} MB/s (median of 5 runs)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--split", choices=["dev", "train", "both"], default="dev")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N")
    args = ap.parse_args(argv)
    for name in ("train", "dev") if args.split == "both" else (args.split,):
        path = args.data / f"tr_imst-ud-{name}.conllu"
        if not path.exists():
            print(f"missing {path}")
            continue
        report(name, read_docs(path), args.show_errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
