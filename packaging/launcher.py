"""The frozen app's entry script (packaging/trustbridge.spec): the same `main` the wheel's scripts run."""

from __future__ import annotations

import sys

from app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
