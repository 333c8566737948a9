# uncaught chained user exceptions via raise ... from: last line is the outermost exception
class StorageError(Exception):
    pass

class ServiceError(Exception):
    pass

def read_block(n):
    blocks = {0: "boot", 1: "data"}
    try:
        return blocks[n]
    except KeyError as e:
        raise StorageError(f"block {n} unreadable") from e

def service(n):
    try:
        return read_block(n)
    except StorageError as e:
        raise ServiceError("service unavailable", n) from e

print(service(0), service(1))
service(7)
