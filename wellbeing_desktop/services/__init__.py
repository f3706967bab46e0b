"""Use cases over the vault: import and export, and later the diary, plan and mood services."""
