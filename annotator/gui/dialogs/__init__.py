"""Dialogs, each opened through a class method that returns the result."""
