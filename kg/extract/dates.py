"""Dates of facts: "on February 7", "el pasado 9 de junio", "em março de 2024", "in 2024".

A date without a year takes the year of the document's publication date (the year
before when that would put it after publication). Returns ISO text and a precision.

>>> fact_date("The raid took place on February 7.", "2025-02-12")
('2025-02-07', 'day')
>>> fact_date("Fue capturado el pasado 9 de junio.", "2024-01-10")
('2023-06-09', 'day')
>>> fact_date("Foram presos em março de 2024.", None)
('2024-03', 'month')
>>> fact_date("It expanded to Chile in 2018.", None)
('2018', 'year')
"""

from __future__ import annotations

import re

from kg.extract.langdata import mapping
from kg.extract.text import fold_keep_offsets

# "march", "marzo", "março" (folded): each language's months, by number.
_MONTHS = {month: int(number) for month, number in mapping("month_numbers").items()}
_DIGIT = re.compile(r"\d")
_MONTH = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"((?:19|20)\d{2})"
_DAY = r"(\d{1,2})"
_PATTERNS = (
    ("day-md", re.compile(rf"\b{_MONTH}\s+{_DAY}(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR})?", re.I)),
    ("day-dm", re.compile(rf"\b{_DAY}\s+(?:de\s+)?{_MONTH}\b(?:,?\s+(?:de\s+|del\s+)?{_YEAR})?", re.I)),
    ("month", re.compile(rf"\b{_MONTH}\s+(?:de\s+|del\s+|of\s+)?{_YEAR}\b", re.I)),
    (
        "year",
        re.compile(
            rf"\b(?:in|since|en|em|desde|during|durante|de)\s+(?:early\s+|late\s+|mid-)?{_YEAR}\b", re.I
        ),
    ),
)


def _published(published: str | None) -> tuple[int, int, int] | None:
    if not published:
        return None
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", published)
    return (int(match[1]), int(match[2]), int(match[3])) if match else None


def fact_date(sentence: str, published: str | None) -> tuple[str, str] | None:
    """The date the sentence gives its fact, as (ISO text, precision), or None."""
    if _DIGIT.search(sentence) is None:
        return None
    text = fold_keep_offsets(sentence)
    pub = _published(published)
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if kind.startswith("day"):
                month_text, day_text, year_text = (
                    (match[1], match[2], match[3]) if kind == "day-md" else (match[2], match[1], match[3])
                )
                month, day = _MONTHS[month_text.lower()], int(day_text)
                if not 1 <= day <= 31:
                    continue
                if year_text:
                    year = int(year_text)
                elif pub is not None:
                    year = pub[0] if (month, day) <= (pub[1], pub[2]) else pub[0] - 1
                else:
                    continue
                return f"{year:04d}-{month:02d}-{day:02d}", "day"
            if kind == "month":
                return f"{int(match[2]):04d}-{_MONTHS[match[1].lower()]:02d}", "month"
            return match[1], "year"
    return None
