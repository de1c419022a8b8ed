"""Loaders, one module per format family."""

from briefreader.loading.load import SUPPORTED_SUFFIXES, load_document, load_first_pages

__all__ = ["SUPPORTED_SUFFIXES", "load_document", "load_first_pages"]
