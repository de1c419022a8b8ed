"""Page furniture that article extractors let through, dropped by general rules.

Extractors keep the article's block structure well but pass on lines a reader never wants in the
article text: the headline and byline again (they live on the title line and in metadata), share
buttons, "Advertisement", slideshow controls, "You might also like" tails, a paragraph the template
printed twice. Every rule here is about the *kind* of line, never about a particular site; rules
that removed text the reference articles keep were dropped (bench/html_quality.py measures).

Over 300 lines because the rules share one pass over the blocks (``BlockCollector``) and see the
blocks before and after; each rule is a few lines, and splitting them apart would split that pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from briefreader.document import BULLET


@dataclass(frozen=True)
class PendingBlock:
    kind: str
    text: str
    level: int = 0
    links: tuple[tuple[str, str, int, int], ...] = field(default=())


class BlockCollector:
    """Collects blocks with DocumentBuilder's ``add`` signature, so they can be cleaned first."""

    def __init__(self) -> None:
        self.blocks: list[PendingBlock] = []

    def __len__(self) -> int:
        return len(self.blocks)

    def add(self, kind: str, text: str, level: int = 0,
            links: Iterable[tuple[str, str, int, int]] = ()) -> None:
        if text and text.strip():
            self.blocks.append(PendingBlock(kind, text, level, tuple(links)))


_WORD = re.compile(r"\w+")
_LEAD = r"^(?:" + re.escape(BULLET.strip()) + r"\s*)?"
_END = r"[\s.!:…»›>|-]*$"

# Whole-block matches (case-insensitive, after an optional bullet): controls and labels, no prose.
_FURNITURE = re.compile(_LEAD + r"(?:" + "|".join([
    r"advertisement|advertising|ad|sponsored(?: content)?|paid content|promoted",
    r"(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?",
    r"continue reading(?: (?:below|the (?:main )?story|the rest of the story))?",
    r"scroll (?:down )?to continue(?: with content)?|skip (?:to )?(?:main )?content|skip ad",
    r"share(?: this)?(?: (?:article|story|page|post|video|image|photo|on \w+(?: \w+)?))?",
    r"(?:share|post|send) (?:on|to|via|with) [\w ]{1,30}|tweet(?: this)?|email(?: this)?|e-mail",
    r"print(?: this)?(?: (?:article|story|page))?|copy(?: the)? link|save(?: for later| article)?",
    r"facebook|twitter|linkedin|whatsapp|pinterest|reddit|flipboard|messenger|x",
    r"previous|next|prev|close|open|fullscreen|full screen|thumbnails|expand|collapse|"
    r"play|pause|replay|mute|unmute|view (?:all|more|gallery|slideshow|comments)",
    r"(?:image|photo|slide|picture)? ?\d{1,3} (?:of|/) \d{1,3}",
    r"(?:enlarge|zoom)(?: this)?(?: (?:image|photo))?|(?:hide|show|toggle) caption|"
    r"(?:click|tap) to (?:enlarge|expand|zoom)",
    r"(?:loading|load|show|view|read|hide|see|leave|post|add) (?:all |the )?comments?(?:\.\.\.|…)?",
    r"comments?(?: \(\d+\))?|\d+ comments?|leave a (?:comment|reply)|loading(?:\.\.\.|…)?",
    r"(?:read|see|watch|show|load|view) (?:more|less|next|also)(?:\.\.\.|…)?|see also|related|more",
    r"(?:sign up|subscribe|register|log ?in|sign in)(?: (?:now|here|today|for free))?",
    r"(?:click|tap) here(?: to \w+(?: \w+){0,6})?",
    r"back to top|top of page|return to top|jump to comments?",
    r"(?:follow us|follow) on (?:\w+ ?){1,4}",
    r"thanks? (?:you )?for (?:signing up|subscribing|your interest)|you(?:'re| are) (?:all )?set",
    r"(?:sorry|oops)|there was an error processing your (?:subscription|request|sign-?up)",
    r"(?:keep an eye on|check) your inbox(?: for [\w ]{1,40})?|invalid email(?: address)?",
]) + r")" + _END, re.I)

# A label and then a short list or a credit. ("Related: <another story>" lines stay: both
# reference sets keep them, and they cost 0.003 F1 on the development pages when dropped.)
_LABEL_LINE = re.compile(
    _LEAD + r"(?:topics?|tags?|tagged(?: with)?|filed under|categories|category|keywords|"
    r"related topics|(?:photo|image|picture|video|graphic|illustration)(?: credits?)?|credits?|"
    r"photograph(?:y)?)\s*:", re.I)
