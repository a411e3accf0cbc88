"""Render the application icon (resources/icons/annotator.svg) to the PNG sizes desktops want.

The PNGs are committed under ``resources/icons/hicolor/<n>x<n>/apps/<app id>.png`` (the layout of
the freedesktop icon theme), so installing them is a copy. Run again after editing the SVG:

    .venv/bin/python packaging/render_icons.py
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

APP_ID = "io.github.annotator.Annotator"
SIZES = (16, 32, 48, 64, 128, 256, 512)
ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "annotator.svg"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"


def png_path(size: int, theme_dir: Path = HICOLOR) -> Path:
    """Where the ``size``-pixel icon lives in the icon theme folder."""
    return theme_dir / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(svg: Path, theme_dir: Path, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    """Write one transparent PNG per size; return their paths."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = png_path(size, theme_dir)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):  # PNG, from the suffix
            raise SystemExit(f"render_icons: could not write {target}")
        written.append(target)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=SVG)
    parser.add_argument("--out", type=Path, default=HICOLOR, help="icon theme folder")
    args = parser.parse_args()
    for path in render(args.svg, args.out):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
