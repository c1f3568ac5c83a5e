import CollaborationMap
import PartnerRegistry

extension CLIError {
    /// What the library said about an option's value, as the exit status
    /// tells it: a value wrong whatever the registry holds (`--steps 0`,
    /// `--radius -1`, a path of one entity) is a usage error, exit 64; a
    /// name the registry does not have, not on the `--as-of` date or not
    /// after the filters, exits 1.
    static func option(_ error: any Error) -> CLIError {
        let message = String(describing: error)
        switch error {
        case let error as CLIError:
            return error
        case let error as RegistryAnalysisError:
            switch error {
            case .invalidCount, .invalidResolution: return .usage(message)
            default: return .notFound(message)
            }
        case let error as MapError:
            switch error {
            case .negativeRadius, .pathTooShort, .invalidTop: return .usage(message)
            case .tooLarge: return .failure(message, status: 3)
            default: return .notFound(message)
            }
        default:
            return .notFound(message)
        }
    }
}
