# reversed(): a range reverses into a range_iterator, a list into a
# list_reverseiterator, other sequences into reversed objects.
for r in (range(5), range(0), range(1, 10, 3), range(10, 0, -2), range(-3, 3)):
    print(list(reversed(r)), type(reversed(r)).__name__)
print(type(reversed([])).__name__, type(reversed((1,))).__name__, type(reversed('ab')).__name__)
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), ''.join(reversed('abc')))
it = reversed([1, 2])
print(next(it), it.__next__(), list(it))
