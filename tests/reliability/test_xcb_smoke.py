"""The app on a real X display: Qt's xcb plugin under Xvfb, driven by real key presses.

The rest of the suite runs offscreen, which needs none of the X11 libraries a person's desktop
needs; this test is the one that would fail if the window could not open there (a missing xcb
library, a crash on start). It imports the sample, gives it an MT draft from the fake server,
opens the window on Xvfb, presses Ctrl+Enter through the X server (xdotool), takes a screenshot of
the screen (ImageMagick's ``import``), checks the project and the picture, and quits with Ctrl+Q.
.ci/run installs xvfb, xdotool and imagemagick; elsewhere the test is skipped when they are absent.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fakes.servers import FakeMTServer

from reliability import PEAK_MEMORY_MB, finish, no_traceback, query

pytestmark = pytest.mark.reliability

TOOLS = ("Xvfb", "xdotool", "import")
SCREEN = (1400, 900)
WAIT_S = 60  # every wait below ends by then, whatever happens


@pytest.fixture
def x_display(tmp_path: Path) -> Iterator[str]:
    """A fresh Xvfb server on a free display number (``-displayfd``); stopped afterwards."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} on PATH (Debian: apt-get install xvfb xdotool "
                    "imagemagick, as .ci/run does)")
    read_end, write_end = os.pipe()
    log = (tmp_path / "xvfb.log").open("wb")
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
         "-nolisten", "tcp"], pass_fds=(write_end,), stdout=log, stderr=log)
    os.close(write_end)
    try:
        number = b""
        deadline = time.monotonic() + WAIT_S
        while not number.endswith(b"\n") and time.monotonic() < deadline:
            ready, _, _ = select.select([read_end], [], [], 1.0)
            if ready:
                chunk = os.read(read_end, 16)
                if not chunk:
                    break
                number += chunk
        assert number.strip().isdigit(), (tmp_path / "xvfb.log").read_text(errors="replace")
        yield f":{number.decode().strip()}"
    finally:
        os.close(read_end)
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=30)
        log.close()


def x_tool(display: str, *args: str) -> str:
    """Run an X client (xdotool, import) on ``display``; its output."""
    done = subprocess.run(list(args), env={**os.environ, "DISPLAY": display}, capture_output=True,
                          text=True, timeout=WAIT_S, check=False)
    assert done.returncode == 0, (args, done.stderr)
    return done.stdout


def wait_until(condition: Callable[[], bool], what: str) -> None:
    """Poll ``condition`` until it holds; fail naming ``what`` after :data:`WAIT_S`."""
    deadline = time.monotonic() + WAIT_S
    while not condition():
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        time.sleep(0.1)


def distinct_colours(png: Path, box: tuple[int, int, int, int]) -> int:
    """How many colours a grid of pixels in ``box`` (x, y, width, height) of ``png`` shows."""
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert not image.isNull() and (image.width(), image.height()) == SCREEN
    x0, y0, width, height = box
    return len({image.pixel(x, y) for x in range(x0, x0 + width, 3)
                for y in range(y0, y0 + height, 3)})


def test_the_window_opens_on_x11_confirms_with_ctrl_enter_and_quits_with_ctrl_q(
        x_display: str, tmp_path: Path, isolated_paths: Path, annotator, start_annotator,
        fake_server: Callable[..., FakeMTServer], seed_file: Path) -> None:
    db = tmp_path / "project.sqlite"
    imported = annotator(db, "import", seed_file)
    assert imported.returncode == 0, imported.stderr
    doc_id = imported.stdout.split("\t", 1)[0]
    server = fake_server("libre")
    translated = annotator(db, "translate", doc_id, "--engine", "libre", "--url", server.base_url)
    assert translated.returncode == 0, translated.stderr
    first = query(db, "SELECT s.id FROM sentences s JOIN targets t ON t.sentence_id = s.id "
                      "WHERE s.document_id = ? AND t.status = 'mt' ORDER BY s.ord LIMIT 1",
                  doc_id)[0][0]
    before = dict(query(db, "SELECT sentence_id, status FROM targets"))
    # A translator's name is asked on the first start; this person already gave it.
    (isolated_paths / "config").mkdir(exist_ok=True)
    (isolated_paths / "config" / "annotator.ini").write_text("[user]\nname=smoke\n")

    app = start_annotator(db, "gui", "--open", doc_id,
                          env={"DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"})
    search = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name",
                             "^Annotator"], env={**os.environ, "DISPLAY": x_display},
                            capture_output=True, text=True, timeout=WAIT_S, check=False)
    assert search.returncode == 0 and app.poll() is None, app.communicate(timeout=30)
    window = search.stdout.split()[0]
    x_tool(x_display, "xdotool", "windowfocus", "--sync", window)
    x_tool(x_display, "xdotool", "key", "--clearmodifiers", "ctrl+Return")
    wait_until(lambda: dict(query(db, "SELECT sentence_id, status FROM targets"))[first]
               == "translated", "the first sentence to be confirmed")
    after = dict(query(db, "SELECT sentence_id, status FROM targets"))
    assert {k for k in after if after[k] != before.get(k)} == {first}  # that one, nothing else

    shot = tmp_path / "xcb-window.png"
    x_tool(x_display, "import", "-window", "root", str(shot))
    geometry = x_tool(x_display, "xdotool", "getwindowgeometry", "--shell", window)
    place = dict(line.split("=", 1) for line in geometry.split())
    box = (max(int(place["X"]), 0), max(int(place["Y"]), 0),
           min(int(place["WIDTH"]), SCREEN[0] - int(place["X"])),
           min(int(place["HEIGHT"]), SCREEN[1] - int(place["Y"])))
    assert box[2] > SCREEN[0] // 2 and box[3] > SCREEN[1] // 2, geometry
    # A painted window (text, grid lines, selection) shows many colours; a blank one shows one.
    assert distinct_colours(shot, box) > 50, f"the window looks blank: {shot}"

    x_tool(x_display, "xdotool", "key", "--clearmodifiers", "ctrl+q")
    done = finish(app, WAIT_S)  # Ctrl+Q ends the process, cleanly
    assert done.code == 0 and done.peak_mb < PEAK_MEMORY_MB, done
    no_traceback(done.err)
