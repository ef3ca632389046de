"""The trainer's area (next): loading question sets from files and generating them from a
document, with the task runner's progress and cancel for the long imports. Its pages go here,
routed by an area.py of their own as ui/trainee/ does, and never into the shell."""
