"""Loopback servers for tests and `demo`: a Discourse-compatible forum and a feed host."""
