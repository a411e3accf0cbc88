"""PyInstaller entry script: the bundle's ``annotator`` executable runs the ``annotator`` command.

PyInstaller needs a script rather than a ``module:function`` entry point; this one only hands over
to :func:`annotator.__main__.main`, so the bundle has the same CLI and GUI as an installed wheel.
"""

import sys

from annotator.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
