"""The article on screen: the view, its document, line focus and images."""
