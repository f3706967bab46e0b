"""Qt item models over the vault's data, loaded through the services."""
