"""Readers (text, HTML, JSONL) and writers (JSON, text report) for articles and analyses."""
