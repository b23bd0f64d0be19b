// main.swift — aluectl's entry point: everything happens in CtlKit's Aluectl.run.

import CtlKit
#if canImport(Glibc)
import Glibc
#endif

exit(Aluectl.run(Array(CommandLine.arguments.dropFirst()), output: Output()).rawValue)
