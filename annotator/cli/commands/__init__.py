"""One module per command. Each imports the layers it needs inside the function that runs the
command, so that parsing the command line and the light commands (``segment``) never load the
project, MT or exchange code."""
