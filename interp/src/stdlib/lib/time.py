"""Time access and conversions, as CPython's time module.

Clocks and sleep are native (`_time`); the calendar goes through the C
library as in CPython, so zones and formats agree with it.
"""

import _time
from _time import (time, time_ns, perf_counter, perf_counter_ns, monotonic,
                   monotonic_ns, process_time, process_time_ns, sleep)

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
           "tm_wday", "tm_yday", "tm_isdst")


class struct_time:
    """The time value returned by gmtime(), localtime() and strptime():
    a 9-item sequence with named fields, plus tm_zone and tm_gmtoff."""

    __slots__ = ("_t", "tm_zone", "tm_gmtoff")
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __init__(self, seq):
        t = tuple(seq)
        if len(t) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence "
                            "(%d-sequence given)" % len(t))
        if len(t) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence "
                            "(%d-sequence given)" % len(t))
        self._t = t[:9]
        self.tm_zone = t[9] if len(t) > 9 else None
        self.tm_gmtoff = t[10] if len(t) > 10 else None

    tm_year = property(lambda self: self._t[0])
    tm_mon = property(lambda self: self._t[1])
    tm_mday = property(lambda self: self._t[2])
    tm_hour = property(lambda self: self._t[3])
    tm_min = property(lambda self: self._t[4])
    tm_sec = property(lambda self: self._t[5])
    tm_wday = property(lambda self: self._t[6])
    tm_yday = property(lambda self: self._t[7])
    tm_isdst = property(lambda self: self._t[8])

    def __len__(self):
        return 9

    def __getitem__(self, i):
        return self._t[i]

    def __iter__(self):
        return iter(self._t)

    def __eq__(self, other):
        if isinstance(other, struct_time):
            return self._t == other._t
        if isinstance(other, tuple):
            return self._t == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        return self._t < tuple(other)

    def __hash__(self):
        return hash(self._t)

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join(
            "%s=%r" % (n, v) for n, v in zip(_FIELDS, self._t))


def gmtime(secs=None):
    return struct_time(_time._gmtime(secs))


def localtime(secs=None):
    return struct_time(_time._localtime(secs))


def _fields(t, func):
    if isinstance(t, struct_time):
        return t._t + (t.tm_zone, t.tm_gmtoff)
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % func)
    for v in t:
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(v).__name__)
    return t + (None, None)


def mktime(t):
    f = _fields(t, "mktime")
    return _time._mktime(f[:9])


def _checked(f):
    # CPython's checktm, after its normalisation of zero fields.
    year, mon, mday, hour, minute, sec, wday, yday, isdst = f[:9]
    if mon == 0:
        mon = 1
    if mday == 0:
        mday = 1
    if yday == 0:
        yday = 1
    if isdst < -1:
        isdst = -1
    elif isdst > 1:
        isdst = 1
    if not 1 <= mon <= 12:
        raise ValueError("month out of range")
    if not 1 <= mday <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= hour <= 23:
        raise ValueError("hour out of range")
    if not 0 <= minute <= 59:
        raise ValueError("minute out of range")
    if not 0 <= sec <= 61:
        raise ValueError("seconds out of range")
    if wday < 0:
        raise ValueError("day of week out of range")
    if not 1 <= yday <= 366:
        raise ValueError("day of year out of range")
    return (year, mon, mday, hour, minute, sec, wday % 7, yday, isdst) + tuple(f[9:])


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    if t is None:
        t = localtime()
    return _time._strftime(format, _checked(_fields(t, "strftime")))


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
           "Oct", "Nov", "Dec")


def asctime(t=None):
    if t is None:
        t = localtime()
    f = _checked(_fields(t, "asctime"))
    return "%s %s%3d %.2d:%.2d:%.2d %d" % (
        _DAYS[f[6]], _MONTHS[f[1] - 1], f[2], f[3], f[4], f[5], f[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def _init_timezone():
    # CPython's init_timezone: the offsets of January and July this year.
    year = gmtime()[0]
    jan = _time._localtime(mktime((year, 1, 1, 0, 0, 0, 0, 1, -1)))
    jul = _time._localtime(mktime((year, 7, 1, 0, 0, 0, 0, 182, -1)))
    jan_off, jul_off = -jan[10], -jul[10]
    if jan_off < jul_off:
        # Southern hemisphere: DST in January.
        return jul_off, jan_off, int(jan_off != jul_off), (jul[9], jan[9])
    return jan_off, jul_off, int(jan_off != jul_off), (jan[9], jul[9])


timezone, altzone, daylight, tzname = _init_timezone()
