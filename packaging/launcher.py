"""PyInstaller entry script: the bundle's ``annotator`` executable runs the ``annotator`` command.

PyInstaller needs a script rather than a ``module:function`` entry point; this one only hands over
to :func:`annotator.__main__.main`, so the bundle has the same CLI and GUI as an installed wheel.
``freeze_support()`` comes first: the batch commands start worker processes (``--workers``), and
in a frozen program a worker is this same executable, which must then run the worker, not the CLI
(PyInstaller makes ``freeze_support`` do that on every platform).
"""

import multiprocessing
import sys

from annotator.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
