"""The benchmarks' scripts as modules, for the tests that use them (the synthetic data generator, the poster
reader, the benchmark's own helpers): `benchmarks/` is a folder of scripts, not a package."""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@cache
def benchmark_module(name: str) -> ModuleType:
    """benchmarks/NAME.py, imported once."""
    spec = importlib.util.spec_from_file_location(f"kztimeline_benchmarks_{name}", BENCHMARKS / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
