"""The trainee's area: who is training, starting a quiz, taking it, and its results.

area.py routes between the pages; each page only shows and asks, and reaches the data
through the backend the shell hands over.
"""
