# The calendar half of time: gmtime, localtime, mktime, strftime, asctime, zones.
import time
t = time.gmtime(0)
print(t, t.tm_year, t[0], len(t), tuple(t), t.tm_zone, t.tm_gmtoff)
print(time.gmtime(1700000000.9), time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %%', time.gmtime(1700000000)))
print(time.asctime(time.gmtime(0)), time.strftime('%Y', (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.mktime(time.localtime(1234567890)), time.ctime(1234567890) == time.asctime(time.localtime(1234567890)))
print(time.timezone, time.altzone, time.daylight, time.tzname, time.localtime(0).tm_zone)
print(type(time.process_time()), time.process_time() >= 0, time.monotonic() <= time.monotonic(), type(time.time_ns()))
print(time.gmtime(0) == (1970, 1, 1, 0, 0, 0, 3, 1, 0), time.strftime('%Z', time.gmtime(0)), time.strftime('', time.gmtime(0)))
for bad in [lambda: time.gmtime('x'), lambda: time.strftime('%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.mktime((1, 2)), lambda: time.strftime(5), lambda: time.gmtime(float('nan')), lambda: time.gmtime(1e300), lambda: time.struct_time((1, 2))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
for bad in [lambda: time.strftime('x\0y')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
