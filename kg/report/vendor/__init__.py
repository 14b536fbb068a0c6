"""Third-party browser libraries inlined into report.html (see README.md in this folder)."""
