"""journal-app: an offline, encrypted journal for relational recovery."""

__version__ = "0.1.0"
