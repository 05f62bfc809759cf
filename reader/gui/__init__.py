"""The PySide6 layer: the window and everything that needs Qt."""
