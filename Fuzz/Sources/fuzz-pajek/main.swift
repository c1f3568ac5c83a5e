import Foundation
import FuzzDriver

exit(samverkan_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { fuzzPajek($0, $1) })
