"""Records, circles and validation rules: plain Python, no Qt, no SQL."""
