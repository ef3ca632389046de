"""SQLAlchemy models, the database connection, migrations and the queries services need."""
