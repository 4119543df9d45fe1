"""Deciding what an item is about and where: relevance, communes, town tags (pure)."""
