"""JSON Schemas for the open file formats (see docs/data-format.md)."""
