"""A generated corpus of commentaries for the corpus-scale benchmarks (bench/corpus_bench.py).

Each document is the sample commentary (seeds/) with its own title ("BELGE <n>: ..."), one of a
few authors, its own publication date and one paragraph of real Turkish sentences from UD Turkish
IMST, so that every file is a distinct document (ids are hashes of the text) of about 45
sentences, as the commentaries of an archive are.

    python bench/corpus_data.py OUT_FOLDER 1000      # writes OUT_FOLDER/belge_0001.txt ...
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench.common import IMST_TRAIN, REPO_ROOT, conllu_sentences

SEED = next((REPO_ROOT / "seeds").glob("*.txt"))
SEED_TITLE = "ABD-AZERBAYCAN İLİŞKİLERİNDE İYİLEŞME VE İŞBİRLİĞİ SİNYALLERİ"
SEED_DATE = "Aralık 13"
SEED_CITATION = "Atıfta bulunmak için:"
AUTHORS = ["Gülperi GÜNGÖR", "Ahmet YILMAZ", "Ayşe KAYA", "Mehmet DEMİR", "Zeynep ÇELİK"]
MONTHS = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
          "Ekim", "Kasım", "Aralık"]
EXTRA_SENTENCES = 4  # the IMST sentences each document adds


def document_texts(count: int) -> list[str]:
    """``count`` distinct commentary texts."""
    seed = SEED.read_text(encoding="utf-8")
    pool = [s for s in conllu_sentences(IMST_TRAIN) if 40 <= len(s) <= 200]
    texts = []
    for number in range(1, count + 1):
        extra = " ".join(pool[(number * EXTRA_SENTENCES + k) % len(pool)]
                         for k in range(EXTRA_SENTENCES))
        author = AUTHORS[number % len(AUTHORS)]
        text = (seed.replace(SEED_TITLE, f"BELGE {number}: {SEED_TITLE}", 1)
                .replace("Gülperi GÜNGÖR", author).replace("GÜLPERİ GÜNGÖR", author.upper())
                .replace(SEED_DATE, f"{MONTHS[number % 12]} {number % 28 + 1}", 1)
                .replace(SEED_CITATION, f"{extra}\n\n{SEED_CITATION}", 1))
        texts.append(text)
    return texts


def write_corpus(folder: Path, count: int) -> list[Path]:
    """Write ``count`` documents as ``belge_NNNNN.txt`` into ``folder``; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, text in enumerate(document_texts(count), 1):
        path = folder / f"belge_{number:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    written = write_corpus(Path(sys.argv[1]), int(sys.argv[2]))
    print(f"{len(written)} documents in {sys.argv[1]}")
