"""PDF, HTML and image output through QTextDocument and QPdfWriter."""
