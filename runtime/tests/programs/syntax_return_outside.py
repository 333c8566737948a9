# compare: exception-type
print("top level")
return 5
