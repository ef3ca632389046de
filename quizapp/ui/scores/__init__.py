"""Score review in the window: the trainee's My scores (attempts, topics, weak questions) and
the trainer's dashboard, item statistics and exports, with their charts. Each view is a page of
an area (ui/trainee/area.py, ui/trainer/area.py) and reaches the services through the
`Caller` its area hands it (calls.py)."""
