# uncaught user exception with custom __str__: last stderr line and exit code 1
class ValidationError(Exception):
    def __init__(self, field, value):
        super().__init__(field, value)
        self.field = field
        self.value = value

    def __str__(self):
        return f"field {self.field!r} has bad value {self.value!r}"

def validate(record):
    for k, v in record.items():
        if v is None:
            raise ValidationError(k, v)
    return True

print(validate({"a": 1}))
try:
    validate({"b": None})
except ValidationError as e:
    print("caught:", e)
print("now failing for real")
validate({"name": "x", "age": None})
print("not reached")
