"""The Qt user interface: the main window, the timeline view, the detail panel."""
