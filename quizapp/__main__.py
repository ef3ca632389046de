"""Lets `python -m quizapp` behave exactly like the `quizapp` command."""

import sys

from quizapp.cli import main

sys.exit(main())
