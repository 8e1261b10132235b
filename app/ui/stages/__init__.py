"""A stage of the journey: its introduction, progress and guided prompts."""
