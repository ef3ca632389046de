"""Readers and writers of question files. No Qt, no SQLAlchemy: files in, domain values out."""
