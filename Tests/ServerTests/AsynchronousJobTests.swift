import FixtureAPI
import FixtureServer
import Foundation
import Hummingbird
import OpenAPIHummingbird
import Testing

@Suite("Asynchronous endpoints: 202, a job location, polling")
struct AsynchronousJobTests {
    private let headers = ["Authorization": "OAuth x", "Content-Type": "application/json;charset=UTF-8"]
    private let createBody = #"{"params": {"name": "zone-1", "description": "first zone"}, "systemTags": ["tag::1"]}"#

    @Test("The client's call is accepted, polled and answered with the handler's result")
    func clientRoundTrip() async throws {
        let handler = ScriptedFixtureHandler()
        try await withServer(handler) { server in
            let response = try await fixtureClient(server).createZone(
                name: "zone-1",
                description: "first zone",
                systemTags: ["tag::1"],
                userTags: ["mine"]
            )
            #expect(response == CreateZone.Response(inventory: createdZone))
        }
        let expected = CreateZone.Request(
            name: "zone-1",
            description: "first zone",
            systemTags: ["tag::1"],
            userTags: ["mine"]
        )
        #expect(await handler.calls.values == [.createZone(expected)])
    }

    @Test("202 with the job's location under the request's host; a poll then gets 200 with the result")
    func acceptedThenResult() async throws {
        let handler = ScriptedFixtureHandler()
        try await withServer(handler) { server in
            let accepted = try await send(.post, "/zstack/v1/zones", to: server, headers: headers, body: createBody)
            #expect(accepted.status == 202)
            #expect(accepted.headerFields[.contentType] == "application/json;charset=UTF-8")
            let location = try #require(try accepted.json()["location"]?.stringValue)
            let prefix = "\(server.absoluteString)/zstack/v1/api-jobs/"
            #expect(location.hasPrefix(prefix))
            let uuid = location.dropFirst(prefix.count)
            #expect(uuid.count == 32 && uuid.allSatisfy { $0.isHexDigit && !$0.isUppercase })

            let result = try await pollUntilFinished(location, at: server)
            #expect(result.status == 200)
            let expected = """
                {"inventory": {"uuid": "c4f8d2a0b1e94f7d8a6b5c3d2e1f0a9b", "name": "zone-1",
                 "description": "first zone", "state": "Enabled",
                 "createDate": "Jan 6, 2017 3:51:16 AM", "lastOpDate": "Jan 6, 2017 3:51:16 AM"}}
                """
            #expect(try result.json() == json(expected))
            // A finished job keeps its result for later polls.
            #expect(try await pollUntilFinished(location, at: server).json() == json(expected))
        }
    }

    @Test("A poll gets 202 while the handler runs")
    func runningJob() async throws {
        let gate = Gate()
        var handler = ScriptedFixtureHandler()
        handler.onCreateZone = { _ in
            await gate.wait()
            return CreateZone.Response(inventory: createdZone)
        }
        try await withServer(handler) { server in
            let accepted = try await send(.post, "/zstack/v1/zones", to: server, headers: headers, body: createBody)
            let location = try #require(try accepted.json()["location"]?.stringValue)
            let path = try #require(URLComponents(string: location)?.percentEncodedPath)
            for _ in 0..<3 {
                let poll = try await send(.get, path, to: server)
                #expect(poll.status == 202)
                #expect(poll.body.isEmpty)
            }
            await gate.open()
            #expect(try await pollUntilFinished(location, at: server).status == 200)
        }
    }

