import Foundation

/// Resident and peak resident memory of this process, from
/// `/proc/self/status` (`VmRSS`, `VmHWM`); zeros where that file does not
/// exist (macOS).
struct ProcessMemory {
    var resident = 0
    var peak = 0

    static func read() -> ProcessMemory {
        var memory = ProcessMemory()
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return memory }
        for line in text.split(separator: "\n") {
            let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard parts.count >= 2, let kib = Int(parts[1]) else { continue }
            if parts[0] == "VmRSS:" { memory.resident = kib * 1024 }
            if parts[0] == "VmHWM:" { memory.peak = kib * 1024 }
        }
        return memory
    }
}
