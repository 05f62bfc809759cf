"""Read aloud, Qt-free: sentences and their spoken form, engines, audio cache, synthesis, export.

The GUI and the playback pipeline build on these modules; nothing here imports Qt.
"""
