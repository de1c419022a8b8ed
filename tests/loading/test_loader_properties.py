"""Property: arbitrary bytes under every supported suffix either load or raise briefreader's own
error, never anything else (issue 15, item 7). The suffixes are read from SUPPORTED_SUFFIXES, so a
loader added later is covered without a change here. Examples are bounded to keep the suite fast.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefreader.document import Document
from briefreader.errors import BriefreaderError
from briefreader.loading import SUPPORTED_SUFFIXES, load_document

SUFFIXES = sorted(SUPPORTED_SUFFIXES)
EXAMPLES = settings(max_examples=30, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])

# Pieces of the formats briefreader reads, so that examples reach past the first check
# (encoding, emptiness) into the parsers themselves.
FRAGMENTS = [
    b"<html>", b"</html>", b"<body>", b"<p>", b"</p>", b"<div class='a'>", b"</div>",
    b"<script>", b"</script>", b"<!--", b"-->", b"<![CDATA[", b"<?xml version='1.0'?>",
    b"<title>", b"</title>", b"<meta charset='utf-16'>", b"&amp;", b"&#0;", b"&#xD800;",
    b"# ", b"## ", b"> ", b"- ", b"1. ", b"```", b"|a|b|\n|-|-|\n", b"[x](y)", b"![i](j)",
    b"\n", b"\n\n", b"\r\n", b"\t", b" ", b"The ferry left at dawn. ", b"\"quoted\" ",
    b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00", b"\xc3\xa9", b"\xe2\x80\x9c", b"\x80",
    b"%PDF-1.4\n", b"PK\x03\x04", b"<?xml", b"<w:document>", b"mimetype", b"\x1a",
]
document_like = st.lists(st.sampled_from(FRAGMENTS) | st.binary(max_size=40),
                         max_size=60).map(b"".join)


def _load(suffix: str, data: bytes) -> object:
    with tempfile.TemporaryDirectory(prefix="br-prop-") as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        try:
            return load_document(path)
        except BriefreaderError as exc:
            assert str(path) in str(exc), "the error names the file"
            return exc


def _check(result: object) -> None:
    if isinstance(result, Document):
        assert result.text.strip()
        for block in result.blocks:
            assert 0 <= block.start <= block.end <= len(result.text)


@pytest.mark.parametrize("suffix", SUFFIXES)
@EXAMPLES
@given(data=st.binary(max_size=2000))
def test_arbitrary_bytes_load_or_raise_our_own_error(suffix, data):
    _check(_load(suffix, data))


@pytest.mark.parametrize("suffix", SUFFIXES)
@EXAMPLES
@given(data=document_like)
def test_bytes_shaped_like_documents_load_or_raise_our_own_error(suffix, data):
    _check(_load(suffix, data))


@pytest.mark.parametrize("suffix, data", [(".md", b"<html>"), (".markdown", b"x\n\n<html>")])
def test_found_by_the_properties_raw_html_opening_a_markdown_file(suffix, data, capsys):
    """Markdown's HTML of "<html>" made lxml's fragment parser fail an assertion (a traceback)."""
    from briefreader.cli import main

    result = _load(suffix, data)
    assert isinstance(result, (Document, BriefreaderError))
    with tempfile.TemporaryDirectory(prefix="br-prop-") as folder:
        path = Path(folder) / f"page{suffix}"
        path.write_bytes(data)
        code = main(["text", str(path)])
    err = capsys.readouterr().err
    assert code in (0, 2) and "Traceback" not in err and err.count("\n") <= 1
