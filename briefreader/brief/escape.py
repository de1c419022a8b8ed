"""Escaping for the Markdown brief: article and user text stays text, notes stay safe Markdown.

Two kinds of text reach a brief, and they are escaped differently:

- **Literal text** (article passages, titles, names, claims, tags, metadata) must come out
  exactly as written. ``escape_inline`` backslash-escapes every character that Markdown could read
  as syntax (emphasis, code, links, table pipes, HTML) and the block markers a line could start
  with (``#``, ``>``, ``-``, ``+``, ``1.``), so that the text survives as text on GitHub
  (CommonMark/GFM) and with Python-Markdown's ``tables`` extension alike. Line breaks are
  folded to spaces: a table cell or a heading is one line.
  ``escape_block`` keeps the lines of a passage for a block quote.
- **Notes** are Markdown by design (emphasis, lists, links, code). ``escape_note`` keeps that, but
  a note cannot inject HTML: ``<`` that could open a tag, comment or autolink becomes ``&lt;`` and
  ``&`` that could open an entity becomes ``&amp;`` (so ``&lt;b&gt;`` written in a note shows as
  typed). A note cannot reshape the brief either: headings (``#``, setext underlines) are escaped,
  a code fence left open is closed at the end of the note, so it never swallows the sections
  after it, a link to a ``javascript:``/``vbscript:``/``data:`` target is left as text, and an
  image becomes a link to it (``\\![``), so that nothing is fetched or read when a brief is shown.
  Known cost: a tag-like ``<b>`` inside a note's code span shows as ``&lt;b>``, ``![`` as ``\\![``.

Backslash escapes are used where both CommonMark and Python-Markdown honour them; ``<``, ``&``,
``=`` and ``~`` use numeric or named entities instead, which both honour.
"""

from __future__ import annotations

import re

from briefreader.document import clean_inline

# characters Markdown may read as inline syntax anywhere on a line
_INLINE_SPECIALS = re.compile(r"([\\`*\[\]|])")
# "_" between two letters or digits is never emphasis (CommonMark, Python-Markdown): left bare
# there so that file names like "idlib_report.txt" read as written
_LOOSE_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
# "<" followed by what could start a tag, closing tag, comment, declaration, PI or autolink
_TAG_OPEN = re.compile(r"<(?=[A-Za-z/!?])")
# "&" followed by what could be read as a named or numeric character reference
_ENTITY_START = re.compile(r"&(?=#?[A-Za-z0-9]+;?)")
# block markers a line may start with: headings, quotes, bullets, ordered-list numbers
_LEADING_MARKER = re.compile(r"^(\s*)(#|>|[-+*](?=\s|$)|\d{1,9}(?=[.)](?:\s|$)))")
_ORDERED_DOT = re.compile(r"^(\s*\d{1,9})([.)])")
_TRAILING_HASHES = re.compile(r"(\s)(#+)\s*$")
_SETEXT_OR_RULE = re.compile(r"^\s{0,3}(?:=+|-+|(?:[-*_]\s*){3,})\s*$")
_ATX_HEADING = re.compile(r"^(\s{0,3})(#{1,6})(?=\s|$)")
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_TILDES = re.compile(r"~")
# links and reference definitions whose target would run script when clicked
_SCRIPT_LINK = re.compile(r"\]\(\s*(?:<|&lt;)?\s*(?=(?:javascript|vbscript|data)\s*:)",
                          re.IGNORECASE)
# "![" opens an image, which a preview or a Markdown viewer would load (a local file, a remote
# tracker): a note's image is shown as a link to it instead
_IMAGE_OPEN = re.compile(r"(?<!\\)((?:\\\\)*)!(?=\[)")   # an even run of backslashes escapes none
_SCRIPT_REFERENCE = re.compile(
    r"^(\s{0,3})\[(?=[^\]]*\]:\s*(?:<|&lt;)?\s*(?:javascript|vbscript|data)\s*:)", re.IGNORECASE)


