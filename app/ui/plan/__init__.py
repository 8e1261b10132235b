"""The Expectations stage's tool: the plan, its goals, who agreed, the evidence."""
