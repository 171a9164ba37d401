"""Shipped data, installed as the package `kompass_desktop.resources` (see setup.py).

kompass_desktop.paths is the only code that knows where it lives."""
