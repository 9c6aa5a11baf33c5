"""Weekly summaries and trends: pure functions over records (no SQL, no widgets)."""

from journal_app.insights.summary import WeeklySummary, summarize_week, week_figures
from journal_app.insights.trend import TrendPoint, trend
from journal_app.insights.weeks import Week, WeekStart, parse_week, week_of, weeks_ending

__all__ = [
    "TrendPoint",
    "Week",
    "WeekStart",
    "WeeklySummary",
    "parse_week",
    "summarize_week",
    "trend",
    "week_figures",
    "week_of",
    "weeks_ending",
]
