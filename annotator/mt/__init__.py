"""Machine translation: engines behind one interface, and the job runner that drives them."""
