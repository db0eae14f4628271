"""When two articles' numbers or dates are one value written two ways, and when they clash.

A number is what it counts ('%', a scale word or nothing), its figure and its decimals: 1.4
billion is 1.37 billion rounded. A date is its month, day, year and weekday, as far as it gives
them: "Sept. 12" is "September 12", and a year and a weekday share no part, so they may be one
day. Two lists of values clash when each has a value the other does not match and the two are
comparable (`briefing/compare.py`).
"""

from __future__ import annotations

# A value as compared: its parts, each None when not given. A number: what it counts
# ('%', a scale word or ''), the figure, its decimals (for rounding). A date: month, day,
# year, weekday. Two values are comparable when they give a part in common, and equal
# when they agree on every part they both give.
Value = tuple[str | float | int | None, ...]


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def clash(mine: list[Value | None], theirs: list[Value | None], number: bool) -> bool:
    """True when each list has a value the other does not match, and the two are
    comparable: "July 17" and "October 2025" both name a month, "Nov. 3" and "2016" share
    no part and may be one date."""
    compare = _same_number if number else _same_date

    def unmatched(values: list[Value | None], others: list[Value | None]) -> list[Value]:
        return [v for v in values if v is not None
                and not any(o is not None and compare(v, o) is True for o in others)]

    return any(compare(a, b) is False
               for a in unmatched(mine, theirs) for b in unmatched(theirs, mine))


def _same_number(a: Value, b: Value) -> bool | None:
    """None when they count different things; else whether one figure is the other, or
    the other rounded (a figure written with fewer decimals: 1.4 and 1.37 trillion)."""
    if a[0] != b[0]:
        return None
    x, y, dx, dy = float(a[1] or 0), float(b[1] or 0), int(a[2] or 0), int(b[2] or 0)
    return x == y or round(x, dy) == y or round(y, dx) == x


def _same_date(a: Value, b: Value) -> bool | None:
    """None when they share no part; else whether every shared part agrees."""
    shared = [(x, y) for x, y in zip(a, b, strict=True) if x is not None and y is not None]
    return None if not shared else all(x == y for x, y in shared)


def read_number(value: str) -> Value | None:
    """(what it counts, the figure, its decimals); None for a bare "millions"."""
    figure, _, scale = value.removesuffix("%").partition(" ")
    try:
        number = float(figure)
    except ValueError:
        return None
    return ("%" if value.endswith("%") else scale), number, len(figure.partition(".")[2])


def read_date(value: str) -> Value | None:
    """(month, day, year, weekday), as far as the date gives them: "Sept. 11" and
    "September 11" are one date."""
    words = value.lower().replace(".", " ").replace(",", " ").split()
    if not words:
        return None
    if words[0] in _WEEKDAYS:
        return None, None, None, words[0]
    month = next((w[:3] for w in words if w.isalpha()), None)
    digits = [w.rstrip("stndrh") for w in words if w[:1].isdigit()]
    day = next((int(d) for d in digits if d.isdigit() and len(d) <= 2), None)
    year = next((int(d) for d in digits if d.isdigit() and len(d) == 4), None)
    return month, day, year, None
