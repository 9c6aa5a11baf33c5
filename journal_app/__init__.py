"""journal-app: an offline, encrypted journal for relational recovery."""

__version__ = "0.1.0"

# One reverse-DNS id for the desktop file, the AppStream metainfo, the icon and
# the running app (QGuiApplication.desktopFileName). It is what a taskbar or a
# process list may show, so it says nothing about a journal: see packaging/README.md.
APP_ID = "io.github.quietnotes.QuietNotes"

# Set by the check-in reminder's login entry (services.reminders): start minimised and
# locked. Here, so the app reads it without loading the reminder's module first.
START_MINIMIZED_ENV = "JOURNAL_APP_START_MINIMIZED"
