"""`string.Formatter` (PEP 3101) and Python versions of the parsers CPython
keeps in `_string`, loaded the first time a program names it
(`string.__getattr__`), so that `import string` stays cheap.
"""

# What is defined here belongs to `string` (`__module__`, reprs, pickles).
__name__ = "string"

from string import digits

####################################################################
# The Formatter class (PEP 3101), with Python versions of the parsers
# CPython keeps in its _string module.

def _parse_field(s, i):
    """Parse the replacement field starting at s[i], just after its '{'.

    Returns (field_name, format_spec, conversion, end), end being the index
    just past the field's closing '}'."""
    n = len(s)
    start = i
    c = ''
    # the field name ends at '}', ':' or '!' -- but not inside [...]
    while i < n:
        c = s[i]
        i += 1
        if c == '[':
            while i < n and s[i] != ']':
                i += 1
        elif c == '{':
            raise ValueError("unexpected '{' in field name")
        elif c == '}' or c == ':' or c == '!':
            break
    if c == '}':
        return s[start:i - 1], '', None, i
    if c != ':' and c != '!':
        raise ValueError("expected '}' before end of string")
    name = s[start:i - 1]
    conversion = None
    if c == '!':
        if i >= n:
            raise ValueError('end of string while looking for conversion '
                             'specifier')
        conversion = s[i]
        i += 1
        if i < n:
            c = s[i]
            i += 1
            if c == '}':
                return name, '', conversion, i
            if c != ':':
                raise ValueError("expected ':' after conversion specifier")
    # the format spec runs to the '}' matching the field's '{'
    spec_start = i
    depth = 1
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if not depth:
                return name, s[spec_start:i - 1], conversion, i
    raise ValueError("unmatched '{' in format spec")


def _formatter_chunks(s):
    n = len(s)
    pos = 0
    while pos < n:
        # literal text, up to the first brace
        i = pos
        while i < n and s[i] != '{' and s[i] != '}':
            i += 1
        if i >= n:
            yield s[pos:], None, None, None
            return
        brace = s[i]
        doubled = i + 1 < n and s[i + 1] == brace
        if brace == '}' and not doubled:
            raise ValueError("Single '}' encountered in format string")
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        if doubled:
            # '{{' or '}}': the literal keeps one brace, no field follows
            yield s[pos:i + 1], None, None, None
            pos = i + 2
            continue
        literal = s[pos:i]
        name, spec, conversion, pos = _parse_field(s, i + 1)
        yield literal, name, spec, conversion


def _formatter_parser(s):
    """Iterate over (literal_text, field_name, format_spec, conversion) for
    the chunks of the format string s, as _string.formatter_parser does."""
    if not isinstance(s, str):
        raise TypeError(f'expected str, got {type(s).__name__}')
    return _formatter_chunks(s)


def _field_index(text):
    """int(text) if text is all decimal digits, else text."""
    if text and text.isdecimal():
        value = int(text)
        if value > 9223372036854775807:
            raise ValueError('Too many decimal digits in format string')
        return value
    return text


def _field_rest(name, pos):
    """The (is_attribute, key) pairs after a field name's first part."""
    n = len(name)
    while pos < n:
        c = name[pos]
        pos += 1
        if c == '.':
            end = pos
            while end < n and name[end] != '.' and name[end] != '[':
                end += 1
            key = name[pos:end]
            pos = end
            if not key:
                raise ValueError('Empty attribute in format string')
            yield True, key
        elif c == '[':
            end = name.find(']', pos)
            if end < 0:
                raise ValueError("Missing ']' in format string")
            key = name[pos:end]
            pos = end + 1
            if not key:
                raise ValueError('Empty attribute in format string')
            yield False, _field_index(key)
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field "
                             "specifier")


def _formatter_field_name_split(name):
    """(first, rest) as _string.formatter_field_name_split returns them:
    rest yields (is_attribute, key) and reports malformed names lazily."""
    if not isinstance(name, str):
        raise TypeError(f'expected str, got {type(name).__name__}')
    end = 0
    n = len(name)
    while end < n and name[end] != '.' and name[end] != '[':
        end += 1
    return _field_index(name[:end]), _field_rest(name, end)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                pieces.append(literal_text)
            if field_name is None:
                continue
            # auto_arg_index is False once a field was numbered explicitly
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            # the format spec may itself hold replacement fields
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(obj, format_spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError(f'Unknown conversion specifier {conversion!s}')

    def parse(self, format_string):
        """Return an iterable of (literal_text, field_name, format_spec,
        conversion) tuples: the literal text before a replacement field and
        the parts of that field.  The last three are None when the string
        ends (or a '{{'/'}}' escape is met) after the literal text."""
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        """Find the object field_name refers to: its first part goes through
        get_value(), then each '.attr' and '[key]' is applied.  Returns the
        object and the first part (the argument used)."""
        first, rest = _formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
