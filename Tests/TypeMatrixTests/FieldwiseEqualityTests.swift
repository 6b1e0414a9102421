import Foundation
import MatrixAPI
import Testing

/// The generated models write `==` and `hash(into:)` out over their stored fields (through the runtime's
/// `MatrixFieldwise`) instead of having them synthesized: these tests hold them to what the synthesized ones mean,
/// field by field, for every kind of field the matrix has.
@Suite("Equality and hashing of generated models cover every field")
struct FieldwiseEqualityTests {
    @Test("A reply equals its own copy and differs from it with any one field left out")
    func repliesCompareEveryField() throws {
        let date = Date(timeIntervalSince1970: 1_483_674_676)
        try expectEveryFieldCompared(
            EchoString.Response(
                pathValue: "p", queryValue: "q", optionalQueryValue: "o", headerValue: "h", value: "v",
                optionalValue: "ov", nullableValue: "n", outsideValue: "out", nested: EchoStringNested(value: "v")))
        try expectEveryFieldCompared(
            EchoTimestamp.Response(
                pathValue: date, queryValue: date, optionalQueryValue: date, headerValue: date, value: date,
                optionalValue: date, nullableValue: date, outsideValue: date, nested: EchoTimestampNested(value: date)))
        try expectEveryFieldCompared(
            EchoJSON.Response(
                value: ["a": [1, "x"]], optionalValue: [true], nullableValue: "n", outsideValue: 2.5,
                nested: EchoJSONNested(value: ["b": nil])))
    }

    @Test("A named type is compared and hashed over every field, the one that holds its own type included")
    func namedTypesCompareAndHashEveryField() throws {
        let cause = ErrorCode(code: "SYS.1000", description: "inner")
        let error = ErrorCode(code: "SYS.1001", description: "outer", details: "d", opaque: ["k": 1], cause: cause)
        let variants = try expectEveryFieldCompared(error)
        #expect(error.hashValue == ErrorCode(code: "SYS.1001", description: "outer", details: "d", opaque: ["k": 1], cause: cause).hashValue)
        // Hashing agrees with equality: the value and its copy are one element, every variant another.
        #expect(Set([error, error] + variants).count == variants.count + 1)
        #expect(error != ErrorCode(code: "SYS.1001", description: "outer", details: "d", opaque: ["k": 1], cause: error))
    }

    @Test("Requests that differ in any one input are not equal")
    func requestsCompareEveryInput() {
        let request = EchoString.Request(
            pathValue: "p", queryValue: "q", value: "v", optionalQueryValue: "o", xEchoValue: "x", optionalValue: "ov",
            nullableValue: "n", outsideValue: "out")
        let copy = EchoString.Request(
            pathValue: "p", queryValue: "q", value: "v", optionalQueryValue: "o", xEchoValue: "x", optionalValue: "ov",
            nullableValue: "n", outsideValue: "out")
        #expect(request == copy)
        let variants = [
            EchoString.Request(
                pathValue: "-", queryValue: "q", value: "v", optionalQueryValue: "o", xEchoValue: "x",
                optionalValue: "ov", nullableValue: "n", outsideValue: "out"),
            EchoString.Request(
                pathValue: "p", queryValue: "-", value: "v", optionalQueryValue: "o", xEchoValue: "x",
                optionalValue: "ov", nullableValue: "n", outsideValue: "out"),
            EchoString.Request(
                pathValue: "p", queryValue: "q", value: "-", optionalQueryValue: "o", xEchoValue: "x",
                optionalValue: "ov", nullableValue: "n", outsideValue: "out"),
            EchoString.Request(
                pathValue: "p", queryValue: "q", value: "v", xEchoValue: "x", optionalValue: "ov", nullableValue: "n",
                outsideValue: "out"),
            EchoString.Request(
                pathValue: "p", queryValue: "q", value: "v", optionalQueryValue: "o", optionalValue: "ov",
                nullableValue: "n", outsideValue: "out"),
            EchoString.Request(
                pathValue: "p", queryValue: "q", value: "v", optionalQueryValue: "o", xEchoValue: "x",
                nullableValue: "n", outsideValue: "out"),
            EchoString.Request(
                pathValue: "p", queryValue: "q", value: "v", optionalQueryValue: "o", xEchoValue: "x",
                optionalValue: "ov", outsideValue: "out"),
            EchoString.Request(
                pathValue: "p", queryValue: "q", value: "v", optionalQueryValue: "o", xEchoValue: "x",
                optionalValue: "ov", nullableValue: "n"),
        ]
        for (index, variant) in variants.enumerated() {
            #expect(variant != request, "variant \(index)")
        }
    }

    /// Checks that `value` equals its decoded copy and differs from each copy that lacks one of its JSON fields;
    /// returns those copies.
    @discardableResult
    private func expectEveryFieldCompared<Value: Codable & Equatable>(
        _ value: Value, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [Value] {
        let data = try JSONEncoder().encode(value)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(try JSONDecoder().decode(Value.self, from: data) == value, sourceLocation: sourceLocation)
        var variants: [Value] = []
        for key in object.keys.sorted() {
            var fewer = object
            fewer.removeValue(forKey: key)
            let variant = try JSONDecoder().decode(Value.self, from: JSONSerialization.data(withJSONObject: fewer))
            #expect(variant != value, "\(Value.self) without \(key)", sourceLocation: sourceLocation)
            variants.append(variant)
        }
        #expect(object.count > 1, "\(Value.self) has fields to compare", sourceLocation: sourceLocation)
        return variants
    }
}
