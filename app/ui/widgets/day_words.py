"""Days and moments the way a person says them: "Thu 12 Mar", "in 3 days", "Tue 3 Mar, 21:04".

The words are app/i18n_dates.py's (and `when_text` app/ui/translation.py's), in the language
spoken; English reads exactly as it always has. Kept here so the pages import them from one place.
"""

from __future__ import annotations

from app.i18n_dates import day_text, relative_days, short_date
from app.ui.translation import when_text

__all__ = ["day_text", "relative_days", "short_date", "when_text"]
