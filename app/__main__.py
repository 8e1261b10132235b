"""Composition root: arguments first; headless commands never load Qt widgets."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from app import cli

    args = cli.parse_args(argv)
    if args.command:
        return cli.run(args)
    from app.ui.shell.application import run_gui

    return run_gui(args.data_dir, sys.argv[:1])


if __name__ == "__main__":
    sys.exit(main())