def _escape_html(text: str) -> str:
    text = _ENTITY_START.sub("&amp;", text)
    return _TAG_OPEN.sub("&lt;", text)


def _lines(text: str) -> list[str]:
    """Lines whichever line ends the text was written with."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _break_underline(line: str) -> str:
    """A line of "===" or "---" that can no longer underline (or rule): its first mark escaped."""
    return re.sub(r"[=\-]", lambda m: "&#61;" if m.group() == "=" else "\\-", line, count=1)


def _escape_line(line: str) -> str:
    """One line of literal text: inline syntax and a leading block marker escaped."""
    line = _escape_html(line)
    line = _INLINE_SPECIALS.sub(r"\\\1", line)
    line = _LOOSE_UNDERSCORE.sub(r"\\_", line)
    # GFM reads ~~x~~ (and ~x~) as strike-through; Python-Markdown has no "\~" escape
    line = _TILDES.sub("&#126;", line)
    if _SETEXT_OR_RULE.match(line):
        # a line of "===" or "---" under text would turn that text into a heading
        return _break_underline(line)
    match = _LEADING_MARKER.match(line)
    if match:
        indent, marker = match.group(1), match.group(2)
        if marker.isdigit():
            line = _ORDERED_DOT.sub(r"\1\\\2", line, count=1)
        else:
            line = f"{indent}\\{line[len(indent):]}"
    # "Title #" would lose its closing hashes in an ATX heading
    return _TRAILING_HASHES.sub(lambda m: m.group(1) + "\\#" * len(m.group(2)), line)


def escape_inline(text: str) -> str:
    """Literal text on one line (table cell, heading, list value): shown exactly as written."""
    return _escape_line(clean_inline(text))


def escape_block(text: str) -> list[str]:
    """Literal text that may span lines or paragraphs, as escaped lines ("" for a break)."""
    lines: list[str] = []
    for raw in _lines(text):
        cleaned = clean_inline(raw)
        if cleaned or (lines and lines[-1]):
            lines.append(_escape_line(cleaned) if cleaned else "")
    while lines and not lines[-1]:
        lines.pop()
    return lines


def block_quote(text: str) -> str:
    """A passage as a Markdown block quote; its paragraph breaks are kept inside the quote."""
    lines = escape_block(text)
    return "\n".join(f"> {line}" if line else ">" for line in lines) if lines else ""


def escape_note(note: str) -> str:
    """A user's Markdown note made safe to embed: no raw HTML, no headings, no open fence."""
    out: list[str] = []
    fence: str | None = None
    for raw in _lines(note):
        line = raw.rstrip()
        fence_match = _FENCE.match(line)
        if fence is not None:
            if fence_match and fence_match.group(1)[0] == fence[0] and \
                    len(fence_match.group(1)) >= len(fence) and not line.strip(fence[0]).strip():
                fence = None
            out.append(_escape_html(line))
            continue
        if fence_match:
            fence = fence_match.group(1)
            out.append(_escape_html(line))
            continue
        line = _escape_html(line)
        if _SETEXT_OR_RULE.match(line) and line.strip()[0] in "=-" and out and out[-1].strip():
            # a setext underline would promote the previous note line to a heading
            line = _break_underline(line)
        line = _ATX_HEADING.sub(r"\1\\\2", line)
        line = _SCRIPT_LINK.sub(lambda m: "]\\(" + m.group()[2:], line)
        line = _SCRIPT_REFERENCE.sub(r"\1\\[", line)
        line = _IMAGE_OPEN.sub(r"\1\\!", line)
        out.append(line)
    if fence is not None:
        out.append(fence)
    while out and not out[-1].strip():
        out.pop()
    while out and not out[0].strip():
        out.pop(0)
    return "\n".join(out)


def note_starts_with_block(note_markdown: str) -> bool:
    """Whether an escaped note opens with a block construct (list, quote, code, table)."""
    first = note_markdown.split("\n", 1)[0]
    return bool(re.match(r"^(\s{4,}|\s*(?:[-+*]\s|\d{1,9}[.)]\s|>|\||`{3,}|~{3,}))", first))
