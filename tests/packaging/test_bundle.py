"""The PyInstaller bundle: built from this checkout, it imports the sample and renders the window.

Slow (~25 s to build on two cores): the bundle is built once per run by ``packaging/build.sh`` into
a temporary folder, then started the way a user's launcher would start it, offscreen.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from fakes.servers import FakeMTServer

pytestmark = [pytest.mark.slow, pytest.mark.gui, pytest.mark.timeout(900)]

REPO_ROOT = Path(__file__).resolve().parent.parent.parent
BUILD_SCRIPT = REPO_ROOT / "packaging" / "build.sh"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built bundle folder (holding the ``annotator`` executable)."""
    pytest.importorskip("PyInstaller", reason="needs the package or test extra (pyinstaller)")
    out = tmp_path_factory.mktemp("bundle")
    build = subprocess.run(["bash", str(BUILD_SCRIPT), str(out)], cwd=REPO_ROOT,
                           env={**os.environ, "PYTHON": sys.executable},
                           capture_output=True, text=True, timeout=800)
    assert build.returncode == 0, f"build.sh failed:\n{build.stdout[-3000:]}{build.stderr[-5000:]}"
    return out / "annotator"


def run(command: Sequence[str | Path]) -> subprocess.CompletedProcess[str]:
    """Run ``command`` offscreen with the test's project paths; fail with its output."""
    result = subprocess.run([str(c) for c in command], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, f"{command} exited {result.returncode}:\n{result.stderr}"
    return result


def import_sample(bundle: Path, db: Path) -> str:
    """Import the sample shipped inside the bundle; return its document id."""
    samples = sorted((bundle / "_internal" / "resources" / "seeds").glob("*.txt"))
    assert samples, "the sample commentary is not in the bundle"
    output = run([bundle / "annotator", "--db", db, "import", *samples]).stdout
    return output.split("\t", 1)[0]


def image(path: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    picture = QImage(str(path))
    assert not picture.isNull(), f"{path} is not a readable PNG"
    return picture


def distinct_colours(picture, step: int = 7) -> int:  # type: ignore[no-untyped-def]
    return len({picture.pixel(x, y) for y in range(0, picture.height(), step)
                for x in range(0, picture.width(), step)})


def differing_share(first, second) -> float:  # type: ignore[no-untyped-def]
    assert first.size() == second.size()
    width, height = first.width(), first.height()
    differing = sum(first.pixel(x, y) != second.pixel(x, y)
                    for y in range(0, height, 2) for x in range(0, width, 2))
    return differing / ((width // 2) * (height // 2))


def test_bundle_opens_the_sample_like_the_checkout(bundle: Path, tmp_path: Path) -> None:
    db = tmp_path / "bundle.sqlite"
    doc_id = import_sample(bundle, db)
    assert doc_id in run([bundle / "annotator", "--db", db, "docs"]).stdout

    shot = tmp_path / "bundle.png"
    run([bundle / "annotator", "--db", db, "gui", "--open", doc_id, "--screenshot", shot])
    bundled = image(shot)
    assert (bundled.width(), bundled.height()) == (1280, 800)
    assert distinct_colours(bundled) > 20, "the bundle's window rendered nearly blank"

    # The same project shown by the checkout: fonts, icons and the sample must all come through.
    reference = tmp_path / "checkout.png"
    run([sys.executable, "-m", "annotator", "--db", db, "gui", "--open", doc_id,
         "--screenshot", reference])
    assert differing_share(bundled, image(reference)) < 0.01


def test_bundle_compiles_and_shows_the_turkish_interface(bundle: Path, tmp_path: Path) -> None:
    from dataclasses import replace

    from annotator.gui.settings import AppSettings
    from annotator.paths import cache_dir, config_dir

    db = tmp_path / "bundle.sqlite"
    doc_id = import_sample(bundle, db)
    english = tmp_path / "en.png"
    run([bundle / "annotator", "--db", db, "gui", "--open", doc_id, "--screenshot", english])

    settings = AppSettings(config_dir())
    settings.save_preferences(replace(settings.preferences(), ui_language="tr"))
    turkish = tmp_path / "tr.png"
    run([bundle / "annotator", "--db", db, "gui", "--open", doc_id, "--screenshot", turkish])

    # The .ts is compiled by the lrelease shipped in the bundle at the first Turkish start.
    assert (cache_dir() / "annotator_tr.qm").stat().st_size > 0
    assert differing_share(image(english), image(turkish)) > 0.001


def test_bundle_translates_through_deep_translator(bundle: Path, tmp_path: Path,
                                                  fake_server: Callable[..., FakeMTServer]) -> None:
    """deep-translator, requests and keyring are imported lazily: a missing one fails only here."""
    db = tmp_path / "bundle.sqlite"
    doc_id = import_sample(bundle, db)
    server = fake_server("libre")
    result = run([bundle / "annotator", "--db", db, "translate", doc_id, "--engine", "libre",
                  "--url", server.base_url])
    assert server.requests > 0
    assert f"translated {server.requests} of {server.requests}" in result.stderr
    assert "failed 0" in result.stderr


def test_bundle_spreads_an_import_over_worker_processes(bundle: Path, tmp_path: Path) -> None:
    """A frozen worker is the bundle's own executable: it must run the worker, not the CLI."""
    from annotator.batch.process_pool import MIN_DOCUMENTS_PER_WORKER

    files = []
    for number in range(2 * MIN_DOCUMENTS_PER_WORKER + 2):
        path = tmp_path / f"belge_{number}.txt"
        path.write_text(f"BELGE {number}\n\nBakan {number} Mart'ta Ankara'ya geldi. Görüşme "
                        "iki saat sürdü.\n", encoding="utf-8")
        files.append(path)
    db = tmp_path / "pool.sqlite"
    result = run([bundle / "annotator", "--db", db, "import", "--workers", "2", *files])
    assert len(result.stdout.splitlines()) == len(files)
    assert "import: 100%" in result.stderr
    assert "usage" not in result.stderr  # a worker that ran the CLI would complain
