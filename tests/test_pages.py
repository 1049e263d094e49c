"""Templates and static files come from the package (so an installed wheel has them),
and pages are autoescaped."""
from __future__ import annotations

from importlib.resources import files

import pytest
from jinja2 import UndefinedError

from sync.pages import render, static

PACKAGE_FILES = ["templates/player.html", "templates/review.html",
                 "static/player.css", "static/player.js"]


@pytest.mark.parametrize("path", PACKAGE_FILES)
def test_page_files_are_package_resources(path):
    assert (files("sync") / path).is_file()


def test_static_files_cannot_close_the_element_they_are_inlined_in():
    assert "</style" not in static("player.css").lower()
    assert "</script" not in static("player.js").lower() and "<!--" not in static("player.js")


def test_render_escapes_values_and_refuses_missing_ones():
    page = render("review.html", rows=[], title='<b>"&', hms=str, low=0.5)
    assert "<b>" not in page and "&lt;b&gt;" in page
    with pytest.raises(UndefinedError):
        render("review.html", rows=[])
