import Foundation

/// One input line of `roles match --batch` or `roles exposure --batch`. Fields of the wrong type read as absent, so that the
/// error record can still name the id when only the text is wrong.
struct BatchInput: Decodable {
    var id: String?
    var text: String?

    enum CodingKeys: String, CodingKey { case id, text }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let string = try? container.decode(String.self, forKey: .id) {
            id = string
        } else if let number = try? container.decode(Int64.self, forKey: .id) {
            id = String(number)
        } else if let number = try? container.decode(Double.self, forKey: .id), number.isFinite {
            id = String(number)
        }
        text = try? container.decode(String.self, forKey: .text)
    }
}

/// A batch input line that could not be used.
struct BatchFailure: Error {
    var id: String?
    var line: Int
    var message: String
}

extension BatchInput {
    /// Decodes one input line: nil for a blank line, the id and text, or the error record's content.
    /// - Parameter purpose: what the text is for, in the message when it is missing (`match`, `label`).
    static func read(_ input: LineReader.Line, line: Int, purpose: String) -> Result<(id: String, text: String), BatchFailure>? {
        guard case .text(let data) = input else {
            return .failure(BatchFailure(id: nil, line: line, message: "line \(line) is longer than the \(TextInput.maxBytes / (1 << 20)) MiB limit; split the text."))
        }
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
        let decoded: BatchInput
        do {
            decoded = try JSONDecoder().decode(BatchInput.self, from: data)
        } catch DecodingError.typeMismatch {
            return .failure(BatchFailure(id: nil, line: line, message: "line \(line) is not a JSON object; write {\"id\": ..., \"text\": ...}."))
        } catch {
            return .failure(BatchFailure(id: nil, line: line, message: "line \(line) is not valid JSON; write {\"id\": ..., \"text\": ...}."))
        }
        guard let id = decoded.id else {
            return .failure(BatchFailure(id: nil, line: line, message: "line \(line) has no \"id\" string or number; give every line an id."))
        }
        guard let text = decoded.text else {
            return .failure(BatchFailure(id: id, line: line, message: "line \(line) has no \"text\" string; give the text to \(purpose)."))
        }
        return .success((id, text))
    }
}
