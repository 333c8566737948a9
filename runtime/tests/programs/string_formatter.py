# string.Formatter: parse() tuples and errors like _string.formatter_parser, vformat numbering/nesting, get_field, conversions, overridable hooks.
import string
from string import Formatter

fmt = Formatter()


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "raised", type(e).__name__, e)


print("--- parse")
for s in ['', 'plain', '{}', '{0}', '{name}', 'a{0}b{1}c', '{{', '}}', 'a{{b}}c', '{{}}', '{{{0}}}',
          '{0!r}', '{0!s:>10}', '{0:{1}}', '{a.b[c][0]}', '{a[}]}', '{:}', '{!a}', 'x{0:{{}}}y',
          '{0:{1}.{2}f}!', '{a:b!c}', '{0!{}', '{:{}}', 'tail{0}', '{0}head', '{ }', '{\u0663}']:
    show(repr(s), lambda: list(fmt.parse(s)))

print("--- parse errors")
for s in ['{', '}', 'a}b', '{0', '{0!}', '{!}', '{0!r', '{0!rx}', '{0:{', '{0!r:', '{:}}', '{}}',
          '{a[', '{[}', '{a{b}', 'ok{0}then}', '{0!:x}', '{a!b!c}']:
    show(repr(s), lambda: list(fmt.parse(s)))
# errors come lazily: the chunks before the bad one are produced first
it = fmt.parse('a{0}b}')
print(next(it))
show("next", lambda: next(it))
for bad in [5, None, b'{}']:
    show("parse " + type(bad).__name__, lambda: fmt.parse(bad))

print("--- format")
print(fmt.format('{} and {}', 'a', 'b'))
print(fmt.format('{1} {0} {1}', 'a', 'b'))
print(fmt.format('{x}-{y!r}-{z!a}', x=1, y='two', z='\xe9'))
print(fmt.format('{0:>{1}}|{0:^{width}}|', 'hi', 6, width=8))
print(fmt.format('{:{}}|', 'x', 4))
print(fmt.format('{0[1]} {0[key]} {1.real} {2[0][1]}', {1: 'one', 'key': 'k'}, 3, [[0, 'nested']]))
print(fmt.format('{0.__class__.__name__}', 3.5))
print(fmt.format('{:.3f} {:+d} {:x} {:,}', 3.14159, 5, 255, 1234567))
print(fmt.format('{{literal}} {0}', 'v'))
print(fmt.format('{!s:*^9}', 'mid'))
print(fmt.format('no fields'), repr(fmt.format('')))
print(fmt.vformat('{0}{k}', ('pos',), {'k': 'kw'}))
print(fmt.format('{0[-1]}', {'-1': 'str key'}))
print(fmt.format('{0[ ]}', {' ': 'space'}))
print(fmt.format('{}', 1))

print("--- format errors")
show("manual then auto", lambda: fmt.format('{0}{}', 1, 2))
show("auto then manual", lambda: fmt.format('{}{0}', 1, 2))
show("auto then manual in spec", lambda: fmt.format('{:{0}}', 1, 2))
show("index error", lambda: fmt.format('{2}', 1))
show("auto index error", lambda: fmt.format('{}{}', 1))
show("key error", lambda: fmt.format('{nope}'))
show("attr error", lambda: fmt.format('{0.nope}', 1))
show("bad conversion", lambda: fmt.format('{0!x}', 1))
show("bad spec", lambda: fmt.format('{0:d}', 'str'))
show("empty attribute", lambda: fmt.format('{0.}', 1))
show("empty index", lambda: fmt.format('{0[]}', [1]))
show("missing bracket", lambda: fmt.format('{0[1}', [1]))
show("after bracket", lambda: fmt.format('{0[0]x}', [1]))
show("too deep", lambda: fmt.format('{:{:{:}}}', 1, 2, 3, 4))
show("nested ok", lambda: fmt.format('{:{:{}}}', 'x', 3, ''))
show("too many digits", lambda: fmt.format('{99999999999999999999999}', 1))
show("getitem str index", lambda: fmt.format('{0[x]}', [1]))
show("empty name key", lambda: fmt.format('{[0]}', [5]))
show("format_string kw", lambda: fmt.format(format_string='{}'))
show("no format string", lambda: fmt.format())
show("vformat non-str", lambda: fmt.vformat(5, (), {}))

print("--- get_field / get_value / convert_field / format_field")
print(fmt.get_field('0', ['zero'], {}))
print(fmt.get_field('name.real', (), {'name': 7}))
print(fmt.get_field('0[1][0]', [[0, 'xy']], {}))
show("get_field missing", lambda: fmt.get_field('k', (), {}))
show("get_field empty attr", lambda: fmt.get_field('k.', (), {'k': 1}))
show("get_field bad after bracket (value looked up first)", lambda: fmt.get_field('k[0]x', (), {}))
print(fmt.get_value(0, ('a',), {}), fmt.get_value('k', (), {'k': 'b'}))
show("get_value index", lambda: fmt.get_value(3, (), {}))
print(fmt.convert_field('x', None), fmt.convert_field('x', 'r'), fmt.convert_field('\xe9', 'a'), fmt.convert_field(5, 's') == '5')
show("convert_field bad", lambda: fmt.convert_field(1, 'z'))
print(fmt.format_field(3.5, '>8.2f'), fmt.format_field('s', ''), fmt.check_unused_args(set(), (), {}))


print("--- subclasses")


class Strict(Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = [i for i in range(len(args)) if i not in used_args]
        unused += sorted(k for k in kwargs if k not in used_args)
        if unused:
            raise ValueError('unused arguments: %r' % (unused,))


print(Strict().format('{0}{a}', 1, a=2))
show("strict", lambda: Strict().format('{0}', 1, 2, b=3))


class Defaulting(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<' + key + '>')
        return Formatter.get_value(self, key, args, kwargs)


print(Defaulting().format('{a} {b} {0}', 'p', a='A'))


class Upper(Formatter):
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, format_spec):
        if format_spec == 'stars':
            return '*' * len(str(value))
        return super().format_field(value, format_spec)


print(Upper().format('{0!u} {0:stars} {1!r:>5}', 'abc', 'q'))


class Lowering(Formatter):
    def parse(self, format_string):
        for literal, field, spec, conv in super().parse(format_string):
            if field is not None:
                field = field.lower()
            yield literal, field, spec, conv


print(Lowering().format('{NAME}!', name='ok'))


class Tracking(Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        print('used:', sorted(used_args, key=repr))


Tracking().format('{0}{x}{0[0]}{x.real:{1}}', 'seq', 3, x=2)
print(isinstance(string.Formatter(), Formatter), 'Formatter' in string.__all__)
