"""The HTML pages' templates and static files, read from the package.

Pages are Jinja2 templates in ``sync/templates/`` with autoescaping on, so anything that
comes from the minutes or from file names is escaped wherever it lands; only our own
files (``sync/static/``) and text already escaped for its place are marked safe, with
:class:`~markupsafe.Markup`. Both are package data, so they are found in an installed
wheel as well as in a checkout.
"""
from __future__ import annotations

from functools import cache
from importlib.resources import files

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

_ENV = Environment(
    loader=PackageLoader("sync", "templates"),
    autoescape=select_autoescape(["html"]),
    undefined=StrictUndefined,     # a value left out is an error, not an empty string
    keep_trailing_newline=True,    # the pages end with a newline, as they always have
)


def render(template: str, **values: object) -> str:
    """The page ``sync/templates/<template>`` filled with ``values`` (autoescaped)."""
    return _ENV.get_template(template).render(**values)


@cache
def static(name: str) -> str:
    """The text of ``sync/static/<name>`` (ours, not input: a page may inline it as
    ``Markup``)."""
    return (files("sync") / "static" / name).read_text(encoding="utf-8")
