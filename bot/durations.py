"""Parse human durations such as `30m`, `6h`, `2d`."""
from __future__ import annotations

import re

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_PATTERN = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd])\s*$")


def parse_duration(text: str | int | float) -> float:
    """Return seconds for `90s`, `30m`, `6h`, `1d`. A bare number is refused: `every: 90`
    could mean seconds or minutes, and the two differ by sixty."""
    if isinstance(text, bool):
        raise ValueError("expected a duration such as 30m, 6h or 1d")
    if isinstance(text, (int, float)):
        raise ValueError(f"{text!r} needs a unit: {text:g}m for minutes, {text:g}h for hours "
                         f"(or s, d)")
    match = _PATTERN.match(str(text))
    if not match:
        raise ValueError(f"{text!r} is not a duration such as 30m, 6h or 1d")
    return float(match.group(1)) * _UNITS[match.group(2)]
