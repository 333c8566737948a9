# a user mapping: keys()/__getitem__ drive dict(), ** unpacking and update(); full container protocol
class Record:
    def __init__(self, **fields):
        self._data = dict(fields)
    def keys(self):
        print("  keys() called")
        return list(self._data)
    def __getitem__(self, key):
        return self._data[key]
    def __setitem__(self, key, value):
        self._data[key] = value
    def __delitem__(self, key):
        del self._data[key]
    def __len__(self):
        return len(self._data)
    def __iter__(self):
        return iter(self._data)
    def __contains__(self, key):
        return key in self._data
    def __eq__(self, other):
        if isinstance(other, Record):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented
    def __repr__(self):
        return f"Record({', '.join(f'{k}={v!r}' for k, v in self._data.items())})"

r = Record(name="ann", age=31)
print(dict(r))
def show(**kw):
    return sorted(kw.items())
print(show(**r))
print({**r, "extra": True})
d = {"x": 1}
d.update(r)
print(d)
r["city"] = "Oslo"
del r["age"]
print(r, len(r), list(r), "city" in r, "age" in r)
print(r == {"name": "ann", "city": "Oslo"}, r == Record(name="ann", city="Oslo"), r == 5)
for k in r:
    print(k, "->", r[k])
try:
    r["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    show(**Record(a=1), a=2)
except TypeError as e:
    print(type(e).__name__, e)

class NotAMapping:
    def __getitem__(self, k):
        return k
try:
    dict(NotAMapping())
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**NotAMapping())
except TypeError as e:
    print(type(e).__name__, e)
# keys() returning a generator works as well
class GenKeys:
    def keys(self):
        yield from ("p", "q")
    def __getitem__(self, k):
        return k * 2
print(dict(GenKeys()), {**GenKeys()})
