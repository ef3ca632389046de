"""The schema revision this app's code expects, where both start-up paths can read it.

A constant, checked by tests/storage against the migrations folder: comparing with it spares
the start-up an Alembic environment load, and the first look (first_look.py) a SQLAlchemy import.
"""

HEAD_REVISION = "0007"
