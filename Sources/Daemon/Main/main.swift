// main.swift — alued's entry point: everything happens in AlueCore's Daemon.

import AlueCore
#if canImport(Glibc)
import Glibc
#endif

exit(Daemon.main(arguments: Array(CommandLine.arguments.dropFirst())))
