"""Packaging shim: the top-level resources/ folder ships inside the wheel as ``reader.resources``."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["reader", "reader.*"]), "reader.resources"],
    package_dir={"reader.resources": "resources"},
    package_data={"reader.resources": ["**/*"]},
)
