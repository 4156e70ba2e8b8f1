"""The sector taxonomy. Placeholder, being written."""
from __future__ import annotations


def sector_label(sector_id: str) -> str:
    return sector_id.replace("_", " ").capitalize()
