"""The file schema as ordered SQL migrations, installed as `kompass_desktop.db` (see setup.py)."""
