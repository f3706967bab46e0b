"""Child processes for the desktop app's benchmarks: each is run as a script by a fresh interpreter."""
