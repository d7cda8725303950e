"""`python -m kztimeline` and the `kztimeline` command."""

import sys

from kztimeline.cli import main

if __name__ == "__main__":
    sys.exit(main())
