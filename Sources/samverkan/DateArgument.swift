import ArgumentParser
import PartnerRegistry

/// Every date the command line takes (`--as-of`, `--from`, `--to`,
/// `--years`), read in one place with one message: `now` where the option
/// allows it, else `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A wrong date is a
/// usage error (exit 64) that names the text and shows how to write one:
/// in a transform the argument parser reports it, as any value it cannot
/// parse, with the option it was given to.
enum DateArgument {
    /// The forms a date takes, for messages.
    static func forms(allowingNow: Bool) -> String {
        allowingNow ? "now, YYYY, YYYY-MM or YYYY-MM-DD" : "YYYY, YYYY-MM or YYYY-MM-DD"
    }

    /// The message for `text` that is not a date.
    static func notADate(_ text: String, allowingNow: Bool, hint: String? = nil) -> String {
        "'\(text)' is not a date; write \(forms(allowingNow: allowingNow)), e.g. 2015 or 2015-03-01"
            + (hint.map { " (\($0))" } ?? "")
    }

    /// `now` or a date; `all-time` is not one (it has its own flag).
    static func asOf(_ text: String, hint: String? = nil) throws -> AsOf {
        guard let value = AsOf(text), value != .allTime else {
            throw CLIError.usage(notADate(text, allowingNow: true, hint: hint))
        }
        return value
    }

    /// A date, not `now`.
    static func date(_ text: String) throws -> PartialDate {
        guard let date = PartialDate(text) else { throw CLIError.usage(notADate(text, allowingNow: false)) }
        return date
    }
}
