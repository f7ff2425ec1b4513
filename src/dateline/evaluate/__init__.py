"""Evaluations against public gold data in ``../shared/data``, each beside a baseline in one run."""
