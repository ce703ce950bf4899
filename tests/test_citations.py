"""Tests for peerlearn.citations (placeholder, being written)."""
