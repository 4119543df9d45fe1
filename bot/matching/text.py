"""Length-preserving normalisation for matching: lower case, one apostrophe, hyphens
as spaces, optional accent folding."""
from __future__ import annotations

import re
import unicodedata

_CHAR_MAP = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02bb": "'", "\u00b4": "'", "`": "'",
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
