"""The neutral summary, composed from labelled sentences."""
