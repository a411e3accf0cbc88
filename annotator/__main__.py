"""Entry point of the ``annotator`` command: the CLI, handing GUI requests to ``annotator.app``.

Kept lean: ``python -m annotator --version`` imports this module, the CLI's parser and argparse,
nothing else (see ``annotator/cli/__init__.py``).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; open the GUI when asked (or when no command is given)."""
    from annotator import cli

    result = cli.run(argv)
    if isinstance(result, int):
        return result
    from annotator import app

    return app.run_gui(result)


if __name__ == "__main__":
    sys.exit(main())
