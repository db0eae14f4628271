"""Getting article text: files, stdin, HTML pages, URLs and JSON Lines, decoded and size-checked."""
