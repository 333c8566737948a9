# Exceptions: raise, catch, finally, custom classes.
class AppError(Exception):
    pass


def risky(i):
    if i % 7 == 0:
        raise AppError(f"bad {i}")
    if i % 11 == 0:
        return {}[i]
    return i


def main():
    caught = []
    done = 0
    for i in range(1, 2000):
        try:
            done += risky(i)
        except AppError as e:
            caught.append(str(e)[:3])
        except KeyError:
            caught.append("key")
        finally:
            done += 1
    print(done, len(caught), caught[:4])


if __name__ == "__main__":
    main()
