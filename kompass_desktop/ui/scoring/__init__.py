"""scoring pages of the workbench."""
