"""Qt widgets: setup, unlock, main window, editors, summary view, support map, settings."""
