"""Resumable JSON Lines batches, over worker processes or concurrent model requests."""
