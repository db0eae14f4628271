"""The package version: one place, read by the package, its modules and the build."""

__version__ = "0.1.0"
