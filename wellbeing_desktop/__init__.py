"""Wellbeing Desktop: a private, offline wellbeing companion for peer supporters."""

__version__ = "0.1.0"
