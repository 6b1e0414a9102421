public import Foundation
public import Hummingbird
import Logging
import ServiceLifecycle

/// Runs a Hummingbird server on 127.0.0.1 and an ephemeral port for the duration of `body`, and
/// shuts it down gracefully however `body` ends. Shared by the tests of the generated clients and
/// servers, which talk real HTTP on loopback.
///
/// - Parameters:
///   - responder: Answers every request.
///   - body: The test, which gets the server's URL, such as `http://127.0.0.1:51234`.
/// - Returns: What `body` returns.
/// - Throws: What `body` throws, or ``LoopbackError/didNotStart``.
public func withLoopbackHTTPServer<Responder: HTTPResponder, Result>(
    _ responder: Responder,
    _ body: (URL) async throws -> Result
) async throws -> Result where Responder.Context == BasicRequestContext {
    let (ports, portContinuation) = AsyncStream<Int>.makeStream()
    var logger = Logger(label: "loopback")
    logger.logLevel = .error
    let application = Application(
        responder: responder,
        configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)),
        onServerRunning: { channel in
            portContinuation.yield(channel.localAddress?.port ?? 0)
            portContinuation.finish()
        },
        logger: logger
    )
    let services = ServiceGroup(
        configuration: ServiceGroupConfiguration(services: [application], gracefulShutdownSignals: [], logger: logger)
    )
    return try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask {
            // A server that fails to start must not leave the test waiting for its port.
            defer { portContinuation.finish() }
            try await services.run()
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port != 0, let url = URL(string: "http://127.0.0.1:\(port)") else {
            throw LoopbackError.didNotStart
        }
        do {
            let result = try await body(url)
            await services.triggerGracefulShutdown()
            return result
        } catch {
            await services.triggerGracefulShutdown()
            throw error
        }
    }
}

/// A loopback server that could not be started.
public enum LoopbackError: Error {
    case didNotStart
}
