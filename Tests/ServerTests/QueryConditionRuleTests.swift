import FixtureAPI
import Foundation
import Testing

/// A small deterministic random number generator (SplitMix64), so that a failure can be replayed.
private struct SplitMix64 {
    var state: UInt64

    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}

@Suite("A typed condition is sent exactly when ZStack reads it back as it was built")
struct QueryConditionRuleTests {
    /// Pieces of values: letters, spaces, the operators' characters, commas, a pattern sign, non-ASCII text.
    private static let pieces = ["a", "b", " ", "\t", ",", "=", "!", "?", "~", ">", "<", "%", "中", "is null", "not null"]

    @Test("For 4,000 generated values and every comparison: sent if and only if the server's reading is the condition")
    func sentExactlyWhenReadBack() {
        var random = SplitMix64(state: 0x5EED)
        func value() -> String {
            (0..<random.next(below: 6)).map { _ in Self.pieces[random.next(below: Self.pieces.count)] }.joined()
        }
        let field = FixtureQueryField<VmInstanceInventory, String>("name")
        var outcomes: [Bool: Int] = [:]
        for _ in 0..<4000 {
            let single = value()
            let list = (0..<random.next(below: 4)).map { _ in value() }
            let conditions = [
                field == single, field != single, field > single, field < single, field >= single, field <= single,
                field.isLike(single), field.isNotLike(single), field.isIn(list), field.isNotIn(list), field.isNull, field.isNotNull,
            ]
            for condition in conditions {
                let isList = condition.comparison == .oneOf || condition.comparison == .noneOf
                let read = try? ReadCondition(condition.description)
                let readsBack =
                    read.map { read in
                        read.field == "name"
                            && read.comparison.rawValue == condition.comparison.rawValue.trimmingCharacters(in: .whitespaces)
                            && (isList ? read.listValues == list : read.value == condition.value)
                    } ?? false
                let isSent = (try? condition.queryParameter()) != nil
                #expect(isSent == readsBack, "\(String(reflecting: condition.description)) \(isSent ? "is sent but misread" : "is refused but read back")")
                outcomes[isSent, default: 0] += 1
            }
        }
        // Both outcomes occur often: the property is not true for want of cases.
        #expect(outcomes[true, default: 0] > 10_000)
        #expect(outcomes[false, default: 0] > 5_000)
    }
}
