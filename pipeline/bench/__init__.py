"""Benchmarks of the whole pipeline and the generated PDF corpus they (and the tests) use."""
