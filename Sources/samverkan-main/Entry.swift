// The `samverkan` executable. The commands live in the SamverkanCLI library
// (Sources/samverkan), where tests can parse arguments in-process.
import SamverkanCLI

@main
enum Entry {
    static func main() async {
        await Samverkan.main()
    }
}
