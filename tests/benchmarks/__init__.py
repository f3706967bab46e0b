"""Performance benchmarks (make bench): the vault against plain sqlite3 with the same schema."""
