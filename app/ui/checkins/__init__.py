"""The Check-ins stage's tool: scheduling, preparing, writing up and following up each meeting."""
