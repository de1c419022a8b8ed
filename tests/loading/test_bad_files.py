"""Bad and awkward PDF, Word and EPUB files: one clear message each, exit 2, no traceback."""

from __future__ import annotations

import io
import zipfile

import pytest
from reportlab.lib.pdfencrypt import StandardEncryption

from briefreader.cli import main
from briefreader.errors import LoadError
from briefreader.loading import load_document
from tests.loading.pdfgen import Pdf

TEXT = ("The river burst its banks on Monday and about 2,000 families left their homes for "
        "the schools on higher ground, officials said.")


def text_pdf(path, **kwargs):
    pdf = Pdf(path, **kwargs)
    pdf.paragraph(50, 100, TEXT, 450)
    return pdf.save()


def refused(path, *words: str) -> str:
    with pytest.raises(LoadError) as info:
        load_document(path)
    message = str(info.value)
    assert str(path) in message
    for word in words:
        assert word in message
    return message


def test_encrypted_pdf_is_refused_with_what_to_do(tmp_path):
    path = text_pdf(tmp_path / "locked.pdf", encrypt=StandardEncryption("secret", "owner"))
    refused(path, "encrypted", "unprotected copy")


def test_pdf_with_an_empty_user_password_simply_opens(tmp_path):
    path = text_pdf(tmp_path / "owner-only.pdf", encrypt=StandardEncryption("", "owner"))
    assert load_document(path).text == TEXT


def test_scanned_pdf_without_a_text_layer(tmp_path):
    pdf = Pdf(tmp_path / "scan.pdf")
    pdf.c.rect(50, 50, 400, 600, fill=1)  # ink, but no text
    refused(pdf.save(), "no text layer: this PDF is an image; run OCR first")


@pytest.mark.parametrize("keep", [0.5, 0.1])
def test_truncated_pdf_gives_a_message_or_what_survives(tmp_path, keep):
    whole = text_pdf(tmp_path / "whole.pdf").read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(whole[: int(len(whole) * keep)])
    try:
        document = load_document(path)
    except LoadError as exc:
        assert str(path) in str(exc)
        assert "damaged" in str(exc) or "no text layer" in str(exc)
    else:  # pdfium rebuilt the cross-reference table: the text is whole or absent
        assert document.text in (TEXT, "") or TEXT.startswith(document.text[:40])


def test_pdf_that_is_really_html(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_text("<!DOCTYPE html><html><body><p>Not found</p></body></html>")
    refused(path, "web page (HTML)")


def test_pdf_that_is_garbage(tmp_path):
    path = tmp_path / "junk.pdf"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    refused(path, "not a PDF")


def test_zero_page_pdf(tmp_path):
    objects = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[]/Count 0>>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 3\n0000000000 65535 f \n"
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<</Size 3/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % xref
    path = tmp_path / "empty.pdf"
    path.write_bytes(bytes(out))
    refused(path, "no pages")


def test_cli_exits_2_with_one_line_and_no_traceback(tmp_path, capsys):
    path = text_pdf(tmp_path / "locked.pdf", encrypt=StandardEncryption("secret", "owner"))
    assert main(["text", str(path)]) == 2
    err = capsys.readouterr().err
    assert "encrypted" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("suffix", [".docx", ".epub"])
def test_package_that_is_not_a_zip(tmp_path, suffix):
    path = tmp_path / f"notes{suffix}"
    path.write_text("just some text, not a package")
    refused(path, "not a zip package")


def zip_bytes(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize("suffix", [".docx", ".epub"])
def test_zip_bomb_is_not_expanded(tmp_path, suffix):
    path = tmp_path / f"bomb{suffix}"
    path.write_bytes(zip_bytes({"word/document.xml": b"<a/>",
                                "META-INF/container.xml": b"<a/>",
                                "big.xml": b"\0" * (30 * 1024 * 1024)}))
    refused(path, "zip bomb")


def test_zip_whose_declared_size_lies_is_stopped_while_reading(tmp_path):
    from briefreader.loading.archive import Package

    data = bytearray(zip_bytes({"word/document.xml": b"x" * 5000}, zipfile.ZIP_STORED))
    # shrink the declared size in the central directory: the member holds more than it says
    central = data.rfind(b"PK\x01\x02")
    data[central + 24: central + 28] = (100).to_bytes(4, "little")
    with pytest.raises(LoadError):
        Package(bytes(data), tmp_path / "liar.docx", "Word document").read("word/document.xml")


@pytest.mark.parametrize("suffix", [".docx", ".epub"])
def test_zip_with_a_path_outside_its_root(tmp_path, suffix):
    path = tmp_path / f"escape{suffix}"
    path.write_bytes(zip_bytes({"word/document.xml": b"<a/>",
                                "META-INF/container.xml": b"<a/>",
                                "../../etc/evil.xml": b"<a/>"}))
    refused(path, "outside its root")
