import Foundation
import Testing
@testable import RolesCore

struct AdjacencyTests {
    /// Three roles: two share an activity and a technology, the third shares nothing.
    static let roles = [
        Role(id: "a", soc: "11-1111", title: "A", tasks: [
            RoleTask(id: "1", text: "x", type: .core, activities: [WorkActivity(id: "act1", title: "Plan work")]),
            RoleTask(id: "2", text: "y", type: .supplemental, activities: [WorkActivity(id: "act1", title: "Plan work")]),
        ], skills: [RoleSkill(name: "Excel", kind: .technology, hot: true)], source: "test"),
        Role(id: "b", soc: "11-1112", title: "B", tasks: [
            RoleTask(id: "3", text: "z", type: .core, activities: [WorkActivity(id: "act1", title: "Plan work")]),
        ], skills: [RoleSkill(name: "excel", kind: .technology), RoleSkill(name: "SQL", kind: .technology)], source: "test"),
        Role(id: "c", soc: "11-1113", title: "C", skills: [RoleSkill(name: "Welding", kind: .skill)], source: "test"),
    ]

    @Test func profilesWeighRawCountsBySpecificity() throws {
        let profiles = SkillProfiler().profiles(Self.roles)
        #expect(profiles.items.map(\.key) == ["activity:act1", "technology:excel", "technology:sql", "skill:welding"])
        #expect(profiles.items.map(\.documentFrequency) == [2, 2, 1, 1])
        let shared = Float(log(4.0 / 3.0) + 1), rare = Float(log(4.0 / 2.0) + 1)
        // Role a: activity counted 2 (core) + 1 (supplemental) = 3, damped to 1 + ln 3; hot technology 2 → 1 + ln 2.
        let a = profiles.weights[0]
        #expect(a.indices == [0, 1])
        #expect(abs(a.values[0] - Float(1 + log(3.0)) * shared) < 1e-5)
        #expect(abs(a.values[1] - Float(1 + log(2.0)) * shared) < 1e-5)
        // Role b: activity 2 (one core task) → 1 + ln 2; plain technologies 1.
        let b = profiles.weights[1]
        #expect(b.indices == [0, 1, 2])
        #expect(abs(b.values[0] - Float(1 + log(2.0)) * shared) < 1e-5)
        #expect(abs(b.values[1] - shared) < 1e-5)
        #expect(abs(b.values[2] - rare) < 1e-5)
        #expect(abs(profiles.vectors[1].norm - 1) < 1e-5)
    }

    @Test func coverageIsTheShareOfTheDestinationsWeightTheOriginHas() throws {
        let profiles = SkillProfiler().profiles(Self.roles)
        let b = profiles.weights[1]
        let expected = (b.values[0] + b.values[1]) / b.values.reduce(0, +)
        #expect(abs(Adjacency.coverage(of: b, by: profiles.weights[0]) - expected) < 1e-6)
        #expect(Adjacency.coverage(of: profiles.weights[0], by: profiles.weights[1]) == 1, "b has all of a's items")
        #expect(Adjacency.coverage(of: profiles.weights[2], by: profiles.weights[0]) == 0)
    }

    @Test func gapsComeInOrderOfTheirWeightAndSharedSkillsByContribution() throws {
        let profiles = SkillProfiler().profiles(Self.roles)
        let item: (Int32) -> SkillItem? = { profiles.items[Int($0)] }
        let gaps = Adjacency.gaps(origin: profiles.vectors[2], destinationWeights: profiles.weights[1], items: item, limit: 5)
        #expect(gaps.map(\.name) == ["Plan work", "SQL", "Excel"], "an item keeps the name it was first seen with")
        #expect(abs(gaps.map(\.weight).reduce(0, +) - 1) < 1e-5, "gaps of a role sharing nothing make up its whole profile")
        let shared = Adjacency.shared(origin: profiles.vectors[0], destination: profiles.vectors[1], items: item, limit: 5)
        #expect(shared.map(\.name) == ["Plan work", "Excel"])
        let overlap = profiles.vectors[0].dot(profiles.vectors[1])
        #expect(abs(shared.map(\.weight).reduce(0, +) - overlap) < 1e-5, "shared parts add up to the overlap")
    }

