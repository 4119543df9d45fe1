"""The forum behind one small interface: Discourse for real, preview to print only (does I/O)."""
