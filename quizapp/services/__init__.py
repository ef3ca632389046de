"""The use cases the UI and the CLI call: each one transaction, plain objects in and out."""
