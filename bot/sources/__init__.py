"""Getting items in: fetch, parse and date what a source publishes (does I/O: network)."""
