"""Building at scale: documents streamed through extraction in bounded memory."""
