import Foundation
import Testing
import ZStackClient

@Suite("Opaque JSON values")
struct JSONValueTests {
    @Test(
        "Every kind of JSON value round-trips",
        arguments: [
            "null", "true", "false", "0", "-17", "9223372036854775807", "-9223372036854775808", "1.5", "-0.25",
            "1e300", #""text""#, #""""#, "[]", #"[1, "a", null, [true]]"#, "{}",
            #"{"a": {"b": [1, 2.5, {"c": null}]}, "d": "e"}"#,
        ]
    )
    func roundTrip(text: String) throws {
        let value = try json(text)
        let reencoded = try JSONDecoder().decode(ZStackJSONValue.self, from: JSONEncoder().encode(value))
        #expect(reencoded == value)
    }

    @Test("Integers stay exact 64-bit integers and fractions stay doubles")
    func numbers() throws {
        #expect(try json("9223372036854775807") == .integer(.max))
        #expect(try json("-9223372036854775808") == .integer(.min))
        #expect(try json("1483645876000") == .integer(1_483_645_876_000))
        #expect(try json("1.5") == .double(1.5))
        #expect(try json("18446744073709551616") == .double(18_446_744_073_709_551_616))
        let encoded = try String(decoding: JSONEncoder().encode(ZStackJSONValue.integer(.max)), as: UTF8.self)
        #expect(encoded == "9223372036854775807")
    }

    @Test("Booleans, numbers and strings stay apart")
    func kindsStayApart() throws {
        #expect(try json("true") == .bool(true))
        #expect(try json("1") == .integer(1))
        #expect(try json(#""1""#) == .string("1"))
        #expect(try json(#""true""#) == .string("true"))
        #expect(try json(#""null""#) == .string("null"))
        #expect(try json(#"[true, 1, "1", null]"#) == [true, 1, "1", nil])
    }

    @Test("Literals build every kind of value")
    func literals() {
        let value: ZStackJSONValue = ["a": nil, "b": true, "c": 1, "d": 1.5, "e": "x", "f": [1, "y"], "g": [:]]
        #expect(value["a"] == .null)
        #expect(value["a"]?.isNull == true)
        #expect(value["b"]?.boolValue == true)
        #expect(value["c"]?.integerValue == 1)
        #expect(value["c"]?.doubleValue == 1)
        #expect(value["d"]?.doubleValue == 1.5)
        #expect(value["e"]?.stringValue == "x")
        #expect(value["f"]?.arrayValue == [.integer(1), .string("y")])
        #expect(value["g"]?.objectValue == [:])
        #expect(value["missing"] == nil)
        #expect(value.stringValue == nil)
    }

    @Test("Values are hashable")
    func hashing() {
        let set: Set<ZStackJSONValue> = [1, 1, "1", [1], ["1": 1], nil, nil]
        #expect(set.count == 5)
    }
}
