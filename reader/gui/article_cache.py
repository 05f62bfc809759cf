"""The article cache is Qt-free (reader.articles.cache); this name stays for the window code."""

from reader.articles.cache import cache_file, load_cached

__all__ = ["cache_file", "load_cached"]
