"""Bundled data, schema, fonts, translations and icons, shipped inside the package as kztimeline.resources."""
