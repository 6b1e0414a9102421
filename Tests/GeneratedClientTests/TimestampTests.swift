import Foundation
import Testing
import ZStackClient

@Suite("Timestamps")
struct TimestampTests {
    private let shanghai = ZStackTimestamp()

    @Test("Gson's rendering is read in Asia/Shanghai by default")
    func gsonDefaultZone() throws {
        #expect(ZStackTimestamp.defaultTimeZone.identifier == "Asia/Shanghai")
        let date = try #require(shanghai.date(from: "Jan 6, 2017 3:51:16 AM"))
        #expect(date == gsonExampleInstant)
        #expect(date.timeIntervalSince1970 == 1_483_645_876)
        #expect(shanghai.date(from: "Jan 6, 2017 3:51:16 PM") == gsonExampleInstant + 12 * 3600)
    }

    @Test("The zone can be overridden")
    func zoneOverride() throws {
        let utc = ZStackTimestamp(timeZone: try #require(TimeZone(identifier: "UTC")))
        #expect(utc.date(from: "Jan 6, 2017 3:51:16 AM") == gsonExampleInstant + 8 * 3600)
        #expect(utc.string(from: gsonExampleInstant) == "Jan 5, 2017 7:51:16 PM")

        let decoder = makeDecoder(timeZone: try #require(TimeZone(identifier: "UTC")))
        let inventory = try decoder.decode(
            GuestToolsStateInventory.self,
            from: Data(#"{"createDate": "Jan 6, 2017 3:51:16 AM"}"#.utf8)
        )
        #expect(inventory.createDate == gsonExampleInstant + 8 * 3600)
    }

    @Test(
        "Newer JVMs' renderings are accepted",
        arguments: [
            "Jan 6, 2017, 3:51:16 AM",
            "Jan 6, 2017, 3:51:16\u{202F}AM",
            "Jan 6, 2017 3:51:16\u{202F}AM",
            "Jan 6, 2017 3:51:16\u{00A0}AM",
        ]
    )
    func newerJVMRenderings(text: String) {
        #expect(shanghai.date(from: text) == gsonExampleInstant)
    }

    @Test(
        "ISO 8601 is accepted with or without fractional seconds and offset",
        arguments: [
            ("2017-01-05T19:51:16Z", 0.0),
            ("2017-01-05T19:51:16.250Z", 0.25),
            ("2017-01-06T03:51:16+08:00", 0.0),
            ("2017-01-06T03:51:16.5+08:00", 0.5),
            ("2017-01-06T03:51:16", 0.0),
            ("2017-01-06T03:51:16.125", 0.125),
        ]
    )
    func iso8601(text: String, fraction: Double) throws {
        let date = try #require(shanghai.date(from: text))
        #expect(abs(date.timeIntervalSince(gsonExampleInstant) - fraction) < 0.001)
    }

    @Test("Epoch milliseconds are accepted as a JSON number or a string of digits")
    func epochMilliseconds() throws {
        #expect(try decode(GuestToolsStateInventory.self, #"{"createDate": 1483645876000}"#).createDate == gsonExampleInstant)
        let withFraction = try decode(GuestToolsStateInventory.self, #"{"createDate": 1483645876250}"#)
        #expect(withFraction.createDate == gsonExampleInstant + 0.25)
        #expect(try decode(GuestToolsStateInventory.self, #"{"createDate": "1483645876000"}"#).createDate == gsonExampleInstant)
        #expect(try decode(GuestToolsStateInventory.self, #"{"createDate": 0}"#).createDate == Date(timeIntervalSince1970: 0))
    }

    @Test("Text that is no timestamp is a decoding error that quotes it")
    func invalidText() {
        #expect(shanghai.date(from: "yesterday") == nil)
        #expect(shanghai.date(from: "Jan 6, 2017 3:51:16 AM trailing") == nil)
        let error = #expect(throws: DecodingError.self) {
            try decode(GuestToolsStateInventory.self, #"{"createDate": "yesterday"}"#)
        }
        #expect(String(describing: error).contains("yesterday"))
    }

    @Test("Writing uses Gson's format in the configured zone, and reads back")
    func writing() {
        #expect(shanghai.string(from: gsonExampleInstant) == "Jan 6, 2017 3:51:16 AM")
        #expect(shanghai.string(from: gsonExampleInstant + 12 * 3600) == "Jan 6, 2017 3:51:16 PM")
        let text = shanghai.string(from: gsonExampleInstant)
        #expect(shanghai.date(from: text) == gsonExampleInstant)
    }

    @Test("One value decodes and encodes from many tasks at once")
    func concurrentUse() async {
        let timestamp = shanghai
        let results = await withTaskGroup(of: Bool.self) { group in
            for offset in 0..<200 {
                group.addTask {
                    let date = gsonExampleInstant + Double(offset * 61)
                    return timestamp.date(from: timestamp.string(from: date)) == date
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results.count == 200)
        #expect(results.allSatisfy { $0 })
    }
}
