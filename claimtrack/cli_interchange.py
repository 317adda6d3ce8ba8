"""Commands for batches, import and export (registered on import)."""
