import Foundation
import FuzzDriver

exit(samverkan_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { fuzzGraphML($0, $1) })
