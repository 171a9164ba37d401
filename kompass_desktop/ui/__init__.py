"""The Qt workbench on top of the services."""
