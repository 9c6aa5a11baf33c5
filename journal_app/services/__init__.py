"""What the desktop app and the command line share: one layer over storage."""
