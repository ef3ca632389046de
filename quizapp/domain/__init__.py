"""Plain data and pure rules: no Qt, no SQLAlchemy, no I/O, so it is tested in milliseconds."""
