"""The local SQLite store: connection, schema and migrations, documents, annotations, tags,
corrections.
"""
