"""The loaders modules name as `__loader__` (CPython's importlib classes of
the same names): SourceFileLoader for modules read from files,
FrozenImporter for modules that ship inside Coral, BuiltinImporter for
native ones and for a `__main__` without a file."""


class SourceFileLoader:
    """Loads a module from its source file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, "rb") as f:
            return f.read()

    def get_source(self, fullname):
        return self.get_data(self.path).decode("utf-8")

    def is_package(self, fullname):
        return self.path.rsplit("/", 1)[-1] == "__init__.py"

    def __eq__(self, other):
        return (self.__class__ == other.__class__ and
                self.__dict__ == other.__dict__)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)


class FrozenImporter:
    """Modules written in Python that ship inside the binary."""

    @staticmethod
    def is_package(fullname):
        return False


class BuiltinImporter:
    """Modules written in Rust."""

    @staticmethod
    def is_package(fullname):
        return False


FrozenImporter.__module__ = "_frozen_importlib"
BuiltinImporter.__module__ = "_frozen_importlib"
