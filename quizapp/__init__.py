"""QuizApp: offline training quizzes whose every answer is explained by a verbatim quote."""

__version__ = "0.1.0"
APP_NAME = "QuizApp"
