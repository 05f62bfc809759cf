"""The PySide6 layer: the reader window and the widgets features plug into. Only this package imports Qt."""
