"""The application icon: the committed PNG sizes are renderings of the current SVG."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

pytestmark = pytest.mark.gui

REPO_ROOT = Path(__file__).resolve().parent.parent.parent


def render_icons() -> ModuleType:
    """packaging/render_icons.py (a script, not a package module)."""
    spec = importlib.util.spec_from_file_location(
        "render_icons", REPO_ROOT / "packaging" / "render_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def mean_channel_difference(first, second) -> float:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor

    total = 0
    for y in range(first.height()):
        for x in range(first.width()):
            a, b = QColor.fromRgba(first.pixel(x, y)), QColor.fromRgba(second.pixel(x, y))
            total += (abs(a.red() - b.red()) + abs(a.green() - b.green())
                      + abs(a.blue() - b.blue()) + abs(a.alpha() - b.alpha()))
    return total / (first.width() * first.height() * 4)


def test_committed_pngs_match_the_svg(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QImage

    icons = render_icons()
    fresh = icons.render(icons.SVG, tmp_path, (16, 64, 256))
    for path in fresh:
        size = int(path.parent.parent.name.split("x")[0])
        committed = QImage(str(icons.png_path(size)))
        assert (committed.width(), committed.height()) == (size, size)
        # transparent outside the rounded square, opaque in the middle
        assert QColor.fromRgba(committed.pixel(0, 0)).alpha() == 0
        assert QColor.fromRgba(committed.pixel(size // 2, size // 2)).alpha() == 255
        # Re-run packaging/render_icons.py after editing resources/icons/annotator.svg.
        assert mean_channel_difference(committed, QImage(str(path))) < 2, path.name


def test_every_size_is_committed() -> None:
    icons = render_icons()
    for size in icons.SIZES:
        assert icons.png_path(size).is_file(), f"{size}px icon missing: run render_icons.py"
