"""Readers for other tools' prediction exports (PredictionBook, Fatebook), turned into claimtrack records."""
