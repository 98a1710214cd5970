// Nothing pending: the process ends with status 0 after the top level.
print("done");
