import Foundation
import Testing
@testable import RolesKit

/// The built-in corpus finds the roles the AI shift names, by title or alternate title.
struct BuiltInCorpusTests {
    static let named: [(query: String, role: String)] = [
        ("AI/ML engineer", "ai-ml-engineer"), ("MLOps engineer", "mlops-engineer"),
        ("AI infrastructure engineer", "mlops-engineer"), ("data operations analyst", "data-quality-analyst"),
        ("data quality analyst", "data-quality-analyst"), ("AI product manager", "ai-product-manager"),
        ("workflow automation specialist", "workflow-automation-specialist"),
        ("AI implementation consultant", "ai-implementation-consultant"),
        ("model governance reviewer", "model-risk-and-governance-reviewer"),
        ("model risk reviewer", "model-risk-and-governance-reviewer"), ("AI trainer", "ai-trainer"),
        ("human-in-the-loop reviewer", "ai-trainer"), ("AI auditor", "ai-auditor"),
        ("AI quality assurance specialist", "ai-auditor"), ("conversation designer", "conversation-designer"),
        ("clinical AI reviewer", "clinical-ai-reviewer"), ("operations coordinator", "operations-coordinator"),
        ("systems support specialist", "systems-support-specialist"), ("customer success manager", "customer-success-manager"),
        ("support QA and escalation specialist", "support-qa-escalation-specialist"),
        ("editor and content strategist", "editor-and-content-strategist"),
        ("business process designer", "business-process-designer"), ("compliance analyst", "compliance-analyst"),
        ("instructional designer", "instructional-designer"), ("security analyst", "information-security-analyst"),
        ("data entry clerk", "data-entry-clerk"), ("document processing clerk", "document-processing-clerk"),
        ("scripted call-centre agent", "call-centre-agent"), ("ticket triage agent", "ticket-triage-agent"),
        ("scheduler and administrative coordinator", "scheduler-administrative-coordinator"),
        ("copywriter", "copywriter"), ("research summary writer", "research-summary-writer"),
        ("junior financial analyst", "reporting-analyst"), ("manual software tester", "manual-software-tester"),
        ("first-line support agent", "help-desk-technician"), ("chief executive", "chief-executive"),
        ("team leader", "team-leader"), ("enterprise account executive", "enterprise-account-executive"),
        ("registered nurse", "registered-nurse"), ("electrician", "electrician"), ("plumber", "plumber"),
        ("management consultant", "management-consultant"), ("client advisor", "financial-advisor"),
        ("cross-functional program manager", "cross-functional-program-manager"),
    ]

    @Test func everyNamedRoleIsInTheTopThree() throws {
        let path = Fixtures.temporaryDirectory() + "/corpus.sqlite"
        _ = try IndexBuilder.build(BuildSources(corpus: Fixtures.projectCorpus), to: path)
        let search = TitleSearch(index: try RolesIndex(path: path))
        for (query, role) in Self.named {
            let top = try search.search(query, top: 3).map(\.id)
            #expect(top.contains(role), "\(query) → \(top)")
        }
    }

    @Test func coversEveryCivilianMajorGroupWithFiveCodes() throws {
        let path = Fixtures.temporaryDirectory() + "/corpus.sqlite"
        _ = try IndexBuilder.build(BuildSources(corpus: Fixtures.projectCorpus), to: path)
        let roles = try RolesIndex(path: path).roles
        #expect(roles.count >= 250)
        var codes: [String: Set<String>] = [:]
        for role in roles { if let soc = role.soc { codes[String(soc.prefix(2)), default: []].insert(soc) } }
        for group in stride(from: 11, through: 53, by: 2) {
            #expect((codes[String(group)]?.count ?? 0) >= 5, "major group \(group): \(codes[String(group)]?.sorted() ?? [])")
        }
    }
}
