import Testing
@testable import RolesCore

struct EmploymentTermsTests {
    @Test func removesTheTermsOfAJobFromATitle() {
        #expect(EmploymentTerms.removed(from: "Part-Time Cashier") == "Cashier")
        #expect(EmploymentTerms.removed(from: "Part Time Cashier") == "Cashier")
        #expect(EmploymentTerms.removed(from: "full time Line Cook") == "Line Cook")
        #expect(EmploymentTerms.removed(from: "Per Diem Phlebotomist") == "Phlebotomist")
        #expect(EmploymentTerms.removed(from: "Medical Assistant (FT)") == "Medical Assistant")
        #expect(EmploymentTerms.removed(from: "RN PRN") == "RN")
        #expect(EmploymentTerms.removed(from: "Server - AM/PM") == "Server")
    }

    @Test func readsPTAsPartTimeUnlessAPhysicalTherapyWordIsBesideIt() {
        #expect(EmploymentTerms.removed(from: "PT Cashier") == "Cashier")
        #expect(EmploymentTerms.removed(from: "Cashier PT") == "Cashier")
        #expect(EmploymentTerms.removed(from: "Sales Associate (PT)") == "Sales Associate")
        #expect(EmploymentTerms.removed(from: "PT Home Health Aide") == "Home Health Aide")
        #expect(EmploymentTerms.removed(from: "Cashier - PT") == "Cashier")
        for title in ["PT", "PT Aide", "PT Tech", "Outpatient PT", "Home Health PT", "Staff PT", "Senior PT"] {
            #expect(EmploymentTerms.removed(from: title) == title)
        }
    }

    @Test func readsPMAsProjectManagerOnlyAtATitlesEnd() {
        #expect(EmploymentTerms.removed(from: "PM Line Cook") == "Line Cook")
        #expect(EmploymentTerms.removed(from: "Server (PM)") == "Server")
        #expect(EmploymentTerms.removed(from: "AM Baker") == "Baker")
        for title in ["PM", "IT PM", "Senior PM", "Construction PM"] {
            #expect(EmploymentTerms.removed(from: title) == title)
        }
    }

    @Test func removesWhereTheWorkIsDoneAndCallsToApply() {
        #expect(EmploymentTerms.removed(from: "Remote Customer Service Representative") == "Customer Service Representative")
        #expect(EmploymentTerms.removed(from: "Work From Home Data Entry Clerk") == "Data Entry Clerk")
        #expect(EmploymentTerms.removed(from: "Data Analyst (Hybrid)") == "Data Analyst")
        #expect(EmploymentTerms.removed(from: "Hiring Immediately - Forklift Operator") == "Forklift Operator")
        #expect(EmploymentTerms.removed(from: "Temp to Hire Receptionist") == "Receptionist")
        for title in ["Remote Sensing Scientist", "Remote Pilot", "Hybrid Corn Breeder", "On-Site Supervisor", "Work Release Counselor",
                      "Home Health Aide", "Now Hiring"] {
            #expect(EmploymentTerms.removed(from: title) == title)
        }
    }

    @Test func removesAWorkersStanding() {
        #expect(EmploymentTerms.removed(from: "Software Engineering Intern") == "Software Engineering")
        #expect(EmploymentTerms.removed(from: "Management Trainee") == "Management")
        #expect(EmploymentTerms.removed(from: "Self-Employed Contractor") == "Contractor")
        #expect(EmploymentTerms.removed(from: "Intern") == "Intern")
        #expect(EmploymentTerms.removed(from: "Apprentice Electrician") == "Apprentice Electrician")
    }

    @Test func keepsATitleWithoutTermsOrWithNothingElse() {
        for title in ["Registered Nurse", "Part Time", "PRN", "Paralegal", "Partner", "Full Stack Developer", "Per Capita Analyst",
                      "Project Manager", "Amusement Park Attendant", "Time Keeper", "Parts Clerk"] {
            #expect(EmploymentTerms.removed(from: title) == title)
        }
    }

    @Test func aTitlesReadingScoresItWithoutItsTerms() {
        let reading = TitleChannel.read("PT Cashier - Downtown")
        #expect(reading.text == "Cashier - Downtown")
        #expect(reading.title == "Cashier - Downtown")
        #expect(reading.grams == "Cashier")
        #expect(reading.spelled == ["Cashier"])
        #expect(reading.words == 3)
        #expect(TitleChannel.read("PT Aide").title == "PT Aide\nphysical therapist")
    }

    @Test func readsAPAsAdvancedPlacementBesideTeaching() {
        #expect(TitleAbbreviations.expand("AP Chemistry Teacher") == "AP Chemistry Teacher")
        #expect(TitleAbbreviations.spelledOut("AP Bio Tutor") == ["AP biology Tutor"])
        #expect(TitleAbbreviations.expand("AP Clerk") == "AP Clerk\naccounts payable")
        #expect(TitleAbbreviations.spelledOut("AP Specialist") == ["accounts payable Specialist"])
    }
}

struct PackedWordsTests {
    @Test func findsAWordOfItsOwnWhateverItsCase() {
        let words = PackedWords(["pt", "immediately", "ii", "2"])
        #expect(words.anyWord(in: "Cashier (PT)") && words.anyWord(in: "HIRING IMMEDIATELY") && words.anyWord(in: "Teller II"))
        #expect(words.anyWord(in: "Level 2 Technician") && words.anyWord(in: "Café PT"))
        #expect(!words.anyWord(in: "Physical Therapist") && !words.anyWord(in: "Level 25") && !words.anyWord(in: "PTA, OTA"))
        #expect(!words.anyWord(in: "") && !PackedWords([]).anyWord(in: "pt"))
        // Words longer than twelve characters are never packed, and never match.
        #expect(!PackedWords(["abcdefghijklm"]).anyWord(in: "abcdefghijklm"))
    }
}
