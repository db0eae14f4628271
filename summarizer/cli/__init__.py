"""The command line: parse, call the library, print, choose the exit code (one module a
subcommand).
"""
