import FixtureAPI
import FixtureServer
import Foundation
import Testing

/// 250 zones, as a server holds them.
private let zones = (0..<250).map { index in
    ZoneInventory(uuid: String(format: "%032x", index), name: "zone-\(index)", state: index % 3 == 0 ? .disabled : .enabled)
}

/// Answers `QueryZone` the way ZStack pages: the slice from `start` of at most `limit` items (1,000 when the
/// request has none), with `total` only when `replyWithCount` asks for it, or never when `sendsTotal` is false.
private func pagingHandler(sendsTotal: Bool = true) -> ScriptedFixtureHandler {
    var handler = ScriptedFixtureHandler()
    handler.onQueryZone = { request in
        let start = min(max(request.start ?? 0, 0), zones.count)
        let end = min(start + max(request.limit ?? 1000, 0), zones.count)
        let total = sendsTotal && request.replyWithCount == true ? Int64(zones.count) : nil
        return QueryZone.Response(inventories: Array(zones[start..<end]), total: total)
    }
    return handler
}

/// The `start`, `limit` and `replyWithCount` of each `QueryZone` call a handler received.
private func pages(_ handler: ScriptedFixtureHandler) async -> [String] {
    await handler.calls.values.compactMap { call in
        guard case .queryZone(let request) = call else { return nil }
        return "\(request.start.map(String.init) ?? "-") \(request.limit.map(String.init) ?? "-") "
            + (request.replyWithCount.map(String.init) ?? "-")
    }
}

@Suite("A query endpoint's items, page by page (api.queries), over HTTP")
struct PagingTests {
    @Test("Every item arrives once and in order; one call per page, the first asks for the total, the last is the total's")
    func everyItemInPages() async throws {
        let handler = pagingHandler()
        let request = QueryZone.Request(q: ["name~=zone-%", "state=Enabled"], limit: 7, start: 99, state: .enabled)
        let received = try await withServer(handler) { server in
            var received: [ZoneInventory] = []
            for try await zone in fixtureClient(server).queryZoneItems(request, pageSize: 40) {
                received.append(zone)
            }
            return received
        }
        #expect(received == zones)
        #expect(await pages(handler) == ["0 40 true", "40 40 -", "80 40 -", "120 40 -", "160 40 -", "200 40 -", "240 40 -"])
        // The request's other inputs reach every call unchanged.
        let conditions = await handler.calls.values.map { call -> [String]? in
            guard case .queryZone(let sent) = call else { return nil }
            return sent.state == .enabled ? sent.q : nil
        }
        #expect(conditions == Array(repeating: ["name~=zone-%", "state=Enabled"], count: 7))
    }

    @Test("Without a total in the reply, paging stops at the first page shorter than asked for")
    func stopsAtAShortPage() async throws {
        let handler = pagingHandler(sendsTotal: false)
        let count = try await withServer(handler) { server in
            var count = 0
            for try await _ in fixtureClient(server).queryZoneItems(pageSize: 60) {
                count += 1
            }
            return count
        }
        #expect(count == 250)
        #expect(await pages(handler) == ["0 60 true", "60 60 -", "120 60 -", "180 60 -", "240 60 -"])
    }

    @Test("A page size that divides the total ends at the total, without asking for an empty page")
    func endsAtTheTotal() async throws {
        let handler = pagingHandler()
        let count = try await withServer(handler) { server in
            try await fixtureClient(server).queryZoneItems(pageSize: 50).reduce(0) { count, _ in count + 1 }
        }
        #expect(count == 250)
        #expect(await pages(handler).count == 5)
    }

    @Test("count() and first() are one call for one item each")
    func countAndFirst() async throws {
        let handler = pagingHandler()
        let (count, first) = try await withServer(handler) { server in
            let items = fixtureClient(server).queryZoneItems(QueryZone.Request(q: ["state=Enabled"]))
            return (try await items.count(), try await items.first())
        }
        #expect(count == 250)
        #expect(first == zones[0])
        #expect(await pages(handler) == ["0 1 true", "0 1 -"])
    }

    @Test("count() without a total in the reply counts every page")
    func countWithoutTotal() async throws {
        let handler = pagingHandler(sendsTotal: false)
        let count = try await withServer(handler) { server in
            try await fixtureClient(server).queryZoneItems(pageSize: 100).count()
        }
        #expect(count == 250)
        #expect(await pages(handler) == ["0 1 true", "0 100 true", "100 100 -", "200 100 -"])
    }

