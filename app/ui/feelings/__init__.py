"""The Feelings stage's tool: mood check-ins, forgiveness, stay or go, the mood chart."""
