"""Packaging shim: the top-level resources/ folder ships inside the wheel as ``reader.resources``.

pyproject.toml cannot map a folder under a different package name while still discovering the
``reader`` subpackages, so the package list and the data mapping live here; everything else is in
pyproject.toml. Package data is declared here only, because a ``[tool.setuptools.package-data]``
table in pyproject.toml would replace this one and silently drop the resources from the wheel.
"""

from setuptools import find_namespace_packages, find_packages, setup

# Every folder under resources/ is listed as a package so setuptools copies its files without
# warning that a data folder is missing from ``packages``.
RESOURCE_PACKAGES = [
    f"reader.resources.{name}"
    for name in find_namespace_packages(where="resources", exclude=["__pycache__", "*.__pycache__"])
]

setup(
    packages=[*find_packages(include=["reader", "reader.*"]), "reader.resources", *RESOURCE_PACKAGES],
    package_dir={"reader.resources": "resources"},
    package_data={"reader": ["py.typed"], "reader.resources": ["**/*"]},
    exclude_package_data={"reader.resources": ["**/__pycache__/*", "**/*.pyc", "__pycache__/*"]},
)
