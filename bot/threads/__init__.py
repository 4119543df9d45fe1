"""Deciding and writing forum threads: new story, reply, edit or skip (pure), then publishing."""
