"""Search everything: the index store, the results model, the panel and its feature."""
