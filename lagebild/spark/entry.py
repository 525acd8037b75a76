"""Entry script for ``spark-submit`` (absolute imports, so Spark may run it as a plain file)."""

import sys

from lagebild.cli import main

if __name__ == "__main__":
    sys.exit(main())
