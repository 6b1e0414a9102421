import FixtureAPI
import FixtureMock
import Foundation
import Hummingbird
import OpenAPIHummingbird
import Testing
import ZStackClient
import ZStackMock

@Suite("The mocks answer with the documented response examples")
struct MockTests {
    @Test("The seed page's curl request gets the seed page's response example")
    func seedCurlRequest() async throws {
        try await withServer(ZStackMockHandler()) { server in
            let reply = try await send(
                .put,
                "/zstack/v1/vm-instances/321e85ca08b335e09f172041f7e710b5/guesttools-state",
                to: server,
                headers: ["Authorization": "OAuth x", "Content-Type": "application/json;charset=UTF-8"],
                body: #"{"systemTags":["<systemTags>"],"userTags":["<userTags>"]}"#
            )
            #expect(reply.status == 200)
            #expect(try reply.json() == json(seedResponseExample))
        }
    }

    @Test("The generated client gets the seed page's response example as its typed reply")
    func seedThroughClient() async throws {
        try await withServer(ZStackMockHandler()) { server in
            let response = try await zstackClient(server).updateGuestToolsState(vmInstanceUuid: "any")
            let expected = GuestToolsStateInventory(
                vmInstanceUuid: seedVMUUID,
                version: "4.6.11",
                platform: "Kylin",
                osType: "Kylin",
                qgaState: .running,
                zwatchState: .running
            )
            #expect(response == UpdateGuestToolsState.Response(inventory: expected))
        }
    }

    @Test("The fixture mock answers every endpoint, asynchronous ones through jobs")
    func fixtureMock() async throws {
        try await withServer(FixtureMockHandler()) { server in
            let client = fixtureClient(server)
            #expect(try await client.createZone(name: "ignored") == CreateZone.Response(inventory: createdZone))

            let zones = try await client.queryZone(limit: 1)
            let zone = ZoneInventory(uuid: "c4f8d2a0b1e94f7d8a6b5c3d2e1f0a9b", name: "zone-1", state: .enabled)
            #expect(zones == QueryZone.Response(inventories: [zone], total: 1))

            let thing = try await client.updateAwkwardThing(thingUuid: "0f0e", default: "x")
            let expectedThing = AwkwardThing(
                description: "d", kind: .unknown, children: [AwkwardThing(kind: .withDash)])
            #expect(thing == UpdateAwkwardThing.Response(thing: expectedThing))

            let accepted = try await send(
                .delete, "/zstack/v1/zones/z", to: server, headers: ["Authorization": "OAuth x"])
            #expect(accepted.status == 202)
            let location = try #require(try accepted.json()["location"]?.stringValue)
            let deleted = try await pollUntilFinished(location, at: server)
            #expect(deleted.status == 200)
            #expect(try deleted.json() == json("{}"))
        }
    }
}
