// The `samverkan` executable. The commands live in the SamverkanCLI library
// (Sources/samverkan), where tests can parse arguments in-process.
import Dispatch
import SamverkanCLI

@main
enum Entry {
    /// Synchronous on purpose: the standard streams are readied before the
    /// concurrency runtime starts, since a descriptor it opens could
    /// otherwise take the place of a closed standard output. The command
    /// then runs on a task and ends the process with its exit status.
    static func main() {
        Samverkan.prepareStandardStreams()
        Task { await Samverkan.main() }
        dispatchMain()
    }
}
