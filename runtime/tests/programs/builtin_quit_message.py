# quit with a message prints it to stderr and exits with status 1.
print("leaving")
quit("a message")
