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
        // The heading above the job (`EXPERIENCE`) is no title.
        #expect(LeadingTitle.candidates(in: resume) == ["Staff Nurse, ICU"])
    }

    @Test func aTitleOnTheLineAboveTheDatesIsTheJobsTitle() {
        let resume = "Lee Park\nlee.park@example.com\nSenior Payroll Specialist\nAcme Foods, Dayton OH, 2018 to present\nRun biweekly payroll"
        #expect(LeadingTitle.candidates(in: resume) == ["Senior Payroll Specialist"])
        // An employer before the separator is passed over.
        let employerFirst = "Clinical Research Manager\nMeridian Cancer Institute, Nashville, TN — 03/2021 to present\nRan trials"
        #expect(LeadingTitle.candidates(in: employerFirst) == ["Clinical Research Manager"])
        // The dates on the title's own line, with no separator before them; the line above is no title.
        #expect(LeadingTitle.candidates(in: "Summary of what I do for a living\nPayroll Specialist 2018–2024\nRun payroll") == ["Payroll Specialist"])
    }

    @Test func aJobsTitleIsFoundInTheCommonLayoutsOfAResume() {
        func first(_ experience: String) -> [String] {
            LeadingTitle.candidates(in: "JO REYES\njo@example.com\n\nEXPERIENCE\n" + experience + "\n• Reconcile the general ledger every month")
        }
        #expect(first("Senior Accountant — Acme Corp | 2018–2024") == ["Senior Accountant"])
        #expect(first("Senior Accountant | Acme Corp | Jan 2018 – Present") == ["Senior Accountant"])
        // Commas may separate the employer or the title's own qualifier: the head (`Accountant`) is the same.
        #expect(first("Senior Accountant, Acme Corp, 2018–2024") == ["Senior Accountant, Acme Corp"])
        #expect(first("Senior Accountant at Acme Corp (2018–2024)") == ["Senior Accountant"])
        #expect(first("Senior Accountant @ Acme Corp, 03/2018 to 05/2024") == ["Senior Accountant"])
        #expect(first("Senior Accountant (2018–2024)") == ["Senior Accountant"])
        // The employer and dates on one line, the title on the line under it, or the dates alone above it.
        #expect(first("Acme Holdings Group | 2018–2024\nSenior Accountant") == ["Senior Accountant"])
        #expect(first("Riverside Medical Center, Omaha — 2018–present\nStaff Nurse, ICU") == ["Staff Nurse, ICU"])
        #expect(first("2018 – 2024\nSenior Accountant, Acme Corp") == ["Senior Accountant, Acme Corp"])
        #expect(first("Senior Accountant\nAcme Corp, Dayton OH, 2018 to present") == ["Senior Accountant"])
        // The dates first, with or without their months: the job is named after them.
        #expect(first("2018 – Present | Senior Accountant, Acme Corp") == ["Senior Accountant, Acme Corp"])
        #expect(first("Jan 2018 – Present: Senior Accountant — Acme Corp") == ["Senior Accountant"])
        // The employer first: its name is passed over for the part after it.
        #expect(first("Acme Holdings Group — Senior Accountant | 2018–2024") == ["Senior Accountant"])
        #expect(first("2019–Present | Riverside Medical Center — Staff Nurse, ICU") == ["Staff Nurse, ICU"])
        // The title, the employer and the dates on three lines, the dates ending with a month's name.
        #expect(first("Senior Accountant\nHarbor Freight Logistics Inc.\nFeb 2019 – Oct 2024") == ["Senior Accountant"])
        #expect(first("Senior Accountant\nRiverside Medical Group\nJune 2015 - Sept. 2019") == ["Senior Accountant"])
    }

    @Test func aProfilePagesJobIsFoundOverItsEmployerAndTerms() {
        let profile = """
            Maria Gonzalez
            Registered Nurse at St. Luke's Health
            Houston, Texas, United States

            Experience
            Registered Nurse
            St. Luke's Health · Full-time
            Mar 2019 - Present · 5 yrs 9 mos
            Houston, Texas, United States
            Care for critically ill patients in a 24-bed medical ICU.

            Patient Care Technician
            Memorial Hermann Health System · Part-time
            Jun 2016 - Feb 2019 · 2 yrs 9 mos
            Took vitals, drew labs and helped patients with ADLs on a telemetry floor.
            """
        // The time the job lasted is no title, nor the employer with its terms; the line under the dates is tried last.
        #expect(LeadingTitle.candidates(in: profile) == ["Registered Nurse", "Houston, Texas, United States"])
        #expect(TaskLines.split(profile) == [
            "Care for critically ill patients in a 24-bed medical ICU.",
            "Took vitals, drew labs and helped patients with ADLs on a telemetry floor.",
        ])
        #expect(LeadingTitle.isDuration("5 yrs 9 mos") && LeadingTitle.isDuration("less than a year")
            && !LeadingTitle.isDuration("2 Year Olds Teacher"))
        #expect(LeadingTitle.isEmployerWithTerms("Acme · Contract") && !LeadingTitle.isEmployerWithTerms("Cook · Dishwasher"))
        #expect(LeadingTitle.namesEmployer("St. Luke's Health · Full-time"))
    }

    @Test func anEmployersNameIsNoTitle() {
        for employer in ["Heartland Regional Medical Center", "Coastal Flow Controls", "Piedmont Packaging", "Acme, Inc.",
                         "Rio Grande Police Department, Criminal Investigations Division", "Allegheny Reuse Partners",
                         "State University of New York"] {
            #expect(LeadingTitle.namesEmployer(employer), "\(employer)")
        }
        for title in ["Staff Nurse, ICU", "Process Operator", "Electrician's Helper", "Director of Operations", "Nurse Practitioner",
                      "Senior Accountant, Acme Corp", "Physician Assistant", "Business Analyst"] {
            #expect(!LeadingTitle.namesEmployer(title), "\(title)")
        }
    }

    @Test func aJobAdLeadsWithItsFirstLineBeforeItsQualifier() {
        let ad = "Industrial Engineer – Distribution Center\nRedline Outfitters — Memphis, TN\n\nWe ship outdoor gear."
        #expect(LeadingTitle.candidates(in: ad) == ["Industrial Engineer"])
        #expect(LeadingTitle.candidates(in: "  • Line Cook\n\nOur kitchen serves 300 covers a night.") == ["Line Cook"])
    }

    @Test func aJobAdsTitleIsFoundUnderItsEmployerOrAfterALabel() {
        #expect(LeadingTitle.candidates(in: "Acme Health Services\nRegistered Nurse – ICU\nFull-time\n\nCare for patients.") == ["Registered Nurse"])
        #expect(LeadingTitle.candidates(in: "Riverside Medical Center\nStaff Nurse\n\nCare for patients.") == ["Staff Nurse"])
        #expect(LeadingTitle.candidates(in: "Job Title: Registered Nurse\nLocation: Omaha, NE\n\nCare for patients.") == ["Registered Nurse"])
        #expect(LeadingTitle.candidates(in: "We're hiring: Registered Nurse (ICU)\nOmaha, NE\n\nCare for patients.") == ["Registered Nurse (ICU)"])
        // Words that state the job's terms before its title are no title.
        #expect(LeadingTitle.candidates(in: "Hiring Immediately - Forklift Operator (2nd Shift)\nSummit Distribution\n\nLoad trailers.")
            == ["Forklift Operator (2nd Shift)"])
        #expect(LeadingTitle.candidates(in: "Part-Time - Cashier\nFreshWay Market\n\nRing up purchases.") == ["Cashier"])
        #expect(LeadingTitle.withoutLabel("Position:Senior Accountant") == "Senior Accountant")
        #expect(LeadingTitle.withoutLabel("Positions open in Omaha") == "Positions open in Omaha")
        // A plural title is no employer's name: the ad leads with it.
        #expect(LeadingTitle.candidates(in: "Line Cooks\nAcme Grill — Austin, TX\n\nWe cook.") == ["Line Cooks"])
    }

    @Test func namesTaskListsAndProseLeadWithNoTitle() {
        // A name is followed by contact details, or by a headline and then contact details.
        #expect(LeadingTitle.candidates(in: "Maria Lopez\nmaria@example.com | (555) 013-2200\nI fix cars.").isEmpty)
        #expect(LeadingTitle.candidates(in: "MICHAEL BAKER\nSenior Accountant | Month-End Close\nmichael@example.com\nI close books.")
            == ["Senior Accountant"])
        #expect(LeadingTitle.candidates(in: "Michael Baker\nI close the books every month.\n(555) 013-2200\nMore").isEmpty)
        // A name over a headline without contact details: a name's first word is one the index does not know.
        let resume = "Michael Baker\nSenior Accountant\n\nSummary\nI close books."
        let vocabulary: Set<String> = ["senior", "accountant", "baker", "registered", "nurse", "mercy", "hospital"]
        #expect(LeadingTitle.candidates(in: resume, knows: { vocabulary.contains($0.lowercased()) }) == ["Senior Accountant"])
        #expect(LeadingTitle.candidates(in: resume) == ["Michael Baker"])
        #expect(LeadingTitle.candidates(in: "Registered Nurse\nMercy Hospital\n\nCare.", knows: { vocabulary.contains($0.lowercased()) })
            == ["Registered Nurse"])
        #expect(LeadingTitle.isNameShaped("Jordan A. Lee") && LeadingTitle.isNameShaped("Mary-Kate O'Neil"))
        #expect(!LeadingTitle.isNameShaped("Baker") && !LeadingTitle.isNameShaped("RN, BSN") && !LeadingTitle.isNameShaped("Line Cook II Nights"))
        #expect(LeadingTitle.isName("Michael Baker", knows: { $0 == "Baker" }))
        #expect(!LeadingTitle.isName("Sr. Accountant", knows: { _ in false }) && !LeadingTitle.isName("Senior Accountant", knows: { _ in true }))
        // Task lines are not capitalized like titles, and a sentence ends with a period.
        #expect(LeadingTitle.candidates(in: "Check ID for alcohol and tobacco sales\nCount the drawer at close").isEmpty)
        #expect(LeadingTitle.candidates(in: "Process Payroll For Staff.\nAnswer questions").isEmpty)
        // More than eight words is not a title.
        #expect(LeadingTitle.candidates(in: "Senior Regional Vice President Of Field Sales And Service Operations\nMore").isEmpty)
        #expect(LeadingTitle.candidates(in: "").isEmpty)
        #expect(LeadingTitle.candidates(in: " \n\t\n").isEmpty)
    }

    @Test func anAdWithoutATitleLineNamesItsJobInItsFirstSentences() {
        #expect(LeadingTitle.candidates(in: "Job Summary\nThe Maintenance Technician keeps our bottling line running.\n- Repair fillers")
            == ["Maintenance Technician"])
        #expect(LeadingTitle.candidates(in: "As a Medical Assistant, you will room patients and take vitals.\nMore") == ["Medical Assistant"])
        #expect(LeadingTitle.candidates(in: "Summit Logistics is seeking a dependable Forklift Operator to join our team.")
            == ["Forklift Operator"])
        #expect(LeadingTitle.candidates(in: "We are looking for an experienced Director of Nursing for our facility.")
            == ["Director of Nursing"])
        // An organization is no job; a sentence's capitals elsewhere are not read.
        #expect(LeadingTitle.candidates(in: "The Company offers great benefits.\nWe use Excel and SAP daily for reports.").isEmpty)
        #expect(LeadingTitle.candidates(in: "Prepare reports for the Board of Directors\nCount the drawer at close").isEmpty)
    }
}
