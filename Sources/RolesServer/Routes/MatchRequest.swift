import Foundation
import Hummingbird
import NIOCore
import RolesKit

/// The body of `POST /v1/match`: `{"text": "…", "top": 10}`. Each way it can be wrong is a 400 that
/// names the field.
struct MatchRequest: Decodable {
    /// How a request's text is named in answers and in error messages.
    static let source = "the text field"
    static let defaultTop = 10
    static let topRange = 1...100

    var text: String
    var top: Int

    enum CodingKeys: String, CodingKey { case text, top }

    /// Reads and decodes a request's body; over 1 MiB is a 413 that points to `batchCommand`.
    static func read(_ request: Request, batchCommand: String) async throws -> MatchRequest {
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: TextInput.maxBytes)
        } catch is NIOTooManyBytesError {
            throw HTTPError(.contentTooLarge, message: """
                the request body is larger than the \(TextInput.maxBytes >> 20) MiB limit for one text; \
                split the text, or use `\(batchCommand)` for many texts.
                """)
        }
        return try decode(body)
    }

    static func decode(_ body: ByteBuffer) throws -> MatchRequest {
        do {
            return try JSONDecoder().decode(MatchRequest.self, from: Data(body.readableBytesView))
        } catch let error as HTTPError {
            throw error
        } catch {
            throw HTTPError(.badRequest, message: "the request body is not valid JSON; send {\"text\": \"…\", \"top\": 10}.")
        }
    }

    init(from decoder: any Decoder) throws {
        guard let container = try? decoder.container(keyedBy: CodingKeys.self) else {
            throw HTTPError(.badRequest, message: "the request body must be a JSON object such as {\"text\": \"…\", \"top\": 10}.")
        }
        guard container.contains(.text), (try? container.decodeNil(forKey: .text)) == false else {
            throw HTTPError(.badRequest, message: "the request has no text field; send the resume or job text as {\"text\": \"…\"}.")
        }
        guard let text = try? container.decode(String.self, forKey: .text) else {
            throw HTTPError(.badRequest, message: "the text field must be a string holding the resume or job text.")
        }
        guard !text.allSatisfy(\.isWhitespace) else {
            throw HTTPError(.badRequest, message: "the text field is empty; put the resume or job text in it.")
        }
        self.text = text
        if container.contains(.top), (try? container.decodeNil(forKey: .top)) == false {
            guard let top = try? container.decode(Int.self, forKey: .top) else {
                throw HTTPError(.badRequest, message: "the top field must be a whole number from 1 to 100.")
            }
            self.top = try QueryParameters.checkTop(top, name: "top field")
        } else {
            top = Self.defaultTop
        }
    }
}
