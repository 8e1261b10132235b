"""Today: the evening entry, the plan at a glance, and on this day."""
