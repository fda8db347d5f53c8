import Foundation

/// A role as the index knows it: an O*NET occupation or a profile of the built-in corpus.
public struct Role: Equatable, Sendable {
    /// Stable id: an O*NET-SOC code (`29-1141.00`) or a corpus id (`registered-nurse`).
    public var id: String
    /// SOC 2018 code of the occupation (`29-1141`), or of the nearest one for corpus roles.
    public var soc: String?
    public var socMatch: SOCMatch
    public var title: String
    public var alternateTitles: [String]
    /// How many sources O*NET lists for an alternate title (its Source(s) column), by the title as written;
    /// a short title shares its title's count. Absent for titles without one (`ExactTitles`).
    public var titleSources: [String: Int]
    /// Titles incumbents reported (O*NET Sample of Reported Titles).
    public var reportedTitles: [String]
    public var summary: String
    public var tasks: [RoleTask]
    public var skills: [RoleSkill]
    /// O*NET Skills and Knowledge ratings, kept for skill profiles.
    public var ratings: [RoleRating]
    public var sectors: [String]
    /// Preparation needed, 1…5 (the O*NET Job Zone scale).
    public var preparation: Int?
    public var outlook: Outlook?
    public var outlookReason: String?
    /// National pay of the role's SOC code, when a wage file was given at build.
    public var wage: Wage?
    /// The role's share of the national employment of its detailed SOC code (the code's workers divided
    /// evenly among the roles of that code), when a wage file with employment was given at build. Used
    /// only to share out a title several roles carry (`ExactTitles`); not stored.
    public var employment: Double?
    /// Where the role came from: `corpus` or `onet`.
    public var source: String

    public init(
        id: String, soc: String?, socMatch: SOCMatch = .exact, title: String, alternateTitles: [String] = [],
        titleSources: [String: Int] = [:], reportedTitles: [String] = [], summary: String = "", tasks: [RoleTask] = [], skills: [RoleSkill] = [],
        ratings: [RoleRating] = [], sectors: [String] = [], preparation: Int? = nil, outlook: Outlook? = nil,
        outlookReason: String? = nil, wage: Wage? = nil, source: String
    ) {
        self.id = id
        self.soc = soc
        self.socMatch = socMatch
        self.title = title
        self.alternateTitles = alternateTitles
        self.titleSources = titleSources
        self.reportedTitles = reportedTitles
        self.summary = summary
        self.tasks = tasks
        self.skills = skills
        self.ratings = ratings
        self.sectors = sectors
        self.preparation = preparation
        self.outlook = outlook
        self.outlookReason = outlookReason
        self.wage = wage
        self.source = source
    }

    /// The title, then alternate titles, then reported titles.
    public var allTitles: [String] { [title] + alternateTitles + reportedTitles }

    /// The title as texts are matched to it: without a closing clause of exclusions, so
    /// `Kindergarten Teachers, Except Special Education` is matched as `Kindergarten Teachers`. The words
    /// after "Except" name work the role is not; matched, they drew a special education teacher's text
    /// to the one role that excludes it.
    public var matchedTitle: String {
        guard let clause = title.range(of: ", Except ") else { return title }
        return String(title[..<clause.lowerBound])
    }

    /// `allTitles` with the title as it is matched (`matchedTitle`).
    public var matchedTitles: [String] { [matchedTitle] + alternateTitles + reportedTitles }
}

/// How a role's SOC code relates to it.
public enum SOCMatch: String, Codable, Sendable, CaseIterable {
    /// The role is that official occupation.
    case exact
    /// No official occupation is the role; the code is the closest one.
    case nearest
}

public enum Outlook: String, Codable, Sendable, CaseIterable {
    case growing, stable, compressing
}

/// One task of a role.
public struct RoleTask: Equatable, Sendable {
    /// O*NET Task ID, or `<role id>#<n>` for corpus tasks.
    public var id: String
    public var text: String
    public var type: TaskType
    public var exposure: Exposure?
    public var exposureReason: String?
    /// Detailed work activities the task is linked to.
    public var activities: [WorkActivity]

    public init(
        id: String, text: String, type: TaskType = .core, exposure: Exposure? = nil,
        exposureReason: String? = nil, activities: [WorkActivity] = []
    ) {
        self.id = id
        self.text = text
        self.type = type
        self.exposure = exposure
        self.exposureReason = exposureReason
        self.activities = activities
    }
}

public enum TaskType: String, Codable, Sendable {
    case core, supplemental
}

/// A detailed work activity (O*NET DWA).
public struct WorkActivity: Equatable, Sendable {
    public var id: String
    public var title: String

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}

/// A skill, technology or knowledge area listed for a role.
public struct RoleSkill: Equatable, Sendable {
    public var name: String
    public var kind: SkillKind
    /// Whether O*NET marks the technology as in demand across job postings ("Hot Technology").
    public var hot: Bool

    public init(name: String, kind: SkillKind, hot: Bool = false) {
        self.name = name
        self.kind = kind
        self.hot = hot
    }
}

public enum SkillKind: String, Codable, Sendable {
    case skill, technology
}

/// An O*NET importance and level rating of a skill or knowledge area.
public struct RoleRating: Equatable, Sendable {
    public var elementID: String
    public var name: String
    public var kind: RatingKind
    /// Importance, 1…5.
    public var importance: Double?
    /// Level, 0…7.
    public var level: Double?

    public init(elementID: String, name: String, kind: RatingKind, importance: Double?, level: Double?) {
        self.elementID = elementID
        self.name = name
        self.kind = kind
        self.importance = importance
        self.level = level
    }
}

public enum RatingKind: String, Codable, Sendable {
    case skill, knowledge
}
