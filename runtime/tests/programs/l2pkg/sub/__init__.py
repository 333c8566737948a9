# helper subpackage (intentionally almost empty)
LEVEL = "sub"
