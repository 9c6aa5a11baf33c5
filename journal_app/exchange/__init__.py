"""Moving a journal in and out: exports a person asked for, and imports from other apps."""