_LABEL_MAX_WORDS = 30
_CREDIT_LINE = re.compile(
    _LEAD + r"\(?(?:photo|image|picture|photograph|video)s? (?:by|courtesy(?: of)?)\b", re.I)
_COPYRIGHT = re.compile(_LEAD + r"(?:[©ⓒ]|\(c\) ?\d{4}|copyright\s*(?:[©ⓒ]|\(c\)|\d{4}))|"
                        r"\ball rights reserved\b", re.I)
_EMAIL_ONLY = re.compile(r"^\S+@\S+\.\w+$")
_NEWSLETTER = re.compile(_LEAD + r"(?:[\w’',]+ ){0,4}(?:sign up|sign-up|signup|subscribe)\b.{0,100}"
                         r"\b(?:newsletters?|inbox|e-?mails?|alerts)\b", re.I)
# News agency credits closing a story: "(Reporting by A in Kabul; Editing by B)".
_WIRE_CREDITS = re.compile(
    r"^\((?:additional )?(?:reporting|writing|editing|compiled|research)\b.*\)\.?$"
    r"|^(?:additional )?(?:reporting|writing) by\b.*\b(?:editing|writing) by\b", re.I)
_FOLLOW_US = re.compile(
    _LEAD + r"(?:be sure to |please |and )?(?:follow|visit|find|like|join|connect with)\b.{0,80}"
    r"\b(?:on|at|via)\b.{0,60}\b(?:facebook|twitter|instagram|linkedin|"
    r"youtube|tiktok|threads|bluesky|mastodon|telegram|whatsapp)\b", re.I)
# A byline standing alone at the top: "By Jane Doe and John Roe, Reuters".
_BYLINE = re.compile(_LEAD + r"(?:posted |written |words |reporting )?by\s+(?P<names>.+)$", re.I)
_BYLINE_MAX_WORDS = 12
# Small words a byline may hold besides names: "By Ana Ruiz and Li Wei in Kabul for Reuters".
_BYLINE_CONNECTORS = {"and", "in", "for", "of", "the", "with", "at", "staff", "reporter", "writer",
                      "correspondent", "editor", "de", "da", "van", "von", "der", "al", "el", "bin"}
# "By Tuesday, ..." opens a sentence, not a byline.
_NOT_NAMES = re.compile(r"(?:" + "|".join([
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|then|now|noon",
    r"midnight|dawn|morning|evening|night|early|late|mid|the|this|that|last|next|contrast",
    r"comparison|january|february|march|april|may|june|july|august|september|october",
    r"november|december|\d+"]) + r")\b", re.I)

_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_ORDINAL = r"(?:st|nd|rd|th)?"
_DATE = re.compile(
    r"\b(?:(?:" + _MONTHS + r")\.? \d{1,2}" + _ORDINAL + r",? \d{4}|\d{1,2}" + _ORDINAL
    + r" (?:" + _MONTHS + r")\.?,? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})\b", re.I)
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\b")
_DATELINE_WORDS = {
    "posted", "published", "updated", "last", "modified", "on", "at", "am", "pm", "a", "m", "p",
    "et", "est", "edt", "pt", "pst", "pdt", "ct", "cdt", "cst", "gmt", "utc", "bst", "cet", "cest",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "first", "date", "time", "ago", "hours", "hour", "minutes",
    "min", "mins", "read", "and", "the", "of", "st", "nd", "rd", "th", "today", "yesterday",
}
_DATELINE_MAX_WORDS = 14
# Below the top of the article a date alone may head a timeline entry; a stamp says what it is.
_STAMP = re.compile(r"\b(?:posted|published|updated|modified)\b", re.I)

