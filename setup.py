"""Packaging glue that pyproject.toml cannot express: the top-level `resources/` and `db/`
folders ship inside the package as `kompass_desktop.resources` and `kompass_desktop.db`
(wheel, sdist and editable installs alike); kompass_desktop.paths finds them there."""
from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["kompass_desktop", "kompass_desktop.*"])
    + ["kompass_desktop.resources", "kompass_desktop.db"],
    package_dir={"kompass_desktop.resources": "resources", "kompass_desktop.db": "db"},
    package_data={
        "kompass_desktop.resources": [
            "frameworks/*.json", "schema/*.json", "demo/*.json", "fonts/*", "help/*",
            "icons/*", "translations/*.ts", "translations/*.qm",
        ],
        "kompass_desktop.db": ["migrations/*.sql"],
    },
)
