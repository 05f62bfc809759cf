"""The reader window: one MainWindow that composes its menus, toolbar, opener and recent menu."""
