"""marsad: Arabic news pages into evidence-linked structured records.

    >>> import marsad
    >>> art = marsad.analyze(open("page.txt", encoding="utf-8").read(), published="2023-06-12")
    >>> art.title, [e.canonical for e in art.entities]
"""

from marsad.api import analyze
from marsad.article import Article, Entity, Event, Quote, Span, Timex
from marsad.errors import InputError
from marsad.record import to_record

__all__ = ["analyze", "Article", "Entity", "Event", "Quote", "Span", "Timex", "InputError", "to_record"]
__version__ = "0.1.0"
