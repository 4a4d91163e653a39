"""Package discovery: every package under vibe_desktop/, plus data/ and resources/ mapped into it.

The rest of the configuration is in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["vibe_desktop", "vibe_desktop.*"]),
                "vibe_desktop.data", "vibe_desktop.resources"])
