"""``python -m corridors`` runs the CLI."""

import sys

from corridors.cli import main

sys.exit(main())
