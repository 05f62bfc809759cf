"""The PySide6 layer: the window and everything that needs Qt."""

from reader.gui.qtfix import keep_none_alive

keep_none_alive()
