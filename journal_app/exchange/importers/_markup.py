"""Notes written with rich text (``<br>``, ``<b>``, ``<p>``…) as plain text.

Daylio keeps rich notes as HTML, in its backups and in newer CSV exports;
one converter serves both. Only real HTML elements are markup: anything
else in angle brackets (``<3``, a ``<c_e>`` someone typed) is kept as it
was written. Line breaks and paragraphs are kept, list items get a bullet,
character references (``&amp;``) become the character.
"""

from __future__ import annotations

import html
import re

# Elements a rich-text editor writes; only these are taken as markup.
_INLINE = frozenset(
    (
        "a", "abbr", "b", "big", "cite", "code", "del", "dfn", "em", "font", "i", "img", "ins",
        "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "tt",
        "u", "var", "wbr",
    )
)  # fmt: skip
_BLOCK = frozenset(
    (
        "address", "article", "aside", "blockquote", "body", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header",
        "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", "ul",
    )
)  # fmt: skip
_DROP_CONTENT = frozenset({"script", "style", "title"})
_KNOWN = _INLINE | _BLOCK | _DROP_CONTENT | {"br"}

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b((?:[^<>\"']|\"[^\"]*\"|'[^']*')*)>")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def looks_like_markup(text: str) -> bool:
    """True when ``text`` holds an HTML element or character reference we convert."""
    if "<" not in text and "&" not in text:
        return False
    if _ENTITY.search(text) or _COMMENT.search(text):
        return True
    return any(m[2].lower() in _KNOWN for m in _TAG.finditer(text))


def markup_to_text(text: str) -> str:
    """Plain text of a note that may be HTML or already plain (then only stripped)."""
    if not looks_like_markup(text):
        return text.strip()
    text = _COMMENT.sub("", text)
    out: list[str] = []
    dropping: str | None = None
    at = 0
    for match in _TAG.finditer(text):
        closing, name = match[1] == "/", match[2].lower()
        if name not in _KNOWN:
            continue  # not HTML: stays in the text as written
        if dropping is None:
            out.append(html.unescape(text[at : match.start()]))
        at = match.end()
        if dropping is not None:
            if closing and name == dropping:
                dropping = None
            continue
        if name in _DROP_CONTENT and not closing:
            dropping = name
        elif name == "br":
            out.append("\n")
        elif name == "li" and not closing:
            out.append("\n• ")
        elif name in _BLOCK and name != "li":
            out.append("\n")
    if dropping is None:
        out.append(html.unescape(text[at:]))
    plain = "".join(out).replace("\xa0", " ").replace("\r\n", "\n").replace("\r", "\n")
    lines: list[str] = []
    for line in (part.rstrip() for part in plain.split("\n")):
        if not line and (not lines or not lines[-1]):
            continue  # no runs of blank lines, none at the start
        lines.append(line)
    return "\n".join(lines).strip()
