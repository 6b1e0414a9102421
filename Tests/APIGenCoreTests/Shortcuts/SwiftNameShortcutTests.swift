@testable import APIGenCore
import Testing

/// `SwiftName.bare` joins the words of ASCII names in the bytes (`asciiJoined`); on seeded
/// random ASCII names it must give what joining the scalar-split words gives.
@Suite struct SwiftNameShortcutTests {
    @Test func asciiJoiningMatchesScalarJoining() {
        var random = SeededGenerator(seed: 31)
        let pieces = ["URL", "Path", "UUID", "s", "Id", "vm", "-", "_", " ", "2", "fa", "S", "ID", "x", "Xs", ".", "/", "\t", "default", "self", "A", "z"]
        var samples = ["", "-", "_", "URLPath", "UUIDs", "UUIDsX", "Ids", "IDs", "sS", "2fa", "vm_uuid", "self", "hashValue"]
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...6, using: &random)
            samples.append((0..<length).map { _ in pieces.randomElement(using: &random)! }.joined())
        }
        for name in samples {
            for upperFirst in [false, true] {
                #expect(
                    SwiftName.asciiJoined(name, upperFirst: upperFirst) == SwiftName.joined(SwiftName.words(in: name), upperFirst: upperFirst),
                    "\(name.debugDescription) \(upperFirst)")
            }
        }
        #expect(SwiftName.asciiJoined("名前", upperFirst: false) == nil)
    }
}