    @Test func scoreBlendsTextNeighbourhoodAndSkillsLessPreparationGaps() {
        let expected = Adjacency.textWeight * 0.5 + Adjacency.neighbourhoodWeight * 0.4 + Adjacency.skillsWeight * 0.25
            - 2 * Adjacency.preparationPenalty
        #expect(abs(Adjacency.score(text: 0.5, neighbourhood: 0.4, skills: 0.25, preparationGap: 2) - expected) < 1e-7)
        #expect(Adjacency.preparationGap(2, 5) == 3 && Adjacency.preparationGap(nil, 5) == 0)
    }

    @Test func aPersonsMovesMixTheirClosestRolesMovesByConfidence() {
        // Roles 0 and 1 matched with confidence 0.6 and 0.2; role 0 moves to 2 (0.5) and 3 (0.25), role 1 to 2 (1).
        let text: [Float] = [0.3, 0.2, 0.1, 0]
        let scores = Adjacency.personScores(
            matched: [(role: 0, confidence: 0.6, moves: [(2, 0.5), (3, 0.25)]), (role: 1, confidence: 0.2, moves: [(2, 1)])],
            text: text)
        let expected: [Float] = [0.75 + 0.3, 0.25 + 0.2, 0.75 * 0.5 + 0.25 * 1 + 0.1, 0.75 * 0.25]
        for (score, want) in zip(scores, expected) { #expect(abs(score - want) < 1e-6) }
        // Without confidences the matched roles weigh alike.
        let even = Adjacency.personScores(matched: [(role: 0, confidence: 0, moves: []), (role: 1, confidence: 0, moves: [])], text: [0, 0])
        #expect(even == [0.5, 0.5])
    }
}

struct ExposureTests {
    @Test func sharesWeighCoreTasksTwice() throws {
        let tasks = [
            RoleTask(id: "1", text: "a", type: .core, exposure: .e0),
            RoleTask(id: "2", text: "b", type: .supplemental, exposure: .e1),
            RoleTask(id: "3", text: "c", type: .core, exposure: .e2),
            RoleTask(id: "4", text: "d", type: .core),
        ]
        let shares = try #require(ExposureShares(tasks: tasks))
        #expect(shares.labelled == 3)
        #expect(abs(shares.humanLed - 0.4) < 1e-6 && abs(shares.automation - 0.2) < 1e-6 && abs(shares.augmentation - 0.4) < 1e-6)
        #expect(abs(shares.beta - 0.4) < 1e-6)
        #expect(ExposureShares(tasks: [RoleTask(id: "x", text: "x")]) == nil)
    }

    @Test func voteMixesNeighboursAndActivities() throws {
        let neighbours: [(label: Exposure, similarity: Float)] = [(.e1, 0.6), (.e0, 0.2), (.e1, 0.2)]
        let knn = try #require(ExposureVote.probabilities(neighbours: neighbours, activityLabels: nil))
        #expect(knn == [0.2, 0.8, 0])
        let mixed = try #require(ExposureVote.probabilities(neighbours: neighbours, activityLabels: [0, 0, 4], activityWeight: 0.5))
        #expect(abs(mixed[0] - 0.1) < 1e-6 && abs(mixed[1] - 0.4) < 1e-6 && abs(mixed[2] - 0.5) < 1e-6)
        #expect(ExposureVote.label(mixed) == .e2)
        #expect(abs(ExposureVote.beta(mixed) - 0.65) < 1e-6)
        #expect(ExposureVote.probabilities(neighbours: [], activityLabels: nil) == nil)
        #expect(ExposureVote.label([0.4, 0.4, 0.2]) == .e0, "ties go to the less exposed label")
    }

