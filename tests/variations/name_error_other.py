# family: other
# raises: NameError
# culprit: undefined_thing
value = 1
print(undefined_thing + value)  # <- cause raises