# Headings that open the page's tail: links to other stories, comments and the like. ("Read
# more" / "See also" lists stay: the reference texts keep the author's own further reading.)
_TAIL_MARKER = re.compile(_LEAD + r"(?:" + "|".join([
    r"(?:you|we think you) (?:might|may|will|could) (?:also )?(?:like|enjoy|be interested in)",
    r"related(?: (?:articles?|stories|posts|content|coverage|reading|videos?|links|news|topics))?",
    r"more (?:stories|articles|news|videos?|coverage|to (?:read|explore)|from [\w .'’&-]{1,40}|"
    r"on (?:this|these) (?:topics?|stories?)|in [\w .'’&-]{1,30}|like this)",
    r"recommended(?: (?:for you|stories|articles|reading|videos?))?|(?:editors?['’]s? )?picks",
    r"(?:most|top) (?:popular|read|viewed|shared|emailed|commented|stories)(?: \w+)?",
    r"(?:popular|trending|recent|featured) (?:now|stories|articles|news|videos?|"
    r"slide ?shows|galleries|posts|headlines)(?: \w+)?|trending",
    r"(?:read|watch|up) next|what to read next|around the web|from (?:around )?the web|"
    r"(?:sponsored|promoted|partner) (?:stories|content|links)",
    r"other [\w .'’&-]{1,30} (?:columns|stories|articles|news|posts)",
    r"comments?(?: \(\d+\))?|\d+ comments?|(?:join|start) the (?:conversation|discussion)|"
    r"(?:leave|post) a (?:comment|reply)|loading comments(?:\.\.\.|…)?",
    r"(?:[\w'’&+-]+ ){0,4}newsletters?|(?:sign up|subscribe) (?:for|to) (?:our|the) [\w'’ ]{0,40}",
]) + r")" + _END, re.I)
_TAIL_MARKER_MAX_CHARS = 80
# The tail is cut only when the article before the marker is at least this many times longer.
_TAIL_RATIO = 2.0
_LEADING_ZONE = 6  # blocks at the top where a repeated headline, byline or dateline may sit
_LEDE_MIN_WORDS = 15  # ...until the first paragraph this long, where the story begins
_HEADLINE_VARIANT_OVERLAP = 0.6  # share of words a top-level heading has with the title
_HEADER_MAX_BLOCKS = 4  # a byline this near the top closes the page header above it
_STANDFIRST_MAX_WORDS = 50  # a longer block above the byline is story text, not header
_DUPLICATE_MIN_WORDS = 6
_SENTENCE_ENDS = tuple(".!?:;…\"'”’»)")


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def clean_blocks(blocks: list[PendingBlock], title: str = "", byline: str = "",
                 summary: str = "") -> list[PendingBlock]:
    """The article's blocks without repeated headline, byline, page furniture, tail and repeats.

    ``summary`` is the page's own description of the story (its meta description)."""
    blocks = _drop_leading_repeats(blocks, words(title), words(byline), words(summary))
    blocks = _cut_tail(blocks)
    blocks = [b for b in blocks if not is_furniture(b)]
    return _drop_repeats(blocks)


def is_furniture(block: PendingBlock) -> bool:
    text = block.text
    if _FURNITURE.match(text) or _EMAIL_ONLY.match(text.removeprefix(BULLET)):
        return True
    if not _WORD.search(text):
        return True  # separators: "-", "|", "* * *"
    n = len(words(text))
    if n <= _LABEL_MAX_WORDS and (_LABEL_LINE.match(text) or _CREDIT_LINE.match(text)
                                  or _COPYRIGHT.search(text) or _NEWSLETTER.match(text)):
        return True
    if n <= _LABEL_MAX_WORDS and (_WIRE_CREDITS.match(text) or _FOLLOW_US.match(text)):
        return True
    return (block.kind != "heading" and n <= _DATELINE_MAX_WORDS and is_dateline(text)
            and not _is_bare_date(text))


def is_dateline(text: str) -> bool:
    """A line that only says when the story was posted or updated."""
    rest = _DATE.sub(" ", text)
    if rest == text and not _CLOCK.search(text):
        return False
    rest = re.sub(r"\b\d{1,4}\b", " ", _CLOCK.sub(" ", rest))
    return all(w in _DATELINE_WORDS for w in words(rest))


def _drop_leading_repeats(blocks: list[PendingBlock], title_words: list[str],
                          byline_words: list[str], summary_words: list[str]) -> list[PendingBlock]:
    """Headline, byline and date lines at the top: the title line and metadata already say them."""
    header_end = _header_end(blocks, byline_words)
    kept: list[PendingBlock] = []
    in_lead, after_headline = True, False
    for i, block in enumerate(blocks):
        if i <= header_end:
            continue  # kicker, headline and standfirst above the byline or date line
        w = words(block.text)
        if after_headline and _is_standfirst(block, w, summary_words):
            continue
        after_headline = False
        if in_lead and block.kind != "heading" and len(w) >= _LEDE_MIN_WORDS:
            in_lead = False  # the story has begun
        if in_lead and i < _LEADING_ZONE:
            if _repeats_title(block, w, title_words):
                after_headline = True
                continue
            if _is_credit_line(block, w, byline_words):
                continue
        kept.append(block)
    return kept


