"""Frozen entry point of the bundle: the same as the ``vibe-desktop`` command."""

import sys

from vibe_desktop.cli import main

sys.exit(main())
