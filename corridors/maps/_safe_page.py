"""Data that reaches a folium page without passing through a template engine.

folium and branca build a page from Jinja templates, and branca compiles the *output* of
each element's macro again as a template (``Element(html(self, kwargs))``).  Any string
that reaches a macro's output, even inside JSON, is therefore compiled: ``{{ 7*7 }}`` in a
place name or an evidence sentence would print 49, ``{% raw %}`` would break the page, and
worse could run code.

So user data never enters a template.  A macro writes an opaque *slot* token (letters,
digits and underscores only, with a random per-page nonce nobody can guess), and
:class:`SafeFigure` puts the data in place of the tokens after the templates have run,
as JSON made safe for a ``<script>`` element.
"""

from __future__ import annotations

import json
import re
import secrets
from typing import Any

__all__ = ["safe_figure_class", "script_json"]

_SCRIPT_ESCAPES = str.maketrans({
    "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027",
    "\u2028": "\\u2028", "\u2029": "\\u2029",
})


def script_json(value: Any) -> str:
    """``value`` as JSON that is inert inside an HTML ``<script>`` element.

    Examples
    --------
    >>> script_json({"t": "</script><b>{{ 7*7 }}</b>"})
    '{"t": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e{{ 7*7 }}\\\\u003c/b\\\\u003e"}'
    """
    return json.dumps(value, allow_nan=False).translate(_SCRIPT_ESCAPES)


def safe_figure_class() -> Any:
    """The :class:`branca.element.Figure` subclass that fills data slots after rendering."""
    from branca.element import Figure

    class SafeFigure(Figure):
        """A page whose data is put in after every template has been rendered."""

        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self._slot_nonce = secrets.token_hex(12)
            self._slots: dict[str, str] = {}

        def slot(self, value: Any) -> str:
            """A token to write in a template; it becomes ``value`` as script JSON."""
            token = f"corridors_slot_{self._slot_nonce}_{len(self._slots)}_end"
            self._slots[token] = script_json(value)
            return token

        def render(self, **kwargs: Any) -> str:
            page: str = super().render(**kwargs)
            pattern = re.compile(rf"corridors_slot_{self._slot_nonce}_\d+_end")
            return pattern.sub(lambda m: self._slots.get(m.group(0), "null"), page)

    return SafeFigure
