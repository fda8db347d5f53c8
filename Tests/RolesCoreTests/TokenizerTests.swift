import Testing
@testable import RolesCore

struct TokenizerTests {
    func words(_ text: String) -> [String] {
        Tokenizer().tokenize(TextNormalizer().normalize(text)).map(\.text)
    }

    @Test func keepsTechnicalTokensWhole() {
        #expect(words("C++, C#, .NET, Node.js and ASP.NET") == ["c++", "c#", ".net", "node.js", "and", "asp.net"])
        #expect(words("AP/AR, CI/CD, TCP/IP, R&D, AT&T") == ["ap/ar", "ci/cd", "tcp/ip", "r&d", "at&t"])
        #expect(words("401(k) and 403(b) plans") == ["401(k)", "and", "403(b)", "plans"])
        #expect(words("SQL, R, HVAC, 3D printing") == ["sql", "r", "hvac", "3d", "printing"])
    }

    @Test func splitsLongWordsAroundSlashes() {
        #expect(words("sales/marketing") == ["sales", "marketing"])
    }

    @Test func dropsURLsEmailsAndNumbers() {
        #expect(words("jane.doe@example.com · https://example.com/x (555) 010-4477 since 2019") == ["since"])
        #expect(words("www.example.org nurse") == ["nurse"])
    }

    @Test func splitsHyphenatedWordsButJoinsLineBreakHyphenation() {
        #expect(words("follow-up with post-operative patients") == ["follow", "up", "with", "post", "operative", "patients"])
        #expect(words("manage-\nment of staff") == ["management", "of", "staff"])
        #expect(words("Sales – Marketing") == ["sales", "marketing"])
    }

    @Test func removesApostrophes() {
        #expect(words("the patient's chart, don't") == ["the", "patient", "chart", "dont"])
    }

    @Test func marksPhraseBoundaries() {
        let tokens = Tokenizer().tokenize(TextNormalizer().normalize("EXPERIENCE\n• Managed budgets; led teams\tHired staff"))
        #expect(tokens.map(\.text) == ["experience", "managed", "budgets", "led", "teams", "hired", "staff"])
        #expect(tokens.map(\.startsPhrase) == [true, true, false, true, false, true, false])
    }
}

struct TextNormalizerTests {
    @Test func foldsCaseDiacriticsAndTypography() {
        let normalized = String(decoding: TextNormalizer().normalize("Café MANAGER — “Résumé” ﬁle"), as: UTF8.self)
        #expect(normalized == "cafe manager - \"resume\" file")
    }

    @Test func spellsOutITInCapitalsAsAWordOfItsOwn() {
        let normalizer = TextNormalizer()
        func normalized(_ text: String) -> String { String(decoding: normalizer.normalize(text), as: UTF8.self) }
        #expect(normalized("IT support (IT) and IT-related work") ==
            "information technology support (information technology) and information technology-related work")
        #expect(normalized("IT") == "information technology")
        // Not a word of its own, or not in capitals: left to fold as before.
        #expect(normalized("EDIT ITEM IT2 It is it") == "edit item it2 it is it")
        #expect(normalized("RÉSUMÉ:IT") == "resume:information technology")
        #expect(normalized("éIT IT—team") == "eit information technology-team")
        #expect(TextNormalizer.capitalITs(in: Array("IT, xIT, IT".utf8)) == [0, 9])
    }

    @Test func turnsBulletsIntoLineBreaks() {
        let normalized = String(decoding: TextNormalizer().normalize("• one ▪ two"), as: UTF8.self)
        #expect(normalized == "\n one \n two")
    }

    @Test func typographicCharactersNormalizeTheSameWithoutFoundation() throws {
        let normalizer = TextNormalizer()
        for code in TextNormalizer.replacements.keys {
            let scalar = try #require(Unicode.Scalar(code))
            let text = "Senior RN \(scalar) ICU\(scalar)Charge Nurse"
            #expect(normalizer.asciiWithTypography(text) == normalizer.folded(text), "U+\(String(code, radix: 16))")
        }
        let resume = "EXPERIENCE\n\u{2022} Managed budgets \u{2013} led \u{201C}teams\u{201D} \u{00B7} Hired"
        #expect(normalizer.normalize(resume) == normalizer.folded(resume))
        #expect(normalizer.asciiWithTypography("Café") == nil, "other characters take the Foundation path")
    }
}

struct ScalarClassTests {
    @Test func answersAsThePropertyTablesDo() {
        var scalars = (UInt32(0)..<0x80).compactMap { Unicode.Scalar($0) }
        scalars += ["\u{85}", "\u{A0}", "\u{2003}", "é", "ß", "Σ", "ª", "ǅ", "中", "١", "·", "–"]
        for scalar in scalars {
            #expect(ScalarClass.isAlphabetic(scalar) == scalar.properties.isAlphabetic, "\(scalar.value)")
            #expect(ScalarClass.isWhitespace(scalar) == scalar.properties.isWhitespace, "\(scalar.value)")
            #expect(ScalarClass.isLowercase(scalar) == scalar.properties.isLowercase, "\(scalar.value)")
        }
    }
}
