"""Printing: what a plan card and a public notice show (read from the database), and rendering
them to PDF with the audit record of what went out."""
