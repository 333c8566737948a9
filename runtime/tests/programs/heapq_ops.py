# heapq: heappush/heappop/heapify/heapreplace/heappushpop/nlargest/nsmallest/merge
import heapq

h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, v)
    print(h[0], end=" ")
print()
print(h)
print([heapq.heappop(h) for _ in range(len(h))], h)

data = [9, 4, 7, 1, 8, 2, 2, 6]
heapq.heapify(data)
print(data, data[0])
print(heapq.heapreplace(data, 5), data)       # pop first, then push
print(heapq.heappushpop(data, 0), data)       # push first, then pop
print(heapq.heappushpop(data, 10), data)
print(heapq.nlargest(3, [4, 1, 7, 3, 8, 5]), heapq.nsmallest(3, [4, 1, 7, 3, 8, 5]))
print(heapq.nlargest(2, ["apple", "fig", "banana"], key=len), heapq.nsmallest(1, "hello"))
print(heapq.nlargest(10, [3, 1]), heapq.nsmallest(0, [3, 1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
print(list(heapq.merge(["c", "a"], ["d", "b"], key=str, reverse=True)))

# tuples as priorities, ties broken by the second element
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (3, "deploy")]:
    heapq.heappush(tasks, (prio, name))
order = []
while tasks:
    order.append(heapq.heappop(tasks))
print(order)

# max-heap through negation
mh = []
for v in [3, 10, 4]:
    heapq.heappush(mh, -v)
print([-heapq.heappop(mh) for _ in range(3)])

# k-way sort and running median-ish check
import random
random.seed(3)
nums = [random.randint(0, 100) for _ in range(20)]
hh = list(nums)
heapq.heapify(hh)
print([heapq.heappop(hh) for _ in range(20)] == sorted(nums))
for bad in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush([1], "x")):
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
