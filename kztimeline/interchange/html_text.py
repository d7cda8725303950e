"""HTML reduced to plain text with the standard library's parser (never regular expressions): TimelineJS texts,
headlines and credits are HTML fragments, and a visitor reads plain text.

Paragraphs, line breaks, list items and block quotes become line breaks; runs of spaces collapse; entities are
decoded; scripts, styles and the markup itself go. The links' targets are kept apart (`Reduced.links`), so a
credit's link can become its source's URL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

_BLOCKS = frozenset({"p", "div", "br", "li", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                     "table", "section", "article", "header", "footer", "figure", "figcaption", "pre", "hr", "dd",
                     "dt"})
_HIDDEN = frozenset({"script", "style", "template", "iframe", "noscript"})


@dataclass
class Reduced:
    text: str
    links: list[str] = field(default_factory=list)
    cite: str = ""  # the text of <cite> elements (who is quoted), kept out of `text`
    blockquote: bool = False  # the fragment is (or holds) a block quote


class _Reducer(HTMLParser):
    def __init__(self, keep_cite_apart: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.cite: list[str] = []
        self.links: list[str] = []
        self.hidden = 0
        self.in_cite = 0
        self.keep_cite_apart = keep_cite_apart
        self.blockquote = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")
        if tag == "blockquote":
            self.blockquote = True
        if tag == "cite" and self.keep_cite_apart:
            self.in_cite += 1
        if tag == "a":
            href = dict(attrs).get("href")
            if href and href.startswith(("http://", "https://")):
                self.links.append(href)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")
        if tag == "cite" and self.in_cite:
            self.in_cite -= 1

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        (self.cite if self.in_cite else self.parts).append(data)


def _tidy(text: str, lines: bool) -> str:
    if not lines:
        return " ".join(text.split())
    paragraphs = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(p for p in paragraphs if p)


def reduce(html: str, lines: bool = True, keep_cite_apart: bool = False) -> Reduced:
    """The plain text of an HTML fragment: with `lines`, one line per paragraph; else all on one line."""
    parser = _Reducer(keep_cite_apart)
    parser.feed(html)
    parser.close()
    return Reduced(_tidy("".join(parser.parts), lines), parser.links, _tidy("".join(parser.cite), False),
                   parser.blockquote)


def plain(html: str, lines: bool = False) -> str:
    return reduce(html, lines).text
