import Foundation
import Testing
import ZStackClient

@Suite("Decoding replies into models")
struct ModelDecodingTests {
    @Test("The seed page's response example decodes field by field")
    func seedResponseExample() throws {
        let response = try decode(
            UpdateGuestToolsState.Response.self,
            """
            { "inventory": { "vmInstanceUuid": "321e85ca08b335e09f172041f7e710b5", "qgaState": "Running", \
            "zwatchState": "Running", "version": "4.6.11", "platform": "Kylin", "osType": "Kylin" } }
            """
        )
        #expect(response.success == nil)
        #expect(response.error == nil)
        let inventory = try #require(response.inventory)
        #expect(inventory.vmInstanceUuid == "321e85ca08b335e09f172041f7e710b5")
        #expect(inventory.qgaState == .running)
        #expect(inventory.zwatchState == .running)
        #expect(inventory.version == "4.6.11")
        #expect(inventory.platform == "Kylin")
        #expect(inventory.osType == "Kylin")
        #expect(inventory.createDate == nil)
        #expect(inventory.lastOpDate == nil)
        #expect(
            inventory
                == GuestToolsStateInventory(
                    vmInstanceUuid: "321e85ca08b335e09f172041f7e710b5",
                    version: "4.6.11",
                    platform: "Kylin",
                    osType: "Kylin",
                    qgaState: .running,
                    zwatchState: .running
                )
        )
    }

    @Test("Every documented enum value decodes to its case and encodes back")
    func documentedEnumValues() throws {
        let qga: [(String, GuestToolsQgaState)] = [
            ("NotInstalled", .notInstalled), ("Running", .running), ("NotRunning", .notRunning),
            ("NotUpgraded", .notUpgraded),
        ]
        for (wire, state) in qga {
            #expect(try decode(GuestToolsQgaState.self, "\"\(wire)\"") == state)
            #expect(state.rawValue == wire)
            #expect(try encodedJSON(state) == .string(wire))
        }
        let zwatch: [(String, GuestToolsZWatchState)] = [
            ("NotInstalled", .notInstalled), ("Running", .running), ("NotRunning", .notRunning),
        ]
        for (wire, state) in zwatch {
            #expect(try decode(GuestToolsZWatchState.self, "\"\(wire)\"") == state)
            #expect(state.rawValue == wire)
        }
    }

    @Test("An enum value that the spec does not list round-trips unchanged", arguments: ["Upgrading", "unknown", ""])
    func undocumentedEnumValue(wire: String) throws {
        let inventory = try decode(GuestToolsStateInventory.self, #"{"qgaState": "\#(wire)"}"#)
        #expect(inventory.qgaState == .undocumented(wire))
        #expect(inventory.qgaState?.rawValue == wire)
        #expect(try encodedJSON(inventory) == json(#"{"qgaState": "\#(wire)"}"#))
        #expect(GuestToolsQgaState(rawValue: wire) == .undocumented(wire))
    }

    @Test("An enum value is its wire value: equal, hashed, encoded and decoded as that string")
    func enumValueIsItsWireValue() throws {
        let spelledOut = GuestToolsZWatchState.undocumented("Running")
        #expect(spelledOut == .running)
        #expect(spelledOut.hashValue == GuestToolsZWatchState.running.hashValue)
        #expect(Set([spelledOut, .running, .undocumented("Paused")]).count == 2)
        #expect(try encodedJSON(spelledOut) == json(#""Running""#))
        #expect(try decode(GuestToolsZWatchState.self, #""NotRunning""#) == .notRunning)
        #expect(throws: DecodingError.self) { try decode(GuestToolsZWatchState.self, "1") }
        #expect(throws: DecodingError.self) { try decode(GuestToolsZWatchState.self, "null") }
    }

    @Test("Enum values are case-sensitive, as on the wire")
    func enumValuesAreCaseSensitive() throws {
        #expect(try decode(GuestToolsZWatchState.self, #""running""#) == .undocumented("running"))
    }

    @Test("Timestamps in Gson's format, ISO 8601 and epoch milliseconds all decode")
    func timestampForms() throws {
        let forms = [
            #""Jan 6, 2017 3:51:16 AM""#,
            #""2017-01-05T19:51:16Z""#,
            #""2017-01-06T03:51:16+08:00""#,
            "1483645876000",
        ]
        for form in forms {
            let inventory = try decode(GuestToolsStateInventory.self, #"{"createDate": \#(form)}"#)
            #expect(inventory.createDate == gsonExampleInstant, "\(form)")
        }
    }

    @Test("Timestamps encode in Gson's format")
    func timestampEncoding() throws {
        let inventory = GuestToolsStateInventory(createDate: gsonExampleInstant)
        #expect(try encodedJSON(inventory) == json(#"{"createDate": "Jan 6, 2017 3:51:16 AM"}"#))
    }

    @Test("An error with a cause nested three deep decodes with every level")
    func nestedErrorCause() throws {
        let error = try decode(
            ErrorCode.self,
            """
            {"code": "SYS.1006", "description": "An operation failed", "details": "cannot create the zone",
             "elaboration": null, "opaque": {"retry": false, "attempts": 3},
             "cause": {"code": "SYS.1003", "description": "Resource not found", "details": "no such zone",
              "cause": {"code": "SYS.1000", "description": "An internal error happened", "details": "database",
               "cause": {"code": "SYS.1001", "description": "A message or an operation timeout", "cause": null}}}}
            """
        )
        #expect(error.code == "SYS.1006")
        #expect(error.description == "An operation failed")
        #expect(error.details == "cannot create the zone")
        #expect(error.elaboration == nil)
        #expect(error.opaque == ["retry": false, "attempts": 3])
        #expect(error.cause?.code == "SYS.1003")
        #expect(error.cause?.details == "no such zone")
        #expect(error.cause?.cause?.code == "SYS.1000")
        #expect(error.cause?.cause?.cause?.code == "SYS.1001")
        #expect(error.cause?.cause?.cause?.description == "A message or an operation timeout")
        #expect(error.cause?.cause?.cause?.cause == nil)

        let built = ErrorCode(
            code: "SYS.1006",
            description: "An operation failed",
            details: "cannot create the zone",
            opaque: ["retry": false, "attempts": 3],
            cause: ErrorCode(
                code: "SYS.1003",
                description: "Resource not found",
                details: "no such zone",
                cause: ErrorCode(
                    code: "SYS.1000",
                    description: "An internal error happened",
                    details: "database",
                    cause: ErrorCode(code: "SYS.1001", description: "A message or an operation timeout")
                )
            )
        )
        #expect(error == built)
        #expect(try makeDecoder().decode(ErrorCode.self, from: makeEncoder().encode(error)) == error)
    }

    @Test("Fields that the spec does not describe are ignored")
    func unknownFields() throws {
        let response = try decode(
            UpdateGuestToolsState.Response.self,
            """
            {"inventory": {"vmInstanceUuid": "u1", "uuid": "x", "nested": {"a": [1, 2]}}, "total": 1,
             "error": {"code": "SYS.1000", "location": "Host.java:10", "cost": "12ms"}}
            """
        )
        #expect(response.inventory == GuestToolsStateInventory(vmInstanceUuid: "u1"))
        #expect(response.error == ErrorCode(code: "SYS.1000"))
    }

    @Test("null in every field decodes as absent")
    func nullEverywhere() throws {
        let response = try decode(
            UpdateGuestToolsState.Response.self,
            """
            {"success": null, "error": null, "inventory": {"vmInstanceUuid": null, "version": null,
             "platform": null, "osType": null, "createDate": null, "lastOpDate": null, "qgaState": null,
             "zwatchState": null}}
            """
        )
        #expect(response == UpdateGuestToolsState.Response(inventory: GuestToolsStateInventory()))
        let error = try decode(
            ErrorCode.self,
            #"{"code": null, "description": null, "details": null, "elaboration": null, "opaque": null, "cause": null}"#
        )
        #expect(error == ErrorCode())
    }

    @Test("An empty object decodes with every field absent")
    func emptyObject() throws {
        #expect(try decode(UpdateGuestToolsState.Response.self, "{}") == UpdateGuestToolsState.Response())
        #expect(try decode(GuestToolsStateInventory.self, "{}") == GuestToolsStateInventory())
        #expect(try decode(ErrorCode.self, "{}") == ErrorCode())
    }

    @Test("success and error decode when a server sends them")
    func successAndError() throws {
        let response = try decode(
            UpdateGuestToolsState.Response.self,
            #"{"success": false, "error": {"code": "SYS.1000", "details": "x"}}"#
        )
        #expect(response.success == false)
        #expect(response.error == ErrorCode(code: "SYS.1000", details: "x"))
        #expect(response.inventory == nil)
    }

    @Test("A field of the wrong JSON type is an error, not a silent nil")
    func wrongType() {
        #expect(throws: DecodingError.self) {
            try decode(GuestToolsStateInventory.self, #"{"version": 4.6}"#)
        }
    }
}
