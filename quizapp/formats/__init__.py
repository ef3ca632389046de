"""Readers and writers of question files. No Qt, no SQLAlchemy: files in, domain values out."""

# Here rather than in the registry, so the command line can offer them without loading it.
FORMAT_NAMES = ("native", "gift", "aiken", "moodle-xml", "csv")
