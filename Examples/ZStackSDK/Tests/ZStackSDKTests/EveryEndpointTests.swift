import Foundation
import Hummingbird
import Logging
import OpenAPIHummingbird
import OpenAPIURLSession
import ServiceLifecycle
import Testing
import ZStackSDK
import ZStackSDKMock

/// The whole API over loopback HTTP: the generated mock, served by Hummingbird, answers every endpoint
/// called through the generated client, and each reply decodes. `EveryEndpointCalls` is written by
/// scripts/make-endpoint-calls.py from the generated client.
@Suite("Every ZStack endpoint against the mock")
struct EveryEndpointTests {
    @Test("Every endpoint is called once and answers with a reply that decodes")
    func everyEndpoint() async throws {
        let router = Router()
        try ZStackMockHandler().registerHandlers(on: router)
        try await withLoopbackServer(router) { url in
            let client = ZStackClient(
                serverURL: url,
                configuration: ZStackConfiguration(authorization: .session("session-1")),
                transport: URLSessionTransport()
            )
            let polling = ZStackPolling(interval: .milliseconds(10), timeout: .seconds(60))
            let failures = await EveryEndpointCalls.callAll(client, polling: polling)
            #expect(EveryEndpointCalls.count == 635)
            #expect(failures.isEmpty, "\(failures.count) endpoints failed:\n\(failures.map { "\($0.0): \($0.1)" }.joined(separator: "\n"))")
        }
    }

    @Test("A query pages through the mock with typed conditions; count() and first() agree with it")
    func typedQuery() async throws {
        let router = Router()
        try ZStackMockHandler().registerHandlers(on: router)
        try await withLoopbackServer(router) { url in
            let client = ZStackClient(
                serverURL: url,
                configuration: ZStackConfiguration(authorization: .session("session-1")),
                transport: URLSessionTransport()
            )
            let running = client.queryVmInstanceItems(pageSize: 10) {
                [$0.state == "Running", $0.memorySize >= 2 << 30, $0.name.isLike("web-%"), $0.hostUuid.isNotNull]
            }
            var vms: [VmInstanceInventory] = []
            for try await vm in running {
                vms.append(vm)
            }
            // The mock answers every query with its synthesized reply: one inventory, and a total of 1.
            #expect(vms.count == 1)
            #expect(try await running.count() == 1)
            #expect(try await running.first() == vms.first)
        }
    }

    @Test("A condition names a field after the fields that lead to it from the queried type, joined by dots")
    func nestedConditionNames() {
        let fields = VmInstanceInventory.QueryFields()
        #expect((fields.state == "Running").description == "state=Running")
        #expect((fields.vmNics.ip == "10.0.0.5").description == "vmNics.ip=10.0.0.5")
        #expect((fields.vmNics.usedIps.ipRangeUuid == "r-1").description == "vmNics.usedIps.ipRangeUuid=r-1")
        #expect(fields.vmNics.usedIps.ipVersion.isNull.description == "vmNics.usedIps.ipVersion is null")
    }

    @Test("A session opens with LogInByAccount, is sent, and closes with LogOut")
    func session() async throws {
        let router = Router()
        try ZStackMockHandler().registerHandlers(on: router)
        try await withLoopbackServer(router) { url in
            let anonymous = ZStackClient(serverURL: url, transport: URLSessionTransport())
            let client = try await anonymous.openSession(LogInByAccount.Request(accountName: "admin", password: "b109f3bb"))
            guard case .session(let session)? = client.configuration.authorization else {
                Issue.record("the client sends no session")
                return
            }
            #expect(!session.isEmpty)
            #expect(try await client.queryVmInstanceItems(pageSize: 5).count() == 1)
            try await client.closeSession()
        }
    }

    /// Serves `router` on 127.0.0.1 and a free port while `body` runs.
    private func withLoopbackServer(_ router: Router<BasicRequestContext>, _ body: (URL) async throws -> Void) async throws {
        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        var logger = Logger(label: "loopback")
        logger.logLevel = .error
        let application = Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? 0)
                portContinuation.finish()
            },
            logger: logger
        )
        let services = ServiceGroup(
            configuration: ServiceGroupConfiguration(services: [application], gracefulShutdownSignals: [], logger: logger))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                defer { portContinuation.finish() }
                try await services.run()
            }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next())
            do {
                try await body(try #require(URL(string: "http://127.0.0.1:\(port)")))
            } catch {
                await services.triggerGracefulShutdown()
                throw error
            }
            await services.triggerGracefulShutdown()
        }
    }
}
