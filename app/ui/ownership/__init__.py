"""The Ownership stage's tool: the statement workshop."""