    @Test func taskLinesSplitBulletsAndSentences() {
        let text = """
            JANE DOE
            • Reconciled vendor statements each month. Resolved discrepancies with suppliers.
            - Trained two new clerks; wrote the desk manual
            Comfortable with month-end close and
            audits of the ledger.
            2019 – 2023
            Skills: SAP, QuickBooks, Microsoft Excel, vendor management
            """
        #expect(TaskLines.split(text) == [
            "Reconciled vendor statements each month.", "Resolved discrepancies with suppliers.",
            "Trained two new clerks;", "wrote the desk manual",
            "Comfortable with month-end close and audits of the ledger.",
        ])
        // A period after an abbreviation or an initial, or before a lowercase word, ends no sentence.
        let abbreviated = """
            • Reconcile planned vs. actual tonnage each month. Report variances to the mine manager.
            • Announce codes (Code Blue, Dr. Strong) and alert teams
            • Served in the U.S. Army as a medic. Led a team of J. Smith and two others.
            • Kept a clearance rate of 41% vs. a unit average of 29%, approx. twice as high
            """
        #expect(TaskLines.split(abbreviated) == [
            "Reconcile planned vs. actual tonnage each month.", "Report variances to the mine manager.",
            "Announce codes (Code Blue, Dr. Strong) and alert teams",
            "Served in the U.S. Army as a medic.", "Led a team of J. Smith and two others.",
            "Kept a clearance rate of 41% vs. a unit average of 29%, approx. twice as high",
        ])
    }

    @Test func taskLinesLeaveOutListingSectionsContactLinesAndJobHeaders() {
        let resume = """
            JORDAN LEE
            Registered Nurse (RN) · jordan.lee@example.com · https://example.com/jordan
            Phone: (555) 010-4477
            Call me on +1 555 010 4477 any evening

            SUMMARY
            Critical care nurse with six years in intensive care.

            EXPERIENCE
            Staff Nurse, ICU — Riverside General Hospital, 2019–present
            • Assess and monitor critically ill patients
            Charge Nurse | 03/2016 to 05/2019
            • Ran the unit's schedule for a team of twenty

            Education
            Bachelor of Science in Nursing, State University

            LICENSES & CERTIFICATIONS:
            CCRN · BLS · ACLS certified
            Responsibilities
            Teach new graduates to titrate drips
            """
        #expect(TaskLines.split(resume) == [
            "Assess and monitor critically ill patients",
            "Ran the unit's schedule for a team of twenty", "Teach new graduates to titrate drips",
        ])
        let ad = """
            What you\u{2019}ll do
            • Write press releases and speeches
            What we're looking for
            • 7+ years in corporate communications
            Benefits
            Salary $98,000–$118,000, 401(k) with 6% match, 25 days off
            """
        #expect(TaskLines.split(ad) == ["Write press releases and speeches"])
        // Requirements, pay and perks under the headings ads give them in other words.
        let worded = """
            What you'll do
            - Troubleshoot and repair robotic weld cells
            What you need
            - 2+ years working on industrial robots in manufacturing
            - Willing to work overtime and some weekends
            Responsibilities
            - Back up robot programs before shutdowns
            Why join us?
            - Paid FANUC training from day one
            Job Type: Full-time
            """
        #expect(TaskLines.split(worded) == ["Troubleshoot and repair robotic weld cells", "Back up robot programs before shutdowns"])
        // A job board's layout: title, employer and pay over its facts, then the description. What comes
        // before the first heading is work only when no heading of work follows.
        let board = """
            Warehouse Associate
            Northline Distribution - Aurora, CO 80011
            $19 - $22 an hour - Full-time
            Job details
            Shift and schedule
            8 hour shift
            Full job description
            Responsibilities:
            - Load and unload trucks and stage pallets
            Job Types: Full-time, Part-time
            Expected hours: 40 per week
            Experience:
            - Warehouse: 1 year (Preferred)
            - Forklift: 1 year (Required)
            Ability to Commute:
            - Aurora, CO 80011 (Required)
            """
        #expect(TaskLines.split(board) == ["Load and unload trucks and stage pallets"])
        #expect(TaskLines.split("Run stand-ups with the team\nSkills\nJira, SAP\nExperience\nTrack deliverables in Jira")
            == ["Track deliverables in Jira"])
        #expect(TaskLines.heading(Array("What we need".unicodeScalars)[...]) == .list)
        #expect(TaskLines.heading(Array("Credentials & Skills".unicodeScalars)[...]) == .list)
        // An ad's pitch for the job is no task of it.
        #expect(TaskLines.split("About the role\nWe\u{2019}re hiring a line cook for our new location.\nMercy Health is seeking a nurse for nights.\nPrep sauces and proteins before service")
            == ["Prep sauces and proteins before service"])
        #expect(TaskLines.split("Help each guest find what she is looking for") == ["Help each guest find what she is looking for"])
        #expect(TaskLines.split("Acme Logistics is hiring warehouse associates for all shifts.\nNow hiring drivers in Dayton.\nLoad and unload trucks at the dock")
            == ["Load and unload trucks at the dock"])
        // A resume's objective says what its writer wants, not what they did.
        let objective = """
            OBJECTIVE
            To obtain a position as a warehouse associate where I can grow with the company.
            Experience
            Pick and pack customer orders using RF scanners
            Career Objective: Seeking a supervisory role in distribution operations.
            """
        #expect(TaskLines.split(objective) == ["Pick and pack customer orders using RF scanners"])
        #expect(TaskLines.split("PROFILE\nAdministrative professional seeking an office manager role.\nManaged calendars for four executives")
            == ["Managed calendars for four executives"])
        #expect(TaskLines.split("Find what each guest is looking for on the floor") == ["Find what each guest is looking for on the floor"])
        // A summary's description of its writer and their years is no task either, unless work follows the years.
        let summary = """
            SUMMARY
            Communications leader with 11 years in healthcare and consumer brands. I coach executives before interviews.
            Over 10 + years of experience in retail.
            Licensed solar water heating technician with seven years installing residential systems.
            12 years managing Phase I/II assessments under state programs.
            Fee-based planner with 9 years of hands-on experience helping families build a plan.
            Grew book by 38 households in three years through referrals
            Meet clients at least twice a year to review goals
            """
        #expect(TaskLines.split(summary) == [
            "I coach executives before interviews.", "Licensed solar water heating technician with seven years installing residential systems.",
            "12 years managing Phase I/II assessments under state programs.",
            "Fee-based planner with 9 years of hands-on experience helping families build a plan.",
            "Grew book by 38 households in three years through referrals", "Meet clients at least twice a year to review goals",
        ])
        #expect(TaskLines.isSelfDescription("Detective with 15 years of law enforcement, the last 7 investigating fraud."))
        // What a job requires, stated among its duties, is no task of it.
        #expect(TaskLines.split("You will room patients and take vitals. Must have CMA or RMA certification. Ability to lift 50 lbs.")
            == ["You will room patients and take vitals."])
        #expect(TaskLines.isSelfDescription("Warehouse supervisor with 8+ yrs in distribution centers"))
        #expect(!TaskLines.isSelfDescription("Team hit quota 4 of 5 years"))
        #expect(!TaskLines.isSelfDescription("Students averaged 1.4 years of reading growth"))
        #expect(TaskLines.heading(Array("Summary / Objective".unicodeScalars)[...]) == .work)
        #expect(TaskLines.heading(Array("Objective & Skills".unicodeScalars)[...]) == .list)
        #expect(TaskLines.heading(Array("VOLUNTEER EXPERIENCE".unicodeScalars)[...]) == .work)
        #expect(TaskLines.split("Core Qualifications\nPatient assessment, IV therapy, telemetry monitoring\nExperience\nStart IVs and hang blood")
            == ["Start IVs and hang blood"])
        #expect(TaskLines.heading(Array("What you\u{2019}ll need:".unicodeScalars)[...]) == .list)
        // `The job` heads a section of work, so the ad's title, employer and pitch before it are its preamble.
        let titled = "Broadcast Meteorologist – Weekend Evenings\nKVTR Channel 7 | Springfield, MO\nWe cover 32 counties of storms.\nThe job\n• Forecast and present weather on weekend newscasts\nRequirements\n• Degree in meteorology"
        #expect(TaskLines.split(titled) == ["Forecast and present weather on weekend newscasts"])
        // A job of one year has a header too; a degree's line of one year does not end its listing section.
        let oneYear = "Experience\nEditorial Intern — Central Coast Weekly | 2016\n• Wrote weekend features\nSous Chef – Bistro 9 – (2015)\nEducation\nBA English, State University, 2014\nCCRN · BLS · ACLS certified"
        #expect(TaskLines.split(oneYear) == ["Wrote weekend features"])
        #expect(!TaskLines.endsWithYear(Array("Grew sales 20% in 2016".unicodeScalars)[...]))
        #expect(!TaskLines.endsWithYear(Array("2016".unicodeScalars)[...]))
        // A span of dates may end with a month's name before its year.
        for span in ["Jun 2016 - Feb 2019", "June 2016 – February 2019", "Sept. 2016 to Mar. 2019", "03/2016 - March, 2019"] {
            #expect(TaskLines.hasDateSpan(Array(span.unicodeScalars)[...]), "\(span)")
        }
        #expect(!TaskLines.hasDateSpan(Array("Cut costs 12% in 2018 - Marketing spend".unicodeScalars)[...]))
        #expect(TaskLines.isTitleLike(Array("Harbor Freight Logistics Inc.".unicodeScalars)[...]))
        #expect(!TaskLines.isTitleLike(Array("Closed The Books.".unicodeScalars)[...]))
        // What comes before a first heading of work is a preamble; before a first listing heading, work.
        let pitched = """
            IT Project Manager – ERP Implementation
            Northgate Manufacturing Group | Milwaukee, WI
            We make industrial pumps and need someone to lead our move to SAP.
            Responsibilities
            Run stand-ups and steering committee meetings
            """
        #expect(TaskLines.split(pitched) == ["Run stand-ups and steering committee meetings"])
        let listed = """
            Run stand-ups and steering committee meetings
            Track deliverables in Jira
            Skills
            Jira, MS Project, SAP
            """
        #expect(TaskLines.split(listed) == ["Run stand-ups and steering committee meetings", "Track deliverables in Jira"])
        // A job title alone on the line above its employer and dates is part of the header.
        let headers = """
            Senior Clinical Research Coordinator
            Meridian Cancer Institute, Nashville, TN — 03/2021 to present
            Coordinate nine active oncology studies
            Give live briefings to storm teams
            Weather Forecaster — US Air Force | 2014–2019
            Clinical Research Coordinator

            Volunteer State Heart Associates, 2018 – 2021
            """
        // So is one on the line below them (`Clinical Research Coordinator` here, under the Air Force job).
        #expect(TaskLines.split(headers) == ["Coordinate nine active oncology studies", "Give live briefings to storm teams"])
        #expect(TaskLines.split(headers.replacingOccurrences(of: "\n", with: "\r\n")) == TaskLines.split(headers))
        let below = "Experience\nAcme Corp | 2019–Present\nSenior Accountant\n• Reconcile the general ledger each month\n2015 – 2019\nStaff Accountant, Birch LLC\nClose the books in five days"
        #expect(TaskLines.split(below) == ["Reconcile the general ledger each month", "Close the books in five days"])
        // A bulleted line under the dates is a task, even in capitals.
        #expect(TaskLines.split("Experience\nAcme Corp | 2019–Present\n• Reconcile General Ledger Accounts") == ["Reconcile General Ledger Accounts"])
        // A job held ends a listing section even under a heading this reader does not know.
        let skillsFirst = """
            SKILLS
            Excel, SAP, QuickBooks
            PROFESSIONAL BACKGROUND
            Accounts Payable Clerk, Northwind | 2020–present
            Process 400 vendor invoices a week
            """
        #expect(TaskLines.split(skillsFirst) == ["Process 400 vendor invoices a week"])
    }

    @Test func taskLinesKeepTasksThatMentionYearsNumbersAndSectionWords() {
        let text = """
            Cut energy use 12% in 2021 by retuning the chillers
            Taught skills and education classes to 25 new hires
            Answered 1,200 calls a week from 9 to 5
            Moved the 2019 records to the new system
            """
        #expect(TaskLines.split(text) == text.split(separator: "\n").map(String.init))
        #expect(TaskLines.heading(["S", "k", "i", "l", "l", "s", ":"]) == .list)
        #expect(TaskLines.heading(Array("Work Experience".unicodeScalars)[...]) == .work)
        #expect(TaskLines.heading(Array("Skills in negotiation".unicodeScalars)[...]) == nil)
    }
}

