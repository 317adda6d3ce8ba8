"""Commands for judging: stats and review (registered on import)."""
