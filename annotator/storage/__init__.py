"""SQLite project storage through sqlite-utils: schema, migrations and typed access functions.

Every function takes the :class:`sqlite_utils.Database` first and returns core dataclasses.
"""