struct AdjacencyModelTests {
    // Three roles: two nursing codes in one broad occupation and a clerk with no preparation level.
    static let text: [Float] = [1, 0.5, 0.2, 0.5, 1, 0.4, 0.2, 0.4, 1]
    static let neighbourhood: [Float] = [1, 0.3, 0.6, 0.3, 1, 0.9, 0.6, 0.9, 1]
    static let ratings = AdjacencyPairs.Ratings(
        knowledge: [1, 0.9, 0, 0.9, 1, 0, 0, 0, 0], skills: [1, 0.8, 0, 0.8, 1, 0, 0, 0, 0], has: [true, true, false])

    static func pairs(ratings: AdjacencyPairs.Ratings?) -> AdjacencyPairs {
        AdjacencyPairs(text: text, neighbourhood: neighbourhood, preparation: [2, 3, nil],
                       soc: ["29-1141", "29-1142", "43-3031"], ratings: ratings) { i, j in text[i * 3 + j] }
    }

    @Test func featuresByHand() throws {
        let pairs = Self.pairs(ratings: Self.ratings)
        #expect(pairs.order == [[1, 2], [0, 2], [1, 0]])
        // Row 0's other text cosines are 0.5 and 0.2: mean 0.35, deviation 0.15.
        let near = pairs.features(0, 1)
        #expect(near.text == 0.5 && near.neighbourhood == 0.3 && near.gap == 1 && near.rise == 1)
        #expect(near.logRank == 0 && near.logReverseRank == 0)
        #expect(abs(near.relativeNeighbourhood - 0.5) < 1e-6 && abs(near.zText - 1) < 1e-5)
        #expect(near.sameMajor == 1 && near.sameBroad == 1)
        // The only other rated role of row 0 is role 1, so its rating z-scores are 0.
        let rated = try #require(near.ratings)
        #expect(rated.knowledge == 0.9 && rated.skills == 0.8 && rated.zKnowledge == 0 && rated.zSkills == 0)
        let far = pairs.features(0, 2)
        #expect(far.gap == 0 && far.rise == 0 && far.sameMajor == 0 && far.sameBroad == 0 && far.ratings == nil)
        #expect(abs(far.logRank - log(2)) < 1e-6 && abs(far.logReverseRank - log(2)) < 1e-6)
        #expect(abs(far.relativeNeighbourhood - 1) < 1e-6 && abs(far.zText + 1) < 1e-5)
        // The rise is signed: from role 1 down to role 0.
        #expect(pairs.features(1, 0).rise == -1)
    }

