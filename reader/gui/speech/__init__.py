"""Read aloud in the window: 기사 읽어주기 / 다시듣기, the player bar, the highlight, export."""