    @Test("Cancelling the task that reads the items stops the fetching after the page in hand")
    func cancellationStopsFetching() async throws {
        let handler = pagingHandler()
        let (read, error) = try await withServer(handler) { server in
            let reader = Task {
                var read = 0
                do {
                    for try await _ in fixtureClient(server).queryZoneItems(pageSize: 40) {
                        read += 1
                        if read == 45 { withUnsafeCurrentTask { $0?.cancel() } }
                    }
                    return (read, nil as (any Error)?)
                } catch {
                    return (read, error)
                }
            }
            return await reader.value
        }
        // The second page was in hand when the task was cancelled: its items are read, no third page is asked for.
        #expect(read == 80)
        #expect(error is CancellationError)
        #expect(await pages(handler) == ["0 40 true", "40 40 -"])
    }

    @Test("Typed conditions follow the request's own, each exactly as ZStack reads it: spaces, commas, '=' and non-ASCII")
    func typedConditions() async throws {
        let handler = pagingHandler()
        _ = try await withServer(handler) { server in
            let items = fixtureClient(server).queryZoneItems(QueryZone.Request(q: ["description~=%x%"]), pageSize: 300) {
                [
                    $0.name == "web server, 2=中",
                    $0.state != .disabled,
                    $0.uuid.isIn(["a", "b c"]),
                    $0.uuid.isNotIn(["d"]),
                    $0.description.isNull,
                    $0.name.isNotNull,
                    $0.name.isLike("zone-%"),
                    $0.name.isNotLike("%x"),
                    $0.name > "a",
                    $0.name <= "z",
                ]
            }
            return try await items.reduce(0) { count, _ in count + 1 }
        }
        let sent = await handler.calls.values.compactMap { call -> [String]? in
            guard case .queryZone(let request) = call else { return nil }
            return request.q
        }
        #expect(sent == [[
            "description~=%x%", "name=web server, 2=中", "state!=Disabled", "uuid?=a,b c", "uuid!?=d", "description is null",
            "name not null", "name~=zone-%", "name!~=%x", "name>a", "name<=z",
        ]])
    }

    @Test(
        "A condition ZStack would read as another one is refused before any call",
        arguments: [
            ("name=a>=b", "its value contains an operator that the server reads first"),
            ("name>=b", "its value contains an operator that the server reads first"),
            ("uuid?=a,b,c", "a value of its list contains a comma, which separates the values"),
            ("uuid?=", "its list of values is empty"),
        ])
    func unsendableConditions(expected: String, reason: String) async throws {
        let condition: FixtureQueryCondition<ZoneInventory> =
            switch expected {
            case "name=a>=b": ZoneInventory.QueryFields().name == "a>=b"
            case "name>=b": ZoneInventory.QueryFields().name > "=b"
            case "uuid?=a,b,c": ZoneInventory.QueryFields().uuid.isIn(["a,b", "c"])
            default: ZoneInventory.QueryFields().uuid.isIn([])
            }
        #expect(condition.description == expected)
        let handler = pagingHandler()
        let error = try await withServer(handler) { server in
            await #expect(throws: FixtureQueryConditionError.self) {
                for try await _ in fixtureClient(server).queryZoneItems(where: { _ in [condition] }) {}
            }
        }
        #expect(error?.reason == reason)
        #expect(error?.description == "the query condition \(String(reflecting: expected)) cannot be sent: \(reason)")
        #expect(await pages(handler) == [])
    }

    @Test("Numbers and Booleans are written as ZStack parses them")
    func numbersAndBooleans() throws {
        let memory = FixtureQueryField<ZoneInventory, Int64>("memorySize")
        let cpus = FixtureQueryField<ZoneInventory, Int>("cpuNum")
        let ratio = FixtureQueryField<ZoneInventory, Double>("ratio")
        let enabled = FixtureQueryField<ZoneInventory, Bool>("enabled")
        let texts = try [memory >= 2_147_483_648, cpus < 4, ratio == 1.5, enabled == false, memory.isIn([1, -2])].map {
            try $0.queryParameter()
        }
        #expect(texts == ["memorySize>=2147483648", "cpuNum<4", "ratio=1.5", "enabled=false", "memorySize?=1,-2"])
    }
}