def _is_standfirst(block: PendingBlock, block_words: list[str], summary_words: list[str]) -> bool:
    """Right under the headline, the page's own summary set as a phrase, without a full stop.

    A lede can be the page's summary too, but a lede is a sentence and ends like one."""
    return (bool(summary_words) and block_words == summary_words
            and not block.text.rstrip().endswith(_SENTENCE_ENDS))


def _is_credit_line(block: PendingBlock, block_words: list[str], byline_words: list[str]) -> bool:
    """The byline or the date line of the story."""
    return ((bool(byline_words) and _names_author(block_words, byline_words))
            or (len(block_words) <= _BYLINE_MAX_WORDS and looks_like_byline(block.text))
            or (len(block_words) <= _DATELINE_MAX_WORDS and is_dateline(block.text)))


def _header_end(blocks: list[PendingBlock], byline_words: list[str]) -> int:
    """Index of the byline or stamped date line that closes the page's header, or -1.

    Pages set the kicker, headline and standfirst above the byline; the story starts below it.
    Only a credit line near the top counts (a bare date may head a timeline entry instead), and
    only over headings and at most one short paragraph: story text never goes.
    """
    end, paragraphs = -1, 0
    for i, block in enumerate(blocks[:_HEADER_MAX_BLOCKS]):
        w = words(block.text)
        if _is_credit_line(block, w, byline_words) and not _is_bare_date(block.text):
            end = i
            continue
        if block.kind != "heading":
            paragraphs += 1
        if len(w) > _STANDFIRST_MAX_WORDS or block.kind == "list_item" or paragraphs > 1:
            break
    return end


def _repeats_title(block: PendingBlock, block_words: list[str], title_words: list[str]) -> bool:
    """The headline again: the same words, or a top-level heading that is a variant of the title
    (pages often give their metadata a search-engine version of the headline)."""
    if not title_words or not block_words:
        return False
    if block_words == title_words:
        return True
    if block.kind != "heading" or block.level != 1:
        return False
    shared = len(set(block_words) & set(title_words))
    return shared / len(set(block_words) | set(title_words)) >= _HEADLINE_VARIANT_OVERLAP


def _is_bare_date(text: str) -> bool:
    return is_dateline(text) and not _STAMP.search(text) and not _CLOCK.search(text)


def _names_author(block_words: list[str], byline_words: list[str]) -> bool:
    if block_words in (byline_words, ["by", *byline_words]):
        return True
    # "Richard (R.J.) Eskow" for "Richard Eskow"; a one-word byline must match exactly
    return (len(byline_words) >= 2 and len(block_words) <= len(byline_words) + 3
            and set(byline_words) <= set(block_words))


def looks_like_byline(text: str) -> bool:
    """"By Ana Ruiz and Li Wei, Reuters": names after "by", not the start of a sentence."""
    match = _BYLINE.match(text)
    if match is None or _NOT_NAMES.match(match.group("names")):
        return False
    tokens = re.findall(r"[^\W\d_][\w'’.-]*", match.group("names"))
    return bool(tokens) and tokens[0][0].isupper() and all(
        t[0].isupper() or t.casefold() in _BYLINE_CONNECTORS for t in tokens)


def _cut_tail(blocks: list[PendingBlock]) -> list[PendingBlock]:
    sizes = [len(b.text) for b in blocks]
    total = sum(sizes)
    before = 0
    for i, block in enumerate(blocks):
        if not _is_tail_marker(block):
            before += sizes[i]
            continue
        if before >= _TAIL_RATIO * (total - before - sizes[i]):
            return blocks[:i]
        before += sizes[i]
    return [b for b in blocks if not _is_tail_marker(b)]


def _is_tail_marker(block: PendingBlock) -> bool:
    return (block.kind in ("paragraph", "heading") and len(block.text) <= _TAIL_MARKER_MAX_CHARS
            and _TAIL_MARKER.match(block.text) is not None)


def _drop_repeats(blocks: list[PendingBlock]) -> list[PendingBlock]:
    """Later copies of a paragraph go (templates repeat teasers and captions). A quote that repeats
    part of a longer paragraph stays: on the development pages those were quoted posts that the
    reference text keeps twice too."""
    seen: set[tuple[str, ...]] = set()
    kept = []
    for block in blocks:
        key = tuple(words(block.text))
        if len(key) >= _DUPLICATE_MIN_WORDS and key in seen:
            continue
        seen.add(key)
        kept.append(block)
    return kept
