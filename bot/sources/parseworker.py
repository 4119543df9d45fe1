"""A parsing process: reads (body, headers, url) requests on stdin and answers each with
the parsed feed on stdout, as length-prefixed pickles. Started by bot.sources.parsepool with
`python -m bot.sources.parseworker`; it stops when its stdin closes."""
from __future__ import annotations

import os
import pickle
import sys
from typing import BinaryIO

from bot.errors import ParseError
from bot.sources.parse import parse_feed

HEADER = 8  # bytes of big-endian length before each pickle


def write_frame(stream: BinaryIO, value: object) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(len(data).to_bytes(HEADER, "big") + data)
    stream.flush()


def read_frame(stream: BinaryIO) -> object:
    """The next value; EOFError when the other side has gone."""
    header = stream.read(HEADER)
    if len(header) < HEADER:
        raise EOFError
    size = int.from_bytes(header, "big")
    data = stream.read(size)
    if len(data) < size:
        raise EOFError
    return pickle.loads(data)


def serve(requests: BinaryIO, answers: BinaryIO) -> None:
    """Answer ("ok", ParsedFeed), ("error", message) for a ParseError, or ("crash", None)
    for anything else (the main process then parses that feed itself)."""
    while True:
        try:
            body, headers, url = read_frame(requests)
        except EOFError:
            return
        try:
            answer: tuple = ("ok", parse_feed(body, headers, url))
        except ParseError as exc:
            answer = ("error", str(exc))
        except Exception:  # noqa: BLE001 - reported by the main process's own parse
            answer = ("crash", None)
        write_frame(answers, answer)


def main() -> None:
    answers = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything printed by a library goes to stderr, not into the answers
    serve(sys.stdin.buffer, answers)


if __name__ == "__main__":
    main()
