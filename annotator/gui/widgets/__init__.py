"""Reusable widgets and panels of the main window."""
