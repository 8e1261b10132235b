"""Small parts every page builds from: layouts, form fields, notices, cards, messages, the
theme, words for days."""
