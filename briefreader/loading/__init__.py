"""Loaders, one module per format family."""

from briefreader.loading.load import SUPPORTED_SUFFIXES, load_document

__all__ = ["SUPPORTED_SUFFIXES", "load_document"]
