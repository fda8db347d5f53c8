import Testing
@testable import RolesCore

struct LeadingTitleTests {
    @Test func aResumeLeadsWithItsFirstJobsTitle() {
        let resume = """
            DANA WELLS
            Critical care nurse | Trauma
            dana.wells@example.com · (555) 010-4411 · Omaha, NE

            EXPERIENCE
            • Staff Nurse, ICU — Riverside General Hospital | 2019–Present
            - Titrate drips and manage ventilated patients
            Nurse Aide — Lakeview Care Center | 2016–2019
            """
        #expect(LeadingTitle.find(in: resume) == "Staff Nurse, ICU")
    }

    @Test func aTitleOnTheLineAboveTheDatesIsTheJobsTitle() {
        let resume = "Lee Park\nlee.park@example.com\nSenior Payroll Specialist\nAcme Foods, Dayton OH, 2018 to present\nRun biweekly payroll"
        #expect(LeadingTitle.find(in: resume) == "Senior Payroll Specialist")
        // The dates on the title's own line, with no separator before them: the line above is no title.
        #expect(LeadingTitle.find(in: "Summary of what I do for a living\nPayroll Specialist 2018–2024\nRun payroll") == nil)
    }

    @Test func aJobAdLeadsWithItsFirstLineBeforeItsQualifier() {
        let ad = "Industrial Engineer – Distribution Center\nRedline Outfitters — Memphis, TN\n\nWe ship outdoor gear."
        #expect(LeadingTitle.find(in: ad) == "Industrial Engineer")
        #expect(LeadingTitle.find(in: "  • Line Cook\n\nOur kitchen serves 300 covers a night.") == "Line Cook")
    }

    @Test func namesTaskListsAndProseLeadWithNoTitle() {
        // A name is followed by contact details.
        #expect(LeadingTitle.find(in: "Maria Lopez\nmaria@example.com | (555) 013-2200\nI fix cars.") == nil)
        // Task lines are not capitalized like titles, and a sentence ends with a period.
        #expect(LeadingTitle.find(in: "Check ID for alcohol and tobacco sales\nCount the drawer at close") == nil)
        #expect(LeadingTitle.find(in: "Process Payroll For Staff.\nAnswer questions") == nil)
        // More than eight words is not a title.
        #expect(LeadingTitle.find(in: "Senior Regional Vice President Of Field Sales And Service Operations\nMore") == nil)
        #expect(LeadingTitle.find(in: "") == nil)
        #expect(LeadingTitle.find(in: " \n\t\n") == nil)
    }
}
