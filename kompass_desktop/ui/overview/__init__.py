"""overview pages of the workbench."""
