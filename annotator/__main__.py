"""Entry point of the ``annotator`` command: the CLI, handing GUI requests to ``annotator.app``."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; open the GUI when asked (or when no command is given)."""
    from annotator import cli

    result = cli.run(argv)
    if isinstance(result, cli.GuiRequest):
        from annotator import app

        return app.run_gui(result)
    return result


if __name__ == "__main__":
    sys.exit(main())
