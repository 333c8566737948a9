# printf-style % formatting
print("%d %i %s %r" % (42, -7, "str", "str"))
print("%f %.2f %.0f %10.3f|%-10.3f|" % (3.14159, 3.14159, 2.5, 3.14159, 3.14159))
print("%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, -42))
print("%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8))
print("%e %E %.2e %g %G %g %g" % (12345.678, 12345.678, 0.000123, 0.00001, 1e20, 100000.0, 1e6))
print("%c%c%c %c" % (72, 105, 33, "Z"))
print("100%% sure, %d%%" % 50)
print("single: %s" % "arg", "int: %d" % 7, "tuple in tuple: %s" % ((1, 2),))
print("%s %s" % ([1, 2], {"a": 1}), "%r" % (None,), "%s" % None)
print("%d" % 3.99, "%d" % -3.99, "%i" % True, "%s" % True, "%f" % 1)
print("%.3s|%5s|%-5s|%5.1s|" % ("abcdef", "ab", "ab", "xyz"))
print("%x" % -255, "%o" % -8, "%d" % (2 ** 80), "%x" % (2 ** 80))
print("%r %r" % ("it's", 'q"'), "%s" % "日本", "%5s|" % "é")
print("%.1f %.1f %.1f %.1f" % (0.25, 0.35, 2.5, -0.05))
print("%s" % (1,), "%s" % [1], "%s %s" % ("a", 1.0))
for e in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1)]:
    try:
        print(e[0] % e[1])
    except TypeError as ex:
        print("TypeError:", ex)
    except ValueError as ex:
        print("ValueError:", ex)
