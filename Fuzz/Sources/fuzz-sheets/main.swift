import Foundation
import FuzzDriver

exit(samverkan_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { fuzzSheets($0, $1) })
