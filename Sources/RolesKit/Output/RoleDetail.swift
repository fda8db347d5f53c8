import RolesCore

/// Everything the index holds about one role that a person reads: its titles, summary, tasks with their
/// exposure judgments, and skills. Served by `GET /v1/roles/{id}`.
public struct RoleDetail: Codable, Equatable, Sendable {
    public struct Task: Codable, Equatable, Sendable {
        /// O*NET Task ID, or `<role id>#<n>` for corpus tasks.
        public var id: String
        public var text: String
        /// `core` or `supplemental`.
        public var type: TaskType
        /// E0, E1 or E2, when the source judged it.
        public var exposure: Exposure?
        public var exposureReason: String?
    }

    public struct Skill: Codable, Equatable, Sendable {
        public var name: String
        /// `skill` or `technology`.
        public var kind: SkillKind
        /// Whether O*NET marks the technology as in demand in job postings.
        public var hot: Bool
    }

    public var id: String
    public var soc: String?
    public var socMatch: SOCMatch
    public var title: String
    public var alternateTitles: [String]
    public var summary: String
    public var sectors: [String]
    /// 1…5, the O*NET Job Zone scale.
    public var preparation: Int?
    public var outlook: Outlook?
    public var outlookReason: String?
    /// `corpus` or `onet`.
    public var source: String
    public var tasks: [Task]
    public var skills: [Skill]
}

/// `GET /v1/roles/{id}`: a role and the index it came from, with the attribution its source requires.
public struct RoleResponse: Codable, Sendable {
    public var role: RoleDetail
    public var index: IndexSummary

    public init(role: RoleDetail, index: IndexSummary) {
        self.role = role
        self.index = index
    }
}
