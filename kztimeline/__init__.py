"""kztimeline: a museum timeline of Kazakhstan's industrialization, 1997-2022."""

__version__ = "0.1.0"
