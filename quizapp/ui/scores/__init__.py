"""Score review (next): past attempts, item statistics, exports. Its pages go here, routed by
an area.py of their own as ui/trainee/ does; verdicts come from domain/review.py, as the
trainee's results page takes them."""
