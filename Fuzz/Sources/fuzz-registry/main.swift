import Foundation
import FuzzDriver

exit(samverkan_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { fuzzRegistry($0, $1) })
