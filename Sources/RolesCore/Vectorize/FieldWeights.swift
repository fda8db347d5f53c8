/// How much one occurrence of a term counts in a role's document, by the field it occurs in.
///
/// Counts are summed across fields with these weights before the sublinear tf is taken (see
/// `Docs/WEIGHTING.md`). The values were chosen on the O*NET reported-titles and emerging-tasks
/// evaluations (`Tools/eval`), never on the test queries of the unit tests.
public struct FieldWeights: Codable, Equatable, Sendable {
    /// The role's own title: the strongest single statement of what the role is.
    public var title: Double
    /// Alternate titles: many per role, each a real name for it, so each counts less than the title.
    public var alternateTitle: Double
    /// Titles incumbents reported: like alternate titles.
    public var reportedTitle: Double
    /// The one- or two-sentence summary or O*NET description.
    public var summary: Double
    /// Core tasks: what nearly everyone in the role does.
    public var coreTask: Double
    /// Supplemental tasks: done by some incumbents only, so half the weight of a core task.
    public var supplementalTask: Double
    /// Detailed work activities linked to the tasks: generic wording shared across many roles.
    public var activity: Double
    /// Skills and knowledge areas the corpus lists.
    public var skill: Double
    /// Technologies (software) a role uses: specific but long lists, so weighted below tasks.
    public var technology: Double
    /// Technologies O*NET marks as in demand in postings: more likely to appear in a resume.
    public var hotTechnology: Double

    public init(
        title: Double, alternateTitle: Double, reportedTitle: Double, summary: Double, coreTask: Double,
        supplementalTask: Double, activity: Double, skill: Double, technology: Double, hotTechnology: Double
    ) {
        self.title = title
        self.alternateTitle = alternateTitle
        self.reportedTitle = reportedTitle
        self.summary = summary
        self.coreTask = coreTask
        self.supplementalTask = supplementalTask
        self.activity = activity
        self.skill = skill
        self.technology = technology
        self.hotTechnology = hotTechnology
    }

    public static let standard = FieldWeights(
        title: 4, alternateTitle: 1, reportedTitle: 1, summary: 1, coreTask: 1, supplementalTask: 0.5,
        activity: 0.5, skill: 1, technology: 0.5, hotTechnology: 1
    )
}
