import ArgumentParser
import PartnerRegistry

/// Every date the command line takes (`--as-of`, `--from`, `--to`,
/// `--years`), read in one place with one message: `now` where the option
/// allows it, else `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A wrong date is a
/// usage error (exit 64) that names the option and the text and shows how
/// to write one. The options hold the text as given; each command reads it
/// in `checkCommandLine()`, so that a wrong date is reported as every
/// other usage error is.
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

    /// `now` or a date, given to `option`; `all-time` is not one (it has
    /// its own flag).
    static func asOf(_ text: String, option: String, hint: String? = nil) throws(CLIError) -> AsOf {
        guard let value = AsOf(text), value != .allTime else {
            throw .usage("\(option) " + notADate(text, allowingNow: true, hint: hint))
        }
        return value
    }

    /// A date, not `now`, given to `option`.
    static func date(_ text: String, option: String) throws(CLIError) -> PartialDate {
        guard let date = PartialDate(text) else { throw .usage("\(option) " + notADate(text, allowingNow: false)) }
        return date
    }
}
