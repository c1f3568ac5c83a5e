import Foundation
import InterchangeBase
import PartnerRegistry

/// A raster or print format an SVG (a year sheet, a timeline chart) is
/// converted to with `rsvg-convert`.
public enum SheetFormat: String, CaseIterable, Sendable, Codable, Hashable {
    case png
    case pdf

    /// The file extension, without the dot.
    public var fileExtension: String { rawValue }
}

/// Converts SVG to PNG or PDF through `rsvg-convert` (Debian package
/// `librsvg2-bin`), run as a subprocess with the SVG on standard input.
///
/// PNG output is byte-identical for the same SVG. PDF output carries a
/// creation date; the converter sets `SOURCE_DATE_EPOCH=0` so that it is
/// the same (1970-01-01) on every run.
public struct SheetConverter: Sendable {
    /// Why a conversion failed.
    public enum ConversionError: Error, Hashable, Sendable, CustomStringConvertible {
        /// No `rsvg-convert` on the search path (or at the given path).
        case converterNotFound
        /// `rsvg-convert` ran and failed.
        case converterFailed(status: Int32, message: String)
        /// The output could not be written.
        case write(AtomicFile.WriteError)

        public var description: String {
            switch self {
            case .converterNotFound:
                "rsvg-convert not found; run `make setup` or apt-get install librsvg2-bin"
            case let .converterFailed(status, message):
                "rsvg-convert failed (status \(status))" + (message.isEmpty ? "" : ": \(message)")
            case let .write(error):
                error.description
            }
        }
    }

    /// The executable; `nil` looks `rsvg-convert` up in `PATH`.
    public var executable: URL?
    /// The environment whose `PATH` is searched (default: this process's).
    public var environment: [String: String]

    public init(executable: URL? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.executable = executable
        self.environment = environment
    }

    /// The `rsvg-convert` that would run, or `nil`.
    public func locate() -> URL? {
        let manager = FileManager.default
        if let executable {
            return manager.isExecutableFile(atPath: executable.path) ? executable : nil
        }
        for directory in (environment["PATH"] ?? "").split(separator: ":") where !directory.isEmpty {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("rsvg-convert")
            if manager.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// The SVG converted to `format`.
    ///
    /// With `page`, a PNG gets the page's pixels exactly (its inches at its
    /// resolution, rounded: A3 2480 × 1754, a screen 1920 × 1080).
    public func convert(_ svg: Data, to format: SheetFormat, page: MapPage? = nil) throws(ConversionError) -> Data {
        guard let tool = locate() else { throw .converterNotFound }
        let process = Process()
        process.executableURL = tool
        process.arguments = ["-f", format.rawValue]
        if let page, format == .png {
            let (width, height) = page.pixels
            process.arguments? += ["-w", String(width), "-h", String(height)]
        }
        var environment = environment
        environment["SOURCE_DATE_EPOCH"] = "0"
        process.environment = environment
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw .converterNotFound
        }
        // Standard input is fed on its own thread so that a large output
        // cannot block the writer.
        let handle = input.fileHandleForWriting
        let writer = Thread {
            try? handle.write(contentsOf: svg)
            try? handle.close()
        }
        writer.start()
        let converted = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0, !converted.isEmpty else {
            let text = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw .converterFailed(status: process.terminationStatus, message: text)
        }
        return converted
    }

    /// Converts `svg` and writes it atomically to `url` (nothing is
    /// written when the conversion fails).
    public func write(_ svg: Data, as format: SheetFormat, to url: URL) throws(ConversionError) {
        let data = try convert(svg, to: format)
        do {
            try OutputFile.write(data, to: url)
        } catch {
            throw .write(error)
        }
    }
}
