"""Specifications of the relation rules (tables of invented sentences)."""
