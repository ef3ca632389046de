"""QuizApp: offline training quizzes whose every answer is explained by a verbatim quote."""

import time

__version__ = "0.1.0"
APP_NAME = "QuizApp"
# When QuizApp's own code began: the log's start-up figures count from here.
STARTED = time.monotonic()
