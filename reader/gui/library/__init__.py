"""The library in the window: saving, the side panel, history and the listening queue."""
