"""Reading timelines from YAML: safe parsing, validation with precise messages, the bundled data's location."""

from kztimeline.data.loader import LoadResult, bundled_data_path, load
from kztimeline.data.problems import Problem, Severity

__all__ = ["LoadResult", "Problem", "Severity", "bundled_data_path", "load"]
