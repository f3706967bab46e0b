"""Counts in plain English for the command line ("1 entry", "3 entries")."""


def count_of(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"
