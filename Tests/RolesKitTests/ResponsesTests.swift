import Foundation
import RolesCore
import Testing
@testable import RolesKit

struct ResponsesTests {
    @Test func documentsHaveSnakeCaseKeysInAlphabeticalOrder() throws {
        let shares = ExposureShares(labelled: 3, humanLed: 0.5, automation: 0.25, augmentation: 0.25)
        let text = String(decoding: try RolesJSON.encoder(pretty: false).encode(shares), as: UTF8.self)
        #expect(text == #"{"augmentation":0.25,"automation":0.25,"beta":0.375,"human_led":0.5,"labelled":3}"#)
        for _ in 0..<5 { #expect(try RolesJSON.encoder(pretty: false).encode(shares) == Data(text.utf8)) }
    }
}
