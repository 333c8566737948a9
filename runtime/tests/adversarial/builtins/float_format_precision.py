# Huge precisions in float formatting return the string CPython returns.
for s in ['%.65536f' % 1.5, format(2.5, '.70000f'), f'{0.1:.70000e}',
          '%.100000g' % 1e300, format(1e-300, '.80000f')]:
    print(len(s), s[:12], s[-6:])
try:
    format(1.5, '.%df' % 2**40)
except (ValueError, OverflowError, MemoryError) as e:
    print(type(e).__name__)
