"""framework_editor pages of the workbench."""
