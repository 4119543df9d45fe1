"""Text helpers shared by parsing, matching and rendering: HTML to plain text and
length-preserving normalisation for matching."""
from __future__ import annotations

import html
import re
import unicodedata
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


_CHAR_MAP = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
    "-": " ", "\u2010": " ", "\u2011": " ", "\u2012": " ", "\u2013": " ", "\u2014": " ",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\t": " ", "\n": " ", "\r": " ",
}


def _folding_table() -> dict[str, str]:
    """Accented Latin letters → their base letter (é → e, Ç → C); œ and æ kept."""
    table = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base.isascii() and base.isalpha() and base != chr(code):
            table[chr(code)] = base
    return table


_FOLDED = _folding_table()
# A regex finds the few accented letters faster than str.translate, which looks every
# character up in the table once the text is not pure ASCII (French never is).
_ACCENTED = re.compile("[" + "".join(_FOLDED) + "]")


def _fold(text: str) -> str:
    return _ACCENTED.sub(lambda found: _FOLDED[found.group()], text)


def _slow_lower(text: str) -> str:
    """Lower-case char by char, keeping characters whose lower form is longer (İ)."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def normalise(text: str, *, fold_accents: bool = False) -> str:
    """Lower-case, unify apostrophes, treat hyphens as spaces; same length as `text`.

    Keeping the length lets a match found in the normalised text point back to the
    original (to check capitals, for instance).
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = _slow_lower(text)
    for char, replacement in _CHAR_MAP.items():
        if char in lowered:
            lowered = lowered.replace(char, replacement)
    return _fold(lowered) if fold_accents else lowered


def is_word_char(char: str) -> bool:
    """Letters and digits are word characters; apostrophes and hyphens are not."""
    return char.isalnum()
