"""Packaging glue that pyproject.toml cannot express: the top-level `resources/` and `db/`
folders ship inside the package as `kompass_desktop.resources` and `kompass_desktop.db`
(wheel, sdist and editable installs alike); kompass_desktop.paths finds them there."""
from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["kompass_desktop", "kompass_desktop.*"])
    + ["kompass_desktop.resources", "kompass_desktop.db"],
    package_dir={"kompass_desktop.resources": "resources", "kompass_desktop.db": "db"},
    # Everything under the two folders (a new resource folder ships without a change here).
    package_data={"kompass_desktop.resources": ["**/*"], "kompass_desktop.db": ["**/*"]},
    exclude_package_data={"": ["*.pyc", "__pycache__/*", ".gitignore"]},
)
