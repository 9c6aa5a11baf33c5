"""Support when it gets hard: grounding, the safety plan, crisis lines, prompts, reminders.

Pages here emit ``navigate(str)`` with one of the keys below; the main window
shows that page. Nothing typed on these pages is recorded unless the user
asks (the safety plan is the user's own document and autosaves, encrypted).
"""

from __future__ import annotations

GROUNDING = "grounding"
SAFETY_PLAN = "safety_plan"
CRISIS_LINES = "crisis_lines"
GROUNDING_KEYS = "Ctrl+G"  # from every screen of the open journal
