"""The main window: its actions, menus, start page and dialogs."""
