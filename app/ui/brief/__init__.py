"""The check-in brief: what to take into the meeting, and where it goes."""
