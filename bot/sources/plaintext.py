"""Untrusted markup reduced to plain text: what sources keep of an item, and what the
threads quote of it. Control characters never survive: a feed must not reach a
terminal's escape sequences (clear the screen, retitle the window), ring its bell, or
put NUL bytes in the database."""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_BLOCK_TAGS = {"p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
               "blockquote", "tr", "table", "section", "article", "figure", "hr"}
_SKIP_TAGS = {"script", "style", "noscript", "iframe", "object", "svg"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP_TAGS:
            self.skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self.skipping:
            self.skipping -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment: tags dropped, entities decoded, paragraphs kept."""
    if not markup:
        return ""
    if "<" not in markup:
        text = html.unescape(markup)
    else:
        extractor = _TextExtractor()
        extractor.feed(markup)
        extractor.close()
        text = "".join(extractor.parts)
    text = text.replace("\r", "")
    lines = [re.sub(r"[ \t\u00a0\u202f]+", " ", line).strip() for line in text.split("\n")]
    paragraphs = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return paragraphs


def one_line(text: str) -> str:
    """Collapse all whitespace to single spaces."""
    return re.sub(r"\s+", " ", text).strip()


# C0 and C1 controls but tab and newline (CR is dropped with them).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Characters that reorder or hide text: bidi embeddings, overrides and isolates,
# directional marks, zero-width spaces and joiners, the byte-order mark.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def without_controls(text: str) -> str:
    """`text` without control characters (tab and newline kept)."""
    return _CONTROLS.sub("", text)


def visible_line(text: str) -> str:
    """A title as people will see it: one line, no controls, no invisible characters."""
    return one_line(_INVISIBLE.sub("", _CONTROLS.sub(" ", text)))


def title_text(markup: str) -> str:
    """A feed item's title as the bot reads and shows it: plain text, one line."""
    return visible_line(html_to_text(markup))


def summary_text(markup: str) -> str:
    """A feed item's summary as the bot reads it: plain text, paragraphs kept."""
    return without_controls(html_to_text(markup))
