"""Accuracy of quotes, speakers and entities on the annotated development set."""
