"""What ``annotator gui`` (or no command) asks of the window; ``annotator.app`` carries it out.

The CLI never imports Qt: :func:`annotator.cli.run` returns a :class:`GuiRequest` and the entry
point (``annotator.__main__``) hands it to :func:`annotator.app.run_gui`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class GuiRequest:
    """What the GUI should do: which project to open, which document, whether to screenshot."""

    db_path: Path
    open_doc: str | None = None
    screenshot: Path | None = None
