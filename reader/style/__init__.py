"""How the article looks: themes and their contrast, the type sizes, the reading style (Qt-free)."""
