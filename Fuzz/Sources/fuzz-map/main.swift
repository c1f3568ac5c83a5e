import Foundation
import FuzzDriver

exit(samverkan_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { fuzzMap($0, $1) })
