"""What the bot remembers between runs: SQLite state, the instance lock, item identities."""
