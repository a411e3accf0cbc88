"""Regenerate ``seed.pdf`` from the seed commentary (run once; the PDF is committed).

    python tests/data/ingest/make_fixtures.py

Needs fpdf2 (fixture generation only, not a dependency of the app or the tests) and the DejaVu
fonts (``fonts-dejavu-core``), embedded so that ı İ ş Ş ğ Ğ ç ö ü survive in the text layer. The
Markdown of the seed is stripped here with a few regular expressions of its own, independent of the
code under test. Two pages with page numbers in the footer, justified body text, bold 16 pt title,
bold bylines, 8 pt footnotes.
"""

from __future__ import annotations

import re
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
SEED = HERE.parents[2] / "seeds" / "000_fbde54b755dce6f1.txt"
FONTS = Path("/usr/share/fonts/truetype/dejavu")


def plain(text: str) -> str:
    text = re.sub(r"<(https?://[^>]+)>", r"\1", text)
    text = text.replace("\\*", "\x00")
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    text = re.sub(r"\*(.+?)\*", r"\1", text)
    return text.replace("\x00", "*").strip()


class _Pdf(FPDF):
    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("DejaVu", "", 9)
        self.cell(0, 10, str(self.page_no()), align="C")


def main() -> None:
    pdf = _Pdf(format="A4")
    pdf.set_title("ABD-AZERBAYCAN İLİŞKİLERİNDE İYİLEŞME VE İŞBİRLİĞİ SİNYALLERİ")
    pdf.set_author("Gülperi Güngör")
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    chunks = [c.strip() for c in SEED.read_text(encoding="utf-8").split("\n\n") if c.strip()]
    for chunk in chunks:
        if chunk.startswith("## "):
            pdf.set_font("DejaVu", "B", 16)
            pdf.multi_cell(0, 8, plain(chunk[3:]))
        elif chunk.startswith("**") and chunk.endswith("**") and "**" not in chunk[2:-2]:
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(0, 6, plain(chunk))
        elif chunk.startswith("*") and not chunk.startswith("**"):
            pdf.set_font("DejaVu", "I", 10)
            pdf.multi_cell(0, 6, plain(chunk))
        elif re.match(r"\[\d+\]", chunk):
            pdf.set_font("DejaVu", "", 7)
            pdf.multi_cell(0, 4, plain(chunk))
        else:
            pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(0, 6, plain(chunk), align="J")
        pdf.ln(4)
    pdf.output(str(HERE / "seed.pdf"))


if __name__ == "__main__":
    main()
