# slice objects
s1 = slice(1, 5, 2)
s2 = slice(3)
s3 = slice(None, None, -1)
s4 = slice(-3, None)
print(s1, s2, s3, s4, repr(slice(1, 2)))
print(s1.start, s1.stop, s1.step, s2.start, s2.stop, s2.step)
data = list(range(10))
text = "abcdefghij"
for s in [s1, s2, s3, s4, slice(2, -2), slice(None, None, 3), slice(8, 2, -2)]:
    print(s, data[s], text[s], tuple(data)[s], range(10)[s])
print(s1 == slice(1, 5, 2), s1 == slice(1, 5), slice(0, 1) != slice(0, 2))
data[slice(0, 3)] = ["a", "b"]
print(data)
del data[slice(None, None, 2)]
print(data)
print(slice("a", "b", None))
