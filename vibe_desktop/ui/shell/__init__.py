"""The window's frame: main window, actions, navigation, the feature host, themes, dialogs."""
