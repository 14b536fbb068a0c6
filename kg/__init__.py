"""Knowledge graphs of transnational criminal organizations, built from news with evidence."""

__version__ = "0.1.0"
