# except clause ordering with a user exception hierarchy; tuples of user exceptions; finally
class Base(Exception): pass
class NetworkError(Base): pass
class Timeout(NetworkError): pass
class DNSFailure(NetworkError): pass
class DiskError(Base): pass

def fail(kind):
    if kind:
        raise kind(f"{kind.__name__} happened")

def handle(kind):
    try:
        fail(kind)
    except Timeout as e:
        return f"timeout handler: {e}"
    except (DNSFailure, DiskError) as e:
        return f"tuple handler: {type(e).__name__}"
    except NetworkError as e:
        return f"network handler: {e}"
    except Base:
        return "base handler"
    else:
        return "no error"
    finally:
        print("  cleanup for", kind.__name__ if kind else None)

for k in (Timeout, DNSFailure, DiskError, NetworkError, Base, None):
    print(handle(k))

# an exception class list built at runtime
handled = (Timeout, DiskError)
for k in (Timeout, DNSFailure):
    try:
        fail(k)
    except handled as e:
        print("caught dynamically", type(e).__name__)
    except Exception as e:
        print("fallback", type(e).__name__, isinstance(e, NetworkError))

# exception instances carry state through re-raise
class Tracked(Base):
    def __init__(self, msg):
        super().__init__(msg)
        self.hops = []
def layer(n):
    try:
        if n == 0:
            raise Tracked("deep")
        layer(n - 1)
    except Tracked as e:
        e.hops.append(n)
        raise
try:
    layer(3)
except Tracked as e:
    print(e, e.hops)
# catching with BaseException subclasses
class Stop(BaseException): pass
try:
    try:
        raise Stop("not an Exception")
    except Exception:
        print("wrong")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e)
