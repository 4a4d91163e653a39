"""Drawing and page HTML shared by the screen, slides and PDFs (QtGui only, no widgets)."""