    @Test func eachFeatureMeetsItsOwnCoefficient() {
        let features = Self.pairs(ratings: Self.ratings).features(0, 1)
        let model = AdjacencyModel.withRatings
        let values: [Float] = [0.5, 0.3, 1, 1, 0, 0, 0.5, 1, 1, 1, 0.9, 0.8, 0, 0]
        let z = zip(model.weights, values).reduce(model.intercept) { $0 + $1.0 * $1.1 }
        #expect(abs(AdjacencyModel.probability(features) - 1 / (1 + exp(-z))) < 1e-4)
        let plain = Self.pairs(ratings: nil).features(0, 1)
        let w = AdjacencyModel.textOnly.weights
        let textZ = zip(w, values.prefix(10)).reduce(AdjacencyModel.textOnly.intercept) { $0 + $1.0 * $1.1 }
        #expect(abs(AdjacencyModel.probability(plain) - 1 / (1 + exp(-textZ))) < 1e-4)
        // The parts group the terms: one level up, same major group and broad occupation, both ranks first.
        let parts = AdjacencyModel.parts(plain)
        #expect(parts.baseline == AdjacencyModel.textOnly.intercept && parts.ranks == 0 && parts.ratings == 0)
        #expect(abs(parts.preparation - (w[2] + w[3])) < 1e-5 && abs(parts.occupationGroup - (w[8] + w[9])) < 1e-5)
        #expect(abs(parts.similarity - (w[0] * 0.5 + w[1] * 0.3 + w[6] * 0.5 + w[7] * 1)) < 1e-4)
        #expect(abs(parts.logit - textZ) < 1e-4)
    }

