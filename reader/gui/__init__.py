"""The PySide6 layer: the reader window and the widgets features plug into. Only this package imports Qt."""

from reader.gui.qtfix import keep_none_alive

keep_none_alive()  # before any other Qt call: see qtfix for the PySide6 6.12 / Python 3.11 leak
