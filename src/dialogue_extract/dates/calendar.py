"""Calendar arithmetic on ISO values: resolving partial and relative dates against a reference."""
from __future__ import annotations

import datetime as dt
from typing import Optional

#: an unknown year is written ``XXXX``; arithmetic on such dates uses this leap year
_PLACEHOLDER_YEAR = 2000


def iso_day(year: Optional[int], month: int, day: int) -> Optional[str]:
    """``YYYY-MM-DD`` (``XXXX-MM-DD`` when the year is unknown), or None for an impossible date."""
    try:
        dt.date(year if year is not None else _PLACEHOLDER_YEAR, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year is not None else f"XXXX-{month:02d}-{day:02d}"


def iso_month(year: Optional[int], month: int) -> Optional[str]:
    if not 1 <= month <= 12:
        return None
    return f"{year:04d}-{month:02d}" if year is not None else f"XXXX-{month:02d}"


def closest_year(month: int, day: int, reference: dt.date) -> Optional[int]:
    """The year that puts ``month``/``day`` closest to ``reference`` (ties go to the past)."""
    best: Optional[tuple[int, int]] = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        key = (abs((d - reference).days), 0 if d <= reference else 1)
        if best is None or key < best[:2]:
            best = (*key, year)  # type: ignore[assignment]
    return None if best is None else best[2]  # type: ignore[misc]


def month_year(month: int, reference: dt.date, mode: str = "on_or_before") -> int:
    """The year of a month named alone: the latest such month on or before the reference month
    (``mode="on_or_before"``), the first one on or after it (``"on_or_after"``), strictly before
    (``"before"``) or strictly after (``"after"``)."""
    y, m = reference.year, reference.month
    if mode == "on_or_before":
        return y if month <= m else y - 1
    if mode == "before":
        return y if month < m else y - 1
    if mode == "on_or_after":
        return y if month >= m else y + 1
    return y if month > m else y + 1  # "after"


def resolve_weekday(weekday: int, reference: dt.date, mode: str = "on_or_before") -> dt.date:
    """The date of ``weekday`` (0 = Monday) relative to ``reference``; ``mode`` as in :func:`month_year`."""
    diff = reference.weekday() - weekday
    if mode in ("on_or_before", "before"):
        back = diff % 7
        if back == 0 and mode == "before":
            back = 7
        return reference - dt.timedelta(days=back)
    ahead = (-diff) % 7
    if ahead == 0 and mode == "after":
        ahead = 7
    return reference + dt.timedelta(days=ahead)


def shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


def relative_value(unit: str, offset: int, reference: Optional[dt.date],
                   partial: Optional[tuple[int, int]] = None) -> Optional[str]:
    """Value of a relative expression (``unit`` day/month/year shifted by ``offset``).

    With only a month/day known (``partial``), days can still be given as ``XXXX-MM-DD``.
    """
    if reference is not None:
        if unit == "day":
            return (reference + dt.timedelta(days=offset)).isoformat()
        if unit == "month":
            y, m = shift_month(reference.year, reference.month, offset)
            return f"{y:04d}-{m:02d}" if dt.MINYEAR <= y <= dt.MAXYEAR else None
        if unit == "year":
            y = reference.year + offset
            return f"{y:04d}" if dt.MINYEAR <= y <= dt.MAXYEAR else None
        return None
    if partial is not None and unit == "day":
        d = dt.date(_PLACEHOLDER_YEAR, *partial) + dt.timedelta(days=offset)
        return f"XXXX-{d.month:02d}-{d.day:02d}"
    return None
