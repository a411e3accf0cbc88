"""Loopback fake servers for tests (and benchmarks); nothing here reaches the internet."""
