"""The Qt workbench on top of the services."""
from kompass_desktop.ui import binding_guard

binding_guard.install()  # before any widget exists: see binding_guard (PySide6 6.12, Python 3.11)
