"""Dialogs: check-in, preferences, support."""
