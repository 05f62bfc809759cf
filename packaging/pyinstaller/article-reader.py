"""PyInstaller entry point: the same ``main()`` the ``article-reader`` console script runs."""

import sys

from reader.cli import main

if __name__ == "__main__":
    sys.exit(main())