    @Test("A handler's API error reaches the client as FixtureAPIError with the same error code")
    func failingJob() async throws {
        var handler = ScriptedFixtureHandler()
        handler.onCreateZone = { _ in throw FixtureServerError(nestedFixtureErrorCode) }
        try await withServer(handler) { server in
            let error = try await #require(throws: FixtureAPIError.self) {
                try await fixtureClient(server).createZone(name: "zone-1")
            }
            #expect(error.status.code == 503)
            #expect(error.errorCode == nestedFixtureErrorCode)

            let accepted = try await send(.post, "/zstack/v1/zones", to: server, headers: headers, body: createBody)
            #expect(accepted.status == 202)
            let location = try #require(try accepted.json()["location"]?.stringValue)
            let result = try await pollUntilFinished(location, at: server)
            #expect(result.status == 503)
            let expected = """
                {"error": {"code": "ZONE.1001", "description": "The zone name is taken",
                 "details": "a zone named zone-1 exists", "opaque": {"existing": "c4f8d2a0b1e94f7d8a6b5c3d2e1f0a9b"},
                 "cause": {"code": "DB.1000", "description": "Duplicate key"}}}
                """
            #expect(try result.json() == json(expected))
        }
    }

    @Test("A job whose handler throws another error finishes with 500 and an error code")
    func jobWithInternalError() async throws {
        var handler = ScriptedFixtureHandler()
        handler.onCreateZone = { _ in throw UnexpectedFailure() }
        try await withServer(handler) { server in
            let accepted = try await send(.post, "/zstack/v1/zones", to: server, headers: headers, body: createBody)
            let location = try #require(try accepted.json()["location"]?.stringValue)
            let result = try await pollUntilFinished(location, at: server)
            #expect(result.status == 500)
            #expect(try result.json()["error"]?["code"] == "SYS.1000")
        }
    }

    @Test("An unknown job gets 404 with an error code", arguments: ["0123456789abcdef0123456789abcdef", "nope", "%FF"])
    func unknownJob(uuid: String) async throws {
        try await withServer(ScriptedFixtureHandler()) { server in
            let reply = try await send(.get, "/zstack/v1/api-jobs/\(uuid)", to: server)
            #expect(reply.status == 404)
            #expect(try reply.json()["error"]?["code"] == "SYS.1003")
        }
    }

    @Test("X-Job-UUID names the job; a call repeated with it is not run again")
    func jobUUIDHeader() async throws {
        let handler = ScriptedFixtureHandler()
        try await withServer(handler) { server in
            var withJobUUID = headers
            withJobUUID["X-Job-UUID"] = "0123456789ABCDEF0123456789abcdef"
            let expectedLocation = "\(server.absoluteString)/zstack/v1/api-jobs/0123456789abcdef0123456789abcdef"
            for _ in 0..<2 {
                let accepted = try await send(
                    .post, "/zstack/v1/zones", to: server, headers: withJobUUID, body: createBody)
                #expect(accepted.status == 202)
                #expect(try accepted.json() == json(#"{"location": "\#(expectedLocation)"}"#))
                #expect(try await pollUntilFinished(expectedLocation, at: server).status == 200)
            }
        }
        #expect(await handler.calls.values.count == 1)
    }

    @Test(
        "An X-Job-UUID that is no UUID without dashes gets 400 and runs nothing",
        arguments: ["abc", "01234567-89ab-cdef-0123-456789abcdef", "0123456789abcdef0123456789abcdeg", ""]
    )
    func invalidJobUUID(jobUUID: String) async throws {
        let handler = ScriptedFixtureHandler()
        try await withServer(handler) { server in
            var withJobUUID = headers
            withJobUUID["X-Job-UUID"] = jobUUID
            let reply = try await send(.post, "/zstack/v1/zones", to: server, headers: withJobUUID, body: createBody)
            #expect(reply.status == 400)
            #expect(try reply.json()["error"]?["code"] == "SYS.1007")
        }
        #expect(await handler.calls.values.isEmpty)
    }

    @Test(
        "A call that cannot be read gets 400 at once, without a job",
        arguments: [
            #"{"params": {"description": "no name"}}"#, #"{"name": "outside the wrapper"}"#,
            #"{"params": {"name": null}}"#, #"{"params": {"name": 5}}"#, #"{"params": "zone-1"}"#, "",
        ]
    )
    func unreadableCall(body: String) async throws {
        let handler = ScriptedFixtureHandler()
        try await withServer(handler) { server in
            let reply = try await send(.post, "/zstack/v1/zones", to: server, headers: headers, body: body)
            #expect(reply.status == 400)
            #expect(try reply.json()["error"]?["code"] == "SYS.1007")
        }
        #expect(await handler.calls.values.isEmpty)
    }

    @Test(
        "Fields outside the wrapper: a top-level copy overrides one inside the wrapper, which is read without one",
        arguments: [
            (
                #"{"params": {"name": "z", "systemTags": ["inner"], "userTags": ["inner"]}, "systemTags": ["outer"]}"#,
                ["outer"], ["inner"]
            ),
            (#"{"params": {"name": "z", "systemTags": ["inner"]}, "systemTags": null}"#, ["inner"], nil),
            (#"{"params": {"name": "z"}, "userTags": []}"#, nil, []),
        ] as [(String, [String]?, [String]?)]
    )
    func tagsOutsideTheWrapper(body: String, systemTags: [String]?, userTags: [String]?) async throws {
        let handler = ScriptedFixtureHandler()
        try await withServer(handler) { server in
            let accepted = try await send(.post, "/zstack/v1/zones", to: server, headers: headers, body: body)
            let location = try #require(try accepted.json()["location"]?.stringValue)
            #expect(try await pollUntilFinished(location, at: server).status == 200)
        }
        let expected = CreateZone.Request(name: "z", systemTags: systemTags, userTags: userTags)
        #expect(await handler.calls.values == [.createZone(expected)])
    }

    @Test("An asynchronous DELETE with a path and a query parameter")
    func deleteZone() async throws {
        let handler = ScriptedFixtureHandler()
        try await withServer(handler) { server in
            let accepted = try await send(
                .delete,
                "/zstack/v1/zones/abc%2Fdef?deleteMode=Enforcing",
                to: server,
                headers: ["Authorization": "OAuth x"]
            )
            #expect(accepted.status == 202)
            let location = try #require(try accepted.json()["location"]?.stringValue)
            let result = try await pollUntilFinished(location, at: server)
            #expect(result.status == 200)
            #expect(result.text == "{}")
        }
        #expect(await handler.calls.values == [.deleteZone(uuid: "abc/def", deleteMode: "Enforcing")])
    }

    @Test("Under an absolute server URL, routes and job locations are under it, and the client follows")
    func absoluteServerURL() async throws {
        let handler = ScriptedFixtureHandler()
        let serverURL = try #require(URL(string: "http://zstack-mn.invalid:8080/api/"))
        try await withServer(handler, serverURL: serverURL) { server in
            let accepted = try await send(.post, "/api/zstack/v1/zones", to: server, headers: headers, body: createBody)
            let location = try #require(try accepted.json()["location"]?.stringValue)
            #expect(location.hasPrefix("http://zstack-mn.invalid:8080/api/zstack/v1/api-jobs/"))
            #expect(
                try await send(.post, "/zstack/v1/zones", to: server, headers: headers, body: createBody).status == 404)

            // The client polls its own server URL whatever host the location names.
            let client = fixtureClient(server.appendingPathComponent("api"))
            #expect(try await client.createZone(name: "zone-1") == CreateZone.Response(inventory: createdZone))
        }
    }

    @Test("Finished jobs are forgotten when there are too many")
    func boundedByCount() async throws {
        let table = FixtureJobTable(maximumFinishedJobs: 2)
        let configuration = FixtureServerConfiguration(jobs: table)
        let handler = ScriptedFixtureHandler()
        try await withServer(handler, configuration: configuration) { server in
            var locations: [String] = []
            for _ in 0..<3 {
                let accepted = try await send(.post, "/zstack/v1/zones", to: server, headers: headers, body: createBody)
                let location = try #require(try accepted.json()["location"]?.stringValue)
                #expect(try await pollUntilFinished(location, at: server).status == 200)
                locations.append(location)
            }
            #expect(try await pollUntilFinished(locations[0], at: server).status == 404)
            #expect(try await pollUntilFinished(locations[1], at: server).status == 200)
            #expect(try await pollUntilFinished(locations[2], at: server).status == 200)
            #expect(await table.finishedJobCount == 2)
            #expect(await table.runningJobCount == 0)
        }
    }

    @Test("Finished jobs are forgotten after their lifetime")
    func boundedByTime() async throws {
        // Long enough that the first poll comes in time on a loaded machine, short enough to wait out.
        let table = FixtureJobTable(finishedJobLifetime: .seconds(3))
        let configuration = FixtureServerConfiguration(jobs: table)
        let handler = ScriptedFixtureHandler()
        try await withServer(handler, configuration: configuration) { server in
            let accepted = try await send(.post, "/zstack/v1/zones", to: server, headers: headers, body: createBody)
            let location = try #require(try accepted.json()["location"]?.stringValue)
            #expect(try await pollUntilFinished(location, at: server).status == 200)
            try await Task.sleep(for: .milliseconds(3500))
            #expect(try await pollUntilFinished(location, at: server).status == 404)
            #expect(await table.finishedJobCount == 0)
        }
    }
}
