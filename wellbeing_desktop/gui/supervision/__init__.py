"""Supervision: the presentation window shown in a session, and how the app enters and leaves it."""
