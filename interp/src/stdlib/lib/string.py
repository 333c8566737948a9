"""A collection of string constants -- Coral's implementation.

Reproduces the constants, capwords(), Template and Formatter of CPython
3.11's ``string`` module.  Template is implemented with a hand-written
scanner equivalent to CPython's default regular expression (so only the
``delimiter`` can be customised, not ``idpattern``/``pattern``);
Formatter uses Python versions of the format-string parsers CPython keeps
in its _string module.

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable

"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

# Some strings for ctype-style character classification
whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


# Functions which aren't available as string methods.

# Capitalize the words in a string, e.g. " aBc  dEf " -> "Abc Def".
def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


####################################################################

_sentinel_dict = {}

_ID_START = '_' + ascii_letters
_ID_CHARS = _ID_START + digits


def _ident_end(s, i):
    """Index just past an ASCII identifier starting at s[i] (i if none)."""
    n = len(s)
    if i < n and s[i] in _ID_START:
        i += 1
        while i < n and s[i] in _ID_CHARS:
            i += 1
    return i


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = 2   # re.IGNORECASE

    def __init__(self, template):
        self.template = template

    def _matches(self):
        """List the matches CPython's Template.pattern would find.

        Each match is (kind, start, end, name), kind being 'escaped',
        'named', 'braced' or 'invalid'.  Like the regular expression, this
        looks for $$, $identifier, ${identifier}, and any bare $'s.
        """
        if (self.idpattern != Template.idpattern
                or self.braceidpattern is not None
                or self.flags != Template.flags):
            raise NotImplementedError(
                'custom Template patterns are not supported by Coral yet')
        template = self.template
        delim = self.delimiter
        dlen = len(delim)
        matches = []
        if not dlen:
            return matches
        pos = 0
        while True:
            start = template.find(delim, pos)
            if start < 0:
                break
            i = start + dlen
            if template.startswith(delim, i):
                matches.append(('escaped', start, i + dlen, None))
                pos = i + dlen
                continue
            end = _ident_end(template, i)
            if end > i:
                matches.append(('named', start, end, template[i:end]))
                pos = end
                continue
            if template.startswith('{', i):
                end = _ident_end(template, i + 1)
                if end > i + 1 and template.startswith('}', end):
                    matches.append(('braced', start, end + 1,
                                    template[i + 1:end]))
                    pos = end + 1
                    continue
            matches.append(('invalid', start, i, None))
            pos = i
        return matches

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _substitute(self, mapping, kws, safe):
        if mapping is _sentinel_dict:
            mapping = kws
            kws = None
        template = self.template
        pieces = []
        pos = 0
        for kind, start, end, name in self._matches():
            pieces.append(template[pos:start])
            pos = end
            if name is not None:
                try:
                    if kws and name in kws:
                        value = kws[name]
                    else:
                        value = mapping[name]
                except KeyError:
                    if not safe:
                        raise
                    pieces.append(template[start:end])
                    continue
                pieces.append(str(value))
            elif kind == 'escaped':
                pieces.append(self.delimiter)
            elif safe:
                pieces.append(template[start:end])
            else:
                self._invalid(end)
        pieces.append(template[pos:])
        return ''.join(pieces)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        for match in self._matches():
            if match[0] == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in self._matches():
            if name is not None and name not in ids:
                # add a named group only the first time it appears
                ids.append(name)
        return ids


_LAZY = ('Formatter',)
__all__ += list(_LAZY)


def __getattr__(name):
    """PEP 562: the less common names come from `_string_formatter` the first time
    a program asks for one."""
    if name in _LAZY:
        import _string_formatter
        for n in _LAZY:
            globals()[n] = getattr(_string_formatter, n)
        return globals()[name]
    raise AttributeError("module 'string' has no attribute '%s'" % name)
