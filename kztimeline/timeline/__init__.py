"""Qt-free timeline logic: lanes, layout, ticks, search, view state, navigation and frames."""