    @Test func rerankingOrdersCandidatesByProbability() {
        let pairs = Self.pairs(ratings: nil)
        for i in 0..<3 {
            let reranked = pairs.reranked(i)
            #expect(Set(reranked.map(\.other)) == Set((0..<3).filter { $0 != i }))
            #expect(reranked.map(\.probability) == reranked.map(\.probability).sorted(by: >))
            for move in reranked { #expect(move.probability == AdjacencyModel.probability(pairs.features(i, move.other))) }
        }
    }

    @Test func rowStatisticsLeaveOutTheDiagonalAndRolesNotIncluded() {
        let stats = RowStatistics([9, 1, 3, 1, 9, 0, 3, 0, 9], rowCount: 3, included: [true, true, false])
        #expect(stats.mean == [1, 1, 0] && stats.deviation == [1, 1, 1] && stats.maximum == [1, 1, 1])
        let all = RowStatistics([9, 1, 3, 1, 9, 0, 3, 0, 9], rowCount: 3)
        #expect(all.mean[0] == 2 && all.deviation[0] == 1 && all.maximum[0] == 3)
        #expect(all.z(3, row: 0) == 1)
    }

    @Test func socGroupsNeedFullCodes() {
        #expect(AdjacencyModel.socGroups("29-1141", "29-1171") == (major: 1, broad: 0))
        #expect(AdjacencyModel.socGroups("29-1141", nil) == (major: 0, broad: 0))
        #expect(AdjacencyModel.socGroups("29", "29") == (major: 0, broad: 0))
    }
}

struct GapsTests {
    static func item(_ name: String) -> SkillItem {
        SkillItem(key: "skill:" + name, name: name, kind: .skill, documentFrequency: 1, idf: 1)
    }

