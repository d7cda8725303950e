"""Kiosk mode: the unattended touch screen, a front end over the main window and its view state."""
