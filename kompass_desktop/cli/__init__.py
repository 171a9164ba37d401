"""The `kompass` command: scripted access to the same services the workbench uses."""