    @Test func theHeaviestMissingItemsTiesByName() {
        let names: [Int32: String] = [1: "e", 2: "d", 3: "c", 4: "b", 5: "a"]
        let destination = SparseVector(indices: [1, 2, 3, 4, 5], values: [4, 3, 3, 2, 1])
        let origin = SparseVector(indices: [2, 9], values: [1, 1])
        let gaps = Adjacency.gaps(origin: origin, destinationWeights: destination, items: { names[$0].map(Self.item) }, limit: 2)
        #expect(gaps.map(\.name) == ["e", "c"])
        #expect(gaps.map(\.weight) == [Float(4) / 13, Float(3) / 13])
        // Two items tie at the cut: the one first by name is kept.
        let tied = SparseVector(indices: [1, 2, 3], values: [2, 2, 1])
        #expect(Adjacency.gaps(origin: SparseVector(), destinationWeights: tied, items: { names[$0].map(Self.item) }, limit: 1).map(\.name) == ["d"])
    }

    @Test func anItemWithoutANameIsPassedOver() {
        let names: [Int32: String] = [3: "c", 4: "b", 5: "a"]
        let destination = SparseVector(indices: [1, 3, 4, 5], values: [4, 3, 2, 1])
        let gaps = Adjacency.gaps(origin: SparseVector(), destinationWeights: destination, items: { names[$0].map(Self.item) }, limit: 2)
        #expect(gaps.map(\.name) == ["c", "b"])
        #expect(Adjacency.gaps(origin: SparseVector(), destinationWeights: destination, items: { names[$0].map(Self.item) }, limit: 0).isEmpty)
    }
}

struct SkillPhraseTests {
    @Test func technologiesKeepTheirWordsAndSkillsTheirStems() {
        let analyzer = Analyzer()
        func item(_ name: String, _ kind: SkillItem.Kind) -> SkillItem {
            SkillItem(key: name, name: name, kind: kind, documentFrequency: 1, idf: 1)
        }
        #expect(SkillPhrase.phrase(of: item("Post Once", .technology), analyzer: analyzer) == "=post once")
        #expect(SkillPhrase.phrase(of: item("Rapide", .technology), analyzer: analyzer) == "=rapide")
        #expect(SkillPhrase.phrase(of: item("Active Listening", .skill), analyzer: analyzer) == "activ listen")
        #expect(SkillPhrase.phrase(of: item("Computers and Electronics", .knowledge), analyzer: analyzer) == "comput electron")
        #expect(SkillPhrase.phrase(of: item("Document patient care", .activity), analyzer: analyzer) == "")
        // A skill that begins or ends with a stop word keeps its words: its stems would be a common word.
        #expect(SkillPhrase.phrase(of: item("it strategy", .skill), analyzer: analyzer) == "=it strategy")
        // `IT` in capitals is spelled out (`TextNormalizer`), so the skill is found by its stems.
        #expect(SkillPhrase.phrase(of: item("IT strategy", .skill), analyzer: analyzer) == "inform technolog strategi")
        #expect(SkillPhrase.phrase(of: item("After Effects", .skill), analyzer: analyzer) == "=after effects")
        #expect(SkillPhrase.phrase(of: item("Scale-up", .skill), analyzer: analyzer) == "=scale | up")
        #expect(SkillPhrase.phrase(of: item("Management of financial resources", .skill), analyzer: analyzer) == "manag financi resourc")
    }
}
