# list methods
lst = [3, 1, 4]
lst.append(1)
lst.append([5, 9])
print(lst, len(lst))
print(lst.pop(), lst.pop(0), lst)
lst.extend([2, 6])
lst.extend((5, 3))
lst.extend("ab")
lst.extend(range(2))
print(lst)
lst.insert(0, "first")
lst.insert(-1, "before-last")
lst.insert(100, "end")
lst.insert(-100, "start")
print(lst)
lst.remove("a")
lst.remove(1)
print(lst, lst.index(5), lst.index(5, 6), lst.count(5), lst.count("zz"))
print(lst.pop(-2), lst.pop(1), lst)
nums = [5, 2, 8, 1, 9, 2]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.reverse()
print(nums)
words = ["banana", "Apple", "cherry", "fig", "date"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: w.lower(), reverse=True)
print(words)
c = nums.copy()
c.append(100)
print(nums, c, c is nums, c == nums + [100])
c.clear()
print(c, len(c), nums)
a = [1, 2]
b = a
b.append(3)
print(a, b, a is b)
print([1, 2, 3].index(2), [[1], [2]].index([2]), [None, 0].count(None))
print([] + [], [0] * 3, [[0] * 2] * 2, [1, 2] * 0)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
st = []
st.append(1)
st.append(2)
st.append(3)
print(st.pop(), st.pop(), st, st.pop(), st)
try:
    st.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].pop(5)
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError:", e)
