"""프린트하기 in the window: preview, print, PDF export, and the renderer the pdf command shares."""
