import FixtureAPI
import Foundation
import Testing

@Suite("Models generated for the fixture API")
struct FixtureModelDecodingTests {
    @Test("An empty reply decodes with every field absent")
    func emptyReply() throws {
        #expect(try decode(CreateZone.Response.self, "{}") == CreateZone.Response())
    }

    @Test("Records are compared by their fields, not by identity: two made apart are equal, a field-less one too")
    func recordsCompareByFields() throws {
        // Records are final classes of constant fields; `==` must mean what it meant for the structs they were.
        let first = ZoneInventory(uuid: "z1", name: "zone")
        let second = ZoneInventory(uuid: "z1", name: "zone")
        #expect(first !== second)
        #expect(first == second)
        #expect(Set([first, second]).count == 1)
        #expect(first != ZoneInventory(uuid: "z1", name: "other"))
        #expect(try decode(LogOut.Response.self, "{}") == LogOut.Response())
    }

    @Test("A zone inventory decodes with its open state enum and both timestamps")
    func zoneInventory() throws {
        let inventory = try decode(
            ZoneInventory.self,
            """
            {"uuid": "z1", "name": "zone", "description": "first", "state": "Enabled",
             "createDate": "Jan 6, 2017 3:51:16 AM", "lastOpDate": "Jan 6, 2017, 3:51:16\u{202F}AM"}
            """
        )
        #expect(
            inventory
                == ZoneInventory(
                    uuid: "z1",
                    name: "zone",
                    description: "first",
                    state: .enabled,
                    createDate: gsonExampleInstant,
                    lastOpDate: gsonExampleInstant
                )
        )
        #expect(try decode(ZoneState.self, #""Maintenance""#) == .undocumented("Maintenance"))
    }
}
