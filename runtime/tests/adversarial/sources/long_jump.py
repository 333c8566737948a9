# generate
# Conditionals and loops over 200,000-line bodies: every jump lands where
# it should (a fused compare-and-jump's target once was cut to 20 bits).
def body(stmt, indent):
    return "\n".join(indent + stmt for _ in range(200_000))
print("x = 5\ny = 0.0\nif x < 3:")
print(body("y += 1", "    "))
print("print('after', y)")
print("def f(a):\n    if a < 3:")
print(body("a += 1", "        "))
print("    return a\nprint(f(5), f(1))")
print("z = 7\nwhile z > 3:\n    if z == 5:")
print(body("z -= 0", "        "))
print("    z -= 1\nprint('z', z)")
