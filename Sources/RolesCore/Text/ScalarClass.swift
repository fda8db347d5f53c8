/// The Unicode properties text splitting asks of every character, with ASCII answered without the
/// property tables: most resume text is ASCII, and a table lookup per character was the largest single
/// cost of splitting a resume into statements. Answers equal `Unicode.Scalar.Properties` for every scalar.
public enum ScalarClass {
    /// `scalar.properties.isAlphabetic`.
    @inline(__always)
    public static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value < 0x80 else { return scalar.properties.isAlphabetic }
        return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A
    }

    /// `scalar.properties.isWhitespace`.
    @inline(__always)
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value < 0x80 else { return scalar.properties.isWhitespace }
        return value == 0x20 || (value >= 0x09 && value <= 0x0D)
    }

    /// `character.isWhitespace`.
    @inline(__always)
    public static func isWhitespace(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return character.isWhitespace }
        return ascii == 0x20 || (ascii >= 0x09 && ascii <= 0x0D)
    }

    /// `scalar.properties.isLowercase`.
    @inline(__always)
    public static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value < 0x80 else { return scalar.properties.isLowercase }
        return value >= 0x61 && value <= 0x7A
    }
}
