import PartnerRegistry

extension ProjectionSize {
    /// The notice a command prints on standard error before it builds a
    /// projection this large: how many ties, why, what it costs, what
    /// may take long (`work`), and the way out (`alternative`).
    func notice(command: String, work: String, alternative: String) -> String {
        let why = mode == .groups
            ? "'\(hubName)' sits in \(NumberText.grouped(hubDegree)) groups, all tied to each other"
            : "'\(hubName)' has \(NumberText.grouped(hubDegree)) members, all tied to each other"
        let megabytes = max(1, bytes / 1_000_000)
        return "samverkan \(command): the \(mode == .groups ? "groups'" : "organisations'") projection will have "
            + "\(NumberText.grouped(edges)) ties (\(why)), about \(NumberText.grouped(megabytes)) MB; "
            + "\(work) may take long. \(alternative)"
    }
}

extension RegistryAnalysis {
    /// Prints, before a command builds the organisations' projection, how
    /// large it will be when one group alone makes more than
    /// `ProjectionSize.noticeThreshold` of its ties (1,415 members);
    /// `work` says what may take long, `alternative` the way out.
    func announceOrganisationProjection(command: String, work: String, alternative: String) {
        guard let size = try? projectionSize(.organisations, above: ProjectionSize.noticeThreshold) else { return }
        printToStandardError(size.notice(command: command, work: work, alternative: alternative))
    }
}
