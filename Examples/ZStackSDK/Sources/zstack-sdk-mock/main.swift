import Foundation
import Hummingbird
import Logging
import OpenAPIHummingbird
import ServiceLifecycle
import UnixSignals
import ZStackSDKMock

// Serves the mock of the whole ZStack API on 127.0.0.1: `zstack-sdk-mock [port]` (8080 by
// default; 0 picks a free port). Every endpoint answers with a reply synthesized from its
// documented fields; asynchronous ones answer 202 and then the job's result.
let arguments = CommandLine.arguments.dropFirst()
guard arguments.count <= 1, let port = Int(arguments.first ?? "8080"), (0...65_535).contains(port) else {
    FileHandle.standardError.write(Data("usage: zstack-sdk-mock [port]\n".utf8))
    exit(2)
}
var logger = Logger(label: "zstack-sdk-mock")
logger.logLevel = .notice
let router = Router()
try ZStackMockHandler().registerHandlers(on: router)
let application = Application(
    router: router,
    configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: port), serverName: "zstack-sdk-mock"),
    onServerRunning: { channel in
        // Unbuffered, so that a script waiting for the line sees it at once.
        FileHandle.standardOutput.write(Data("zstack-sdk-mock listening on http://127.0.0.1:\(channel.localAddress?.port ?? 0)\n".utf8))
    },
    logger: logger
)
let services = ServiceGroup(
    configuration: ServiceGroupConfiguration(services: [application], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
)
try await services.run()
