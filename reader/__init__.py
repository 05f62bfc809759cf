"""article-reader: clean news articles to read, print and hear."""

__version__ = "0.1.0"
