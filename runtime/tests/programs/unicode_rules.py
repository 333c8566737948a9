# Unicode by the standard: full case folding, final sigma, printable
# characters and repr, identifiers, and the empty string's hash.
words = ['ß', 'Straße', 'ﬁ', 'İ', 'ΣΑΣ', 'ὈΔΥΣΣΕΎΣ', 'MASSE', 'ǅ', 'Ꭰ', 'ﬀ', 'ŉ']
for w in words:
    print(w, w.casefold(), w.lower(), w.upper(), w.swapcase(), w.title(), w.capitalize())
print('ΣΑΣ ΣΑΣ.'.lower(), 'σας σας'.upper().lower(), 'Σ'.lower(), 'ΑΣ'.title(), 'αΣ'.swapcase())
print('ΑΣ\u0301 ΑΣ\'Β'.lower(), 'ΑΣ'.capitalize(), 'hello ΑΣ world'.title())
print('Straße'.casefold() == 'STRASSE'.casefold(), 'ß'.upper(), 'ﬃ'.upper())

samples = ['abc', 'a\tb', '\u00ad', '\u200b', '\u2028', '\U000e0001', '\ue000', '\U0001F600',
           '\u0378', '\u3000', ' ', '\xa0', 'é', '\u0301', '\ufeff', '\U0010ffff', '\x7f', '\x85']
for s in samples:
    print(ascii(s), s.isprintable(), repr(s), ascii(repr(s)))

idents = ['a', '_x', 'x1', '1x', 'a\u0300', '\u0300a', 'ℕ', '℘', '°', 'α_β', 'a-b', '', 'Ⅸ',
          '\u2118x', 'x\u00b7y', '\u309b']
print([s.isidentifier() for s in idents])

print(hash(''), hash(b''), hash('') == hash(b''), {'': 1}[''], '' in {''})
