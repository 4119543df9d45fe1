"""Structured logs: one event per line, `key=value` pairs after the event name."""
from __future__ import annotations

import logging
import sys

logger = logging.getLogger("technopolice_bot")


def _value(value: object) -> str:
    text = str(value)
    if not text or any(c in text for c in ' ="\n'):
        text = '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'
    return text


def event(name: str, level: int = logging.INFO, **fields: object) -> None:
    """Log `name key=value ...` (None values left out)."""
    if not logger.isEnabledFor(level):
        return
    parts = [name] + [f"{k}={_value(v)}" for k, v in fields.items() if v is not None]
    logger.log(level, " ".join(parts))


def setup(verbose: bool = False) -> None:
    """Log to stderr with a timestamp; called once by the CLI."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s",
                                           "%Y-%m-%dT%H:%M:%S%z"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for noisy in ("httpx", "httpcore", "urllib3", "apscheduler.executors.default"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
