# str.format_map, field keys, nesting limits and malformed formats, with
# CPython's errors.
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"

print('{a} and {b}'.format_map({'a': 1, 'b': 2}))
print('{name} is {age}'.format_map(Default(name='Ann')))
print('{0[-1]}'.format({'-1': 'minus one'}), '{0[1]}'.format(['a', 'b']))
print('{x[key]}'.format(x={'key': 'v'}), '{0[ 1]}'.format({' 1': 'spaced'}))
print('{:{}}|{:>{w}}'.format('a', 3, 'b', w=4), '{:{}{}}'.format(5, '>', 4))

def attempt(thunk):
    try:
        print(repr(thunk()))
    except (ValueError, TypeError, KeyError, IndexError) as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: '{:{:{}}}'.format(1, 2, 3))
attempt(lambda: '{'.format())
attempt(lambda: '}'.format())
attempt(lambda: '{0:{1}'.format(1, 2))
attempt(lambda: '{:999999999999999999999}'.format(1))
attempt(lambda: '{:.999999999999999999999}'.format(1.5))
attempt(lambda: '{a}'.format_map({}))
attempt(lambda: '{}'.format_map({}))
attempt(lambda: '{0!x}'.format(1))
attempt(lambda: '{0['.format([1]))
attempt(lambda: '%(a)s %s' % {'a': 1})
attempt(lambda: '%s %(a)s' % {'a': 1})
attempt(lambda: '%(a)s' % (1,))
attempt(lambda: '%s %s' % (1,))
attempt(lambda: '%s' % (1, 2))
attempt(lambda: '%(a)s-%(b)d' % {'a': 'x', 'b': 2})
attempt(lambda: '%s' % {'a': 1})
